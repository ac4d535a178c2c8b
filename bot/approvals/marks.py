"""One-time follow-ups of a job's approval (frozen cards, notices, reminders).

Card clicks and timers are delivered at least once, and a transient WeCom error re-delivers the
whole event; each follow-up is claimed here first so a re-run skips what is done. A claim is
released when its action fails in a way worth retrying.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.clock import Clock
from storage.connection import Redis
from storage.keys import Keys


class ApprovalMarks:
    def __init__(self, redis: Redis, keys: Keys, clock: Clock) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are typed here
        self._redis: Any = redis
        self._keys = keys
        self._clock = clock

    async def claim(self, job_id: str, step: str) -> bool:
        """True for the first caller only."""
        return bool(await self._redis.hsetnx(self._keys.approval_marks(job_id), step, f"{self._clock.now():.3f}"))

    async def release(self, job_id: str, step: str) -> None:
        await self._redis.hdel(self._keys.approval_marks(job_id), step)

    async def done(self, job_id: str, step: str) -> bool:
        return bool(await self._redis.hexists(self._keys.approval_marks(job_id), step))

    async def put(self, job_id: str, name: str, value: str) -> None:
        """A small fact kept with the marks (e.g. the rejecter's reason)."""
        await self._redis.hset(self._keys.approval_marks(job_id), name, value)

    async def read(self, job_id: str, name: str) -> str | None:
        value: str | None = await self._redis.hget(self._keys.approval_marks(job_id), name)
        return value

    @asynccontextmanager
    async def once(self, job_id: str, step: str) -> AsyncIterator[bool]:
        """``async with marks.once(job, "notify") as first: if first: ...`` — the claim is given
        back if the body raises, so a retried event tries again."""
        first = await self.claim(job_id, step)
        try:
            yield first
        except BaseException:
            if first:
                await self.release(job_id, step)
            raise
