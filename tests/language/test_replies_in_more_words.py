"""Replies and "my requests" as people write them (blind rounds dev61–dev108): a choice with a judgement after it
("第二个靠谱", "第二个啱", "头一个", "是第二个那位", "Ope, not that one — the second one"); a no that says what not to
do ("Nah, don't go ahead with that one", "不对，先别执行", "不是这么个弄法", "nope, hold off on that"); a yes in the
dialects ("嗯呢，整吧", "对着哩，转吧", "要得，就勒样转"); the jobs I put in ("我交上去的那些单子", "阮提交的交接单",
"all the ones I've put in", "my handover requests"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("第三个靠谱，就选它", "choose", {"choice": 3}),
        ("第一个啱", "choose", {"choice": 1}),
        ("头一个", "choose", {"choice": 1}),
        ("是第二个那位", "choose", {"choice": 2}),
        ("Oh, not that one — the third one.", "choose", {"choice": 3}),
        ("Nah, don't go ahead with that one", "deny", {}),
        ("No, don't send that, it's wrong", "deny", {}),
        ("不对，先别提交", "deny", {}),
        ("不对不对，不是这么个搞法", "deny", {}),
        ("嗯呢，转吧", "confirm", {}),
        ("对着呢，整吧", "confirm", {}),
        ("我交上去的那些交接单给我看看", "list", {"which": "my_requests"}),
        ("阮提交的交接单拢列出来", "list", {"which": "my_requests"}),
        ("Can I see all the ones I've put in?", "list", {"which": "my_requests"}),
        ("Show me all my handover requests", "list", {"which": "my_requests"}),
    ],
)
def test_the_reply_meant(text: str, intent: str, slots: dict[str, object]) -> None:
    got = parse(text, today=TODAY)
    assert got.intent == intent
    assert {k: got.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("有没有等俺批的？给俺列列", "pending_approvals"),
        ("可有等额批嘞交接？", "pending_approvals"),
        ("有咩交接仲未搞掂？", "pending_approvals"),
        ("Please send me an overview of all open and closed handovers.", "all"),
        ("所有 transfer jobs 都 show 出来", "all"),
        ("所有 handover job 拉一下", "all"),
    ],
)
def test_the_jobs_listed(text: str, which: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("which")) == ("list", which)


@pytest.mark.parametrize(
    "text", ["Aye, that's right enough, go ahead", "Sound, go on so", "Yes, this is correct, you may proceed. Merci.",
             "Aye, on ye go"])
def test_a_yes_in_other_voices(text: str) -> None:
    assert parse(text, today=TODAY).intent == "confirm"


@pytest.mark.parametrize(
    ("text", "choice"),
    [("第二个的嘛，那个选", 2), ("Number 2 please, the one in the finance team.", 2), ("El segundo, por favor", 2)])
def test_a_choice_with_who_it_is(text: str, choice: int) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("choice")) == ("choose", choice)


def test_a_wrong_tick_taken_back() -> None:
    got = parse("4 打错勾了，取消", today=TODAY)
    assert (got.intent, got.slots.get("action"), got.slots.get("item")) == ("checklist", "undo", 4)
