"""Who receives, marked as the Min, Hokkien, Wu and Hunan writers mark it (blind rounds dev79–dev102): 乞 / 转乞,
予 / 转予, 侪拨, 把 before a receiver that ends the clause; "A抑是B?" asks which of two; "伓是伓是" takes a name back.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="gaojm", name="高建明"),
    DirectoryMember(userid="xuli", name="许丽"),
    DirectoryMember(userid="fangtao", name="方涛"),
], version=1)
C, CG = ["customers"], ["customers", "groups"]


@pytest.mark.parametrize(
    ("text", "receiver", "scope"),
    [
        ("高建明兮会员客户乞许丽，伊下个月去厦门了", "许丽", C),
        ("高建明的会员转予许丽，会员群毋通动", "许丽", C),
        ("高建明个客户搭群侪拨许丽", "许丽", CG),
        ("高建明的老客户把许丽，群先莫动", "许丽", C),
        ("高建明的客户予方涛抑是许丽？\n许丽。方涛足无闲", "许丽", C),
        ("高建明的客户乞方涛……伓是伓是，方涛手头野多了，乞许丽", "许丽", C),
    ],
)
def test_the_receiver_as_these_writers_mark_it(text: str, receiver: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "高建明", receiver)
    assert sorted(got.slots["scope"]) == scope

