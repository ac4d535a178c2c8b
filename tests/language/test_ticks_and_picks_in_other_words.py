"""Ticks, picks and a no in words the rules did not know (blind rounds dev109–dev111): "tick off #2 on X's list"
and "cross off #3" tick an item (not job 2); "X's checklist — where are we?" shows it; "选 2，第二个 Bob Luo 那个"
picks 2 with the one meant named in Latin letters; "❌ 不对，重新选" says no (❌ is read as 取消, which alone still
cancels); 却认 (确认 heard by voice input), Cantonese 係呀 / 冇錯 / 唔係 and "nope thats wrong" answer (blind round
dev113). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "item", "member"),
    [("tick off #4 on Wendy Wen's list", 4, "Wendy Wen"), ("please cross off #3 for Bob Luo", 3, "Bob Luo"),
     ("mark off item 6", 6, None)],
)
def test_ticked_off(text: str, item: int, member: str | None) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("action"), got.slots.get("item"), got.slots.get("member")) == \
        ("checklist", "done", item, member)


@pytest.mark.parametrize("text", ["Bob Luo's checklist: where are we at?", "where are we on Wendy Wen's checklist"])
def test_where_are_we_on_a_checklist(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("action")) == ("checklist", "show")


def test_where_are_we_on_a_job_is_its_status() -> None:
    got = parse("#58 - where are we?", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("job")) == ("status", "H-58")


def test_a_pick_naming_who_in_latin_letters() -> None:
    got = parse("选 2，第二个 Bob Luo 那个", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("choice")) == ("choose", 2)


@pytest.mark.parametrize("text", ["❌ 不对，重新选", "❌ 搞错了"])
def test_a_cross_then_no_says_no(text: str) -> None:
    assert parse(text, today=TODAY).intent == "deny"


def test_a_cross_alone_still_cancels() -> None:
    assert parse("❌", today=TODAY).intent == "cancel"


@pytest.mark.parametrize(("text", "intent"), [("却认", "confirm"), ("係呀", "confirm"), ("係呀 冇錯", "confirm"),
                                              ("唔係", "deny"), ("nope thats wrong", "deny")])
def test_replies_heard_or_typed_loosely(text: str, intent: str) -> None:
    assert parse(text, today=TODAY).intent == intent


def test_a_word_starting_with_the_cantonese_yes_is_no_yes() -> None:
    assert parse("系统", today=TODAY).intent != "confirm"
