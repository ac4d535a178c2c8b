"""Both kinds said in other words (blind rounds dev121/dev130/dev131): "customers aur groups" (Hindi and), "customers
at groups" (Tagalog and) are two kinds, not groups of a kind called "customers aur"; "evrything", "everyting" are
everything. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["Wendy Wen ke customers aur groups Bob Luo ko transfer kar do",
     "Pls move evrything of Wendy Wen to Bob Luo",
     "Wendy Wen everyting 转给 Bob Luo"],
)
def test_both_kinds(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("scope")) == \
        ("handover", "Wendy Wen", ["customers", "groups"])


def test_dealer_groups_are_still_groups() -> None:
    got = parse("move Wendy Wen's dealer groups to Bob Luo", today=TODAY, people=WEN_AND_LUO)
    assert got.slots.get("scope") == ["groups"]
