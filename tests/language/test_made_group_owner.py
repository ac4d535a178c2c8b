"""Someone made the owner of another's groups (blind rounds dev136–dev137: "让阙志强当郎晓燕那些报税群的群主"): the one
made owner receives, whose groups they are gives. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 12, 8)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize("text", [
    "让罗晓波当温倩那几个售后群的群主",
    "请罗晓波去做温倩的订货群群主",
    "温倩下周走，叫罗晓波来当温倩那些会员群的群主",
])
def test_the_one_made_owner_receives(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == ["groups"]


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize("text", ["让罗晓波把温倩所有的都接手了", "温倩全部的东西都转罗晓波"])
def test_all_of_hers_says_whose(text: str, people: NameMatcher | None) -> None:
    # (blind round dev137: "让桑玉英把燕德福所有的都接手了" had been read the other way round)
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == ["customers", "groups"]
