"""From the everyday office rounds (dev105, dev106): "to the other David, David Kim" names the receiver by the second
mention; the place someone is relocating to never receives; "scratch the transfer I just submitted" cancels (but
"pull the transfer history" asks for records); "Y接她的工作" names the leaver's successor. Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="annaberg", name="贝安娜", english_name="Anna Berg"),
    DirectoryMember(userid="annalund", name="伦安娜", english_name="Anna Lund"),
    DirectoryMember(userid="koji", name="山浩二", english_name="Koji Yamada"),
    DirectoryMember(userid="zhoulan", name="周岚"),
    DirectoryMember(userid="fengtao", name="冯涛"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
def test_the_other_one_named_after_the_comma(people: NameMatcher | None) -> None:
    got = parse("Please move Anna Berg's clients to the other Anna, Anna Lund. Berg is relocating to Oslo.",
                today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Anna Berg", "Anna Lund")


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
def test_where_someone_relocates_receives_nothing(people: NameMatcher | None) -> None:
    got = parse("Move Koji Yamada's customers, he is relocating to Osaka.", today=TODAY, people=people)
    assert got.slots.get("takeover") != "Osaka"


@pytest.mark.parametrize("text", ["Scratch the transfer I just submitted.", "ditch that handover please"])
def test_a_transfer_scratched_is_cancelled(text: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == "cancel"


def test_the_transfer_history_pulled_is_records() -> None:
    got = parse("Kindly pull the transfer history for Koji Yamada", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("member")) == ("records", "Koji Yamada")


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["周岚12月20日离职，冯涛接她的工作", "周岚月底走，冯涛顶她的岗，开个离职流程"])
def test_who_takes_her_work_succeeds_her(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("member"), got.slots.get("successor")) == ("offboard", "周岚", "冯涛")
