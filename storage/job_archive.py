"""Removing an ended job's record once its audit entries are archived (``audit archive``).

A job's record is evidence like its audit entries, so it stays until the operator archives the
period it belongs to; then the job hash, its index entries, its approval cards and follow-ups and
its transfer state and per-customer outcomes go in one transaction. Left in place: the per-customer
transfer history (``xfer_history``: the on-job rule "twice in 90 days" is checked against it) and the
takeover map used to route a late ``transfer_fail`` event (both tiny, and harmless without the job).
"""

from __future__ import annotations

from typing import Any

from bot.models.jobs import FINAL_STATES
from storage.connection import Redis
from storage.jobs import job_from_hash
from storage.keys import Keys


class JobArchive:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._keys = keys

    async def job_ids_before(self, before: float) -> list[str]:
        """Jobs created before ``before`` (only they can have audit entries older than it)."""
        ids: list[str] = await self._redis.zrangebyscore(self._keys.jobs_all(), "-inf", f"({before}")
        return ids

    async def remove_if_final(self, job_id: str) -> bool:
        k = self._keys
        raw: dict[str, str] = await self._redis.hgetall(k.job(job_id))
        if not raw:
            return False
        job = job_from_hash(raw)
        if job.state not in FINAL_STATES:
            return False
        tasks = {f.rsplit(":", 1)[0] for f in await self._redis.hkeys(k.job_cards(job_id))}
        people = {job.handover, job.takeover}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(k.job(job_id), k.job_cards(job_id), k.approval_marks(job_id), k.xfer_meta(job_id),
                        k.xfer_items(job_id), k.xfer_customers(job_id), k.xfer_groups(job_id), k.xfer_batches(job_id))
            pipe.zrem(k.jobs_all(), job_id)
            pipe.zrem(k.jobs_in_state(job.state), job_id)
            pipe.zrem(k.jobs_by_requester(job.requester), job_id)
            for approver in {*job.approvers, *job.second_approvers}:
                pipe.zrem(k.jobs_pending_for(approver), job_id)
            for member in people:
                pipe.zrem(k.jobs_about_member(member), job_id)
                pipe.zrem(k.xfer_member_jobs(member), job_id)
            pipe.zrem(k.xfer_jobs(), job_id)
            if tasks:
                pipe.hdel(k.card_task_index(), *tasks)
            await pipe.execute()
        return True
