"""Deleting what is older than HANDOVER_RETENTION_DAYS (the daily sweep, bot/retention.py).

What goes, and what stays:
- conversations: the inbox stream's handled entries (what people typed and clicked) and parked
  entries older than the cutoff — never past the oldest entry not yet handled;
- dialog state older than the cutoff (normally gone long before through its TTL; a very long
  HANDOVER_DIALOG_TTL is still bounded);
- per-batch transfer details of jobs that ended before the cutoff: the batch log and the snapshot
  lists in batch order (``xfer_batches``/``xfer_customers``/``xfer_groups``). Each customer's
  outcome (``xfer_items``), the job record and the audit log stay: they are evidence, kept until
  ``audit archive`` removes them.
"""

from __future__ import annotations

import json
from typing import Any

from bot.models.jobs import FINAL_STATES
from storage.connection import Redis
from storage.keys import Keys

SCAN_COUNT = 500


class RetentionStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._keys = keys

    async def sweep_inbox(self, cutoff: float, oldest_unhandled: str | None) -> int:
        """Handled inbox entries and parked ones received before ``cutoff``; how many went."""
        minid = f"{int(cutoff * 1000)}-0"
        if oldest_unhandled is not None and _id_key(oldest_unhandled) < _id_key(minid):
            minid = oldest_unhandled  # an entry still waiting for a worker is never dropped
        removed = int(await self._redis.xtrim(self._keys.inbox(), minid=minid, approximate=False))
        parked = int(await self._redis.xtrim(self._keys.inbox_parked(), minid=f"{int(cutoff * 1000)}-0",
                                             approximate=False))  # fmt: skip
        return removed + parked

    async def sweep_dialogs(self, cutoff: float) -> int:
        removed = 0
        async for key in self._redis.scan_iter(match=self._keys.dialogs(), count=SCAN_COUNT):
            raw = await self._redis.get(key)
            try:
                started = float(json.loads(raw).get("started_at") or 0) if raw else 0.0
            except (ValueError, AttributeError):
                started = 0.0  # unreadable state is no use to anyone
            if raw is not None and started < cutoff:
                removed += int(await self._redis.delete(key))
        return removed

    async def sweep_batch_details(self, cutoff: float) -> int:
        """Per-batch details of jobs in a final state since before ``cutoff``; how many jobs."""
        k = self._keys
        async with self._redis.pipeline(transaction=False) as pipe:
            # scored by creation: a job that ended before the cutoff was created before it
            for state in sorted(FINAL_STATES):
                pipe.zrangebyscore(k.jobs_in_state(state), "-inf", cutoff)
            candidates = [job_id for ids in await pipe.execute() for job_id in ids]
        swept = 0
        for start in range(0, len(candidates), SCAN_COUNT):
            chunk = candidates[start:start + SCAN_COUNT]
            async with self._redis.pipeline(transaction=False) as pipe:
                for job_id in chunk:
                    pipe.hget(k.job(job_id), "state_changed_at")
                    pipe.exists(k.xfer_batches(job_id), k.xfer_customers(job_id), k.xfer_groups(job_id))
                found = await pipe.execute()
            old = [job_id for job_id, changed, present in zip(chunk, found[::2], found[1::2], strict=True)
                   if present and changed is not None and float(changed) < cutoff]
            if old:
                await self._redis.delete(*[key for j in old
                                           for key in (k.xfer_batches(j), k.xfer_customers(j), k.xfer_groups(j))])
                swept += len(old)
        return swept

    async def record(self, at: float, cutoff: float, counts: dict[str, int]) -> None:
        await self._redis.hset(self._keys.retention_swept(), mapping={
            "at": f"{at:.3f}", "cutoff": f"{cutoff:.3f}", **{k: str(v) for k, v in counts.items()}})

    async def last(self) -> dict[str, str]:
        found: dict[str, str] = await self._redis.hgetall(self._keys.retention_swept())
        return found


def _id_key(stream_id: str) -> tuple[int, int]:
    ms, _, seq = stream_id.partition("-")
    return int(ms), int(seq or 0)
