"""Splits in more words (blind round dev109): "VIP会员归A，普通会员归B" — the ordinary members are the rest
when the trade calls its customers 会员/学员/车主; "Split X's patients evenly between A and B; B gets the clinic
groups" — the groups' receiver named by first name before groups with a word of their own. The split bench
(bench/split_accuracy.py on dev_split…dev_split_l) reads the same before and after. Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenqian", name="温倩"),
    DirectoryMember(userid="luoxiaobo", name="罗晓波"),
    DirectoryMember(userid="fangyu", name="方雨"),
    DirectoryMember(userid="ihale", name="海艾", english_name="Ivy Hale"),
    DirectoryMember(userid="tbrook", name="布汤", english_name="Tom Brook"),
    DirectoryMember(userid="nreed", name="瑞娜", english_name="Nora Reed"),
], version=1)


@pytest.mark.parametrize("text", ["温倩的VIP会员归罗晓波，普通会员归方雨", "温倩的金卡学员给罗晓波，普通学员给方雨"])
def test_ordinary_members_are_the_rest(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeovers"), got.slots.get("split")) == (
        "温倩", ["罗晓波", "方雨"], "by_tag")


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
def test_groups_taker_by_first_name(people: NameMatcher | None) -> None:
    got = parse("Split Ivy Hale's clients evenly between Tom Brook and Nora Reed; Nora gets the studio chats.",
                today=TODAY, people=people)
    assert (got.slots.get("takeovers"), got.slots.get("split"), got.slots.get("groups_to")) == (
        ["Tom Brook", "Nora Reed"], "even", "Nora Reed")
