"""One line per member for candidate lists and previews, in Chinese or English.

    张伟 zhangwei · 销售一部 · 已离职（11月20日）· 250 位客户 · 12 个客户群
    Zhang Wei (zhangwei, Sales 1, left on Nov 20) · 250 customers · 12 customer groups
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Literal

from bot.directory.models import DirectoryMember
from bot.directory.names import english_display_name, has_han, latin_words

Lang = Literal["zh", "en"]

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ZH_STATUS = {"active": "在职", "disabled": "已禁用", "inactive": "未激活"}
_EN_STATUS = {"disabled": "account disabled", "inactive": "not activated"}


def display_name(member: DirectoryMember, lang: Lang) -> str:
    """The name to show: Chinese name in Chinese; in English the English name, else a Latin
    alias, else the pinyin of the Chinese name ('张伟' → 'Zhang Wei'); the userid if no name."""
    if not member.name:
        return member.userid
    if lang == "zh":
        return member.name
    if member.english_name:
        return member.english_name
    if member.alias and not has_han(member.alias) and latin_words(member.alias):
        return member.alias
    return english_display_name(member.name)


def describe(
    member: DirectoryMember,
    lang: Lang,
    *,
    customers: int | None = None,
    groups: int | None = None,
    tz: tzinfo,
    now: float | None = None,
) -> str:
    """The candidate line. ``customers`` defaults to the member's unassigned customers when the
    member has departed and the sync counted them; ``now`` adds the year to dates of other years."""
    if customers is None and member.departed:
        customers = member.unassigned_customers
    left = _date(member.departed_at, lang, tz, now) if member.departed_at is not None else None
    if lang == "zh":
        return _describe_zh(member, customers, groups, left)
    return _describe_en(member, customers, groups, left)


def _describe_zh(m: DirectoryMember, customers: int | None, groups: int | None, left: str | None) -> str:
    head = f"{m.name} {m.userid}" if m.name else f"{m.userid}（仅知账号）"
    parts = [head]
    department = m.main_department_name("zh")
    if department:
        parts.append(department)
    if m.departed:
        parts.append(f"已离职（{left}）" if left else "已离职")
    elif m.out_of_visibility_since is not None:
        parts.append("不在应用可见范围")
    else:
        parts.append(_ZH_STATUS[m.status])
    if customers is not None:
        parts.append(f"{customers} 位客户")
    if groups is not None:
        parts.append(f"{groups} 个客户群")
    line = parts[0]
    for part in parts[1:]:
        line += ("· " if line.endswith("）") else " · ") + part  # no space after a full-width bracket
    return line


def _describe_en(m: DirectoryMember, customers: int | None, groups: int | None, left: str | None) -> str:
    inside = [m.userid] if m.name else ["name unknown"]
    department = m.main_department_name("en")
    if department:
        inside.append(department)
    if m.departed:
        inside.append(f"left on {left}" if left else "left")
    elif m.out_of_visibility_since is not None:
        inside.append("not visible to the app")
    elif m.status in _EN_STATUS:
        inside.append(_EN_STATUS[m.status])
    line = f"{display_name(m, 'en')} ({', '.join(inside)})"
    if customers is not None:
        line += f" · {customers} customer" + ("" if customers == 1 else "s")
    if groups is not None:
        line += f" · {groups} customer group" + ("" if groups == 1 else "s")
    return line


def _date(ts: float, lang: Lang, tz: tzinfo, now: float | None) -> str:
    day = datetime.fromtimestamp(ts, tz)
    other_year = now is not None and datetime.fromtimestamp(now, tz).year != day.year
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日" if other_year else f"{day.month}月{day.day}日"
    text = f"{_EN_MONTHS[day.month - 1]} {day.day}"
    return f"{text}, {day.year}" if other_year else text
