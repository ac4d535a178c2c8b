"""Durable-timer handlers of the approval flow (all idempotent: they re-read the job).

- ``job_expiry:<id>`` (scheduled by JobStore.create): pending → expired; the requester is told,
  the cards are frozen where a response code is still valid, else approvers get a short text.
- ``approval_reminder:<id>`` (halfway): one reminder to whoever's click is awaited.
- ``approval_reject_notice:<id>``: the requester hears about a rejection even if the rejecter
  never answers the "why?" question.
"""

from __future__ import annotations

import logging

from bot.approvals.desk import REJECT_NOTICE_TIMER_KIND, REMINDER_TIMER_KIND, ApprovalDesk
from bot.timers import TimerHandler
from storage.jobs import EXPIRY_TIMER_KIND
from storage.timers import Timer

log = logging.getLogger(__name__)


def _job_id(timer: Timer) -> str | None:
    job_id = timer.payload.get("job_id")
    if not isinstance(job_id, str) or not job_id:
        log.error("timer %s has no job id", timer.id)
        return None
    return job_id


def timer_handlers(desk: ApprovalDesk) -> dict[str, TimerHandler]:
    async def expire(timer: Timer) -> None:
        job_id = _job_id(timer)
        if job_id is not None:
            await desk.expire(job_id)

    async def remind(timer: Timer) -> None:
        job_id = _job_id(timer)
        if job_id is not None:
            await desk.remind(job_id)

    async def reject_notice(timer: Timer) -> None:
        job_id = _job_id(timer)
        if job_id is not None:
            await desk.tell_rejection(job_id, None)

    return {EXPIRY_TIMER_KIND: expire, REMINDER_TIMER_KIND: remind, REJECT_NOTICE_TIMER_KIND: reject_notice}
