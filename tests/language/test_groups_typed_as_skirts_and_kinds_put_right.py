"""Blind rounds dev121–dev130: 群 typed as 裙 beside what marks it ("客户和裙", "那些裙", "车友裙 转…",
"客户连裙一起"), 客户连群 (with the groups), what moves put right after the request ("…的客户给Y\n哦不是客户 是群",
"打错了 是客户不是群"), and a member's name run straight into a clause that keeps the customers back
("转给Y客户不动"). A dress (连衣裙, 裙子) is no group. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    ("text", "scope"),
    [("温倩的客户和裙都转给罗晓波", ["customers", "groups"]),
     ("温倩的客户连群一起转给罗晓波", ["customers", "groups"]),
     ("温倩的客户给罗晓波\n哦不是客户 是群", ["groups"]),
     ("温倩的群给罗晓波 打错了 是客户不是群", ["customers"])],
)
def test_what_moves(text: str, scope: list[str], people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", "温倩", "罗晓波", scope)


def test_customers_with_the_groups_typed_as_skirts() -> None:
    got = parse("温倩客户连裙一起转罗晓波", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("scope")) == ("handover", ["customers", "groups"])


def test_a_name_run_into_what_stays() -> None:
    got = parse("温倩名下的群组转给罗晓波客户不动", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("takeover"), got.slots.get("scope")) == ("handover", "罗晓波", ["groups"])


def test_a_dress_is_no_group() -> None:
    assert parse("温倩那条连衣裙给罗晓波看看", today=TODAY, people=WEN_AND_LUO).slots.get("scope") != ["groups"]
