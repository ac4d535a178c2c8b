"""Other readings from blind rounds dev114–dev115: "第9单不要了，取消掉" cancels job 9 (第N单 is a job;
第3单生意 is not); "job 88 的 details 发我一下" asks for its records; "my requests 里哪些还没完成" lists mine;
"Expense records for October" names nobody and is not ours; "where's the onboarding checklist for new hires?" is
another list; a thing handed in "on her last day" starts no offboarding; a customer's call put through
(打电话…转接) moves no customer. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(("text", "intent"), [("第12单先别弄了，取消", "cancel"), ("第12单到哪一步了", "status")])
def test_the_nth_job(text: str, intent: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("job")) == (intent, "H-12")


def test_the_nth_deal_is_no_job() -> None:
    assert parse("这是罗晓波本月第3单生意", today=TODAY, people=WEN_AND_LUO).slots.get("job") is None


@pytest.mark.parametrize("text", ["job 51 的 details 给我看下", "H-51 的 transfer details pls"])
def test_a_jobs_details(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("job")) == ("records", "H-51")


def test_my_requests_still_open() -> None:
    got = parse("my requests 里还有哪些没弄完", today=TODAY)
    assert (got.intent, got.slots.get("which")) == ("list", "my_requests")


@pytest.mark.parametrize("text", ["Expense records for last quarter please",
                                  "where is the onboarding checklist for the new hires",
                                  "Wendy Wen will return her laptop and keys to IT on her last day.",
                                  "有客户打电话找温倩，麻烦帮忙转接一下"])
def test_not_ours(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "unknown"
