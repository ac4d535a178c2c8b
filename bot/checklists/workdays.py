"""Working days (Monday–Friday; no holiday calendar) and the daily reminder moment."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

SATURDAY = 5


def is_working_day(day: date) -> bool:
    return day.weekday() < SATURDAY


def on_or_before(day: date) -> date:
    """The working day itself, or the Friday before a weekend day."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def shift(day: date, working_days: int) -> date:
    """``working_days`` working days after (negative: before) ``day``; 0 → ``day`` itself."""
    step = 1 if working_days >= 0 else -1
    left = abs(working_days)
    while left:
        day += timedelta(days=step)
        if is_working_day(day):
            left -= 1
    return day


def local_day(ts: float, tz: tzinfo) -> date:
    return datetime.fromtimestamp(ts, tz).date()


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def at(day: date, moment: time, tz: tzinfo) -> float:
    return datetime.combine(day, moment, tzinfo=tz).timestamp()


def next_reminder(now: float, tz: tzinfo, moment: time) -> float:
    """The first working day's ``moment`` strictly after ``now``."""
    day = local_day(now, tz)
    while True:
        when = at(day, moment, tz)
        if is_working_day(day) and when > now:
            return when
        day += timedelta(days=1)
