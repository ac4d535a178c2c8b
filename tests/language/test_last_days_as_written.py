"""A last working day as people write it (blind rounds dev60–dev104): the dotted day-first date after a word for
a date ("last day 31.12", "laatste dag 11.12"; a slash stays month-first, as test_properties has it), "Friday
week", "the morn", "mañana", 明朝, 后儿个, "Christmas Eve", "Hogmanay", a date right after a Latin name ending in h
("Nkansah 下周五"), and a date word run into Chinese ("牟丹丹tomorrow"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse
from bot.language.dates import find_date

TODAY = dt.date(2026, 11, 26)  # a Thursday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("last day 31.12", dt.date(2026, 12, 31)),
        ("laatste dag 11.12", dt.date(2026, 12, 11)),
        ("she ends 12/1", dt.date(2026, 12, 1)),
        ("finishing up Friday week", dt.date(2026, 12, 4)),
        ("last day's the morn", dt.date(2026, 11, 27)),
        ("se va mañana", dt.date(2026, 11, 27)),
        ("明朝就勿来哉", dt.date(2026, 11, 27)),
        ("后儿个最后一天", dt.date(2026, 11, 28)),
        ("last day is Christmas Eve", dt.date(2026, 12, 24)),
        ("last day is Hogmanay", dt.date(2026, 12, 31)),
    ],
)
def test_the_day_as_written(text: str, day: dt.date) -> None:
    found = find_date(text, TODAY)
    assert found is not None and found.value == day


def test_a_number_with_a_dot_is_no_date_without_a_word_for_one() -> None:
    assert find_date("price 11.12 per kilo", TODAY) is None


@pytest.mark.parametrize(
    ("text", "member", "day"),
    [
        ("Kwabena Nkansah 下周五 last day，帮他走离职流程", "Kwabena Nkansah", "2026-12-04"),
        ("郁晓丹tomorrow last day，走一下 offboarding 流程", "郁晓丹", "2026-11-27"),
        ("Offboarding for Anneke Visser please, last day 11.12", "Anneke Visser", "2026-12-11"),
    ],
)
def test_an_offboarding_gets_its_day(text: str, member: str, day: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots["member"], got.slots["last_day"]) == ("offboard", member, day)
