"""Blind rounds dev124/dev125: "move everything under X to Y", "everything under X → Y" — an under right after what
moves, with only X's name before the next marker, says whose they are; the receiver is Y. (It had been read as "put
under X", the roles reversed and asked as a guess.) "move X's clients under Y" still puts them under Y. Sentences
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize("text", ["Please move everything under Wendy Wen to Bob Luo, she left on Friday.",
                                  "all accounts under Wendy Wen → Bob Luo pls"])
def test_under_the_owner(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.unsure) == \
        ("handover", "Wendy Wen", "Bob Luo", False)


def test_under_the_receiver() -> None:
    got = parse("we need Wendy Wen's accounts under Bob Luo asap, she left last week", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Wendy Wen", "Bob Luo")
