"""The durable inbox: a Redis stream between the callback edge and the workers.

Enqueue is one Lua step: "if this dedupe key is new, XADD the event and append its id to the
sender's order list". Concurrent enqueues are group-committed: while one script call is in flight,
the callbacks that arrive meanwhile wait and then go together in the next call (one EVALSHA for
all of them, each event still checked and added atomically, each caller answered with its own
result). An idle edge sends a lone event at once, so this adds no delay; a busy one pays the
client library's per-command cost (most of an enqueue's CPU) once per batch instead of per event.
Workers read through a consumer group, handle an entry only when it is at
the head of its sender's order list (per-user ordering across processes), and finish it with one
Lua step (XACK + drop from the order list). Entries left pending by a dead worker are reclaimed
with XAUTOCLAIM; poison entries are parked after a bounded number of attempts.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

from redis.exceptions import ResponseError

from storage.connection import Redis
from storage.keys import Keys

GROUP = "workers"

# KEYS[1] the stream; event i: KEYS[2i] its dedupe key, KEYS[2i+1] its sender's order list.
# ARGV[1] dedupe TTL, ARGV[2] received-at; event i: ARGV[2i+1] its JSON, ARGV[2i+2] its order key.
# Returns one stream id per event, 0 for a duplicate. The dedupe mark is written last: should a
# call fail part-way, the worst case is an entry a retry may add again (handlers are idempotent),
# never a mark without its entry (an event lost).
_ENQUEUE = """
local out = {}
for i = 1, (#KEYS - 1) / 2 do
  local seen = KEYS[2 * i]
  if redis.call('EXISTS', seen) == 1 then
    out[i] = 0
  else
    local id = redis.call('XADD', KEYS[1], '*', 'event', ARGV[2 * i + 1], 'order', ARGV[2 * i + 2], 'at', ARGV[2])
    redis.call('RPUSH', KEYS[2 * i + 1], id)
    redis.call('SET', seen, '1', 'EX', ARGV[1])
    out[i] = id
  end
end
return out
"""

_FINISH = """
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('LREM', KEYS[2], 1, ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return 1
"""

_PARK = """
redis.call('XADD', KEYS[4], '*', 'id', ARGV[2], 'event', ARGV[3], 'reason', ARGV[4], 'at', ARGV[5])
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('LREM', KEYS[2], 1, ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[2])
return 1
"""


@dataclass(frozen=True, slots=True)
class InboxEntry:
    id: str
    event_json: str
    order_key: str
    received_at: float


@dataclass(slots=True)
class _Pending:
    event_json: str
    dedupe_key: str
    order_key: str
    answer: asyncio.Future[str | None]


class Inbox:
    def __init__(self, redis: Redis, keys: Keys, *, dedupe_ttl: int = 86400, max_batch: int = 64) -> None:
        self._redis = redis
        self._keys = keys
        self._dedupe_ttl = dedupe_ttl
        self._max_batch = max_batch
        self._enqueue = redis.register_script(_ENQUEUE)
        self._finish = redis.register_script(_FINISH)
        self._park = redis.register_script(_PARK)
        # group commit state; bound to the loop that first enqueues (created lazily, never at import)
        self._waiting: list[_Pending] = []
        self._committer: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def enqueue(self, event_json: str, dedupe_key: str, order_key: str) -> str | None:
        """Returns the stream id, or None when this delivery is a duplicate. Returns only once the
        script that added (or refused) the event has answered; raises what that call raised."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # first use, or reused under a new loop: start afresh
            self._loop, self._waiting, self._committer = loop, [], None
        answer: asyncio.Future[str | None] = loop.create_future()
        self._waiting.append(_Pending(event_json, dedupe_key, order_key, answer))
        if self._committer is None:
            self._committer = loop.create_task(self._commit_waiting())
        return await answer

    async def _commit_waiting(self) -> None:
        try:
            while self._waiting:
                batch = self._waiting[: self._max_batch]
                del self._waiting[: self._max_batch]
                await self._commit(batch)
        finally:
            self._committer = None
            for item in self._waiting:  # only when cancelled (loop shutting down): nobody commits these
                if not item.answer.done():
                    item.answer.cancel()
            self._waiting = []

    async def _commit(self, batch: list[_Pending]) -> None:
        k = self._keys
        keys = [k.inbox()]
        args: list[str | int] = [self._dedupe_ttl, f"{time.time():.3f}"]
        for item in batch:
            keys += [k.inbox_dedupe(item.dedupe_key), k.inbox_order(item.order_key)]
            args += [item.event_json, item.order_key]
        try:
            ids: Any = await self._enqueue(keys=keys, args=args)
            results = [str(r) if r else None for r in ids]
            if len(results) != len(batch):
                raise RuntimeError(f"enqueue script answered {len(results)} results for {len(batch)} events")
        except Exception as exc:
            for item in batch:
                if not item.answer.done():  # a caller that gave up (cancelled) has no one to tell
                    item.answer.set_exception(exc)
            return
        except BaseException:  # cancelled (shutdown): the callers are not answered 200
            for item in batch:
                item.answer.cancel()
            raise
        for item, result in zip(batch, results, strict=True):
            if not item.answer.done():
                item.answer.set_result(result)

    async def ensure_group(self) -> None:
        try:
            await self._redis.xgroup_create(self._keys.inbox(), GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def read(self, consumer: str, *, count: int, block_ms: int, own_pending: bool = False) -> list[InboxEntry]:
        """New entries; with ``own_pending``, those already delivered to this consumer name and not
        acknowledged (a restarted process with the same name resumes them without waiting)."""
        stream: dict[Any, Any] = {self._keys.inbox(): "0" if own_pending else ">"}
        reply: Any = await self._redis.xreadgroup(
            GROUP, consumer, stream, count=count, block=None if own_pending else block_ms
        )
        entries: list[InboxEntry] = []
        for _stream, rows in reply or []:
            entries.extend(_entry(eid, fields) for eid, fields in rows if fields)
        return entries

    async def reclaim(self, consumer: str, *, min_idle_ms: int, count: int = 32) -> list[InboxEntry]:
        """Take over entries another (probably dead) consumer left pending for too long."""
        reply: Any = await self._redis.xautoclaim(
            self._keys.inbox(), GROUP, consumer, min_idle_time=min_idle_ms, start_id="0-0", count=count
        )
        rows = reply[1] if reply else []
        return [_entry(eid, fields) for eid, fields in rows if fields]

    async def touch(self, consumer: str, ids: list[str]) -> None:
        """Reset the idle time of entries still being worked on so nobody reclaims them."""
        if ids:
            await self._redis.xclaim(self._keys.inbox(), GROUP, consumer, 0, list[Any](ids), justid=True)

    async def is_head(self, entry: InboxEntry) -> bool:
        head = await self._redis.lindex(self._keys.inbox_order(entry.order_key), 0)
        return head is None or head == entry.id

    async def finish(self, entry: InboxEntry) -> None:
        k = self._keys
        await self._finish(
            keys=[k.inbox(), k.inbox_order(entry.order_key), k.inbox_attempts()], args=[GROUP, entry.id]
        )

    async def record_failure(self, entry: InboxEntry) -> int:
        return int(await self._redis.hincrby(self._keys.inbox_attempts(), entry.id, 1))

    async def park(self, entry: InboxEntry, reason: str) -> None:
        k = self._keys
        await self._park(
            keys=[k.inbox(), k.inbox_order(entry.order_key), k.inbox_attempts(), k.inbox_parked()],
            args=[GROUP, entry.id, entry.event_json, reason[:500], f"{time.time():.3f}"],
        )

    async def depth(self) -> tuple[int, int]:
        """(entries not yet delivered or not yet acknowledged, parked entries)."""
        groups = await self._redis.xinfo_groups(self._keys.inbox())
        lag = 0
        for g in groups:
            if g.get("name") == GROUP:
                lag = int(g.get("lag") or 0) + int(g.get("pending") or 0)
        parked = await self._redis.xlen(self._keys.inbox_parked())
        return lag, int(parked)

    async def oldest_unhandled(self) -> str | None:
        """The id of the oldest entry not yet acknowledged (pending or never delivered)."""
        summary: Any = await self._redis.xpending(self._keys.inbox(), GROUP)
        oldest_pending = summary.get("min") if summary and summary.get("pending") else None
        if oldest_pending:
            return str(oldest_pending)
        groups: Any = await self._redis.xinfo_groups(self._keys.inbox())
        last = next((g.get("last-delivered-id") for g in groups if g.get("name") == GROUP), None)
        if last is None:
            return None
        rows: Any = await self._redis.xrange(self._keys.inbox(), min=f"({last}", count=1)
        return str(rows[0][0]) if rows else None

    async def parked(self, count: int = 100) -> list[dict[str, str]]:
        rows: Any = await self._redis.xrange(self._keys.inbox_parked(), count=count)
        return [dict(fields) for _id, fields in rows or []]


def _entry(eid: str, fields: dict[str, str]) -> InboxEntry:
    return InboxEntry(
        id=eid,
        event_json=fields.get("event", ""),
        order_key=fields.get("order", "-"),
        received_at=float(fields.get("at", "0") or 0),
    )
