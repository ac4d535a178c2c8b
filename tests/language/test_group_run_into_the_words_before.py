"""A trade's group named right before what happens to it, its name run into the words before ("…先不动 订货群先转给Y",
blind round dev137; "…同随访群都转Y", dev103), is groups. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize(("text", "scope"), [
    ("温倩那边老客户先不动 配送群先转给罗晓波", ["groups"]),
    ("温倩 客户不动 就群转罗晓波", ["groups"]),
    ("温倩就把仓库群给罗晓波，客户甭转", ["groups"]),
    ("温倩不干了 对账群没人管 转给罗晓波吧", ["groups"]),
    ("温倩 订单群 给罗晓波，客户不动", ["groups"]),
    ("温倩的老客户跟复诊群都转罗晓波", ["customers", "groups"]),
])
def test_the_group_moves(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == scope
