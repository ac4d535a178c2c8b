"""Acts no customer is handed over by, whatever the thing is called (blind rounds dev93–dev103): something lent
(借给, lent), a copy sent (发给Y一份), kept safe (保管), a meeting about the handover (约个交接会), a customer's
own deed put in another name (过户到他儿子名下), someone covering a day or a stall ("covering X's Saturday").
The customers named beside them only say why. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="qinlan", name="秦岚", english_name="Lan Qin"),
    DirectoryMember(userid="duanhao", name="段浩", english_name="Hao Duan"),
    DirectoryMember(userid="mreyes", name="雷梅", english_name="Maria Reyes"),
    DirectoryMember(userid="tokafor", name="奥托比", english_name="Tobi Okafor"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "秦岚的测距仪借给段浩用三天，他周四要去客户那量房",
        "Maria Reyes lent her label printer to Tobi Okafor, his clients need stickers by Friday",
        "把秦岚整理的回款明细发给段浩一份，客户那边要对账",
        "秦岚的平板先交给段浩保管，客户的事下周再说",
        "明天上午跟秦岚和段浩约个交接会，把客户的情况过一遍",
        "秦岚有个客户想把会员卡过户到他女儿名下，段浩问怎么办",
        "Tobi Okafor is covering Maria Reyes's Sunday at the farm shop, her regulars know him",
        "秦岚的会员王阿姨想把卡里的余额转给她孙子，段浩问能不能办",
        "One of Maria Reyes's tenants wants to transfer his stall lease to his brother, Tobi Okafor asked",
    ],
)
def test_nothing_of_ours_changes_hands(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent != "handover"


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("秦岚的客户交借给段浩", "秦岚", "段浩"),  # (交接, mistyped)
        ("After the handover meeting on Friday please move Maria Reyes's clients to Tobi Okafor",
         "Maria Reyes", "Tobi Okafor"),
        ("Maria Reyes is leaving, her clients go to her cousin Tobi Okafor", "Maria Reyes", "Tobi Okafor"),
    ],
)
def test_a_handover_beside_such_words_stands(text: str, giver: str, receiver: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", giver, receiver)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "秦岚那家安装客户的上门时间改到周六了，转告段浩一声",
        "Move the tile delivery for Maria Reyes's client to Friday, Tobi Okafor will receive it",
        "The site visit with Maria Reyes's client has moved to Thursday, Tobi Okafor goes along",
        "秦岚跟茶叶客户的见面挪到下礼拜二，段浩一起去",
    ],
)
def test_something_moved_to_another_day_is_no_handover(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent != "handover"


def test_a_day_moved_beside_a_handover_in_a_list_leaves_it_alone() -> None:
    text = "本周几件事：\n1. 秦岚的客户全部转段浩\n2. 下周起晨会改到8:30"
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "秦岚", "段浩")


def test_moving_to_a_place_is_no_day() -> None:
    got = parse("Maria Reyes moves to Montreal office, so her clients to Tobi Okafor", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["takeover"]) == ("handover", "Tobi Okafor")
