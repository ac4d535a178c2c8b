"""From blind rounds dev118–dev119: a form's "Receiving:" field names the receiver (before: the pair read swapped and
asked); a receiver not decided yet in Cantonese ("轉俾邊個未定住", "邊個接住未定") leaves it open; a link sent to the
customer groups, a tick on a grocery list and a client referred to a colleague move nobody. Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


def test_receiving_field() -> None:
    got = parse("Handover\nLeaving: Wendy Wen\nReceiving: Bob Luo\nScope: customers only", today=TODAY,
                people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.unsure) == \
        ("handover", "Wendy Wen", "Bob Luo", False)


@pytest.mark.parametrize("text", ["温倩啲客要轉出去，轉俾邊個未定住", "温倩嗰班客要轉走，邊個接住未定"])
def test_receiver_not_decided_in_cantonese(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", None)


@pytest.mark.parametrize("text", ["把 Teams 会议链接转给客户群", "Tick item 2 on my grocery list",
                                  "Wendy Wen referred one of her clients to Bob Luo for a second opinion."])
def test_nothing_moves(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "unknown"
