"""The one turned down as receiver gives nothing (seen on dev78, dev65, dev76, dev81): "my clients to Y please,
not to Z" has no giver but the writer, never Z; and "clients and review chats" are two kinds, not the clients'
reviews ("All his corporate video clients and review chats must go to Y"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenqian", name="温倩", english_name="Wendy Wen"),
    DirectoryMember(userid="luoxiaobo", name="罗晓波", english_name="Bob Luo"),
    DirectoryMember(userid="fangyu", name="方雨", english_name="Fay Fang"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["My clients to Bob Luo please, not to Fay Fang", "我的客户给罗晓波，不是给方雨"])
def test_the_one_turned_down_gives_nothing(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.slots.get("handover") not in ("Fay Fang", "方雨")
    assert got.slots.get("takeover") in ("Bob Luo", "罗晓波")


def test_clients_and_review_chats_are_two_kinds() -> None:
    got = parse("Wendy Wen is leaving in March. All her wedding clients and review chats must go to Bob Luo.",
                today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == (
        "handover", "Wendy Wen", "Bob Luo", ["customers", "groups"])
