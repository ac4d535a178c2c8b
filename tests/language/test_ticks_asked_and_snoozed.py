"""Everyday short forms (blind rounds dev105, dev106): "#37 done 了没" asks whether job 37 is done (a status, not a
tick of item 37); "Mark item 5 done for X" ticks X's item (Mark is the verb, even where a member is called Mark);
"snooze 到 Dec 1" puts the Chinese "until" into an English command. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="markevans", name="埃马克", english_name="Mark Evans"),
    DirectoryMember(userid="ruthokoye", name="奥露丝", english_name="Ruth Okoye"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["#52 done 了没", "is #52 done yet?", "#52 finished?"])
def test_a_job_asked_done_is_a_status(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("job")) == ("status", "H-52")


@pytest.mark.parametrize("text", ["#5 done", "#5 完成"])
def test_a_tick_said_is_still_a_tick(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("action"), got.slots.get("item")) == ("checklist", "done", 5)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
def test_the_tick_is_for_whom_it_says(people: NameMatcher | None) -> None:
    got = parse("Mark item 4 done for Ruth Okoye", today=TODAY, people=people)
    assert (got.intent, got.slots.get("item"), got.slots.get("member")) == ("checklist", 4, "Ruth Okoye")


@pytest.mark.parametrize(("text", "until"), [("snooze 到 Dec 3", "2026-12-03"), ("snooze 到12月3日", "2026-12-03"),
                                             ("snooze 等周一", "2026-11-30")])
def test_a_chinese_until_in_an_english_snooze(text: str, until: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("until")) == ("snooze", until)


@pytest.mark.parametrize(
    ("text", "until"),
    [("今天忙不过来，下礼拜一再提醒我吧", "2026-11-30"), ("下周一再来提醒本宫吧。", "2026-11-30"),
     ("提醒往后推一天，明天再说", "2026-11-27"), ("12月2号再说，到时提醒我", "2026-12-02")],
)
def test_the_day_to_be_reminded_on(text: str, until: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("until")) == ("snooze", until)
