""""Is it done?" asked in the dialects' words (blind rounds dev85–dev104): a verb of doing, a word for finished,
an aspect particle and a question word (弄毕 搞掂未 弄妥了木有 好哉伐 转咖冇), how far it got (转到么子程度,
整得咋个样), when it will be done (嘛时候能弄完) — a status, of a job or of a person's handover. A polite "…可好?"
after a request is no such question. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="gaojm", name="高建明"),
    DirectoryMember(userid="xuli", name="许丽"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "job", "member"),
    [
        ("4410弄毕了冇？", "H-4410", None),
        ("H-4410 搞掂未呀", "H-4410", None),
        ("4410那个单子弄妥了木有", "H-4410", None),
        ("4410搞得么子样哒", "H-4410", None),
        ("4410嘛时候能弄完", "H-4410", None),
        ("4410弄中了没有？", "H-4410", None),
        ("4410是撒情况，莫动静啊", "H-4410", None),
        ("4410 — ready or not?", "H-4410", None),
        ("高建明的交接弄好哩冇", None, "高建明"),
        ("高建明的客户阿转好哉", None, "高建明"),
        ("高建明那边转到么子程度了", None, "高建明"),
        ("高建明的客户转咖冇", None, "高建明"),
        ("高建明那个交接阿弄好了啊？", None, "高建明"),
    ],
)
def test_a_done_question_is_a_status(text: str, job: str | None, member: str | None,
                                     people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("job"), got.slots.get("member")) == ("status", job, member)


def test_a_polite_question_after_a_request_is_no_status() -> None:
    got = parse("高建明的客户交给许丽打理可好？", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "高建明", "许丽")
