"""The durable outbox: what people are to be told, per member, in order, until it is delivered.

A message is written here first (by itself, or in the same Lua step as the state change it
reports — see ``outbox_push`` in storage/lua/_prelude.lua and ``JobStore.transition``), then a
sender delivers each member's queue head by head under that member's lock, and drops an entry
only after the platform took it. Each entry id is enqueued at most once (a marker kept 30 days),
so re-running the step that wrote it (a re-delivered event, a restarted engine) adds nothing.

Times here are wall-clock seconds: the per-member budget they wait for is counted on Redis' clock.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text

# A member's sender lock; a restarted process of the same instance (ARGV[2] prefix, one live
# process per instance id) takes its dead predecessor's lock back at once.
_LOCK = """
local cur = redis.call('GET', KEYS[1])
if (not cur) or (ARGV[2] ~= '' and string.sub(cur, 1, #ARGV[2]) == ARGV[2]) then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
  return 1
end
return 0
"""

_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One message to one member. ``once``: sent with the platform's duplicate check, so a re-send
    after a crash between the send and its record is dropped by WeCom (its text must be unique).
    Over the intelligent bot's connection: ``reply_to`` is the req_id of the message it answers
    (sent as that message's reply; with ``welcome``, an entered chat's welcome), ``chat`` the group
    it belongs in ('' for the member's own chat)."""

    id: str
    text: str
    at: float  # when it was enqueued
    once: bool = False
    reply_to: str = ""
    chat: str = ""
    welcome: bool = False

    def dump(self) -> str:
        d: dict[str, object] = {"id": self.id, "text": self.text, "at": self.at, "once": int(self.once)}
        if self.reply_to:
            d["reply_to"] = self.reply_to
        if self.chat:
            d["chat"] = self.chat
        if self.welcome:
            d["welcome"] = 1
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, raw: str) -> OutboxEntry:
        d = json.loads(raw)
        return cls(id=str(d["id"]), text=str(d["text"]), at=float(d["at"]), once=bool(d.get("once")),
                   reply_to=str(d.get("reply_to") or ""), chat=str(d.get("chat") or ""),
                   welcome=bool(d.get("welcome")))


@dataclass(frozen=True, slots=True)
class Post:
    userid: str
    entry: OutboxEntry


def outbox_keys_args(keys: Keys, posts: list[Post]) -> tuple[list[str], list[str]]:
    """KEYS (due, then queue + seen per post) and ARGV pairs (userid, entry) for ``outbox_push``."""
    k = [keys.outbox_due()]
    a: list[str] = []
    for p in posts:
        k += [keys.outbox_queue(p.userid), keys.outbox_seen(p.entry.id)]
        a += [p.userid, p.entry.dump()]
    return k, a


class OutboxStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._keys = keys
        self._post = redis.register_script(script_text("outbox_post", prelude=True))
        self._settle = redis.register_script(script_text("outbox_settle"))
        self._merge = redis.register_script(script_text("outbox_merge"))
        self._unlock = redis.register_script(_UNLOCK)
        self._lock = redis.register_script(_LOCK)

    async def post(self, posts: list[Post], now: float) -> int:
        """Enqueue; returns how many were new (an entry id seen before is skipped)."""
        if not posts:
            return 0
        k, a = outbox_keys_args(self._keys, posts)
        return int(await self._post(keys=k, args=[repr(now), *a]))

    async def due(self, now: float, limit: int = 100) -> list[str]:
        rows: list[str] = await self._redis.zrangebyscore(self._keys.outbox_due(), "-inf", repr(now), 0, limit)
        return rows

    async def lock(self, userid: str, ttl: float, instance: str = "") -> str | None:
        """The member's sender lock, or None. With ``instance``, a lock left by a dead process of
        the same instance is taken over (the caller serializes its own senders in-process)."""
        prefix = f"{instance}:" if instance else ""
        token = prefix + secrets.token_hex(8)
        ok = await self._lock(keys=[self._keys.outbox_lock(userid)], args=[token, prefix, int(ttl * 1000)])
        return token if ok else None

    async def renew(self, userid: str, token: str, ttl: float) -> bool:
        key = self._keys.outbox_lock(userid)
        if await self._redis.get(key) != token:
            return False
        return bool(await self._redis.pexpire(key, int(ttl * 1000)))

    async def unlock(self, userid: str, token: str) -> None:
        await self._unlock(keys=[self._keys.outbox_lock(userid)], args=[token])

    async def peek(self, userid: str, n: int) -> list[OutboxEntry]:
        rows: list[str] = await self._redis.lrange(self._keys.outbox_queue(userid), 0, n - 1)
        return [OutboxEntry.load(r) for r in rows]

    async def settle(self, userid: str, *, delivered: str = "", next_try: float | None = None) -> int:
        """Drop the delivered head (if it still is), reschedule or forget the member; how many left."""
        k = self._keys
        args = [delivered, "" if next_try is None else repr(next_try), userid]
        return int(await self._settle(keys=[k.outbox_queue(userid), k.outbox_due()], args=args))

    async def begin_attempt(self, entry_id: str, ttl: float) -> bool:
        """Mark an attempt whose outcome may get lost; True when an earlier one's was (its mark is left)."""
        was = await self._redis.set(self._keys.outbox_attempt(entry_id), "1", px=int(ttl * 1000), get=True)
        return was is not None

    async def end_attempt(self, entry_id: str) -> None:
        """The attempt's outcome is known (sent or refused): nothing to guess about next time."""
        await self._redis.delete(self._keys.outbox_attempt(entry_id))

    async def merge(self, userid: str, heads: list[OutboxEntry], merged: OutboxEntry) -> bool:
        args = [merged.dump(), *(e.id for e in heads)]
        return bool(await self._merge(keys=[self._keys.outbox_queue(userid)], args=args))

    async def depth(self, now: float, sample: int = 200) -> tuple[int, int, float]:
        """(members waiting, messages waiting, age in seconds of the oldest head) over the first
        ``sample`` members of the due set."""
        members: list[str] = await self._redis.zrange(self._keys.outbox_due(), 0, sample - 1)
        if not members:
            return 0, 0, 0.0
        async with self._redis.pipeline(transaction=False) as pipe:
            for m in members:
                pipe.llen(self._keys.outbox_queue(m))
                pipe.lindex(self._keys.outbox_queue(m), 0)
            rows = await pipe.execute()
        total = sum(int(n) for n in rows[0::2])
        heads = [OutboxEntry.load(h).at for h in rows[1::2] if h]
        return len(members), total, max(0.0, now - min(heads)) if heads else 0.0
