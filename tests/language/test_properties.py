"""Properties over generated text: parse never raises, always answers with a valid Intent, and
names are kept exactly as written — including names made of keyword characters (进度, 客, 群,
记录, 清单). Chinese names made of keywords are read as the chat path reads them: with the
directory that holds them (the reader's name matcher); without one, a name recognizer can only
guess where such a name ends."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import SLOT_SCHEMA, Intent, detect_language, parse
from bot.language.dates import find_date

TODAY = dt.date(2026, 11, 26)

# Realistic noise: CJK, Latin, digits, punctuation of both widths, arrows, @ and #.
_ALPHABET = st.sampled_from(list(
    "把将的给转交接客户群和也全部取消进度记录清单离职完成第项号明天周五张伟李娜高陈 "
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789０１２'’\"@#→->.,!?，。！？：；（）"
))
_SOUP = st.text(_ALPHABET, max_size=60)


def _assert_valid(intent: Intent, text: str) -> None:
    assert isinstance(intent, Intent)
    assert list(intent.slots) == list(SLOT_SCHEMA[intent.intent])
    assert intent.lang == detect_language(text)
    for value in intent.slots.values():
        assert value is None or isinstance(value, (str, int, list))


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_parse_never_raises_on_any_text(text: str) -> None:
    _assert_valid(parse(text, today=TODAY), text)


@settings(max_examples=400, deadline=None)
@given(_SOUP)
def test_parse_never_raises_on_keyword_soup(text: str) -> None:
    _assert_valid(parse(text, today=TODAY), text)


@settings(max_examples=100, deadline=None)
@given(_SOUP)
def test_parse_is_deterministic(text: str) -> None:
    assert parse(text, today=TODAY) == parse(text, today=TODAY)


def _knowing(*names: str) -> NameMatcher:
    """A directory holding exactly these members."""
    return NameMatcher.build([DirectoryMember(userid=f"m{i}", name=n) for i, n in enumerate(names)])


_SURNAMES = ["张", "王", "李", "赵", "陈", "高", "周", "吴", "孙", "欧阳", "司马"]
_GIVEN = ["伟", "娜", "芳", "静", "进度", "客", "记录", "清单", "明", "杰", "丽", "强", "红", "和平", "进", "群",
          "一鸣", "天宇", "日新"]
_ZH_NAME = st.builds(lambda s, g: s + "".join(g), st.sampled_from(_SURNAMES),
                     st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2))
_ZH_TEMPLATES = ["把{a}的客户交接给{b}", "{a}的客户转给{b}", "将{a}的客户移交给{b}", "请把{a}的客户交给{b}",
                 "把{a}的客户分配给{b}", "把 {a} 的客户转给 {b}", "让{b}接手{a}的客户"]


@settings(max_examples=300, deadline=None)
@given(_ZH_NAME, _ZH_NAME, st.sampled_from(_ZH_TEMPLATES))
def test_chinese_handover_keeps_names(a: str, b: str, template: str) -> None:
    intent = parse(template.format(a=a, b=b), today=TODAY, people=_knowing(a, b))
    assert intent.intent == "handover"
    assert (intent.slots["handover"], intent.slots["takeover"]) == (a, b)
    assert intent.slots["scope"] == ["customers"]


_SYLLABLES = ["Zhang", "Wei", "Li", "Na", "Chen", "Jing", "Wang", "Fang", "Gao", "Zhou", "Jie", "Ouyang",
              "Sun", "Hong", "May", "Grace", "Clint", "Lisa", "Chase", "Mark", "Will"]
_EN_NAME = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map(" ".join)
_EN_TEMPLATES = ["hand over {a}'s clients to {b}", "transfer all of {a}'s customers to {b}",
                 "please move {a}'s customers to @{b}", "{a}'s customers → {b}", "reassign {a}'s clients to {b}"]


@settings(max_examples=300, deadline=None)
@given(_EN_NAME, _EN_NAME, st.sampled_from(_EN_TEMPLATES))
def test_english_handover_keeps_names(a: str, b: str, template: str) -> None:
    intent = parse(template.format(a=a, b=b), today=TODAY)
    assert intent.intent == "handover"
    assert (intent.slots["handover"], intent.slots["takeover"]) == (a, b)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9 - 1),
       st.sampled_from(["cancel job {n}", "cancel H-{n}", "取消 H-{n}", "取消交接 {n}", "取消任务{n}", "cancel #{n}",
                        "cancel h{n}"]))
def test_cancel_any_job_id(n: int, template: str) -> None:
    intent = parse(template.format(n=n), today=TODAY)
    assert intent.intent == "cancel" and intent.slots["job"] == f"H-{n}"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.booleans())
def test_bare_numbers_are_choices(n: int, full_width: bool) -> None:
    text = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")) if full_width else str(n)
    intent = parse(text, today=TODAY)
    assert intent.intent == "choose" and intent.slots["choice"] == n


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=364),
       st.sampled_from(["{m}月{d}日", "{m}月{d}号", "{m}/{d}", "{mon} {d}", "{d} {mon}", "{mon} {d}th"]))
def test_month_day_is_next_occurrence(offset: int, template: str) -> None:
    day = TODAY + dt.timedelta(days=offset)
    text = template.format(m=day.month, d=day.day, mon=_MONTHS[day.month - 1])
    found = find_date(text, TODAY)
    assert found is not None and found.value == day


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=364), _ZH_NAME)
def test_offboard_dates_in_chinese(offset: int, name: str) -> None:
    day = TODAY + dt.timedelta(days=offset)
    intent = parse(f"{name}{day.month}月{day.day}日离职，开始离职清单", today=TODAY, people=_knowing(name))
    assert intent.intent == "offboard"
    assert (intent.slots["member"], intent.slots["last_day"]) == (name, day.isoformat())
