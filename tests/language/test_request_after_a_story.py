"""A request told after a story that names the customers' messages, calls or complaints (blind rounds dev45,
dev78, dev104, dev109): "…她那边客户消息一直没人回，已经被投诉两次了。先把她的客户转给靳子墨吧". What the
customers said or sent, in an earlier sentence, is why; the request's own sentence says what moves. Within
that sentence "把客户的合同转给法务" is still the customer's contract. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 7)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize(
    "text",
    [
        "温倩最近身体不好，好多客户电话都没接到，被投诉了。先把她的客户转给罗晓波吧",
        "温倩那边的客户消息积压了一大堆。能不能把她的客户都交给罗晓波？",
    ],
)
def test_the_request_after_the_story(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")


@pytest.mark.parametrize("text", ["温倩休假了。把客户的合同转给罗晓波", "温倩走了。把她客户的发票交给罗晓波"])
def test_the_customers_papers_in_the_request_itself(text: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == "unknown"
