"""More wrong-person jobs and look-alikes the dev67 and dev68 rounds found, checked on sentences written for this
file: a quoted confirmation whose giver is put right below it (接手还是Y); a quoted "who should take them?" answered
by a name; a bilingual form whose giver's field is no known label (老师 Teacher:) beside a signing one; the one who
said she will take them; and look-alikes: a salary moved, a class or a booking taken over."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="韦晨"), DirectoryMember(userid="b", name="韦辰"),
    DirectoryMember(userid="c", name="褚蕾"), DirectoryMember(userid="d", name="古雅"),
    DirectoryMember(userid="e", name="温良"), DirectoryMember(userid="f", name="凌霜"),
    DirectoryMember(userid="g", name="奥拉", english_name="Ola Brand"),
    DirectoryMember(userid="h", name="塔马", english_name="Tama Reid"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("「请确认：将 韦晨 的学员（共 12 位）转给 褚蕾，是否确认？」\n不对，要转的是韦辰，不是韦晨。接手还是褚蕾",
     "韦辰", "褚蕾"),
    ("「请确认：将 韦晨 的学员转给 褚蕾，是否确认？」\n不对，是给温良，褚蕾那边满了。", "韦晨", "温良"),
    ("> Bot: 古雅's clients and groups → who should take them?\n温良. but only the groups, clients stay with 古雅",
     "古雅", "温良"),
    ("交接单 Handover form\n老师 Teacher: 凌霜\n接手 Takeover: 温良\n校长签字 Principal: 古雅", "凌霜", "温良"),
    ("褚蕾讲古雅的调度群她来接，你先给她转过去嘛", "古雅", "褚蕾"),
])
def test_who_gives_and_who_receives(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


@pytest.mark.parametrize("text", [
    "Ola Brand salary, move it to the new account, she gave the number to Tama Reid.",
    "Tama Reid will take over Ola's Thursday pottery class while she is away.",
    "Tama Reid, can you take over the venue booking for the Lee family? Ola Brand is sick.",
])
def test_look_alikes_stay_unfiled(text: str) -> None:
    assert roles(text)[0] != "handover"


def test_class_students_are_customers() -> None:
    assert roles("Ola Brand is leaving Friday, her pottery class students go to Tama Reid.") == (
        "handover", "Ola Brand", "Tama Reid")


@pytest.mark.parametrize(("text", "scope"), [
    ("move Ola Brand's reading club chats to Tama Reid period do not move her book club members period", ["groups"]),
    ("Ola Brand 的会员群转给 Tama Reid，members 她自己 handle 到月底。", ["groups"]),
])
def test_members_kept_back(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == "handover" and got.slots["scope"] == scope
