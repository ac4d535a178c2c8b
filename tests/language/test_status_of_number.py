"""A job asked after as "No. 88" / "number 88" after "status of" / "progress on" (blind round dev111) is job 88,
not checklist item 88; "tick no. 5" is still item 5. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["What's the status of No. 412?", "any progress on number 412?",
                                  "Could you check the status of no. 412 for me"])
def test_status_of_a_number(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("job")) == ("status", "H-412")


def test_a_tick_is_still_an_item() -> None:
    got = parse("tick no. 5", today=TODAY)
    assert (got.intent, got.slots.get("item")) == ("checklist", 5)
