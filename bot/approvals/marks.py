"""One-time follow-ups of a job's approval (frozen cards, notices, reminders).

Card clicks and timers are delivered at least once, and a transient WeCom error re-delivers the
whole event; each follow-up is claimed here first so a re-run skips what is done. A claim is
released when its action fails in a way worth retrying, and it is only a lease until the action
finished: a process killed mid-send leaves a claim that a re-run after ``CLAIM_LEASE`` seconds
(the inbox re-delivers a dead worker's event after longer than that) takes over, so the notice is
sent rather than lost. While the action runs, its holder renews the claim (every third of the
lease), so a slow send (the client may retry for up to a minute) is never taken over and sent twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from redis.exceptions import RedisError

from bot.clock import Clock
from storage.connection import Redis
from storage.keys import Keys

# Process liveness, so real time (not the business clock, which the sandbox fast-forwards).
CLAIM_LEASE = 20.0

# A step's value: "c:<unix time>" while claimed, "d:<unix time>" once done.
_CLAIM = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then
  if string.sub(v, 1, 2) ~= 'c:' then return 0 end
  local t = tonumber(string.sub(v, 3))
  if t and tonumber(ARGV[2]) - t < tonumber(ARGV[3]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], 'c:' .. ARGV[2])
return 1
"""

# Renew a claim that is still one (not finished, not released): ARGV step, now.
_RENEW = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v and string.sub(v, 1, 2) == 'c:' then
  redis.call('HSET', KEYS[1], ARGV[1], 'c:' .. ARGV[2])
  return 1
end
return 0
"""


class ApprovalMarks:
    def __init__(self, redis: Redis, keys: Keys, clock: Clock, *, lease: float = CLAIM_LEASE) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are typed here
        self._redis: Any = redis
        self._keys = keys
        self._clock = clock
        self._lease = lease
        self._claim = redis.register_script(_CLAIM)
        self._renew = redis.register_script(_RENEW)

    async def claim(self, job_id: str, step: str) -> bool:
        """True for the first caller, or for one taking over a claim whose holder died."""
        return bool(await self._claim(
            keys=[self._keys.approval_marks(job_id)], args=[step, f"{time.time():.3f}", self._lease]
        ))

    async def _keep(self, job_id: str, step: str) -> None:
        """Renew our claim until cancelled (a failed renewal is retried; the lease covers a gap)."""
        while True:
            await asyncio.sleep(self._lease / 3)
            with contextlib.suppress(RedisError, OSError):
                if not await self._renew(keys=[self._keys.approval_marks(job_id)], args=[step, f"{time.time():.3f}"]):
                    return  # finished or released meanwhile

    async def finish(self, job_id: str, step: str) -> None:
        await self._redis.hset(self._keys.approval_marks(job_id), step, f"d:{time.time():.3f}")

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
        keeper = asyncio.create_task(self._keep(job_id, step)) if first else None
        try:
            yield first
        except BaseException:
            if first:
                await self._stop(keeper)
                await self.release(job_id, step)
            raise
        if first:
            await self._stop(keeper)
            await self.finish(job_id, step)

    @staticmethod
    async def _stop(keeper: asyncio.Task[None] | None) -> None:
        if keeper is not None:
            keeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keeper
