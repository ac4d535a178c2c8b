"""Who owns the customers now, said in ways the blind rounds dev49–dev50 read backwards (each a confident
role swap before): "currently assigned to X", "原来由X对接的…改由Y负责", and a background clause whose 给
names a branch, not the person mentioned after it. Sentences written for this file (mentions fold accents:
Inés is read as Ines)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

PEOPLE = NameMatcher.build([
    DirectoryMember(userid="yanqiu", name="颜秋"),
    DirectoryMember(userid="fangzhou", name="方舟"),
    DirectoryMember(userid="ines", name="费伊内", english_name="Inés Ferrer"),
    DirectoryMember(userid="kofi", name="门科菲", english_name="Kofi Mensah"),
], version=1)


@pytest.mark.parametrize(
    ("text", "handover", "takeover"),
    [
        ("Please transfer every customer currently assigned to Inés Ferrer to Kofi Mensah.", "Ines Ferrer",
         "Kofi Mensah"),
        ("the accounts belonging to Kofi Mensah go to Inés Ferrer from Monday", "Kofi Mensah", "Ines Ferrer"),
        ("Inés Ferrer's customers should be assigned to Kofi Mensah", "Ines Ferrer", "Kofi Mensah"),
        ("下个月起，原来由颜秋对接的那几家代理商改由方舟负责", "颜秋", "方舟"),
        ("说下背景：华东市场今年划给了杭州分公司，原先管华东客户的颜秋就不管了。她的客户和群请转给方舟。",
         "颜秋", "方舟"),
        ("把颜秋的客户给她的接任者，也就是刚提拔的方舟", "颜秋", "方舟"),
    ],
)
def test_the_owner_and_the_receiver_are_not_swapped(text: str, handover: str, takeover: str) -> None:
    got = parse(text, today=dt.date(2026, 11, 26), people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", handover, takeover)


@pytest.mark.parametrize("text", ["方舟把颜秋的会员接过去吧", "方舟把颜秋的车主都接过来"])
def test_the_one_who_takes_a_trade_word_over_receives(text: str) -> None:
    got = parse(text, today=dt.date(2026, 11, 26), people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "颜秋", "方舟")
