"""Why a job needs the second approver, in words — the same on the card and in the preview.

Two rules can hold at once (bot/approvals/filing.py): more than HANDOVER_SECOND_APPROVAL_OVER
customers, and important customers (or a departed member whose important customers can't be
checked). Built from the job alone, so any instance says the same.
"""

from __future__ import annotations

from bot.approvals import texts
from bot.models.jobs import JobDraft
from bot.texts import Lang


def second_reasons(job: JobDraft, *, second_over: int, lang: Lang, name: str) -> list[str]:
    """``name``: the handover member as the reader knows them."""
    out: list[str] = []
    if "customers" in job.scope and job.customer_count > second_over:
        out.append(texts.WHY_OVER(lang, limit=second_over))
    found = job.important
    if found is not None:
        if found.count:
            one = found.count == 1
            labels = texts.LIST_SEP(lang).join(found.labels)
            out.append((texts.WHY_IMPORTANT_ONE if one else texts.WHY_IMPORTANT)(lang, n=found.count, labels=labels))
        if found.source == "missing":
            out.append(texts.WHY_NO_BACKUP(lang, name=name))
        elif found.source == "unreadable":
            out.append(texts.WHY_UNREADABLE(lang, name=name))
        elif found.uncovered:
            out.append(texts.WHY_UNCOVERED(lang, n=found.uncovered))
    return out


def joined(reasons: list[str], lang: Lang) -> str:
    return ("、" if lang == "zh" else " and ").join(reasons)


def important_names(job: JobDraft, lang: Lang) -> str | None:
    """'重要客户（VIP）：张三、李四…（共 13 位）', or None when there are none."""
    found = job.important
    if found is None or not found.count:
        return None
    names = texts.LIST_SEP(lang).join(found.names)
    more = found.count - len(found.names)
    labels = texts.LIST_SEP(lang).join(found.labels)
    if more > 0:
        return texts.IMPORTANT_NAMES_MORE(lang, labels=labels, names=names, n=found.count, more=more)
    return texts.IMPORTANT_NAMES(lang, labels=labels, names=names)
