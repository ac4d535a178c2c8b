"""Without a directory a Chinese name is read by its shape, in the message with its spaces around Chinese
closed ("转给罗毅 送货群都给他" → "转给罗毅送货群…"); the space the writer put after the name still ends it, so
the receiver is 罗毅, not 罗毅送 (blind rounds dev39–dev91: "给周全 急", "转金城 求求了", "原：翟静 新：洪亮").
A space inside a name after its first character ("张 伟") is no such end. And a form's "rest keep" under a
scope field says the other fields stay, it keeps no kind back. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse
from bot.language.scope import field_scope

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("冉梅的客户都给邹阳 快点哈", "冉梅", "邹阳"),
        ("把冉梅的客户转给邹阳 尽快", "冉梅", "邹阳"),
        ("原：冉梅 新：邹阳", "冉梅", "邹阳"),
        ("冉梅 客户+群 给邹阳 急", "冉梅", "邹阳"),
    ],
)
def test_a_name_ends_at_the_space_written_after_it(text: str, giver: str, receiver: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)


def test_a_space_after_the_surname_is_inside_the_name() -> None:
    got = parse("把冉 冬梅的客户转给邹阳", today=TODAY)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("冉冬梅", "邹阳")


def test_rest_keep_under_a_scope_field_keeps_no_kind_back() -> None:
    assert field_scope("[交接预览]移出人:□□接收人:□□范围:客户+群,接收人换成□□□, rest keep") == ["customers", "groups"]
    assert field_scope("范围:客户+群,其他不变") == ["customers", "groups"]
    assert field_scope("范围:客户+群(群先不动)") == ["customers"]  # (a kind kept back is still read)
