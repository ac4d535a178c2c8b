"""The shared WeCom access_token cache: one token per (corp, secret) for ALL bot instances.

Stored as a hash ``{token, exp}`` with a Redis TTL; ``exp`` is in the injected clock's time so a
fast-forwarded sandbox clock makes the cached token stale too. Refresh is single-flight through a
``SET NX PX`` lock; the lock and the "bad secret" marker are released/compared atomically.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storage.connection import Redis
from storage.keys import Keys

# Delete the key only while it still holds ARGV[1] in field ARGV[2] (or as its plain value).
_COMPARE_AND_DELETE_FIELD = """
if redis.call('HGET', KEYS[1], ARGV[2]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

_COMPARE_AND_DELETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def secret_fingerprint(corp_id: str, secret: str) -> str:
    """A short, non-reversible id of the (corp, secret) pair for key names — never the secret."""
    return hashlib.sha256(f"{corp_id}\0{secret}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class CachedToken:
    token: str
    expires_at: float


class TokenStore:
    def __init__(self, redis: Redis, keys: Keys, fingerprint: str) -> None:
        self._redis = redis
        self._key = keys.access_token(fingerprint)
        self._lock_key = keys.access_token_lock(fingerprint)
        self._failure_key = keys.access_token_failure(fingerprint)

    async def get(self) -> CachedToken | None:
        raw = await self._redis.hmget(self._key, ["token", "exp"])
        token, exp = raw[0], raw[1]
        if not token or exp is None:
            return None
        return CachedToken(token=str(token), expires_at=float(exp))

    async def put(self, token: str, *, expires_at: float, ttl_seconds: float) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._key, mapping={"token": token, "exp": repr(expires_at)})
            pipe.pexpire(self._key, max(1, int(ttl_seconds * 1000)))
            await pipe.execute()

    async def invalidate_if(self, token: str) -> bool:
        """Drop the cached token only if it is still ``token`` (another instance may have refreshed)."""
        deleted = await self._redis.eval(_COMPARE_AND_DELETE_FIELD, 1, self._key, token, "token")
        return bool(deleted)

    async def try_lock(self, owner: str, ttl_seconds: float) -> bool:
        ok = await self._redis.set(self._lock_key, owner, nx=True, px=max(1, int(ttl_seconds * 1000)))
        return bool(ok)

    async def unlock(self, owner: str) -> None:
        await self._redis.eval(_COMPARE_AND_DELETE, 1, self._lock_key, owner)

    async def lock_held(self) -> bool:
        return bool(await self._redis.exists(self._lock_key))

    async def mark_failure(self, errcode: int, errmsg: str, ttl_seconds: float) -> None:
        """Remember a permanent gettoken failure so no instance hammers gettoken (IP bans)."""
        await self._redis.set(self._failure_key, f"{errcode}|{errmsg}", px=max(1, int(ttl_seconds * 1000)))

    async def failure(self) -> tuple[int, str] | None:
        raw = await self._redis.get(self._failure_key)
        if not raw:
            return None
        code, _, msg = str(raw).partition("|")
        try:
            return int(code), msg
        except ValueError:
            return None
