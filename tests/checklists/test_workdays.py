"""Working-day arithmetic and the next reminder moment."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.checklists.workdays import is_working_day, next_reminder, on_or_before, shift

TZ = ZoneInfo("Asia/Shanghai")
TEN = time(10, 0)


def ts(*args: int) -> float:
    return datetime(*args, tzinfo=TZ).timestamp()


def test_shift_skips_weekends() -> None:
    friday = date(2026, 12, 4)
    assert shift(friday, -3) == date(2026, 12, 1)
    assert shift(friday, 0) == friday
    assert shift(friday, 1) == date(2026, 12, 7)
    assert shift(date(2026, 11, 30), -1) == date(2026, 11, 27)
    assert on_or_before(date(2026, 12, 5)) == friday and on_or_before(date(2026, 12, 6)) == friday


def test_next_reminder() -> None:
    assert next_reminder(ts(2026, 11, 26, 9, 0), TZ, TEN) == ts(2026, 11, 26, 10, 0)
    assert next_reminder(ts(2026, 11, 26, 10, 0), TZ, TEN) == ts(2026, 11, 27, 10, 0)  # strictly after
    assert next_reminder(ts(2026, 11, 27, 10, 0, 1), TZ, TEN) == ts(2026, 11, 30, 10, 0)  # over the weekend
    assert next_reminder(ts(2026, 11, 28, 23, 0), TZ, TEN) == ts(2026, 11, 30, 10, 0)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)), st.integers(-30, 30))
def test_shift_lands_on_working_days_and_counts_them(day: date, n: int) -> None:
    start = on_or_before(day)
    end = shift(start, n)
    assert is_working_day(end)
    assert shift(end, -n) == start


@given(st.integers(int(ts(2024, 1, 1)), int(ts(2030, 1, 1))))
def test_next_reminder_is_a_working_day_at_ten_within_three_days(now: int) -> None:
    due = next_reminder(now, TZ, TEN)
    moment = datetime.fromtimestamp(due, TZ)
    assert due > now and due - now <= 3 * 86400 + 1
    assert is_working_day(moment.date()) and moment.time() == TEN
