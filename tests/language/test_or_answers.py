"""An or-question answered below it, on sentences written for this file: the one of the two said alone right
after the question (a particle at most, then the clause ends) is the receiver, even when a reason about the other
follows; a name followed by a reason ("骆春燕忙…") is no answer."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="祁晓峰"), DirectoryMember(userid="b", name="骆春燕"),
    DirectoryMember(userid="c", name="冉国栋"),
    DirectoryMember(userid="f", name="欧文", english_name="Owen Tremblay"),
    DirectoryMember(userid="g", name="玛丽", english_name="Marie Gagnon"),
    DirectoryMember(userid="h", name="卢克", english_name="Luc Bouchard"),
], version=1)


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("祁晓峰的客户给骆春燕还是给冉国栋？\n给骆春燕吧，冉国栋天天跑外地", "骆春燕"),
        ("祁晓峰的客户给骆春燕还是冉国栋？ / 春燕，冉国栋那边单子多", "骆春燕"),  # by the given name
        ("Owen Tremblay's clients to Marie Gagnon or Luc Bouchard? → Marie, Luc Bouchard only does Montreal",
         "Marie Gagnon"),
        ("祁晓峰的客户给骆春燕还是冉国栋？骆春燕忙不过来，给冉国栋吧", "冉国栋"),  # a reason, then the answer
    ],
)
def test_the_name_said_alone_after_the_question_is_the_answer(text: str, receiver: str) -> None:
    reading = parse(text, today=TODAY, people=PEOPLE)
    assert reading.intent == "handover"
    assert reading.slots["takeover"] == receiver, reading


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Owen Tremblay's maple syrup buyers, Marie Gagnon or Luc Bouchard?\nLuc Bouchard. Marie is off till March",
         "Luc Bouchard"),
        ("Owen Tremblay's cabin renters: Marie or Luc? Marie, Luc has the whole lake already", "Marie"),
        ("祁晓峰的茶叶客户，骆春燕还是冉国栋？\n冉国栋，春燕下个月休产假", "冉国栋"),
    ],
)
def test_an_or_question_with_no_verb_answered_below_it(text: str, receiver: str) -> None:
    reading = parse(text, today=TODAY, people=PEOPLE)
    assert (reading.intent, reading.slots["takeover"]) == ("handover", receiver), reading
    assert reading.slots["handover"] in ("Owen Tremblay", "祁晓峰")


def test_an_or_question_nobody_answered_hands_nothing_over() -> None:
    assert parse("Owen Tremblay's cabin renters: Marie Gagnon or Luc Bouchard?", today=TODAY,
                 people=PEOPLE).intent != "handover"


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("> Bot: Who should receive Owen Tremblay's customers?\nLuc Bouchard. Only the customers", "Luc Bouchard"),
        ('"Who receives Owen Tremblay\'s clients?"\nMarie Gagnon please', "Marie Gagnon"),
        ("交接助手：祁晓峰的客户要转给谁？\n——\n冉国栋吧", "冉国栋"),
    ],
)
def test_a_pasted_bot_question_answered_below_it(text: str, receiver: str) -> None:
    reading = parse(text, today=TODAY, people=PEOPLE)
    assert (reading.intent, reading.slots["takeover"]) == ("handover", receiver), reading
