"""Following a submitted job to the end: transfer_result polling and ``transfer_fail`` events.

Poll schedule (durable timer ``transfer_poll``, one entry per job under ``coalesce_key``), from
the submission time: +10 min, +1 h, +6 h, +24 h 5 min, then every 6 h until every customer is
final. The platform completes a takeover 24 h after submission, so the early polls mostly catch
refusals; the +24 h 5 min poll catches the bulk. A customer still absent from transfer_result
after that poll is ``no_record``; one still waiting (status 2) ``give_up_after`` (7 days) after
submission is also closed as ``no_record`` so a job cannot wait forever.

Status mapping: 1 → taken_over (takeover_time kept), 2 → waiting, 3 → refused, 4 → capped,
5 (older docs: 无接替记录) → no_record. ``transfer_fail`` events map back to the job through the
(takeover, external_userid) index: customer_refused → refused, customer_limit_exceed → capped;
anything else triggers an early poll. Only items still waiting change (storage settle script),
so duplicate events and repeated polls count nothing twice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Final

from bot.engine import reasons
from bot.engine.lanes import Lanes
from bot.wecom import WeComAPIError
from bot.wecom.transfers import (
    STATUS_NO_RECORD,
    STATUS_REFUSED,
    STATUS_TAKEN_OVER,
    STATUS_TAKEOVER_LIMIT,
    TransferResult,
)
from storage.timers import coalesce_key
from storage.transfers import Item, ItemStatus, all_sent, item_field

if TYPE_CHECKING:
    from bot.engine.engine import TransferEngine

log = logging.getLogger(__name__)

POLL_KIND: Final = "transfer_poll"
COMPLETION_GRACE: Final = 86400.0 + 300.0  # after this, absent from transfer_result = no record
EARLY_POLL_DELAY: Final = 60.0
RETRY_AFTER_ERROR: Final = 600.0

_STATUS: Final[dict[int, tuple[ItemStatus, str | None]]] = {
    STATUS_TAKEN_OVER: ("taken_over", None),
    STATUS_REFUSED: ("refused", reasons.REFUSED),
    STATUS_TAKEOVER_LIMIT: ("capped", reasons.CAPPED),
    STATUS_NO_RECORD: ("no_record", reasons.NO_RECORD),
}


async def poll_job(engine: TransferEngine, job_id: str) -> bool:
    """One poll. Returns True when the job has nothing left to follow."""
    job = await engine.jobs.get(job_id)
    if job is None:
        return True
    if job.is_final and job.state != "stopped":
        return True
    meta = await engine.transfers.meta(job_id)
    if not meta.get("snap") or meta.get("done"):
        return True
    items = await engine.transfers.items(job_id)
    waiting = {f: it for f, it in items.items() if it.k == "c" and it.s == "started"}
    now = engine.clock.now()
    if waiting:
        # transfer_result is per (handover, takeover) pair: a split job asks once per successor
        # and reads each customer's row under the successor it was sent to
        lanes = await Lanes.load(engine.jobs, job)
        rows: dict[str, TransferResult] = {}
        try:
            for to in job.takeovers:
                async for r in engine.client.iter_transfer_results(job.handover, to, resigned=job.path == "resigned"):
                    if not lanes.split or lanes.receiver_of(r.external_userid) == to:
                        rows[r.external_userid] = r
        except WeComAPIError as exc:
            delay = exc.retry_after if exc.kind == "rate_limited" and exc.retry_after else RETRY_AFTER_ERROR
            log.warning("poll of %s failed (%s); next try in %.0fs", job_id, exc, delay)
            await _schedule(engine, job_id, now + delay)
            return False
        updates: dict[str, Item] = {}
        for field, it in waiting.items():
            row = rows.get(field[2:])
            submitted = it.t or now
            if row is None:
                if now >= submitted + COMPLETION_GRACE:
                    updates[field] = it.but(s="no_record", r=reasons.NO_RECORD, f=now)
                continue
            mapped = _STATUS.get(row.status)
            if mapped is None:  # still waiting (2) or a status we do not know
                if now >= submitted + engine.give_up_after:
                    updates[field] = it.but(s="no_record", r=reasons.NO_RECORD, f=now)
                continue
            status, why = mapped
            update: dict[str, object] = {"s": status, "f": now}
            if why is not None:
                update["r"] = why
            if status == "taken_over":
                update["tt"] = float(row.takeover_time) if row.takeover_time else now
            updates[field] = it.but(**update)
        _, left = await engine.transfers.settle(job_id, updates)
    else:
        left = int(meta.get("waiting", 0))
    if left <= 0 and all_sent(await engine.transfers.meta(job_id)) and job.state in ("submitted", "stopped"):
        await engine.finish(job_id)
        return True
    submitted_at = float(meta.get("submitted_at") or now)
    await _schedule(engine, job_id, engine.next_poll_at(submitted_at, now))
    return False


async def _schedule(engine: TransferEngine, job_id: str, due: float) -> None:
    await engine.timers.schedule(coalesce_key(POLL_KIND, job_id), due, POLL_KIND, {"job_id": job_id})


async def transfer_failed(engine: TransferEngine, takeover: str, external_userid: str, reason: str) -> bool:
    """A ``transfer_fail`` event. True if it changed a record."""
    job_id = await engine.transfers.job_for(takeover, external_userid)
    if job_id is None:
        log.info("transfer_fail for %s → %s matches no job", external_userid, takeover)
        return False
    field = item_field("c", external_userid)
    current = (await engine.transfers.get_items(job_id, [field])).get(field)
    if current is None or current.s != "started":
        return False
    now = engine.clock.now()
    if reason == reasons.REFUSED:
        new = current.but(s="refused", r=reasons.REFUSED, f=now)
    elif reason == reasons.CAPPED:
        new = current.but(s="capped", r=reasons.CAPPED, f=now)
    else:  # unknown reason: let transfer_result tell
        await _schedule(engine, job_id, now + EARLY_POLL_DELAY)
        return False
    applied, left = await engine.transfers.settle(job_id, {field: new})
    if applied and left <= 0 and all_sent(await engine.transfers.meta(job_id)):
        job = await engine.jobs.get(job_id)
        if job is not None and job.state in ("submitted", "stopped"):  # a running job finishes itself
            await engine.finish(job_id)
    return bool(applied)
