"""Handover requests written as forms or pasted tables (bot/language/forms.py), and titles before
Latin names: the field before each person says their role. Sentences written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language import parse
from bot.language.forms import unfold_table

from .test_voices import PEOPLE, TODAY

C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def read(text: str) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


def test_a_pasted_row_is_unfolded_under_its_header() -> None:
    assert unfold_table("原负责人\t新负责人\n甘雨\t桑青") == "原负责人：甘雨；新负责人：桑青"
    assert unfold_table("| 接收 | 交出 |\n|---|---|\n| 桑青 | 甘雨 |") == "接收：桑青；交出：甘雨"
    assert unfold_table("姓名,部门\n甘雨,销售部") is None  # no field for each side
    assert unfold_table("原负责人\t新负责人\n甘雨\t桑青\n石磊\t石蕾") is None  # two requests: as written


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("原负责人\t新负责人\n甘雨\t桑青", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        # the receiver's column first: the header, not the order, says who is who
        ("接收人,移交人,范围\n桑青,甘雨,客户群", {"handover": "甘雨", "takeover": "桑青", "scope": G}),
        ("| 新跟进人 | 原跟进人 |\n| --- | --- |\n| 聂志远 | 邝丽 |",
         {"handover": "邝丽", "takeover": "聂志远", "scope": C}),
        ("1. 接收员工：桑青\n2. 离职员工：甘雨\n3. 交接范围：客户+客户群",
         {"handover": "甘雨", "takeover": "桑青", "scope": CG}),
        ("交接对象：聂志远\n姓名：邝敏\n事由：调岗，客户请转", {"handover": "邝敏", "takeover": "聂志远", "scope": C}),
        ("New owner: Jordan Wu\nCurrent owner: Brooke Lin\nScope: accounts and group chats",
         {"handover": "Brooke Lin", "takeover": "Jordan Wu", "scope": CG}),
        ("Incoming rep: Will Chen\nOutgoing rep: Wee Ling\nEffective: Monday",
         {"handover": "Wee Ling", "takeover": "Will Chen", "scope": C}),
    ],
)
def test_the_field_names_the_role(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


def test_a_leaver_form_without_customers_is_an_offboarding() -> None:
    text = "离职登记\n姓名：甘雨\n最后工作日：12月11日\n接任：桑青"
    assert read(text) == ("offboard", {"member": "甘雨", "last_day": "2026-12-11", "successor": "桑青"})


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Khun Hui Xin customer move to Khun Wee Ling na krub",
         {"handover": "Khun Hui Xin", "takeover": "Khun Wee Ling", "scope": C}),
        ("Tolong, customer Pak Jordan Wu pindah to Bu Brooke Lin", {"handover": "Pak Jordan Wu",
                                                                      "takeover": "Bu Brooke Lin", "scope": C}),
    ],
)
def test_a_title_before_a_latin_name_is_part_of_the_name(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)
