"""Replies with words beside them (blind rounds dev114–dev115): "选 2 吧, that's the one" picks 2; Cantonese "唔係呢個"
says no; "呢个 reminder snooze 到 next Monday" puts it off; "帮我确认一下下周值班表" asks for something to be
checked and says no yes ("确认一下没问题" still does). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


def test_a_pick_with_a_judgement_in_english() -> None:
    got = parse("选 2 吧, that's the right one", today=TODAY)
    assert (got.intent, got.slots.get("choice")) == ("choose", 2)


def test_not_this_one_in_cantonese() -> None:
    assert parse("唔係呢位", today=TODAY).intent == "deny"


def test_a_reminder_snoozed() -> None:
    got = parse("呢个 reminder snooze 到 next Monday", today=TODAY)
    assert (got.intent, got.slots.get("until")) == ("snooze", "2026-11-30")


@pytest.mark.parametrize(("text", "intent"), [("帮我确认一下下周值班表", "unknown"), ("麻烦确认一下采购单", "unknown"),
                                              ("确认一下没问题", "confirm")])
def test_asked_to_check_something(text: str, intent: str) -> None:
    assert parse(text, today=TODAY).intent == intent
