"""Two swapped readings from blind round dev114 (both asked before, now read right): "把X当群主的那些客户群都转给Y" —
"X当群主的" says whose groups, X does not take them (Y当群主 still does); "X took the job at the Shenzhen branch…
Y has agreed to cover his accounts" — taking a job is no taking over (Y took over X's accounts still is).
A Hakka "都系X接个，" tells what X took over long ago; his customers now go to Y. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


def _pair(text: str) -> tuple[object, ...]:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.unsure


def test_groups_someone_owns() -> None:
    assert _pair("把温倩当群主的那些客户群都转给罗晓波") == ("handover", "温倩", "罗晓波", False)


def test_someone_becoming_owner_still_takes() -> None:
    assert _pair("温倩的客户群以后罗晓波当群主")[:3] == ("handover", "温倩", "罗晓波")


@pytest.mark.parametrize("text", [
    "Wendy Wen took the job at the Wuhan office from Monday. Bob Luo has agreed to cover her accounts, please make "
    "it official.",
    "Wendy Wen is taking leave for a year; Bob Luo will look after her clients.",
])
def test_a_job_or_leave_taken_is_no_taking_over(text: str) -> None:
    assert _pair(text)[:3] == ("handover", "Wendy Wen", "Bob Luo")


def test_taking_over_still_takes() -> None:
    assert _pair("Bob Luo took over Wendy Wen's accounts last week, please move them in WeCom")[:3] == \
        ("handover", "Wendy Wen", "Bob Luo")


def test_what_someone_took_long_ago_in_hakka() -> None:
    # "X接个，": what X took over back then; his customers now go to Y (before: X read as the receiver)
    assert _pair("个仓库都系温倩接个，佢做到月底就冇做了。佢个客户全部转分罗晓波")[:3] == ("handover", "温倩", "罗晓波")


def test_take_over_glued_to_chinese() -> None:
    # "Y帮忙take over一下X的客户": the Latin verb with its spaces closed still takes (dev119)
    assert _pair("Bob Luo帮忙take over一下温倩的客户")[:3] == ("handover", "温倩", "Bob Luo")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Who's taking Wendy Wen's clients? Let's say Bob Luo, please move them over.", "Wendy Wen", "Bob Luo"),
    ("温倩的客户谁接？那就罗晓波吧", "温倩", "罗晓波"),
])
def test_own_question_answered_with_a_lead_in(text: str, giver: str, receiver: str) -> None:
    # the writer's own question answered after "Let's say" / "那就" (dev115): that person receives
    assert _pair(text)[:3] == ("handover", giver, receiver)
