"""Voices met in the dev55 round, checked on sentences written for this file: the receiver named before 给 / 那里
and the verb (Korean-Chinese, Uyghur Mandarin; asked, never filed straight away), a name with a middle dot, and a
possessive typed without its apostrophe."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="jinminjun", name="金敏俊"),
    DirectoryMember(userid="piaoxuehua", name="朴雪花"),
    DirectoryMember(userid="maimaiti", name="买买提·艾力"),
    DirectoryMember(userid="jasper", name="贾斯帕", english_name="Jasper"),
    DirectoryMember(userid="rowena", name="罗薇娜", english_name="Rowena"),
], version=1)


@pytest.mark.parametrize("text", [
    "金敏俊的客户们，朴雪花给转一下嘛",
    "金敏俊的客户和群，朴雪花那里都转过去吧",
    "金敏俊他的顾客们，朴雪花那边给转一下",
])
def test_a_receiver_before_the_verb_is_read_and_asked(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert (got.slots["handover"], got.slots["takeover"]) == ("金敏俊", "朴雪花")
    assert got.unsure  # a word order not every reader agrees on: a question first


def test_a_name_with_a_middle_dot_is_one_person() -> None:
    got = parse("买买提·艾力的客户转给朴雪花", today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert (got.slots["handover"], got.slots["takeover"]) == ("买买提·艾力", "朴雪花")


def test_a_possessive_without_its_apostrophe() -> None:
    got = parse("move jaspers clients to rowena pls", today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert (got.slots["handover"], got.slots["takeover"]) == ("jasper", "rowena")


def test_a_plural_name_word_that_owns_nothing_is_not_a_possessive() -> None:
    got = parse("jaspers are leaving to rowena's office", today=TODAY, people=PEOPLE)
    assert got.intent != "handover"
