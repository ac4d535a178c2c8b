"""English from blind round dev136: "…but leave the service groups with her for now" keeps the groups back (only
"leave her …" did), and "emailing" is a word, not a typo of "remaining" (which read a status question as the rest
of a split). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse
from bot.language.spelling import correct_keywords

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("text", [
    "Move Wendy Wen's clients to Bob Luo but leave the billing groups with her for now.",
    "Please give Wendy Wen's customers to Bob Luo, leave the support chats where they are.",
])
def test_the_groups_left_stay(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
    assert got.slots.get("scope") == ["customers"]


def test_emailing_is_a_word() -> None:
    assert correct_keywords("her clients keep emailing and emailed me") == "her clients keep emailing and emailed me"
    got = parse("Where are we with Wendy Wen's handover? Her clients keep emailing me.", today=TODAY,
                people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("member")) == ("status", "Wendy Wen")


@pytest.mark.parametrize("word", ["leasing", "cleaning", "learning", "leading", "remember", "mailed", "relieved",
                                  "relocate", "augusta", "hannover"])
def test_a_real_word_near_a_keyword_is_left_as_written(word: str) -> None:
    # (the keyword check had made them leaving, december, failed, received, allocate, august, handover)
    text = f"notes on {word} for the team"
    assert correct_keywords(text) == text
