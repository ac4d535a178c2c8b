"""The durable inbox: a Redis stream between the callback edge and the workers.

Enqueue is one Lua step: "if this dedupe key is new, XADD the event and append its id to the
sender's order list". Workers read through a consumer group, handle an entry only when it is at
the head of its sender's order list (per-user ordering across processes), and finish it with one
Lua step (XACK + drop from the order list). Entries left pending by a dead worker are reclaimed
with XAUTOCLAIM; poison entries are parked after a bounded number of attempts.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from redis.exceptions import ResponseError

from storage.connection import Redis
from storage.keys import Keys

GROUP = "workers"

_ENQUEUE = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  local id = redis.call('XADD', KEYS[2], '*', 'event', ARGV[2], 'order', ARGV[3], 'at', ARGV[4])
  redis.call('RPUSH', KEYS[3], id)
  return id
end
return false
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


class Inbox:
    def __init__(self, redis: Redis, keys: Keys, *, dedupe_ttl: int = 86400) -> None:
        self._redis = redis
        self._keys = keys
        self._dedupe_ttl = dedupe_ttl
        self._enqueue = redis.register_script(_ENQUEUE)
        self._finish = redis.register_script(_FINISH)
        self._park = redis.register_script(_PARK)

    async def enqueue(self, event_json: str, dedupe_key: str, order_key: str) -> str | None:
        """Returns the stream id, or None when this delivery is a duplicate."""
        k = self._keys
        result = await self._enqueue(
            keys=[k.inbox_dedupe(dedupe_key), k.inbox(), k.inbox_order(order_key)],
            args=[self._dedupe_ttl, event_json, order_key, f"{time.time():.3f}"],
        )
        return str(result) if result else None

    async def ensure_group(self) -> None:
        try:
            await self._redis.xgroup_create(self._keys.inbox(), GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def read(self, consumer: str, *, count: int, block_ms: int) -> list[InboxEntry]:
        reply: Any = await self._redis.xreadgroup(
            GROUP, consumer, {self._keys.inbox(): ">"}, count=count, block=block_ms
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
