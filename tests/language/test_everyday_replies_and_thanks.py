"""Everyday short messages (blind rounds dev107, dev108): lists ("全公司的交接单都拉出来看看", "anything to sign off
on?"), snoozes ("这个提醒推到下周一", "先 snooze，12月7号再 ping 我"), replies ("得，照做啦", "不是这个，no"), an
untick ("把第3项的勾去掉"), and look-alikes that name colleagues and customers but ask nothing of the bot: thanks for a
handover done, a gift, a business card, an introduction. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="gengli", name="耿丽"),
    DirectoryMember(userid="fanghao", name="方浩"),
    DirectoryMember(userid="opatel", name="帕奥姆", english_name="Om Patel"),
    DirectoryMember(userid="ssilva", name="席莎拉", english_name="Sara Silva"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("全公司的交接单都拉出来看看", "list", {"which": "all"}),
        ("Any handovers for me to sign off on today?", "list", {"which": "pending_approvals"}),
        ("这条提醒推到下周五", "snooze", {"until": "2026-12-04"}),
        ("先 snooze，12月9号再 ping 我", "snooze", {"until": "2026-12-09"}),
        ("行，照做吧", "confirm", {}),
        ("不是这个人，nope", "deny", {}),
        ("把第2项的勾去掉，工牌还没还", "checklist", {"action": "undo", "item": 2}),
    ],
)
def test_short_everyday_requests(text: str, intent: str, slots: dict[str, object], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.intent == intent
    assert {k: got.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "感谢！耿丽的客户都转好了，辛苦大家",
        "Om Patel 的 handover 已经 done 了，thanks all",
        "给方浩那几个大客户寄新年礼盒",
        "把耿丽的名片推给方浩",
        "Could you introduce our client Nordvik AS to Sara Silva? She runs the Oslo accounts now.",
    ],
)
def test_nothing_is_asked(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"


@pytest.mark.parametrize("text", ["耿丽的客户转给方浩，谢谢", "Please move Om Patel's clients to Sara Silva, thanks!"])
def test_a_request_with_thanks_is_still_a_request(text: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == "handover"


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["耿丽的客户现在归谁管？", "Who's looking after Om Patel's clients these days?"])
def test_who_owns_them_now_asks_for_no_handover(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent != "handover"
