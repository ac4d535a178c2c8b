"""Another system's queue, progress, history or checklist is not a handover's (blind rounds dev64–dev111):
"Any expense reports waiting for my approval?", "What's the status of the shipment to X?", "Pull the purchase
history for our client X", "checklist for the trade show: banners …", "我的 leave request 审批到哪一步了" (no
space kept between the Chinese and the Latin words) are left alone; the same words beside a handover ("which
handovers are waiting for my approval", "status of X's transfer") are still ours.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "Are there any timesheets waiting for my approval?",
        "What's the status of Wendy Wen's reimbursement? It's been a month.",
        "What's the status of the parcel to Harbour Foods? The customer keeps calling.",
        "Pull the order history for our client Bluefin Dental, this year.",
        "packing checklist for the Chengdu trade show: posters, samples, lanyards",
        # Chinese beside the Latin words, no space kept between them
        "我上周的 timesheet 批到哪了",
        "温倩这个季度的 overtime records 拉一下",
    ],
)
def test_another_systems_queue(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Which handovers are waiting for my approval?", "list"),
        ("What's the status of Wendy Wen's transfer?", "status"),
        ("等我审批的 handover 有哪些", "list"),
    ],
)
def test_ours_beside_the_same_words(text: str, intent: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == intent
