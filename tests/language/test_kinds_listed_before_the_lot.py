"""Kinds listed a few words each after the request and closed by "the lot" / "everything" / "tout" (blind
rounds dev72–dev92: "… over to Chelsea Ogden — print clients, design chats, the lot"): every kind in the
list moves. A short clause naming a kind with no such close is not added (it often keeps the kind back in
words the reader does not know: "the chats wait", "groups baad mein"). Without a directory "Christmas" or
"Easter" is no one. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="zfinch", name="芬莎拉", english_name="Zara Finch"),
    DirectoryMember(userid="oplatt", name="普欧文", english_name="Owen Platt"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "Zara Finch is off at Christmas. Owen Platt takes over from her — wholesale clients, delivery chats, the lot",
        "Can you shift everything Zara Finch has over to Owen Platt - cafe clients, supplier chats, everything.",
    ],
)
def test_a_list_closed_by_the_lot(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Zara Finch",
                                                                                  "Owen Platt")
    assert got.slots.get("scope") == ["customers", "groups"]


def test_a_short_clause_after_is_not_added_without_the_close() -> None:
    got = parse("Zara Finch's cafe clients to Owen Platt. Delivery chats later", today=TODAY, people=PEOPLE)
    assert got.slots.get("scope") == ["customers"]


def test_a_trade_word_in_the_list_moves_too() -> None:
    got = parse("Owen Platt is taking over from Zara Finch: patients, clinic chats, the lot.", today=TODAY,
                people=PEOPLE)
    assert got.slots.get("scope") == ["customers", "groups"]
    got = parse("Owen Platt is taking over from Zara Finch: landscapers, yard chats, the lot.", today=TODAY,
                people=PEOPLE)
    assert got.slots.get("scope") == ["customers", "groups"]


def test_a_holiday_is_nobody() -> None:
    got = parse("Zara Finch is off after Christmas, Owen Platt will take her clients", today=TODAY)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Zara Finch", "Owen Platt")
