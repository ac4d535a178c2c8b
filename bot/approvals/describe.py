"""Jobs in words for the status/list commands: one line per job, or a short detail block."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import tzinfo

from bot.approvals import texts
from bot.approvals.cards import counts, level_approvers, path_words
from bot.approvals.desk import state_words
from bot.approvals.people import People, when
from bot.approvals.split_words import receivers, split_lines
from bot.models.jobs import Job
from bot.texts import Lang

RUN_STATES = frozenset({"running", "paused", "submitted", "completed", "completed_with_failures", "stopped", "failed"})


def parties(job: Job) -> set[str]:
    """Everyone who may ask about a job (admins may ask about any)."""
    return {job.requester, job.handover, *job.takeovers, *job.approvers, *job.second_approvers}


def involved(job: Job, userid: str) -> bool:
    return userid in parties(job)


def people_of(jobs: Iterable[Job]) -> list[str]:
    ids: list[str] = []
    for job in jobs:
        ids += [*parties(job), job.decided_by or "", *(a.userid for a in job.approvals)]
    return list(dict.fromkeys(u for u in ids if u))


def line(job: Job, people: People) -> str:
    lang = people.lang
    return texts.STATUS_LINE(
        lang, job=job.id, handover=people.name(job.handover), takeover=receivers(job, people.name, lang),
        counts=counts(job, lang), state=state_words(job.state, lang),
    )  # fmt: skip


def lines(head: str, jobs: Sequence[Job], people: People, *, limit: int = 10) -> str:
    out = [head, *(line(j, people) for j in jobs[:limit])]
    if len(jobs) > limit:
        out.append(texts.MORE(people.lang, n=len(jobs) - limit))
    return "\n".join(out)


def detail(job: Job, people: People, tz: tzinfo, now: float, *, reason: str | None = None) -> str:
    lang: Lang = people.lang
    out = [
        texts.STATUS_HEAD(lang, job=job.id, state=state_words(job.state, lang)),
        texts.STATUS_PEOPLE(lang, handover=people.with_department(job.handover),
                            takeover=people.with_department(job.takeover) if job.split is None
                            else receivers(job, people.name, lang)).replace("） →", "）→"),
        texts.CARD_COUNTS(lang, path=path_words(job, lang), counts=counts(job, lang)),
        *split_lines(job, people.name, lang),
        texts.STATUS_REQUESTED(lang, name=people.name(job.requester), when=when(job.created_at, tz, now=now)),
    ]  # fmt: skip
    out.append(_approval_line(job, people, tz, now))
    if job.decision == "reject" and (reason or job.decision_note):
        out.append(texts.STATUS_REASON(lang, reason=reason or job.decision_note))
    x = job.exec
    if job.state in RUN_STATES and (job.state != "failed" or x.started):
        out.append(texts.STATUS_EXEC(
            lang, started=x.started, taken=x.taken_over, refused=x.refused, capped=x.capped, failed=x.failed,
        ))  # fmt: skip
    return "\n".join(out)


def _approval_line(job: Job, people: People, tz: tzinfo, now: float) -> str:
    lang = people.lang
    sep = "；" if lang == "zh" else "; "
    parts = [
        texts.STATUS_APPROVAL(lang, name=people.name(a.userid), when=when(a.at, tz, now=now)) for a in job.approvals
    ]
    at = when(job.decided_at or job.state_changed_at, tz, now=now)
    if job.state == "pending_approval":
        level = job.awaited_level or 1
        action = texts.ACTION_APPROVE if level == 1 else texts.ACTION_REVIEW
        parts.append(texts.STATUS_WAITING(lang, names=people.either(level_approvers(job, level)), action=action(lang)))
    elif job.decision == "reject":
        parts.append(texts.STATUS_REJECTED(lang, name=people.name(job.decided_by or ""), when=at))
    elif job.state == "expired":
        parts.append(texts.STATUS_EXPIRED_AT(lang, when=at))
    elif job.state == "cancelled" and job.decision is None:
        parts.append(texts.STATUS_CLOSED_BY(lang, name=people.name(job.decided_by or ""), when=at))
    if not parts:
        names = people.names(job.approvers)
        if job.needs_second_approval:
            return texts.STATUS_APPROVERS_L2(lang, names=names, second=people.names(job.second_approvers))
        return texts.STATUS_APPROVERS(lang, names=names)
    return sep.join(parts)
