"""Taglish role words (blind rounds dev131, dev138): "kay" before a person is "to", "ni" before a person is "of"
("Pa-transfer po … kay Y, clients ni X" had been asked with the roles the other way round). Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize(("text", "scope"), [
    ("Pakilipat po kay Bob Luo lahat ng clients ni Wendy Wen, nag-resign na siya.", ["customers"]),
    ("Ibigay na po kay Bob Luo yung groups ni Wendy Wen. Salamat po!", ["groups"]),
    ("Pa-transfer po lahat kay Bob Luo, customers and GCs ni Wendy Wen.", ["customers", "groups"]),
])
def test_kay_receives_and_ni_owns(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
    assert got.slots.get("scope") == scope


def test_kay_after_ng_owns() -> None:
    # "lahat ng kay X" is all of X's (dev131): the kay after ng marks whose, and X is never the receiver
    got = parse("Paki-lipat po lahat ng kay Wendy Wen kay Bob Luo.", today=TODAY, people=WEN_AND_LUO)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Wendy Wen", "Bob Luo")
