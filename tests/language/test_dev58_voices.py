"""Voices met in the dev58 round, checked on sentences written for this file: classical Chinese (其客及群，皆归Y;
N号单作罢，撤之), an outburst whose 我不管了 gives up rather than keeps anything back, 用户 as customers,
"X 能不能接 Y 的 players 和预约群", 启动离职交接流程 (启动 is no one), "done moved yet or what?", 准了."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="liqiu", name="栗秋"),
    DirectoryMember(userid="guangkuo", name="广阔"),
    DirectoryMember(userid="remy", name="雷米", english_name="Remy Boudreaux"),
    DirectoryMember(userid="odalys", name="欧达丽", english_name="Odalys Vega"),
], version=1)
BOTH = ["customers", "groups"]


def read(text: str) -> tuple[str, dict[str, Any]]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize(("text", "scope"), [
    ("栗秋辞去，其客及群，皆归广阔。", BOTH),
    ("啊啊啊栗秋说走就走！！她的续费客户还有续费群我不管了全部给广阔！！！", BOTH),
    ("栗秋下周就回老家了，她的净水用户全部转给广阔", ["customers"]),
    ("Odalys Vega 能不能接 Remy Boudreaux 的 escape-room players 和预约群？", BOTH),
])
def test_what_moves(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and sorted(slots["scope"]) == scope


def test_the_receiver_asked_whether_she_can_take_over() -> None:
    intent, slots = read("Odalys Vega 能不能接 Remy Boudreaux 的客户？")
    assert intent == "handover" and (slots["handover"], slots["takeover"]) == ("Remy Boudreaux", "Odalys Vega")


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("栗秋下下周三最后一天班，启动离职交接流程。", "offboard", {"member": "栗秋", "last_day": "2026-12-09"}),
    ("Cher, Remy Boudreaux's customers done moved yet or what?", "status", {"member": "Remy Boudreaux"}),
    ("五八七七号单作罢，撤之。", "cancel", {"job": "H-5877"}),
    ("准了，就这么提交吧。", "confirm", {}),
])
def test_other_requests(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_user_name_is_no_customer() -> None:
    assert read("把栗秋的用户名和密码转给广阔")[0] != "handover"  # a login moves, no customer


def test_whose_checklist_said_after_it() -> None:
    assert read("Please show me the checklist of Remy Boudreaux.") == (
        "checklist", {"action": "show", "member": "Remy Boudreaux"})
