"""A trade's groups named beside its customers in a mixed sentence (blind rounds dev50–dev104): "X's 诊所客户
and 配送群 to Y" is read with its spaces between Chinese and Latin closed ("客户and配送群"), so the "and"
before the group word counts as 和 does (and a trade's group word may be Latin: "和 route 群"). Both kinds
move. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="fangqin", name="房琴"),
    DirectoryMember(userid="duzhe", name="杜哲"),
    DirectoryMember(userid="kvale", name="柯维", english_name="Ingrid Kvale"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "Could you hand 房琴's 团购客户 and 试菜群 over to 杜哲 this week",
        "Please give 房琴's 工地客户 and 验收群 to 杜哲, she's on leave",
        "房琴's 学员 and 打卡群 go to 杜哲 from Monday",
    ],
)
def test_customers_and_a_trades_groups(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "房琴", "杜哲")
    assert got.slots.get("scope") == ["customers", "groups"]


def test_an_english_name_receives_them_too() -> None:
    got = parse("Pass 房琴's 门店客户 and 巡店群 to Ingrid Kvale please", today=TODAY, people=PEOPLE)
    assert (got.slots.get("takeover"), got.slots.get("scope")) == ("Ingrid Kvale", ["customers", "groups"])
