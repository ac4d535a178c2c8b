"""A handover whose writer says in English that the receiver is not decided yet (blind rounds dev113/dev114):
"…need to be moved, not sure to whom yet", "don't know who yet", "receiver TBD" file a handover without its
receiver (the bot then asks who), not a records question; and a departure told beside it ("leaving fri, need her
stuff handed over, not sure who yet") is the handover, not the offboarding checklist. Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["Wendy Wen's clients have to be moved, not sure to whom yet.",
     "pls transfer wendy wen's customers, i don't know who yet",
     "Wendy Wen's customers need to be reassigned — who gets them is TBD"],
)
def test_no_receiver_yet(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover").lower(), got.slots.get("takeover")) == \
        ("handover", "wendy wen", None)


def test_leaving_and_no_receiver_yet_is_the_handover() -> None:
    got = parse("Wendy Wen leaving on monday, need her stuff handed over, not sure who yet", today=TODAY,
                people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", None)


def test_where_they_went_is_still_records() -> None:
    got = parse("Who did Wendy Wen's clients go to in the end?", today=TODAY, people=WEN_AND_LUO)
    assert got.intent == "records"
