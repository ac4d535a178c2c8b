"""Blind rounds dev113/dev120/dev121: "经销商客户群" and "X开的客群" are groups only (the trade's word before 客户群
names whose groups they are, 客群 is 客户群 said short); "只转群给Y 客户不动" — the writer's space after a member's
name starts a clause that keeps the customers back, also when the directory closes the spaces between Chinese
characters. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["温倩负责的代理商客户群移交罗晓波",
     "温倩的客群都转给罗晓波",
     "只把温倩的群转给罗晓波 客户先不动"],
)
def test_groups_only(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", "温倩", "罗晓波", ["groups"])


@WITH_AND_WITHOUT_DIRECTORY
def test_a_trades_customers_and_their_groups(people: object) -> None:
    got = parse("温倩的代理商客户和客户群都转给罗晓波", today=TODAY, people=people)  # type: ignore[arg-type]
    assert got.slots.get("scope") == ["customers", "groups"]


def test_customers_only_when_the_groups_stay() -> None:
    got = parse("温倩的客户给罗晓波 群先别动", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("scope")) == ("handover", ["customers"])


def test_a_target_customer_segment_is_no_request() -> None:
    assert parse("我们的目标客群是年轻宝妈", today=TODAY, people=WEN_AND_LUO).intent == "unknown"
