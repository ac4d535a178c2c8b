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
