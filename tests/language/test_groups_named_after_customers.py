"""A group named after the customers it serves is one kind, groups (blind round dev109: "甘丽华那边的经销商订货群
都拉到阎春梅名下"): "经销商对账群", "学员家长群", "车主车友群" move groups only; with a conjunction between them
("学员和家长群", "学员跟售后群") both kinds are named. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 7)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("把温倩那边的经销商对账群都拉到罗晓波名下", ["groups"]),
        ("温倩的代理商报单群转给罗晓波", ["groups"]),
        ("温倩的学员和家长群都给罗晓波", ["customers", "groups"]),
        ("温倩的学员跟售后群都转给罗晓波", ["customers", "groups"]),
    ],
)
def test_a_group_named_after_its_customers(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == scope
