"""Read by name shapes alone (blind rounds dev63–dev106): a capitalized "If", "Bonjour", "Salut" or "Merci" is no
person; 昨天 and 原来 after a name are no part of it (彭磊昨天…, 韩雪原来…); the city someone "is off to" receives
nothing. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Bonjour, Claire Dubois is on long sick leave, I need that her clients go to Paul Girard. Merci",
         "Claire Dubois", "Paul Girard"),
        ("Ingrid Olsen's customers - can Mark Lee take them? If yes go ahead.", "Ingrid Olsen", "Mark Lee"),
        ("Salut! Henri Roux leaves us in January. His clients go to Lea Faure. Merci", "Henri Roux", "Lea Faure"),
        ("hey, Sam Doyle is off to Perth for good. can you move everything of his - clients and chats - to Kim Tran?",
         "Sam Doyle", "Kim Tran"),
        ("彭磊昨天提了离职。他的客户先转给沈悦吧", "彭磊", "沈悦"),
    ],
)
def test_the_people_are_the_people(text: str, giver: str, receiver: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)
    assert got.slots.get("handover_or") is None and got.slots.get("takeover_or") is None


def test_yuanlai_after_a_name() -> None:
    got = parse("韩雪原来那批客户后来都给了谁？", today=TODAY)
    assert got.slots.get("member") == "韩雪"
