"""Office look-alikes that name a colleague and customers and move no one (blind rounds dev105, dev106): a room booked
to talk about a handover, a gift sent to someone's customers, a customer moved to another plan, a client list sent as
a spreadsheet, how to cancel something else. Their handover and help neighbours stay what they are. Sentences
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="xuwenbo", name="许文博"),
    DirectoryMember(userid="weixd", name="魏晓东"),
    DirectoryMember(userid="amaro", name="马阿玛", english_name="Amara Obi"),
    DirectoryMember(userid="pgarcia", name="加保罗", english_name="Pablo Garcia"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "帮忙订个会议室，明天跟魏晓东商量客户交接的事宜",
        "Can you book a room so Amara Obi and I can discuss Pablo Garcia's handover?",
        "给魏晓东那几个老客户送点粽子",
        "please send Pablo Garcia's top clients some mooncakes",
        "Could you move the client Lindqvist AB to the enterprise plan? Amara Obi approved it",
        "forward the customer spreadsheet to Amara Obi",
        "how do I cancel the Netflix subscription Pablo Garcia signed us up for?",
    ],
)
def test_nobody_moves(text: str, people: NameMatcher | None) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("把魏晓东的客户交接给许文博", "handover"),
        ("Can Amara Obi inherit Pablo Garcia's client list?", "handover"),
        ("魏晓东那些订蛋糕的老客户都转给许文博", "handover"),
        ("how do I cancel a handover?", "help"),
    ],
)
def test_their_neighbours_stay(text: str, intent: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent == intent
