"""Where the learned scope model may not overrule the rules (second_opinion.second_scope): a trade's word for its
groups it never saw ("客户qun", blind round dev120) and everything of someone's with no kind named ("名下所有的都",
"手里向个统统", blind rounds dev136–dev137) it heard as customers only. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize(("text", "scope"), [
    ("温倩建的客户qun 都给罗晓波", ["groups"]),
    ("温倩的客户qun转罗晓波 谢谢", ["groups"]),
    ("温倩名下所有的都转给罗晓波 咋样", ["customers", "groups"]),
    ("温倩手里向个统统转拨罗晓波", ["customers", "groups"]),
    # 全部 typed 全不 (blind rounds dev126, dev130, dev135, dev136)
    ("温倩的全不转给罗晓波", ["customers", "groups"]),
    ("温倩手上的全不给罗晓波 麻烦了", ["customers", "groups"]),
])
def test_what_the_rules_read_stands(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
    assert got.slots.get("scope") == scope
