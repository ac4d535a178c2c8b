"""Dates as people type them in chat, resolved against `today` (already in the corp time zone).

Rules (also in the tests):
- a month/day without a year is its next occurrence on or after today (passed → next year);
- a bare weekday ("Friday", "周五", "this Friday", "本周五") is the next such day, today excluded;
- "next Friday" / "下周五" is the Friday of next (Monday-based) week;
- relative forms: today/tomorrow/明天/后天/大后天, "in 3 days", "3天后", "过两天", "in a week".
`find_date` returns the earliest date in the text with its span, so rules can cut it out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from .text import CN_NUMBER, to_int


class FoundDate(NamedTuple):
    value: dt.date
    start: int
    end: int


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_EN_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5,
    "sun": 6, "sunday": 6,
}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
                "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6}
_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3}
_CN_OR_DIGITS = f"(\\d{{1,3}}|{CN_NUMBER}|几)"
_ORD = r"(?:st|nd|rd|th)?"


def _month_day(today: dt.date, month: int, day: int, year: int | None = None) -> dt.date | None:
    """Explicit year as given; otherwise the next occurrence on or after today."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(today.year, month, day)
        return candidate if candidate >= today else dt.date(today.year + 1, month, day)
    except ValueError:  # Feb 30, month 13, Feb 29 in a common year …
        return None


def _next_weekday(today: dt.date, weekday: int) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _weekday_of_week(today: dt.date, weekday: int, weeks_ahead: int) -> dt.date:
    monday = today - dt.timedelta(days=today.weekday())
    return monday + dt.timedelta(days=7 * weeks_ahead + weekday)


def _count(word: str) -> int | None:
    word = word.lower().strip()
    if word in _EN_COUNTS:
        return _EN_COUNTS[word]
    if word == "几":  # "过几天" — a couple of days
        return 2
    return to_int(word)


Resolver = Callable[[re.Match[str], dt.date], dt.date | None]


def _iso(m: re.Match[str], today: dt.date) -> dt.date | None:
    return _month_day(today, int(m[2]), int(m[3]), int(m[1]))


def _zh_month_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    month, day = to_int(m[1]), to_int(m[2])
    return _month_day(today, month, day) if month and day else None


def _slash(m: re.Match[str], today: dt.date) -> dt.date | None:
    first, second = int(m[1]), int(m[2])
    if first > 12 >= second:  # "30/11": only day/month can be meant
        return _month_day(today, second, first)
    return _month_day(today, first, second)


def _day_dot_month(m: re.Match[str], today: dt.date) -> dt.date | None:
    """"last day 31.12", "laatste dag 11.12": day.month (the dotted form is day-first wherever it is written),
    after a word that says a date follows."""
    return _month_day(today, int(m[2]), int(m[1]))


def _day_month(m: re.Match[str], today: dt.date) -> dt.date | None:
    """"30.11." (day first, as most of Europe writes it)."""
    return _month_day(today, int(m[2]), int(m[1]))


def _ordinal_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    """"the 4th": that day of this month, or of the next once it has passed."""
    return _day_of_month(m, today)


def _en_month_first(m: re.Match[str], today: dt.date) -> dt.date | None:
    return _month_day(today, _MONTHS[m[1][:3].lower()], int(m[2]), int(m[3]) if m[3] else None)


def _en_day_first(m: re.Match[str], today: dt.date) -> dt.date | None:
    return _month_day(today, _MONTHS[m[2][:3].lower()], int(m[1]), int(m[3]) if m[3] else None)


def _offset(days: int) -> Resolver:
    return lambda _m, today: today + dt.timedelta(days=days)


def _group(m: re.Match[str]) -> str:
    """The count, whichever alternative of the pattern matched ("n" or "n2")."""
    groups = m.groupdict()
    return groups.get("n") or groups.get("n2") or ""


def _in_days(m: re.Match[str], today: dt.date) -> dt.date | None:
    n = _count(_group(m))
    return None if n is None or n > 3660 else today + dt.timedelta(days=n)


def _in_weeks(m: re.Match[str], today: dt.date) -> dt.date | None:
    n = _count(_group(m))
    return None if n is None or n > 520 else today + dt.timedelta(weeks=n)


def _en_weekday(m: re.Match[str], today: dt.date) -> dt.date | None:
    weekday = _EN_WEEKDAYS[m["day"].lower().rstrip(".")]
    if (m["mod"] or "").lower() == "next":
        return _weekday_of_week(today, weekday, 1)
    return _next_weekday(today, weekday)


def _zh_weekday(m: re.Match[str], today: dt.date) -> dt.date | None:
    weekday = _ZH_WEEKDAYS[m["day"]]
    mod = m["mod"] or ""
    if mod.startswith("下下"):
        return _weekday_of_week(today, weekday, 2)
    if mod.startswith("下"):
        return _weekday_of_week(today, weekday, 1)
    return _next_weekday(today, weekday)


