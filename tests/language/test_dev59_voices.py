"""Wrong-person readings the dev59 round found through the chat path, checked on sentences written for this file:
a receiver ruled out right after the verb (转给……不是给X，是给Y) and a correction said in Korean (아 아니다)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="bianmy", name="卞明远"),
    DirectoryMember(userid="mengtt", name="蒙恬恬"),
    DirectoryMember(userid="ruisq", name="芮思琪"),
    DirectoryMember(userid="jinxy", name="金贤宇"),
], version=1)


@pytest.mark.parametrize("text", [
    "卞明远的单车客户转给……不是给蒙恬恬，是给芮思琪。",
    "卞明远的客户交给，不是给蒙恬恬啊，给芮思琪",
    "卞明远的客户群给蒙恬恬—— 아 아니다 她也走了，给芮思琪",
])
def test_the_receiver_ruled_out_never_receives(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert got.slots["handover"] == "卞明远" and got.slots["takeover"] == "芮思琪"


def test_a_receiver_not_ruled_out_still_receives() -> None:
    got = parse("卞明远的客户转给蒙恬恬，不是给芮思琪的那批", today=TODAY, people=PEOPLE)
    assert got.slots.get("takeover") != "芮思琪"
