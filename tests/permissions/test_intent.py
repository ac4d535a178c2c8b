"""Asking for the permission audit, in either language; sentences that only mention an audit are not."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(("text", "lang"), [
    ("权限审计", "zh"), ("做一次权限审计", "zh"), ("请做一下本月的权限审计", "zh"), ("帮我跑一下权限审计吧", "zh"),
    ("permission audit", "en"), ("run the permission audit", "en"), ("Run the monthly permissions audit please", "en"),
    ("do a permission review", "en"),
])
def test_asking_for_the_audit(text: str, lang: str) -> None:
    intent = parse(text, today=TODAY)
    assert (intent.intent, intent.slots, intent.lang) == ("audit", {}, lang)


@pytest.mark.parametrize("text", ["张伟的权限审计怎么说", "权限审计是什么意思？我不懂", "把张伟的客户交接给李娜",
                                  "the audit team called about permissions", "permission"])
def test_not_a_request_for_the_audit(text: str) -> None:
    assert parse(text, today=TODAY).intent != "audit"
