"""More look-alikes that name colleagues and customers but move nobody's customers (blind rounds dev50–dev111):
a customer introduced to a colleague, a deal closed with someone's client, an amount paid into a colleague's
account, a list of customers drawn up for me, a colleague added to a customer group chat, a customer leaving
for a competitor. A colleague who leaves for a competitor is still why a handover is asked.
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
        "Wendy Wen introduced two of her clients to Bob Luo at the dinner last night.",
        "Bob Luo closed a big deal with one of Wendy Wen's old customers today!",
        "Bob Luo transferred the refund amount to Wendy Wen's account this morning.",
        "把下周要拜访的客户列个名单发给罗晓波",
        "Add Wendy Wen to the Harbour customer group chat please.",
        "温倩那边有个客户说要转到竞争对手那里去了",
    ],
)
def test_nobodys_customers_move(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"


def test_a_colleague_gone_to_a_competitor_is_a_reason() -> None:
    got = parse("Wendy Wen has gone to a competitor. Her customers must go to Bob Luo.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
