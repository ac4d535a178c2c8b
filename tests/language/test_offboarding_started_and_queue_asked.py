"""Other intents in the words of blind rounds dev112–dev113: "X要走了，帮我发起离职" starts X's offboarding (发起/启动
离职 is an offboarding cue, 离职证明 still is not); "还有几单交接卡在我这里没批" lists the jobs waiting for my approval;
Cantonese "X啲客轉成點" asks how X's handover is going; 苌 is a surname the name-shape recognizer knows.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("people", [WEN_AND_LUO, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["温倩下个月不干了，帮我启动离职", "温倩要走了 麻烦发起一个离职"])
def test_offboarding_started(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("member")) == ("offboard", "温倩")


def test_a_leaving_certificate_starts_nothing() -> None:
    assert parse("温倩要走了，帮我发起离职证明的申请", today=TODAY, people=WEN_AND_LUO).intent != "offboard"


@pytest.mark.parametrize("text", ["现在有几单卡在我这没批的？", "有几个交接等我审？"])
def test_jobs_waiting_for_me_counted(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("which")) == ("list", "pending_approvals")


def test_how_the_transfer_is_going_in_cantonese() -> None:
    got = parse("温倩啲客戶轉成點呀", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("member")) == ("status", "温倩")


def test_a_rare_surname_by_shape() -> None:
    got = parse("苌晓燕月底离职，帮她发起离职", today=TODAY)
    assert (got.intent, got.slots.get("member"), got.slots.get("last_day")) == ("offboard", "苌晓燕", "2026-11-30")
