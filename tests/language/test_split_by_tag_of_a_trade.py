"""A split by tag where the trade names its customers (blind round dev119): "X的A类车主给A，剩下的给B",
"X的VIP业主给A，其余的给B" — the tag is the class before the trade's word (A类, VIP), the rest go to the
second receiver. Without the trade's word in the tag frame the request was not understood. Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_CLOUD_HE

TODAY = dt.date(2026, 11, 26)
THREE = WITH_CLOUD_HE


@pytest.mark.parametrize("people", [THREE, None])
@pytest.mark.parametrize(
    ("text", "tag"),
    [("何云的B类车主给温倩，剩下的都给罗晓波", "B类"),
     ("何云的VIP保户转给温倩，其余的给罗晓波吧", "VIP"),
     ("何云的客户里，A级租客给温倩，其他的给罗晓波", "A级")],
)
def test_the_class_of_a_trades_customers_is_the_tag(text: str, tag: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("split"), got.slots.get("tag"),
            got.slots.get("takeovers")) == ("handover", "何云", "by_tag", tag, ["温倩", "罗晓波"])


@pytest.mark.parametrize("text", ["温倩的VIP经销商转给罗晓波 其他的转给何云", "温倩的A类农户给罗晓波，剩下的给何云"])
def test_a_tag_before_a_farm_or_dealer_trades_word(text: str) -> None:
    # (blind round dev137: "桑永贵的VIP经销商转给汤丽娜 其他的转给蒙金萍" was not understood at all)
    got = parse(text, today=TODAY, people=WITH_CLOUD_HE)
    assert (got.slots.get("handover"), got.slots.get("takeovers"), got.slots.get("split")) == \
        ("温倩", ["罗晓波", "何云"], "by_tag")
