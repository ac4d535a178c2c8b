"""A list of jobs asked for in other words (blind rounds dev60–dev104): "all dem handover I put in", "show me all
交接单", "an overview of all the transfers", "the transfers I made", "my own transfer requests", "提过个交接单全部
拿出来"; mine when the writer says they filed them. "all transfer to Y" is a handover, not a list. Sentences
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "which"),
    [
        ("Lemme see all di handover dem I put in", "my_requests"),
        ("show me all 交接单", "all"),
        ("Can you give me an overview of all the transfers?", "all"),
        ("Show me the transfers I made last week", "my_requests"),
        ("Can I see my own transfer requests?", "my_requests"),
        ("涯提过个交接单全部拿出来睇下", "my_requests"),
        ("Pull up every 交接 job y'all got", "all"),
    ],
)
def test_a_list_asked_in_other_words(text: str, which: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("which")) == ("list", which)


def test_all_transferred_to_someone_is_a_handover() -> None:
    got = parse("Nicole Hua 的备婚群 all transfer 给 Felix Bao", today=TODAY)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Nicole Hua", "Felix Bao")
