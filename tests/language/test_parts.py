"""The building blocks on their own: dates, job ids, keyword spelling, mentions, the model."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from bot.language import SLOT_SCHEMA, Intent, detect_language, intent_json, parse
from bot.language.dates import find_date
from bot.language.jobs import find_job
from bot.language.spelling import correct_keywords
from bot.language.text import clean_mention, normalize, to_int

TODAY = dt.date(2026, 11, 26)  # Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12月5日", "2026-12-05"),
        ("12月5号", "2026-12-05"),
        ("十二月五日", "2026-12-05"),
        ("12/5", "2026-12-05"),
        ("2026-12-05", "2026-12-05"),
        ("2027/1/8", "2027-01-08"),
        ("2027年1月8日", "2027-01-08"),
        ("Dec 5", "2026-12-05"),
        ("Dec. 5", "2026-12-05"),
        ("December 5th", "2026-12-05"),
        ("5 Dec", "2026-12-05"),
        ("5th of December", "2026-12-05"),
        ("December 5, 2027", "2027-12-05"),
        ("Nov 26", "2026-11-26"),  # today counts as "on or after today"
        ("Nov 25", "2027-11-25"),  # passed → next year
        ("1月3日", "2027-01-03"),
        ("tomorrow", "2026-11-27"),
        ("明天", "2026-11-27"),
        ("后天", "2026-11-28"),
        ("大后天", "2026-11-29"),
        ("today", "2026-11-26"),
        ("day after tomorrow", "2026-11-28"),
        ("next Friday", "2026-12-04"),
        ("下周五", "2026-12-04"),
        ("this Friday", "2026-11-27"),
        ("Friday", "2026-11-27"),
        ("周五", "2026-11-27"),
        ("星期五", "2026-11-27"),
        ("周四", "2026-12-03"),  # today excluded
        ("Thursday", "2026-12-03"),
        ("next Monday", "2026-11-30"),
        ("下周一", "2026-11-30"),
        ("下下周一", "2026-12-07"),
        ("周日", "2026-11-29"),
        ("on Sun", "2026-11-29"),
        ("in 3 days", "2026-11-29"),
        ("in a week", "2026-12-03"),
        ("3 days from now", "2026-11-29"),
        ("3天后", "2026-11-29"),
        ("三天后", "2026-11-29"),
        ("一周后", "2026-12-03"),
        ("过两天", "2026-11-28"),
        ("next week", "2026-11-30"),
        ("Tuesday next week", "2026-12-01"),
        ("下个月8号", "2026-12-08"),
        ("下月二十日", "2026-12-20"),
        ("听日", "2026-11-27"),
        ("聽日", "2026-11-27"),
        ("last day 28号", "2026-11-28"),
        ("最后工作日：3号", "2026-12-03"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    found = find_date(text, TODAY)
    assert found is not None and found.value.isoformat() == expected


@pytest.mark.parametrize("text", ["2月30日", "13/40", "Sun Hong", "Wang Fang", "12", "H-1042", "May Li"])
def test_not_dates(text: str) -> None:
    assert find_date(text, TODAY) is None


def test_leap_day_without_year_skips_to_a_real_one() -> None:
    assert find_date("2月29日", TODAY) is None  # 2027 has no Feb 29: not a date, not a guess
    assert find_date("2月29日", dt.date(2028, 1, 1)) is not None


def test_date_span_lets_rules_cut_it_out() -> None:
    found = find_date("王芳12月5日离职", TODAY)
    assert found is not None and (found.start, found.end) == (2, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("H-1042", "H-1042"), ("h1042", "H-1042"), ("H1042", "H-1042"), ("job 12", "H-12"), ("Job #12", "H-12"),
     ("#12", "H-12"), ("交接 12", "H-12"), ("任务12", "H-12"), ("12号", "H-12"), ("取消交接单 7", "H-7"),
     ("H-0042", "H-42")],
)
def test_job_ids(text: str, expected: str) -> None:
    found = find_job(text)
    assert found is not None and found.value == expected


@pytest.mark.parametrize("text", ["12月5号", "第12项", "PH1042", "hello", "3天后"])
def test_not_job_ids(text: str) -> None:
    assert find_job(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hand ovr Zhang's custmers to Li", "hand over Zhang's customers to Li"),
        ("trasnfer", "transfer"),
        ("Trasnfer all", "transfer all"),
        ("cheklist", "checklist"),
        # names are never corrected: capitalized, possessive, @mention, or after of/to/for
        ("records for Clint", "records for Clint"),
        ("hand over custmers of clinet to Satus", "hand over customers of clinet to Satus"),
        ("hand over statsu's customers", "hand over statsu's customers"),
        ("@cancle", "@cancle"),
        ("lisa", "lisa"),  # four letters: too many names sit one edit from a keyword
    ],
)
def test_keyword_spelling(text: str, expected: str) -> None:
    assert correct_keywords(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("@李娜", "李娜"), ("Zhang's", "Zhang"), ("James'", "James"), ("  Li   Na ", "Li Na"), ("张伟的", "张伟"),
     ('"李娜"', "李娜"), ("the Zhang", "Zhang"), ("", None), ("@", None), (None, None)],
)
def test_clean_mention(raw: str | None, expected: str | None) -> None:
    assert clean_mention(raw) == expected


def test_normalize_folds_full_width_and_arrows() -> None:
    assert normalize("把张伟的客户，交接给李娜！") == "把张伟的客户,交接给李娜!"
    assert normalize("Ｈ－１０４２") == "H-1042"
    assert normalize("a->b") == "a → b" and normalize("a⇒b") == "a → b"
    assert normalize("Li\u200bNa\u3000x") == "LiNa x"


@pytest.mark.parametrize(("word", "n"), [("3", 3), ("三", 3), ("十", 10), ("十二", 12), ("二十", 20),
                                         ("二十五", 25), ("两", 2), ("十十", None), ("abc", None), ("", None)])
def test_chinese_numbers(word: str, n: int | None) -> None:
    assert to_int(word) == n


def test_detect_language() -> None:
    assert detect_language("把 Zhang Wei 的客户给 Li Na") == "zh"
    assert detect_language("hand over Zhang's clients to Li") == "en"
    assert detect_language("？") == "en"  # punctuation is not an ideograph


def test_intent_fills_and_orders_slots() -> None:
    intent = Intent(intent="status", slots={"member": "Zhang"}, lang="en")
    assert list(intent.slots) == ["job", "member"] and intent.slots["job"] is None


def test_intent_rejects_foreign_slots() -> None:
    with pytest.raises(ValidationError):
        Intent(intent="confirm", slots={"job": "H-1"}, lang="en")


def test_intent_is_frozen() -> None:
    intent = Intent(intent="help", slots={}, lang="en")
    with pytest.raises(ValidationError):
        intent.intent = "unknown"  # type: ignore[misc]


def test_intent_json_is_stable_and_readable() -> None:
    text = intent_json(parse("把张伟的客户交接给李娜", today=TODAY))
    assert text == (
        '{"intent": "handover", "slots": {"handover": "张伟", "takeover": "李娜", "scope": ["customers"], '
        '"job": null, "subset": null, "takeovers": null, "split": null, "tag": null, "groups_to": null, '
        '"amend": null, "handover_or": null, "takeover_or": null}, '
        '"lang": "zh"}'
    )
    assert json.loads(text)["slots"]["handover"] == "张伟"


def test_every_intent_has_a_schema() -> None:
    assert set(SLOT_SCHEMA) == {"handover", "status", "list", "cancel", "records", "offboard", "checklist",
                                "snooze", "confirm", "deny", "choose", "help", "unknown", "audit"}


def test_parse_depends_on_today() -> None:
    a = parse("remind me tomorrow", today=dt.date(2026, 12, 31))
    assert a.slots["until"] == "2027-01-01"
    b = parse("陈静12月5日离职", today=dt.date(2026, 12, 6))
    assert b.slots["last_day"] == "2027-12-05"


def test_intents_do_not_share_slot_values() -> None:
    first = parse("hand over Zhang's clients to Li", today=TODAY)
    scope = first.slots["scope"]
    assert isinstance(scope, list)
    scope.append("groups")
    assert parse("hand over Zhang's clients to Li", today=TODAY).slots["scope"] == ["customers"]


def test_very_long_messages_are_not_commands() -> None:
    assert parse("把张伟的客户交接给李娜" + "。" * 600, today=TODAY).intent == "unknown"
