"""Members whose names are everyday words (blind rounds dev107, dev108): after 今年/去年/这个 a member called 夏天 is
the season ("今年夏天宋知远就说想转行…他的客户给邹雨桐": 宋知远 gives); right after 交接 a member called 任务 is the
word ("看一下所有的交接任务": a list). Elsewhere they are the members. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="xiatian", name="夏天"),
    DirectoryMember(userid="renwu", name="任务"),
    DirectoryMember(userid="songzy", name="宋知远"),
    DirectoryMember(userid="zouyt", name="邹雨桐"),
], version=1)


def test_a_season_after_a_year_is_the_season() -> None:
    got = parse("今年夏天宋知远就说想转岗了，现在批了。他的客户都交给邹雨桐", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "宋知远", "邹雨桐")


def test_handover_tasks_are_a_list() -> None:
    got = parse("看一下所有的交接任务", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("which")) == ("list", "all")


def test_the_members_themselves() -> None:
    got = parse("夏天的客户转给任务", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "夏天", "任务")
