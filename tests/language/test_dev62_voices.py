"""Readings the dev61 and dev62 rounds found beyond the chat path's handovers, checked on sentences written for
this file: an offboarding that named the receiver as the one leaving; what a later clause keeps back said in
more ways (later, 等…再说, 冇要动, 自己再跟, already moved, save for, 单独处理); a receiver ruled out read as the
groups kept back; my own requests listed in more voices."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="hua", name="华清"), DirectoryMember(userid="lu", name="路遥"),
    DirectoryMember(userid="yan", name="言蹊"), DirectoryMember(userid="bai", name="白露"),
    DirectoryMember(userid="gemma", name="吉玛", english_name="Gemma Rowe"),
    DirectoryMember(userid="owen", name="欧文", english_name="Owen Pike"),
], version=1)
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def read(text: str) -> tuple[str, dict[str, object]]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


def test_the_receiver_is_not_the_one_leaving() -> None:
    intent, slots = read("I'm leaving at the end of the month. Can my clients go to Gemma Rowe?")
    assert slots.get("member") != "Gemma Rowe"
    intent, slots = read("下季度把离职同事留下的客户盘活，赋能给路遥，由他做owner。")
    assert not (intent == "offboard" and slots.get("member") == "路遥")


@pytest.mark.parametrize(("text", "scope"), [
    ("华清的车友群交给路遥，客户等她回来再说", G),
    ("华清的会员全部转路遥，会员群 later", C),
    ("华清个学员转俾路遥，家长群冇要动", C),
    ("华清的群转给路遥，学员她自己再跟一个月", G),
    ("Owen Pike's chats to Gemma Rowe please. His clients were already moved on Monday.", G),
    ("Save for the group chats, which shall remain with Mr Pike, Owen Pike's clients go to Gemma Rowe.", C),
    ("交出人：华清\n接收人：路遥\n内容：项目群（客户已单独处理）", G),
])
def test_what_a_clause_keeps_back(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and slots["scope"] == scope


def test_a_receiver_ruled_out_is_not_the_groups_kept_back() -> None:
    assert read("言蹊的客户群不要给华清，也不要给路遥，给白露就好。") == (
        "handover", {"handover": "言蹊", "takeover": "白露", "scope": G})


@pytest.mark.parametrize("text", ["俺提交哩那些交接单都弄出来看看", "我 submit 过的 transfer 全部 pull 出来",
                                  "列出我送出的所有交接申请", "watashi no 交接申请, list please"])
def test_my_own_requests_listed(text: str) -> None:
    assert read(text) == ("list", {"which": "my_requests"})


@pytest.mark.parametrize(("text", "scope"), [
    ("交出人：华清\n接收人：路遥\n交接范围：学员、家长群（全部）\n审批人：白露", CG),
    ("原负责人：华清；新负责人：路遥；移交内容：仅客户；备注：群聊保留", C),
    ("from: Owen Pike\nto: Gemma Rowe\nscope: group chats   # clients stay with Owen", G),
])
def test_a_forms_scope_field_says_what_moves(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and slots["scope"] == scope
