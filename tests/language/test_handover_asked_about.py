"""A person's handover named as a thing and asked about is a status (blind rounds dev60–dev104): "X 的 handover
sorted yet or still busy?", "Handover bilong X i pinis o nogat?", "X那个交接撒情况", "X ka handover complete hua ke
nahi?". Their transfer history is records; "could X transfer the refund?" is neither. Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="ndlovu", name="恩德洛", english_name="Sipho Ndlovu"),
    DirectoryMember(userid="nihong", name="倪虹"),
    DirectoryMember(userid="yambi", name="杨比", english_name="Paulus Yambi"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Sipho Ndlovu 的 handover sorted yet or still busy?", "Sipho Ndlovu"),
        ("Handover bilong Paulus Yambi i redi o nogat?", "Paulus Yambi"),
        ("倪虹那个交接撒情况", "倪虹"),
        ("Any word on how Sipho Ndlovu's handover's getting on? Clients are asking.", "Sipho Ndlovu"),
        ("Paulus Yambi ka handover complete hua ke nahi?", "Paulus Yambi"),
    ],
)
def test_a_handover_asked_about_is_a_status(text: str, member: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("member")) == ("status", member)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Can I see Sipho Ndlovu's transfer history?", "records"),
        ("Sipho Ndlovu 的 handover 给倪虹，可以吗？", "handover"),
    ],
)
def test_history_and_requests_stay_what_they_are(text: str, intent: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == intent


def test_a_verb_with_an_object_is_no_handover_asked_about() -> None:
    assert parse("Could Sipho Ndlovu transfer the customer's refund to their card?", today=TODAY,
                 people=PEOPLE).intent != "status"
