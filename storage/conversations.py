"""Per-user dialog state with a TTL, plus a short-lived lock around loading and saving it.

When a dialog expires we keep a small marker for a day so that a late answer ("2") gets
"that question expired" instead of a confusing reply. Expiry follows the injected clock (so the
sandbox's fast-forward and the tests see it); the Redis TTL only collects the garbage.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from bot.clock import Clock, SystemClock
from storage.connection import Redis
from storage.keys import Keys

_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_EXPIRED_MARKER_TTL = 86400


@dataclass
class Dialog:
    state: str
    data: dict[str, Any] = field(default_factory=dict)
    lang: str = "zh"
    started_at: float = 0.0


class ConversationStore:
    def __init__(self, redis: Redis, keys: Keys, *, ttl: int = 600, clock: Clock | None = None) -> None:
        self._redis = redis
        self._keys = keys
        self.ttl = ttl
        self._clock: Clock = clock or SystemClock()
        self._unlock = redis.register_script(_UNLOCK)

    async def load(self, userid: str) -> tuple[Dialog | None, str | None]:
        """(the live dialog, the language of one that expired recently without an answer)."""
        raw, marker = await self._redis.mget(
            self._keys.dialog(userid), self._keys.dialog_marker(userid)
        )
        if raw:
            d = json.loads(raw)
            if float(d.get("expires_at", 0)) > self._clock.now():
                return Dialog(d["state"], d.get("data", {}), d.get("lang", "zh"), d.get("started_at", 0.0)), None
            return None, str(d.get("lang", "zh"))
        if not marker:
            return None, None
        return None, "en" if str(marker).endswith("|en") else "zh"

    async def save(self, userid: str, dialog: Dialog) -> None:
        now = self._clock.now()
        if not dialog.started_at:
            dialog.started_at = now
        payload = json.dumps(
            {"state": dialog.state, "data": dialog.data, "lang": dialog.lang, "started_at": dialog.started_at,
             "expires_at": now + self.ttl},
            ensure_ascii=False,
        )
        async with self._redis.pipeline(transaction=True) as pipe:
            # Generous Redis TTL: the clock decides expiry; Redis only collects old state.
            pipe.set(self._keys.dialog(userid), payload, ex=max(self.ttl * 2, _EXPIRED_MARKER_TTL))
            pipe.set(self._keys.dialog_marker(userid), f"{dialog.state}|{dialog.lang}", ex=_EXPIRED_MARKER_TTL)
            await pipe.execute()

    async def clear(self, userid: str) -> None:
        await self._redis.delete(self._keys.dialog(userid), self._keys.dialog_marker(userid))

    # --- reply ledger: which replies of an event went out (see bot.dispatcher.Context.reply) ---
    async def sent(self, event_key: str, n: int) -> bool:
        return bool(await self._redis.hexists(self._keys.replies_sent(event_key), str(n)))

    async def mark(self, event_key: str, n: int) -> None:
        key = self._keys.replies_sent(event_key)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, str(n), "1")
            pipe.expire(key, _EXPIRED_MARKER_TTL)
            await pipe.execute()

    async def active_count(self) -> int:
        n = 0
        async for _ in self._redis.scan_iter(match=self._keys.dialog("*"), count=500):
            n += 1
        return n

    async def lock(self, userid: str, ttl_ms: int = 30_000) -> str | None:
        token = secrets.token_hex(8)
        ok = await self._redis.set(self._keys.user_lock(userid), token, nx=True, px=ttl_ms)
        return token if ok else None

    async def unlock(self, userid: str, token: str) -> None:
        await self._unlock(keys=[self._keys.user_lock(userid)], args=[token])
