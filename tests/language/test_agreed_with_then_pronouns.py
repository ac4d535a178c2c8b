""""X跟Y说好了，她的客户都给他" / "X told Y …, so his chats to her" (blind rounds dev97, dev105): the one named first
spoke with the other and owns what moves; the pronoun receiver is the other one — a guess, so it is asked before
anything is filed. With no such agreement the pronoun stays unresolved between two names. Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="luoqing", name="罗青"),
    DirectoryMember(userid="tanghao", name="唐浩"),
    DirectoryMember(userid="imbali", name="姆巴丽", english_name="Imbali Dube"),
    DirectoryMember(userid="sizwe", name="西兹韦", english_name="Sizwe Khumalo"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("罗青跟唐浩说好了，她的客户都给他", "罗青", "唐浩"),
        ("唐浩跟罗青讲好了，他的客户都转给她", "唐浩", "罗青"),
    ],
)
def test_the_other_one_receives_and_is_asked(text: str, giver: str, receiver: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)
    assert got.unsure


def test_the_english_reads_the_same_people() -> None:
    got = parse("Imbali Dube talked to Sizwe Khumalo yesterday, so her clients go to him", today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Imbali Dube", "Sizwe Khumalo")


def test_without_an_agreement_no_one_is_picked() -> None:
    got = parse("罗青说唐浩也要走，她的客户都给他", today=TODAY, people=PEOPLE)
    assert got.slots.get("takeover") != "唐浩" or got.unsure