def _day_of_month(m: re.Match[str], today: dt.date) -> dt.date | None:
    """"30号最后一天": this month's day, or next month's when it has passed."""
    day = int(m[1])
    this = _month_day(today, today.month, day, today.year)
    if this is not None and this >= today:
        return this
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _month_day(today, month, day, year)


def _next_month_day(m: re.Match[str], today: dt.date) -> dt.date | None:
    """下个月5号 / 下月15日: that day of next month."""
    day = to_int(m[1])
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    return _month_day(today, month, day, year) if day else None


def _month_end(m: re.Match[str], today: dt.date) -> dt.date | None:
    """月底 / end of the month: this month's last day; 下个月底 / end of next month: next month's."""
    ahead = 1 if m["mod"] or m["mod2"] else 0
    year, month = divmod(today.month - 1 + ahead + 1, 12)
    return dt.date(today.year + year, month + 1, 1) - dt.timedelta(days=1)


# (pattern, resolver). All run case-insensitively; the earliest, then longest, match wins. Word boundaries are
# ASCII's (re.ASCII): a Chinese character next to a Latin word is no letter of it ("牟丹丹tomorrow last day", as
# normalizing leaves it, still says tomorrow)
_RULES: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE | re.ASCII), resolver)
    for pattern, resolver in (
        (r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?!\d)", _iso),
        # 20251218 (not a job id: "job 20990801", "取消交接 20260801", "H20990801")
        (r"(?<![\d\-#a-z])(?<!job )(?<!jobs )(?<!job no\. )(?<!任务)(?<!交接 )(?<!交接)(?<!单号)"
         r"(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)", _iso),
        # 12.15 离职: a month.day only where a departure or a deadline follows
        (r"(?<![\d.\-])(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])(?![\d.])(?=\s*(?:离职|走|最后|离开|前|之前|号|日))",
         _slash),
        (f"(?<!\\d)(\\d{{1,2}}|{CN_NUMBER})\\s*月\\s*(\\d{{1,2}}|{CN_NUMBER})\\s*(?:日|号)?", _zh_month_day),
        (r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", _slash),
        (r"(?<![\d.])([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])\.(?!\d)", _day_month),  # 30.11.
        # 31.12 after a word that says a date follows (a bare 11.12 may be a number)
        (r"(?:(?<=last day )|(?<=last day is )|(?<=lwd )|(?<=dernier jour )|(?<=laatste dag )|(?<=letzter tag )|"
         r"(?<=leaving )|(?<=leaves )|(?<=per )|(?<=until )|(?<=till )|(?<=是)|(?<=: ))"
         r"([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])(?![\d.])", _day_dot_month),
        (r"(?<![\d.])([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])\.(\d{4})(?!\d)",  # 31.12.2026 (Europe)
         lambda m, today: _month_day(today, int(m[2]), int(m[1]), int(m[3]))),
        (r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", _ordinal_day),
        (rf"\b{_MONTH_WORD}\s*(?:the\s+)?(\d{{1,2}}){_ORD}\b(?:,?\s*(\d{{4}})\b)?", _en_month_first),
        (rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH_WORD}(?![a-z])(?:,?\s*(\d{{4}})\b)?", _en_day_first),
        (r"大后天", _offset(3)),
        (r"后天|后儿个?|后日|day after tomorrow", _offset(2)),
        # "the morn" (Scots), mañana, 明朝 (Wu): tomorrow
        (r"\bthe morn\b(?!ing)|\bma[nñ]ana?\b|明朝", _offset(1)),
        (r"\bchristmas eve\b|平安夜", lambda _m, today: _month_day(today, 12, 24)),
        (r"\bnew year'?s eve\b|\bhogmanay\b|除夕", lambda _m, today: _month_day(today, 12, 31)),
        # "Friday week", "Monday week" (British): that weekday a week after the coming one
        (r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\s+week\b",
         lambda m, today: _next_weekday(today, _EN_WEEKDAYS[m["day"].lower()]) + dt.timedelta(days=7)),
        # 天光日: Hakka; 听日/聽日: Cantonese
        (r"明天|明日|明儿|明早|天光日|听日|聽日|\btomorrow\b|\btmrw?\b|\btmw\b", _offset(1)),
        (f"下个?月\\s*(\\d{{1,2}}|{CN_NUMBER})\\s*[日号]", _next_month_day),
        # "last day 11号", "最后工作日：18号": the day of this month, or of the next when it has passed
        (r"(?:last\s+(?:working\s+)?day|\blwd|最后(?:工作日|一天|一日)|离职日期?)\s*(?:is|[:：]|是|为|定在|on)?\s*"
         r"(\d{1,2})\s*[日号]", _day_of_month),
        # "Friday next week": next week's Friday, not this one
        (r"\b(?P<day>mon|tue|wed|thu|fri)(?:day|sday|nesday|rsday)?\s+(?:of\s+)?next\s+week\b",
         lambda m, today: _weekday_of_week(today, _EN_WEEKDAYS[m["day"].lower()], 1)),
        (r"今天|今日|\btoday\b|\btonight\b|\beod\b", _offset(0)),
        (f"(?:过)?(?P<n>{_CN_OR_DIGITS[1:-1]})\\s*天\\s*(?:后|以后|之后)|过(?P<n2>两|几|\\d{{1,3}}|{CN_NUMBER})天",
         _in_days),
        (f"(?P<n>{_CN_OR_DIGITS[1:-1]})\\s*(?:个)?(?:周|星期|礼拜)\\s*(?:后|以后|之后)", _in_weeks),
        (r"\bin\s+(?P<n>\d{1,4}|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
         r"\s+days?\b|\b(?P<n2>\d{1,4}|two|three|four|five|six|seven)\s+days?\s+(?:from now|later)\b",
         _in_days),
        (r"\bin\s+(?P<n>\d{1,3}|an?|one|two|three|four)\s+weeks?\b", _in_weeks),
        (r"(?:本|这个?)月\s*(\d{1,2})\s*[日号]", lambda m, today: _month_day(today, today.month, int(m[1]))),
        (r"(?<![\d月])(\d{1,2})\s*[日号](?=\s*(?:最后|离职|走|离开|之前|前))", _day_of_month),
        (r"(?:(?P<mod>下个?)|这个?|本|呢个?)?月(?:底|末|尾)|\bend of (?:(?P<mod2>next)|this|the)? ?month\b|\beom\b",
         _month_end),
        (r"(?:今|这)?年(?:底|末)|\bend of (?:the |this )?year\b", lambda _m, today: dt.date(today.year, 12, 31)),
        (r"\bnext\s+week\b", lambda _m, today: _weekday_of_week(today, 0, 1)),
        (r"下(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末1-7])",
         lambda _m, today: _weekday_of_week(today, 0, 1)),
        (r"(?:(?P<mod>next|this|coming|on|until|till|by)\s+)(?P<day>sun|sat)(?:day)?\b\.?", _en_weekday),
        (r"(?:\b(?P<mod>next|this|coming)\s+)?\b(?P<day>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|"
         r"thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|saturday|sunday)\b\.?", _en_weekday),
        (r"(?P<mod>下下个?|下个?|这个?|本)?\s*(?:周|星期|礼拜)(?P<day>[一二三四五六日天末1-7])", _zh_weekday),
    )
)


# Resolvers of a calendar date (month and day written out), for "Wed, Dec 9".
_CALENDAR = frozenset({_iso, _zh_month_day, _slash, _day_month, _ordinal_day, _en_month_first, _en_day_first})
_BETWEEN_LABEL_AND_DATE = re.compile(r"[\s,，、(（]*")


# Every rule above needs one of these; one search spares the ~20 patterns on most messages ("to" only as in
# today, tonight, tomorrow, and "in" followed by a space: "hand X's clients to Y" has no date to look for)
_MAYBE_DATE = re.compile(
    r"\d|[今明后天周星期礼拜月号日年两几一二三四五六七八九十]|平安夜|除夕|\b(?:to[dnm]|tmr|tmw|tmrw|eod|next|in\s|mon|tue|wed|"
    r"thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|end|eom|the morn|ma[nñ]an|christmas|"
    r"hogmanay|new year)",
    re.IGNORECASE | re.ASCII,
)


def find_dates(text: str, today: dt.date) -> list[FoundDate]:
    """Every date expression in `text`, left to right, longest first where they overlap.

    Rules that cut a date out try these in turn: "周一鸣12月5日离职" starts with "周一" (Monday)
    but 周一鸣 is a name — only cutting "12月5日" gives a sentence the rule understands."""
    if not _MAYBE_DATE.search(text):
        return []
    found: list[FoundDate] = []
    written: set[FoundDate] = set()  # month and day written out
    for pattern, resolve in _RULES:
        for match in pattern.finditer(text):
            value = resolve(match, today)
            if value is not None:
                found.append(FoundDate(value, match.start(), match.end()))
                if resolve in _CALENDAR:
                    written.add(found[-1])
    found.sort(key=lambda f: (f.start, f.start - f.end))
    kept: list[FoundDate] = []
    for candidate in found:
        if not kept or candidate.start >= kept[-1].end:
            kept.append(candidate)
            while len(kept) >= 2 and kept[-2] not in written and kept[-1] in written and \
                    _BETWEEN_LABEL_AND_DATE.fullmatch(text, kept[-2].end, kept[-1].start):
                # "Wednesday, Dec 9", "周三（12月9日）", "Friday next week (Dec 4)": the written-out date
                # after a weekday or a relative one is the date meant
                kept[-2:] = [FoundDate(kept[-1].value, kept[-2].start, kept[-1].end)]
                written.add(kept[-1])
    return kept


def find_date(text: str, today: dt.date) -> FoundDate | None:
    """The earliest (then longest) date expression in `text` that resolves to a real day."""
    dates = find_dates(text, today)
    return dates[0] if dates else None
