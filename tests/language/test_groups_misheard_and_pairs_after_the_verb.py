"""Two readings from the blind rounds dev112–dev113. 群 heard as 裙 by voice input ("X的客户裙交接给Y", "X的裙转给Y")
is groups, and the learned scope model, which never saw 裙, does not turn it back into customers. "客户交接 X：Y"
(or "X Y", "X→Y" after the verb) pairs them: X's customers, to Y — before, the first was taken as the receiver
of the verb, a confident swap. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("people", [WEN_AND_LUO, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["温倩的客户裙交接给罗晓波", "温倩的裙转给罗晓波吧", "温倩建的客户裙都给罗晓波"])
def test_groups_heard_as_skirts(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", "温倩", "罗晓波", ["groups"])


@pytest.mark.parametrize("text", ["客户交接 温倩：罗晓波", "客户移交：温倩 罗晓波"])
def test_a_pair_after_the_verb_gives_first(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")


def test_one_receiver_after_the_verb_still_receives() -> None:
    got = parse("离职的温倩名下客户统一移交罗晓波", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
