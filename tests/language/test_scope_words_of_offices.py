"""Scope said in more office words (blind round dev110): "把群转给Y就行，客户保留" (the groups, right after 把);
"customer chatting rooms" are group chats; "customers, group chats, the whole shebang" is everything.
"把群里那条通知转发给Y" forwards a notice from the group, no group moves. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenqian", name="温倩"),
    DirectoryMember(userid="luoxiaobo", name="罗晓波"),
    DirectoryMember(userid="ahale", name="海安", english_name="Aidan Hale"),
    DirectoryMember(userid="mreyes", name="雷玛", english_name="Marisol Reyes"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "giver", "receiver", "scope"),
    [
        ("温倩那边把群转给罗晓波就可以了，客户保留", "温倩", "罗晓波", ["groups"]),
        ("Aidan Hale's customer chatting rooms should move to Marisol Reyes", "Aidan Hale", "Marisol Reyes",
         ["groups"]),
        ("Marisol Reyes is picking up Aidan Hale's stuff - customers, group chats, the whole shebang.",
         "Aidan Hale", "Marisol Reyes", ["customers", "groups"]),
    ],
)
def test_scope_in_office_words(text: str, giver: str, receiver: str, scope: list[str],
                               people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)
    assert got.slots.get("scope") == scope


def test_a_notice_forwarded_from_the_group() -> None:
    assert parse("把群里那个报价转发给罗晓波看看", today=TODAY, people=PEOPLE).intent == "unknown"
