"""Durable timers in Redis (reminders, takeover polling, approval expiry).

Layout (keys from storage/keys.py, no TTL):
- ``timers_due``: sorted set timer id → due unix time.
- ``timers_inflight``: sorted set timer id → lease expiry, for claimed timers.
- ``timers_data``: hash timer id → JSON ``{kind, due, payload}``.
- ``timers_owner``: hash timer id → the instance holding the lease; ``timers_attempts``: claims so far.
- ``timers_parked``: hash timer id → JSON of timers given up on (unknown kind, retries exhausted).

Delivery: ``claim_due`` moves due timers to in-flight under a lease in one Lua step, so in the
normal case exactly one instance gets each timer. If the owner crashes, the lease expires and the
next claim makes the timer due again: **at-least-once**, so handlers must be idempotent (check the
job's state/version before acting). ``complete``/``retry``/``park`` act only while the caller still
owns the claim; a ``schedule`` of the same id while it is in flight supersedes the claim (the old
owner's ``complete`` is then a no-op and the new schedule stays).

Recurring timers: give every series a stable id (``coalesce_key``) and let the handler schedule the
*next* occurrence from the current time under the same id. Only one entry per series ever exists,
so after downtime the missed occurrences fire once, not once per missed day.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text


class Timer(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    kind: str
    due: float
    payload: dict[str, JsonValue] = Field(default_factory=dict)
    attempt: int = 0  # 1 on the first delivery, 2 on the first retry or re-delivery, …


def coalesce_key(kind: str, *series: str) -> str:
    """The stable id of a recurring series: ``coalesce_key("checklist_reminder", "CL-7")``.

    Scheduling every occurrence under this id keeps one due entry per series (replace semantics).
    """
    if not kind or any(not part for part in series):
        raise ValueError("kind and series parts must be non-empty")
    return ":".join((kind, *series))


class TimerStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed here
        self._redis: Any = redis
        self._keys = keys
        self._schedule = redis.register_script(script_text("timer_schedule"))
        self._claim = redis.register_script(script_text("timer_claim"))
        self._settle = redis.register_script(script_text("timer_settle"))
        self._take_back = redis.register_script(script_text("timer_take_back"))

    def _core_keys(self) -> list[str]:
        k = self._keys
        return [k.timers_due(), k.timers_inflight(), k.timers_data(), k.timers_owner(), k.timers_attempts()]

    async def schedule(
        self,
        timer_id: str,
        due: float,
        kind: str,
        payload: dict[str, JsonValue] | None = None,
        *,
        replace: bool = True,
    ) -> bool:
        """Idempotent by ``timer_id``. With ``replace=False`` an existing timer is kept (→ False)."""
        record = json.dumps(
            {"kind": kind, "due": due, "payload": payload or {}}, ensure_ascii=False, separators=(",", ":")
        )
        args = [timer_id, repr(float(due)), record, "1" if replace else "0"]
        return bool(await self._schedule(keys=self._core_keys(), args=args))

    async def cancel(self, timer_id: str) -> bool:
        k = self._keys
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zrem(k.timers_due(), timer_id)
            pipe.zrem(k.timers_inflight(), timer_id)
            pipe.hdel(k.timers_data(), timer_id)
            pipe.hdel(k.timers_owner(), timer_id)
            pipe.hdel(k.timers_attempts(), timer_id)
            results: list[int] = await pipe.execute()
        return results[2] == 1

    async def claim_due(self, now: float, limit: int, lease_seconds: float, owner: str) -> list[Timer]:
        """Atomically take up to ``limit`` due timers for ``owner`` until ``now + lease_seconds``."""
        args: list[str | int] = [repr(float(now)), limit, repr(float(now + lease_seconds)), owner]
        rows: list[list[Any]] = await self._claim(keys=self._core_keys(), args=args)
        return [_timer(str(tid), str(record), int(attempt)) for tid, record, attempt in rows]

    async def take_back(self, instance_prefix: str, owner: str, now: float) -> int:
        """Claims of a dead incarnation of this instance (owner starts with ``instance_prefix``,
        is not ``owner``) are due again now. Returns how many."""
        keys = self._core_keys()[:4]
        return int(await self._take_back(keys=keys, args=[instance_prefix, owner, repr(float(now))]))

    async def _settle_as(self, timer_id: str, owner: str, action: str, value: str = "") -> bool:
        keys = [*self._core_keys(), self._keys.timers_parked()]
        return bool(await self._settle(keys=keys, args=[timer_id, owner, action, value]))

    async def complete(self, timer_id: str, owner: str) -> bool:
        """Done: forget the timer unless it was rescheduled (or re-claimed) meanwhile."""
        return await self._settle_as(timer_id, owner, "complete")

    async def retry(self, timer_id: str, owner: str, due: float) -> bool:
        """Give the claim back, due again at ``due`` (the attempt count is kept)."""
        return await self._settle_as(timer_id, owner, "retry", repr(float(due)))

    async def extend(self, timer_id: str, owner: str, lease_until: float) -> bool:
        """Keep a long-running claim: move its lease expiry to ``lease_until``."""
        return await self._settle_as(timer_id, owner, "extend", repr(float(lease_until)))

    async def park(self, timer: Timer, owner: str, reason: str, at: float) -> bool:
        """Stop delivering: keep the timer in the parked hash with why, for a person to look at."""
        record = timer.model_dump(mode="json") | {"reason": reason, "parked_at": at}
        return await self._settle_as(timer.id, owner, "park", json.dumps(record, ensure_ascii=False))

    # --- inspection ------------------------------------------------------------------------------
    async def get(self, timer_id: str) -> Timer | None:
        k = self._keys
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hget(k.timers_data(), timer_id)
            pipe.hget(k.timers_attempts(), timer_id)
            record, attempts = await pipe.execute()
        return None if record is None else _timer(timer_id, record, int(attempts or 0))

    async def status(self, timer_id: str) -> Literal["due", "inflight", "parked", "absent"]:
        k = self._keys
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zscore(k.timers_due(), timer_id)
            pipe.zscore(k.timers_inflight(), timer_id)
            pipe.hexists(k.timers_parked(), timer_id)
            due, inflight, parked = await pipe.execute()
        if due is not None:
            return "due"
        if inflight is not None:
            return "inflight"
        return "parked" if parked else "absent"

    async def parked(self) -> dict[str, dict[str, JsonValue]]:
        raw: dict[str, str] = await self._redis.hgetall(self._keys.timers_parked())
        return {tid: json.loads(v) for tid, v in raw.items()}

    async def counts(self) -> dict[str, int]:
        k = self._keys
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.zcard(k.timers_due())
            pipe.zcard(k.timers_inflight())
            pipe.hlen(k.timers_parked())
            due, inflight, parked = await pipe.execute()
        return {"due": int(due), "inflight": int(inflight), "parked": int(parked)}


def _timer(timer_id: str, record: str, attempt: int) -> Timer:
    data = json.loads(record)
    payload = data.get("payload") or {}
    return Timer(id=timer_id, kind=data["kind"], due=float(data["due"]), payload=payload, attempt=attempt)
