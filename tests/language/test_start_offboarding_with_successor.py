"""An offboarding asked to start, with its last day and successor (blind rounds dev109, dev111): "X要走了，
下周一是最后一天，接替她的是Y，帮忙发起离职", "开始办理X的离职，最后上班日 12/18，由Y接手", "X leaves
Friday, Y takes over, please start her offboarding" — the successor is named, but the request is the
offboarding, not a handover; with customers or groups named it is the handover. Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize(
    ("text", "last_day"),
    [
        ("温倩下周五是最后一天，接替她的是罗晓波，帮忙发起离职", "2026-12-04"),
        ("开始办理温倩的离职，最后上班日 12/18，由罗晓波接手", "2026-12-18"),
        ("温倩下周五正式离开，由罗晓波接替，启动离职", "2026-12-04"),
    ],
)
def test_offboarding_with_its_successor(text: str, last_day: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("member"), got.slots.get("successor"), got.slots.get("last_day")) == (
        "offboard", "温倩", "罗晓波", last_day)


def test_with_customers_named_it_is_the_handover() -> None:
    got = parse("温倩下周五离职，发起离职前先把她的客户转给罗晓波", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")


def test_in_english() -> None:
    got = parse("Wendy Wen leaves next Friday and Bob Luo takes over. Please start her offboarding.", today=TODAY,
                people=PEOPLE)
    assert (got.intent, got.slots.get("member"), got.slots.get("successor")) == ("offboard", "Wendy Wen", "Bob Luo")
