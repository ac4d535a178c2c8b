"""What of the giver's moves, listed one item a line (blind round dev111): "麻烦处理：\\n1）X的客户\\n2）X的客户群\\n
都给Y" moves both kinds, read from the first item; a mention of the giver in an earlier sentence that is no
list item adds nothing. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize("text", ["请处理：\n1. 温倩的客户\n2. 温倩的客户群\n统一给罗晓波",
                                  "To do:\n- Wendy Wen's clients\n- Wendy Wen's group chats\nall to Bob Luo"])
def test_both_items_move(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.slots.get("scope") == ["customers", "groups"]


def test_an_earlier_sentence_adds_nothing() -> None:
    got = parse("Wendy Wen's clients went last week. Now please move Wendy Wen's group chats to Bob Luo.",
                today=TODAY, people=PEOPLE)
    assert got.slots.get("scope") == ["groups"]
