"""Questions about the company's rules for a leaver's customers (blind rounds dev122–dev127) are no request:
"公司规定离职同事的客户多久内要交接完？", "客户多久之内必须完成移交？行里有没有制度", "what's our policy on clients when
someone leaves?", "is that a regulatory thing?" — they had been read as a status of 司规定/员工 or a handover to
"do". A request that mentions a rule is still the request. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["请问公司规定离职同事的客户最晚几天内必须交接完？",
     "销售离职以后 名下客户多久之内一定要移交 有制度吗",
     "What's the company policy on a leaver's clients — do they have to be handed over within two weeks?",
     "Do we need to tell customers when their account manager leaves? Is that a regulatory requirement?"],
)
def test_a_question_about_the_rules_is_not_ours(text: str, people: object) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"  # type: ignore[arg-type]


def test_a_request_that_mentions_a_rule_is_the_request() -> None:
    got = parse("按公司规定，温倩的客户今天要转给罗晓波", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
