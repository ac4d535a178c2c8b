""""X's groups too" (blind rounds dev44–dev89): when the groups are what the giver owns in the request
("X的花束群也一并给Y", "Emre's exhibitor groups as well", "the collector groups of Bence",
"她那几个售后群也"), "too" adds them to something done before and only the groups move; when the
request names something else of his first ("X 的 cafés 转给 Y，群也要"), "groups too" adds the
groups to it. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="qiaoyun", name="乔芸"),
    DirectoryMember(userid="sunmu", name="孙牧"),
    DirectoryMember(userid="hanke", name="韩柯", english_name="Henrik Lund"),
    DirectoryMember(userid="okafor", name="奥卡福", english_name="Ngozi Okafor"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("乔芸的试吃群也一并转给孙牧吧", ["groups"]),
        ("Could Ngozi Okafor take Henrik Lund's supplier chats as well?", ["groups"]),
        ("Also the tasting groups of Henrik Lund, please give to Ngozi Okafor.", ["groups"]),
        ("把乔芸的烘焙客户转给孙牧，群也一起", ["customers", "groups"]),
        ("Please move Henrik Lund's wholesalers to Ngozi Okafor, the groups too.", ["customers", "groups"]),
    ],
)
def test_groups_too(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.intent == "handover"
    assert got.slots.get("scope") == scope


def test_a_pronoun_owner_too() -> None:
    got = parse("对了，她那几个团购群也一起给孙牧", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("takeover"), got.slots.get("scope")) == ("handover", "孙牧", ["groups"])
