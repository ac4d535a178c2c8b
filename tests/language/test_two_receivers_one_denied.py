"""Three wrong-person jobs the chat path filed on blind rounds dev113 and dev119, now asked or read right:
"X的客户给A no 给B" and Cantonese "X啲客戶畀A 唔係 畀B" — a correction or a contrast that only the writer's spaces
tell — are asked ("did you mean …?"), never filed ("…给A，不是给B", its comma first, turns B down and is read);
"Y is going to run X's owner groups" — "run" is a verb, no name (it had been matched to a member whose userid
sounds alike) and says Y takes them. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.models import DirectoryMember
from bot.language import parse

from .two_colleagues import with_a_third

TODAY = dt.date(2026, 11, 26)
THREE = with_a_third(DirectoryMember(userid="ruan.zq", name="阮志强"))


@pytest.mark.parametrize("text", ["温倩的客户给罗晓波 no 给阮志强", "温倩啲客戶畀罗晓波 唔係 畀阮志强"])
def test_asked_not_filed(text: str) -> None:
    got = parse(text, today=TODAY, people=THREE)
    assert (got.intent, got.unsure) == ("handover", True)


def test_a_receiver_turned_down_after_a_comma_is_read() -> None:
    got = parse("温倩的客户给罗晓波，不是给阮志强", today=TODAY, people=THREE)
    assert (got.intent, got.slots.get("takeover"), got.unsure) == ("handover", "罗晓波", False)


def test_run_is_a_verb() -> None:
    got = parse("Bob Luo is going to run wenqian's customer groups from now on.", today=TODAY, people=THREE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", "wenqian", "Bob Luo", ["groups"])
