"""Readings the dev63 and dev64 rounds found beyond the chat path's wrong people, checked on sentences written for
this file: replies closed by a word of thanks or a particle; "X Y's picking up Z's clients" (she is, not hers);
the giver never the receiver spelled another way; more ways to keep a kind back (不消动, 弗要动, 还是她先管着,
"we keep", "leave … be", "stay with her", "she'll still call them"); 甚样了 asks how a handover went."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="左丘雯"), DirectoryMember(userid="b", name="万俟东"),
    DirectoryMember(userid="c", name="南门晴"),
    DirectoryMember(userid="d", name="邓妮", english_name="Delia Nunn"),
    DirectoryMember(userid="e", name="艾文", english_name="Evan Price", alias="Evan"),
], version=1)
C, G = ["customers"], ["groups"]


def read(text: str) -> tuple[str, dict[str, object]]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("第一个啰", "choose", {"choice": 1}),
    ("Number 2, shukran", "choose", {"choice": 2}),
    ("Remind me on Monday, gracias", "snooze", {"until": "2026-11-30"}),
    ("后天再提醒我好了", "snooze", {"until": "2026-11-28"}),
])
def test_a_reply_closed_by_thanks_or_a_particle(text: str, intent: str, slots: dict[str, object]) -> None:
    assert read(text) == (intent, slots)


def test_she_is_picking_up_his_clients() -> None:
    intent, slots = read("Delia Nunn's picking up Evan Price's clients from Monday. Leave his group chats be.")
    assert (intent, slots["handover"], slots["takeover"], slots["scope"]) == ("handover", "Evan Price", "Delia Nunn", C)


@pytest.mark.parametrize(("text", "scope"), [
    ("左丘雯的车队群给万俟东，婚车客户不消动", G),
    ("左丘雯个客户转拨万俟东，群弗要动", C),
    ("左丘雯的复印机客户给万俟东，租赁群还是她先管着", C),
    ("Evan Price's group chats to Delia Nunn. His members stay with him till the 15th.", G),
    ("Evan Price's clients we keep. The chats go to Delia Nunn.", G),
])
def test_more_ways_to_keep_a_kind_back(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and slots["scope"] == scope


def test_how_did_it_go_in_shanxi() -> None:
    assert read("南门晴那个交接弄得甚样了？")[0] == "status"
