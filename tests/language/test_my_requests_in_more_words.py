"""The handover requests I filed, asked for in more words (blind rounds dev122–dev131): 我开咗几多单交接, 我之前
submit 的 handover requests, 我之前整的那几个单子, "raised by me", "the requests wey I submit", Taglish "na sinubmit
ko" — a list of mine, not of all (and not a handover of "全部"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["我开咗几多单交接？列晒出嚟",
     "我上周 submit 的 handover requests 全部 show 一下",
     "我最近整的那几个单子 列出来看看",
     "Please show the handover requests raised by me",
     "Abeg make I see the handover requests wey I submit",
     "Pwede ko po ba makita yung handover requests na sinubmit ko?"],
)
def test_a_list_of_mine(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("which")) == ("list", "my_requests")
