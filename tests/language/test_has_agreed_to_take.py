"""A receiver who "has agreed to" take the customers, after the story of a departure
(blind rounds dev39, dev109): "X handed in his notice, last day is Friday. Y has agreed to pick up his customers
— can you set that up?" is the handover, Y receiving. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "Wendy Wen resigned, her last day is next Friday. Bob Luo has agreed to pick up her customers.",
        "Wendy Wen is leaving on Friday. Bob Luo has agreed to take over her clients.",
    ],
)
def test_the_one_who_has_agreed_receives(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
