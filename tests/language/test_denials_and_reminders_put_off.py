"""Blind rounds dev122–dev127: a no that says what is wrong ("不对，接收人选错了", "唔啱，个名错咗", "这个不对",
Wu "勿对额", "哎呀不对呀 弄错了", "Sorry, that is not correct", "hmm no, not her, wrong one"), a yes with "to me"
("looks right to me, submit it"), and a reminder put off in other words ("bump this reminder to next monday",
"提醒推迟到12.7", "这个提醒下周一再说吧") — to the day named after today ("今天太忙了 明天再提醒我": tomorrow, not
today). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "text",
    ["不对，接手人选错了", "唔啱呀，个名错咗", "不是，那个不对", "勿对额，名字错了", "哎，不对不对 搞错了",
     "Sorry, that's not correct.", "hmm nope, not him, wrong one"],
)
def test_no(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "deny"


@pytest.mark.parametrize("text", ["哎呀", "哎呀，温倩的客户转给罗晓波"])
def test_an_interjection_alone_says_no_no(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent != "deny"


def test_yes_to_me() -> None:
    assert parse("looks good to me, submit it", today=TODAY, people=WEN_AND_LUO).intent == "confirm"


@pytest.mark.parametrize(
    ("text", "until"),
    [("push this reminder to next wednesday", "2026-12-02"),
     ("提醒往后推到12.4吧", "2026-12-04"),
     ("这个提醒下周五再说吧", "2026-12-04"),
     ("今天开会开不完 明天再提醒我", "2026-11-27"),
     ("not today pls, remind me tomorrow", "2026-11-27")],
)
def test_reminder_put_off(text: str, until: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("until")) == ("snooze", until)


def test_a_european_date_stays_day_first() -> None:
    got = parse("Remind me again 4.12. please", today=TODAY, people=WEN_AND_LUO)
    assert got.slots.get("until") in (None, "2026-12-04")


# blind rounds dev128–dev131: 承接人, Wu 勿是搿个, Nigerian "No o … no correct", "not what I asked for"; 喊我, spaced
# 提醒 我, a reason after the day
@pytest.mark.parametrize("text", ["不对，承接人选错了", "勿是搿个，搞错了", "No o, this one no correct",
                                  "No, that's not what I asked for at all"])
def test_more_noes(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "deny"


@pytest.mark.parametrize(
    ("text", "until"),
    [("下礼拜一再喊我嘛", "2026-11-30"),
     ("这个 12月3号 再 提醒 我 吧", "2026-12-03"),
     ("Remind me on Tuesday please, today I'm out for a customer meeting.", "2026-12-01")],
)
def test_more_reminders_put_off(text: str, until: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("until")) == ("snooze", until)
