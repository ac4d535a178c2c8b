"""Which conversations have messaged the intelligent bot: its pushes (``aibot_send_msg``) reach
only those, so everyone else is told through the self-built app's message/send instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storage.connection import Redis
from storage.keys import Keys


class ReachedStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._key = keys.longconn_reached()

    async def record(self, conversation: str, at: float) -> None:
        if conversation:
            await self._redis.hset(self._key, conversation, repr(at))

    async def reached(self, conversation: str) -> bool:
        return bool(conversation) and bool(await self._redis.hexists(self._key, conversation))

    async def which(self, conversations: Sequence[str]) -> dict[str, bool]:
        ids = list(dict.fromkeys(c for c in conversations if c))
        if not ids:
            return {}
        rows = await self._redis.hmget(self._key, ids)
        return {c: r is not None for c, r in zip(ids, rows, strict=True)}
