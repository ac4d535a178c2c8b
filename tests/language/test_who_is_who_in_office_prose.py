"""Who gives and who receives in everyday office prose (blind round dev108) — each of these was
a wrong-person reading: a form's "Owner: X. New owner: Y."; "原来说给A，现在改成给B" (the change
names the receiver); "X 要转岗，经理 Y 说她的客户给 Z" (the manager says it of the one leaving);
"we put X on the enterprise team … Y has bandwidth — move X's clients to him" (put on a team, not
on someone's accounts). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="ngreen", name="格妮娜", english_name="Nina Green"),
    DirectoryMember(userid="okaplan", name="卡奥仁", english_name="Oren Kaplan"),
    DirectoryMember(userid="rvarga", name="瓦雷卡", english_name="Reka Varga"),
    DirectoryMember(userid="shangguanyu", name="上官宇"),
    DirectoryMember(userid="ximenxue", name="西门雪"),
    DirectoryMember(userid="zhugeyun", name="诸葛云"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Client transfer. Owner: Nina Green. New owner: Oren Kaplan.", "Nina Green", "Oren Kaplan"),
        ("上官宇的客户原来说给西门雪，现在改成给诸葛云", "上官宇", "诸葛云"),
        ("Nina Green 要转岗，经理 Reka Varga 说她的客户 handover 给 Oren Kaplan", "Nina Green", "Oren Kaplan"),
        ("In spring we put Nina Green on the partner team and never moved her clients. Oren Kaplan has room now — "
         "please move Nina Green's clients to him.", "Nina Green", "Oren Kaplan"),
    ],
)
def test_the_right_people(text: str, giver: str, receiver: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)


def test_put_on_someones_accounts_still_receives() -> None:
    got = parse("Get Oren Kaplan on Nina Green's accounts", today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Nina Green", "Oren Kaplan")
