"""Dates, owners and item lines as people read them. Pure: names come in as a mapping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, tzinfo

from bot.checklists import texts
from bot.texts import Lang
from storage.checklists import Checklist, ChecklistItem

_ZH_WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ROLE_LABEL = {"hr": ("HR", "HR"), "it": ("IT", "IT")}


def day_label(day: date | str, lang: Lang, *, weekday: bool = True) -> str:
    """12月5日（周五） / Fri, Dec 5."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    if lang == "zh":
        return f"{d.month}月{d.day}日" + (f"（{_ZH_WEEKDAYS[d.weekday()]}）" if weekday else "")
    text = f"{_EN_MONTHS[d.month - 1]} {d.day}"
    return f"{_EN_WEEKDAYS[d.weekday()]}, {text}" if weekday else text


def moment_label(ts: float, lang: Lang, tz: tzinfo) -> str:
    """11-27 10:02 (the same in both languages: short and unambiguous)."""
    return datetime.fromtimestamp(ts, tz).strftime("%m-%d %H:%M")


def title(item: ChecklistItem, lang: Lang) -> str:
    return item.title_zh if lang == "zh" else item.title_en


def owner_label(item: ChecklistItem, names: Mapping[str, str], lang: Lang) -> str:
    """Who does it: HR / IT for those roles, else the owners' names."""
    if item.owner_role in _ROLE_LABEL:
        return _ROLE_LABEL[item.owner_role][0 if lang == "zh" else 1]
    sep = "、" if lang == "zh" else ", "
    return sep.join(names.get(u, u) for u in item.owners) or "?"


def owner_summary(checklist: Checklist, names: Mapping[str, str], lang: Lang) -> str:
    """陈静 5 项、刘强 2 项、IT 1 项 — grouped by owner label in item order."""
    counts: dict[str, int] = {}
    for item in checklist.items:
        label = owner_label(item, names, lang)
        counts[label] = counts.get(label, 0) + 1
    if lang == "zh":
        return "、".join(f"{label} {n} 项" for label, n in counts.items())
    return ", ".join(f"{label} {n}" for label, n in counts.items())


def reminder_lines(items: Sequence[ChecklistItem], today: date, lang: Lang) -> list[str]:
    lines = []
    for item in items:
        template = texts.LINE_OVERDUE if date.fromisoformat(item.due) < today else texts.LINE_DUE
        lines.append(template(lang, n=item.n, title=title(item, lang), due=day_label(item.due, lang, weekday=False)))
    return lines


def owner_lines(items: Sequence[ChecklistItem], names: Mapping[str, str], lang: Lang) -> list[str]:
    return [
        texts.LINE_OWNER(lang, n=i.n, title=title(i, lang), owner=owner_label(i, names, lang),
                         due=day_label(i.due, lang, weekday=False))
        for i in items
    ]


def status_text(
    checklist: Checklist, names: Mapping[str, str], lang: Lang, tz: tzinfo, today: date, *, handover: str | None = None
) -> str:
    """The whole record: state, each item with who ticked it when or who owes it by when."""
    state = {"open": texts.STATE_OPEN, "departed": texts.STATE_DEPARTED, "cancelled": texts.STATE_CANCELLED}
    done = sum(1 for i in checklist.items if i.done)
    lines = [
        texts.STATUS_HEAD(
            lang, name=names.get(checklist.member, checklist.member), id=checklist.id,
            state=state[checklist.status](lang), day=day_label(checklist.last_day, lang),
            done=done, total=len(checklist.items),
        )
    ]
    for item in checklist.items:
        if item.done_at is not None:
            who = names.get(item.done_by or "", item.done_by or "?")
            lines.append(texts.STATUS_DONE_LINE(lang, n=item.n, title=title(item, lang), who=who,
                                                when=moment_label(item.done_at, lang, tz)))
        else:
            late = texts.STATUS_LATE(lang) if date.fromisoformat(item.due) < today else ""
            lines.append(texts.STATUS_OPEN_LINE(lang, n=item.n, title=title(item, lang),
                                                owner=owner_label(item, names, lang),
                                                due=day_label(item.due, lang, weekday=False), late=late))
    if checklist.successor:
        lines.append(texts.STATUS_SUCCESSOR(lang, name=names.get(checklist.successor, checklist.successor)))
    if handover or checklist.handover_job:
        lines.append(texts.STATUS_HANDOVER(lang, job=handover or checklist.handover_job))
    return "\n".join(lines)
