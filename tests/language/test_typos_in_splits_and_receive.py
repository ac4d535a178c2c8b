"""Typed fast (blind round dev113): "split X's custmers evenly btwn A and B", "X VIP custmers to A rest to B" are
splits — the split reading now reads the keywords corrected as the rest of the reader does, and knows "btwn";
"Y should recieve X's customers" is a handover to Y ("receive" is a keyword the typo check knows, and "receiver"
stays itself). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse
from bot.language.spelling import correct_word

from .two_colleagues import WITH_CLOUD_HE

TODAY = dt.date(2026, 11, 26)
THREE = WITH_CLOUD_HE


def test_an_even_split_typed_fast() -> None:
    got = parse("pls split wendy wen's custmers evenly btwn bob luo and cloud he", today=TODAY, people=THREE)
    assert (got.intent, got.slots.get("split"), got.slots.get("takeovers")) == \
        ("handover", "even", ["bob luo", "cloud he"])


def test_a_tag_split_typed_fast() -> None:
    got = parse("wendy wen VIP custmers to bob luo, rest to cloud he", today=TODAY, people=THREE)
    assert (got.intent, got.slots.get("split"), got.slots.get("tag"), got.slots.get("takeovers")) == \
        ("handover", "by_tag", "VIP", ["bob luo", "cloud he"])


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [("Bob Luo should recieve Wendy Wen's customers", "Wendy Wen", "Bob Luo"),
     ("can cloud he recieve bob luo's clients", "bob luo", "cloud he")],
)
def test_receive_misspelt(text: str, giver: str, receiver: str) -> None:
    got = parse(text, today=TODAY, people=THREE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)


@pytest.mark.parametrize(("word", "keyword"), [("recieve", "receive"), ("receiver", "receiver"),
                                               ("recieved", "received")])
def test_receive_corrected(word: str, keyword: str) -> None:
    assert correct_word(word) == keyword
