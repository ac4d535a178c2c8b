"""Replies to the bot said with a particle, a dialect word or a reason after them (blind rounds dev48–dev50):
選第三個喔, 要得, 先不搞, 等歇再提醒我，在开会. Sentences written for this file."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)
TOMORROW = "2026-11-27"


def read(text: str) -> tuple[str, dict[str, Any]]:
    got = parse(text, today=TODAY)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("選第三個喔", "choose", {"choice": 3}),
        ("就第二个啦", "choose", {"choice": 2}),
        ("要得，提交吧", "confirm", {}),
        ("先不搞", "deny", {}),
        ("不弄了", "cancel", {}),  # stops the request, as before
        ("等阵再提醒我", "snooze", {"until": TOMORROW}),
        ("晏歇再提醒我，我还在开会", "snooze", {"until": TOMORROW}),
        ("明天再 remind 我，在路上", "snooze", {"until": TOMORROW}),
        ("remind me tomorrow, in a meeting", "snooze", {"until": TOMORROW}),
        ("Grand so, submit it", "confirm", {}),  # Irish
        ("number 2 inshallah", "choose", {"choice": 2}),
    ],
)
def test_a_reply_with_an_aside_is_still_the_reply(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_reason_alone_is_no_snooze() -> None:
    assert read("我在开会")[0] != "snooze"
