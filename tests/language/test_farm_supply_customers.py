"""What farm-supply and retail trades call their customers (blind round dev137: "龙正坤的农户交结给罗秀芝",
"让霍志远把冀春来的二批商都接过来"): 种植大户, 养殖户, 农户, 合作社, 二批商, 批发商, 门店老板 are customers, and a group
named after them (养殖户群) is groups. A farmer's papers or a co-op's plan handed to someone, a co-op gone to, and
thanks for the last handover move nobody's customers. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 12, 8)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(("text", "scope"), [
    ("温倩的农户交结给罗晓波 她回老家了", ["customers"]),
    ("温倩的种植大户转给罗晓波 技术群先留她那", ["customers"]),
    ("让罗晓波把温倩的二批商都接过来 温倩月底走", ["customers"]),
    ("温倩 养殖户群 -> 罗晓波", ["groups"]),
])
def test_a_farm_supply_trades_customers_move(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == scope


# (by name shapes alone 温倩她 and 店老板 read as names: these need the directory)
@pytest.mark.parametrize(("text", "scope"), [
    ("那个温倩她那些养殖户啊 就是说全部转给罗晓波", ["customers"]),
    ("温倩走了以后门店老板还有订货群都归罗晓波", ["customers", "groups"]),
])
def test_with_the_directory_a_farm_supply_trades_customers_move(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == scope


@pytest.mark.parametrize("text", [
    "温倩把合作社的春耕计划交给罗晓波看了",
    "温倩那个农户的贷款材料我转给罗晓波审了",
    "温倩的摩托这两天给罗晓波骑，他去合作社送种子",
    "上回交接完那些农户都挺满意，罗晓波跟得勤，谢了",
])
def test_what_moves_is_no_customer(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "unknown"
