"""Look-alikes that name two colleagues and customers but move nobody's customers (blind round dev117): a customer
introduced ("我介绍个客户给你认识"), where someone sits ("X坐在Y旁边，有客户来访…", "X sits next to Y now"), who
hosts a customers' visit ("X的客户下周来考察，Y负责接待"), a client visit covered ("Can Y cover X's client visit?",
"Y 帮 X 去 cover 一下 customer visit"), a quote sent to the customer. Handovers said with the same words still are
("…should sit with Y from now on"). From dev119: sales counted, a demo for a customer, a viewing, a reminder sent to
customers, a training given to newcomers (someone away at a training still hands over). Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("people", [WEN_AND_LUO, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", [
    "罗晓波，我介绍个客户给你认识，温倩的老同学，做外贸的",
    "温倩现在坐在罗晓波旁边，有客户来访直接找他们就行",
    "温倩的客户周五来参观，罗晓波负责接待",
    "Could Bob Luo cover Wendy Wen's client visit tomorrow? She's off sick.",
    "Wendy Wen sits next to Bob Luo now, if customers ask at the front desk.",
    "Wendy Wen asked Bob Luo to send the quote to the client.",
    "罗晓波 帮 温倩 去 cover 一下周五的 client visit",
])
def test_nothing_moves(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"


def test_sit_with_still_hands_over() -> None:
    got = parse("Wendy Wen is going part-time; her clients should sit with Bob Luo from now on.", today=TODAY,
                people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")


@pytest.mark.parametrize("text", [
    "Wendy Wen closed 15 accounts this month, Bob Luo 11. Great job both.",
    "温倩这个月成交9单，罗晓波成交7单，谁的客户转化率更高？",
    "罗晓波请假，后天给温倩客户的demo你来做",
    "温倩聽日帶客睇樓，罗晓波幫手開門",
    "Remind Wendy Wen's clients that the renewal is due; Bob Luo has the list.",
    "温倩明天上午给新同事培训怎么加企微客户，罗晓波也来听听",
])
def test_sales_figures_demos_viewings_and_reminders(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "unknown"


def test_someone_away_at_a_training_still_hands_over() -> None:
    got = parse("温倩下周去总部培训两个月，她的客户先转给罗晓波", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")


def test_a_reminder_for_me_is_still_a_snooze() -> None:
    assert parse("remind me on Monday", today=TODAY).intent == "snooze"
