"""The approve/reject card (API.md §4.3) and its frozen form, built from the job alone so any
instance can rebuild the very card it sent (to grey its buttons with ``replace_text``)."""

from __future__ import annotations

import re
import secrets
from datetime import tzinfo
from typing import Literal

from bot.approvals import texts
from bot.approvals.people import People, stamp
from bot.approvals.reasons import important_names, joined, second_reasons
from bot.approvals.split_words import receivers, split_lines
from bot.cards import ButtonKey
from bot.models.jobs import Job
from bot.texts import Lang
from bot.wecom.cards import Button, ButtonInteractionCard, CardSource, HorizontalContent, MainTitle

Level = Literal[1, 2]
_TASK = re.compile(r"^ho_(?P<job>[A-Za-z0-9-]+)_l(?P<level>[12])_[0-9a-f]+$")


def new_task_id(job_id: str, level: Level) -> str:
    """Unique per card and never reused (the platform refuses a second card with a used task_id)."""
    return f"ho_{job_id}_l{level}_{secrets.token_hex(6)}"


def task_level(task_id: str) -> Level | None:
    m = _TASK.match(task_id)
    if m is None:
        return None
    return 1 if m["level"] == "1" else 2


def task_job(task_id: str) -> str | None:
    m = _TASK.match(task_id)
    return m["job"] if m else None


def path_words(job: Job, lang: Lang) -> str:
    return (texts.PATH_RESIGNED if job.path == "resigned" else texts.PATH_ONJOB)(lang)


def counts(job: Job, lang: Lang) -> str:
    parts = []
    if "customers" in job.scope:
        parts.append(texts.N_CUSTOMERS(lang, n=job.customer_count))
    if "groups" in job.scope:
        parts.append(texts.N_GROUPS(lang, n=job.group_count))
    return ("，" if lang == "zh" else ", ").join(parts)


def level_approvers(job: Job, level: Level) -> list[str]:
    """Who may click a card of this level (the store enforces the same rules on the click)."""
    conflicted = {job.requester, job.handover, *job.takeovers}
    pool = job.approvers if level == 1 else job.second_approvers
    first = [a.userid for a in job.approvals if a.level == 1]
    return [u for u in dict.fromkeys(pool) if u not in conflicted and (level == 1 or u not in first)]


def approval_card(
    job: Job,
    level: Level,
    task_id: str,
    people: People,
    tz: tzinfo,
    *,
    second_over: int,
    replace_text: str | None = None,
) -> ButtonInteractionCard:
    lang = people.lang
    lines = [
        texts.CARD_COUNTS(lang, path=path_words(job, lang), counts=counts(job, lang)),
        *split_lines(job, people.name, lang),
        texts.CARD_REQUESTER(lang, name=people.name(job.requester)),
    ]
    if job.reason:
        lines.append(texts.CARD_REASON(lang, reason=job.reason))
    if level == 1 and job.needs_second_approval:
        conflicted = (job.requester, job.handover, *job.takeovers)
        second = people.either([u for u in job.second_approvers if u not in conflicted])
        first_level = people.either(level_approvers(job, 1))
        why = joined(second_reasons(job, second_over=second_over, lang=lang, name=people.name(job.handover)), lang)
        lines.append(texts.CARD_TWO_PERSON(lang, why=why or texts.WHY_OVER(lang, limit=second_over),
                                           first=first_level, second=second))  # fmt: skip
    names = important_names(job, lang)
    if names is not None:
        lines.append(names)
    first = next((a for a in job.approvals if a.level == 1), None)
    if level == 2 and first is not None:
        lines.append(texts.CARD_LEVEL2_NOTE(lang, first=people.name(first.userid), when=stamp(first.at, tz)))
    fields = [
        HorizontalContent(keyname=texts.KEY_HANDOVER(lang), value=people.with_department(job.handover)),
        HorizontalContent(keyname=texts.KEY_TAKEOVER(lang), value=people.with_department(job.takeover)
                          if job.split is None else receivers(job, people.name, lang)),
    ]
    if "customers" in job.scope:
        fields.append(HorizontalContent(keyname=texts.KEY_CUSTOMERS(lang), value=str(job.customer_count)))
    if "groups" in job.scope:
        fields.append(HorizontalContent(keyname=texts.KEY_GROUPS(lang), value=str(job.group_count)))
    fields.append(HorizontalContent(keyname=texts.KEY_PATH(lang), value=path_words(job, lang)))
    fields.append(HorizontalContent(keyname=texts.KEY_REQUESTER(lang), value=people.name(job.requester)))
    extra = str(level)
    title = (texts.CARD_TITLE if level == 1 else texts.CARD_TITLE_L2)(lang, job=job.id)
    return ButtonInteractionCard(
        source=CardSource(desc=texts.CARD_SOURCE(lang), desc_color=1),
        main_title=MainTitle(title=title, desc=f"{people.name(job.handover)} → {receivers(job, people.name, lang)}"),
        sub_title_text="\n".join(lines),
        horizontal_content_list=fields[:6],
        task_id=task_id,
        button_list=[
            Button(text=texts.BUTTON_APPROVE(lang), style=1, key=ButtonKey("approve", job.id, extra).pack()),
            Button(text=texts.BUTTON_REJECT(lang), style=2, key=ButtonKey("reject", job.id, extra).pack()),
        ],
        replace_text=replace_text,
    )
