""""Which handovers are not finished yet" asks for the pending ones (dev48/dev49 authors, three voices each).
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse


@pytest.mark.parametrize(
    "text", ["还有哪几单交接没完成？", "交接单里未处理的列一下", "重有边几单交接未搞掂", "list the pending ones pls"]
)
def test_unfinished_jobs_are_the_pending_ones(text: str) -> None:
    got = parse(text, today=dt.date(2026, 11, 26))
    assert (got.intent, got.slots["which"]) == ("list", "pending_approvals")


def test_all_jobs_stay_all() -> None:
    got = parse("列出所有交接任务", today=dt.date(2026, 11, 26))
    assert (got.intent, got.slots["which"]) == ("list", "all")


def test_all_the_jobs_in_mixed_chinese_and_english_are_a_list() -> None:
    got = parse("全部的 handover jobs 拉出来看看", today=dt.date(2026, 11, 26))
    assert (got.intent, got.slots["which"]) == ("list", "all")
