"""A Redis lease on one key, with its fencing token (storage/lua/lease.lua, the script the
transfer engine's job leases use).

The token is ``<instance id>:<random>``. Acquire succeeds when the key is free, already ours, or
held by an earlier incarnation of our own instance id (a restarted process: the instance
heartbeat guarantees no other live process has that id, so its predecessor is dead and the
lease is taken back at once instead of waited out). Renew and release compare the token, so a
holder whose lease lapsed and went to someone else is refused: that refusal is the fence.
"""

from __future__ import annotations

import secrets

from storage.connection import Redis
from storage.lua import script_text


class Lease:
    def __init__(self, redis: Redis, key: str, instance_id: str, *, ttl: float) -> None:
        self.key = key
        self.ttl = ttl
        self._prefix = f"{instance_id}:"
        self._script = redis.register_script(script_text("lease"))
        self._redis = redis
        self.token = ""  # the fencing token while held

    async def _run(self, action: str, token: str) -> bool:
        args: list[str | int] = [action, token, int(self.ttl * 1000), self._prefix if action == "acquire" else ""]
        return bool(await self._script(keys=[self.key], args=args))

    async def acquire(self) -> bool:
        token = self._prefix + secrets.token_hex(8)
        if await self._run("acquire", token):
            self.token = token
            return True
        return False

    async def renew(self) -> bool:
        """False once the lease is no longer ours (lapsed and taken, or never held)."""
        return bool(self.token) and await self._run("renew", self.token)

    async def release(self) -> None:
        if self.token:
            token, self.token = self.token, ""
            await self._run("release", token)

    async def holder(self) -> str | None:
        value = await self._redis.get(self.key)
        return str(value) if value is not None else None
