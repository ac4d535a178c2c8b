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


CARD_COPIES_TTL = 30 * 24 * 3600  # beyond any approval's expiry or checklist's life


class CardCopies:
    """Which members got a template card (by task_id) over the bot's connection."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._keys = keys

    async def add(self, task_id: str, userids: Sequence[str]) -> None:
        if userids:
            key = self._keys.longconn_card(task_id)
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.sadd(key, *userids)
                pipe.expire(key, CARD_COPIES_TTL)
                await pipe.execute()

    async def remove(self, task_id: str, userids: Sequence[str]) -> None:
        if userids:
            await self._redis.srem(self._keys.longconn_card(task_id), *userids)

    async def holders(self, task_id: str) -> list[str]:
        return sorted(await self._redis.smembers(self._keys.longconn_card(task_id)))
