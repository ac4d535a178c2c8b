"""Whose customers, put right after the whole request (blind round dev137: "把鞠长顺的种植大户转给邢立华 说错了
是包春林的" was filed as 鞠长顺's — a wrong-person preview through the chat path): a correction after the receiver that
names someone's (是Z的) replaces the giver, never the receiver; one without 的 still replaces the receiver.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_CLOUD_HE

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("text", [
    "把温倩的客户转给罗晓波 说错了 是何云的",
    "温倩的客户群给罗晓波，不对，是何云的群",
    "把温倩的养殖户交接给罗晓波，打错了，应该是何云的",
])
def test_the_giver_is_put_right(text: str) -> None:
    got = parse(text, today=TODAY, people=WITH_CLOUD_HE)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "何云", "罗晓波")


def test_without_whose_the_receiver_is_put_right() -> None:
    got = parse("把温倩的客户转给罗晓波 说错了 是何云", today=TODAY, people=WITH_CLOUD_HE)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("温倩", "何云")
