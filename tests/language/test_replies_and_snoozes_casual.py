"""Casual replies and snoozes (blind round dev111): "没毛病，你弄吧", "中，整吧老铁" say yes (a particle or a form
of address beside a yes word, never alone); "不是这个，我重新选", Cantonese "唔好住，等陣先，我問下老細" and
"Actually no — please don't go ahead" say no; "下星期三先再提我啦", "12/10 再通知我就好" put a reminder off.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["没毛病，你整吧", "行呗，你办吧", "中，弄吧兄弟", "👌 没毛病"])
def test_yes(text: str) -> None:
    assert parse(text, today=TODAY).intent == "confirm"


@pytest.mark.parametrize("text", ["老铁", "亲", "吧", "哈"])
def test_a_form_of_address_alone_says_nothing(text: str) -> None:
    assert parse(text, today=TODAY).intent != "confirm"


@pytest.mark.parametrize("text", ["不对，我重新选", "唔好住，我問下老細先", "等一下先，我问下经理",
                                  "Sorry, no - don't go ahead with it"])
def test_no(text: str) -> None:
    assert parse(text, today=TODAY).intent == "deny"


@pytest.mark.parametrize(
    ("text", "until"),
    [("下周五先再提我吧", "2026-12-04"), ("12/15 再通知我就行", "2026-12-15"), ("月底再提醒我就好", "2026-11-30")],
)
def test_put_off(text: str, until: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("until")) == ("snooze", until)
