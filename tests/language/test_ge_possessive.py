"""个 as the dialects' possessive after a three-character name (Wu, Hakka, Jin; blind rounds
dev99, dev102): "邱燕玲个客户拨范志伟" is 邱燕玲's, read by name shapes too; a verb, numeral or
demonstrative before 个 is no part of the name ("李娜建个清单", "季节两个人", "井泉一个人").
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("邱燕玲个酒店客户拨范志伟，群勿动", "邱燕玲"),
        ("龚建新个分销客户转拨唐雪", "龚建新"),
        ("溫湘芸个學員轉分邱秀鳳", "温湘芸"),
    ],
)
def test_ge_after_a_name_is_his(text: str, giver: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("handover")) == ("handover", giver)


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        ("尤振华的客户平均分给花满楼和季节两个人", "takeovers", ["花满楼", "季节"]),
        ("井泉一个人跑不过来，他的客户先转给全胜", "handover", "井泉"),
    ],
)
def test_a_numeral_before_ge_is_no_name(text: str, slot: str, name: object) -> None:
    assert parse(text, today=TODAY).slots.get(slot) == name
