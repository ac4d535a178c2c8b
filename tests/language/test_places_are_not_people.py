"""A capitalized word after "I'm moving to", "she's off to", "going to study in" is where someone goes, not who
receives (blind rounds dev73–dev103: the writer leaving, then "my clients to Y"). "They go to Y" and "the
accounts are going to Y" still hand over. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="anoor", name="努尔", english_name="Amina Noor"),
    DirectoryMember(userid="tbrandt", name="白朗特", english_name="Tobias Brandt"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "I'm moving to Rotterdam in March, so my dealer accounts to Amina Noor please",
        "I'm off to Patagonia for a year! My clients and my chats, all to Amina Noor",
        "She's heading back to Nairobi. Please give her clients to Amina Noor",
        "I go back to school in Leuven in January, my accounts to Amina Noor please",
        "Going to study in Melbourne next year. My clients to Amina Noor, thanks",
    ],
)
def test_where_someone_goes_is_no_receiver(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.intent == "handover"
    assert got.slots["takeover"] == "Amina Noor"


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Tobias Brandt's clients, they go to Amina Noor", "Tobias Brandt"),
        ("Tobias Brandt's accounts are going to Amina Noor from Monday", "Tobias Brandt"),
        ("I'm moving Tobias Brandt's clients to Amina Noor", "Tobias Brandt"),
    ],
)
def test_what_goes_to_someone_still_hands_over(text: str, giver: str) -> None:
    got = parse(text, today=TODAY, people=None)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", giver, "Amina Noor")
