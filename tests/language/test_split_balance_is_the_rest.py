"""Indian English "the balance" is the rest (blind rounds dev71/dev73/dev131): "X's key account customers to A and the
balance to B", "those tagged Hospital to A, balance all to B" split by the tag, the rest to the second receiver —
before, only the tagged ones were read, to the first. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_CLOUD_HE

TODAY = dt.date(2026, 11, 26)
THREE = WITH_CLOUD_HE


@pytest.mark.parametrize("people", [THREE, None])
@pytest.mark.parametrize(
    ("text", "tag"),
    [("Kindly transfer Cloud He's VIP customers to Wendy Wen and the balance to Bob Luo.", "VIP"),
     ("Cloud He's customers: those tagged Retail to Wendy Wen, balance all to Bob Luo.", "Retail")],
)
def test_the_balance(text: str, tag: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.slots.get("handover"), got.slots.get("split"), got.slots.get("tag"), got.slots.get("takeovers")) == \
        ("Cloud He", "by_tag", tag, ["Wendy Wen", "Bob Luo"])
