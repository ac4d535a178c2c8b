"""A receiver said only as "him"/"her" after the one other member was named (blind rounds dev67–dev89):
"Dontavious … take over for Precious Banks. Her clients …, put it on him", "I trust Thandeka Moyo with these.
Trust Ndlovu's shop owners, move them to her". Where whose they are is plain (X's, take over for X), the
other member is read as the receiver, as a guess the writer confirms; where it is not, nothing is guessed
("周到yyds 马力那些群都给他吧": whose groups?). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="rhaskins", name="哈瑞", english_name="Reggie Haskins"),
    DirectoryMember(userid="lmoyo", name="莫琳", english_name="Lindiwe Moyo"),
    DirectoryMember(userid="zhouqi", name="周琪"),
    DirectoryMember(userid="malin", name="马林"),
], version=1)


@pytest.mark.parametrize(
    "text",
    [
        "Reggie Haskins boutta take over for Lindiwe Moyo. Her salon clients, put it all on him",
        "Reggie Haskins finna take over from Lindiwe Moyo. Her salon clients and booking chats, put 'em on him",
    ],
)
def test_the_other_member_is_him(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "Lindiwe Moyo",
                                                                                  "Reggie Haskins")
    assert got.unsure  # (a guess: confirmed before anything is filed)


def test_no_guess_when_whose_is_not_plain() -> None:
    got = parse("周琪真靠谱 马林那些群都给他吧", today=TODAY, people=PEOPLE)
    assert got.slots.get("takeover") != "马林"



def test_give_him_her_customers() -> None:
    # "…Y knows her clients, so please give him her customers": him is the one other member named (dev119), asked
    got = parse("Lindiwe Moyo is moving to the Durban office. Reggie Haskins knows most of her clients, so please "
                "give him her customers and groups.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.unsure) == \
        ("handover", "Lindiwe Moyo", "Reggie Haskins", True)
