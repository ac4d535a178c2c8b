"""Look-alikes from blind rounds dev120–dev129: a customer introduced to a colleague ("我介绍了一个新客户给X",
"给你介绍个客户 … 你加一下她微信", "X昨天给Y介绍了一个新客户", "let me introduce you to Mr. Kaya") and things of an
office handed over or transferred (moulds, a licence, a domain, a password vault, a cheque) move nobody's customers.
A licence's clients are still customers. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["我介绍了一个新客户给温倩，做建材的",
     "Wendy, let me introduce you to Mr. Haddad, he's looking for a new supplier",
     "The moulds were handed over to the vendor this morning, Bob Luo signed for them.",
     "can someone transfer the Canva licence from Wendy Wen to Bob Luo?",
     "Bob Luo, please hand over the vault for the demo logins before Friday"],
)
def test_not_a_handover(text: str, people: object) -> None:
    assert parse(text, today=TODAY, people=people).intent != "handover"  # type: ignore[arg-type]


def test_two_customers_introduced_between_members() -> None:
    # (with the directory: by name shape alone 温倩介绍 reads as one name)
    assert parse("罗晓波上周给温倩介绍了两个客户，都是做外贸的", today=TODAY, people=WEN_AND_LUO).intent != "handover"


def test_licence_clients_are_still_customers() -> None:
    got = parse("Wendy Wen's licence clients to Bob Luo please", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
