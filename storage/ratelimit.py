"""Rate limits shared by every bot instance, decided atomically in Redis with Redis's own clock.

* ``WindowLimiter`` — bucketed sliding windows. A window of ``seconds`` is split into
  ``buckets`` buckets; a request is admitted when the buckets of the last ``buckets + 1`` slots
  (always covering at least the full window) hold fewer than ``limit`` units. Conservative:
  it never lets more than ``limit`` through in any interval of ``seconds``, at the cost of up to
  one bucket of idle time. O(buckets) memory, unlike a per-request log (150,000/h would be big).
  Several keys (e.g. every recipient of one message, minute + hour) are checked and charged
  all-or-nothing in one script.
* ``Semaphore`` — at most N holders; each lease expires so a crashed holder frees its slot.
* ``Blocks`` — "the platform said 45009 for this scope": a key with a TTL until the window ends.

Scripts read ``TIME`` from Redis so instances with skewed clocks still agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.connection import Redis
from storage.keys import Keys

_NOW_MS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: window hashes. ARGV[1] = cost; then per key: bucket_ms, buckets, limit.
# Returns 0 when admitted (and charged), else the milliseconds to wait, or -1 if never admissible.
_WINDOW_ACQUIRE = (
    _NOW_MS
    + """
local cost = tonumber(ARGV[1])
local worst = 0
local slots = {}
for i = 1, #KEYS do
  local bucket_ms = tonumber(ARGV[2 + (i - 1) * 3])
  local buckets = tonumber(ARGV[3 + (i - 1) * 3])
  local limit = tonumber(ARGV[4 + (i - 1) * 3])
  if cost > limit then return -1 end
  local cur = math.floor(now / bucket_ms)
  local oldest = cur - buckets
  slots[i] = cur
  local flat = redis.call('HGETALL', KEYS[i])
  local total = 0
  local live = {}
  for j = 1, #flat, 2 do
    local idx = tonumber(flat[j])
    local n = tonumber(flat[j + 1])
    if idx < oldest then
      redis.call('HDEL', KEYS[i], flat[j])
    else
      total = total + n
      live[#live + 1] = {idx, n}
    end
  end
  if total + cost > limit then
    table.sort(live, function(a, b) return a[1] < b[1] end)
    local remaining = total
    for _, pair in ipairs(live) do
      remaining = remaining - pair[2]
      if remaining + cost <= limit then
        -- bucket pair[1] stops counting once the current slot is pair[1] + buckets + 1
        local wait = (pair[1] + buckets + 1) * bucket_ms - now
        if wait < 1 then wait = 1 end
        if wait > worst then worst = wait end
        break
      end
    end
  end
end
if worst > 0 then return worst end
for i = 1, #KEYS do
  local bucket_ms = tonumber(ARGV[2 + (i - 1) * 3])
  local buckets = tonumber(ARGV[3 + (i - 1) * 3])
  redis.call('HINCRBY', KEYS[i], slots[i], cost)
  redis.call('PEXPIRE', KEYS[i], (buckets + 2) * bucket_ms)
end
return 0
"""
)

# KEYS[1] = lease zset. ARGV: holder, capacity, lease_ms. Returns 0 if acquired, else ms until
# the earliest lease expires (a hint; holders usually release much sooner).
_SEMAPHORE_ACQUIRE = (
    _NOW_MS
    + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local capacity = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
if redis.call('ZCARD', KEYS[1]) < capacity then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], lease * 2)
  return 0
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local wait = tonumber(first[2]) - now
if wait < 1 then wait = 1 end
return wait
"""
)

# KEYS[1] = block key. ARGV[1] = block ms. Extends, never shortens, an existing block.
_BLOCK = (
    _NOW_MS
    + """
local until_ms = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current < until_ms then
  redis.call('SET', KEYS[1], until_ms, 'PX', tonumber(ARGV[1]))
end
return tonumber(ARGV[1])
"""
)

# Returns the remaining block in ms, 0 when not blocked.
_BLOCK_REMAINING = (
    _NOW_MS
    + """
local until_ms = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ms > now then return until_ms - now end
return 0
"""
)


@dataclass(frozen=True, slots=True)
class Window:
    """At most ``limit`` units per ``seconds``."""

    limit: int
    seconds: float


@dataclass(frozen=True, slots=True)
class WindowCharge:
    """One counter to charge: a scope (e.g. an endpoint, a recipient) under one window."""

    scope: str
    window: Window


class WindowLimiter:
    def __init__(self, redis: Redis, keys: Keys, *, buckets: int = 30) -> None:
        if buckets < 1:
            raise ValueError("buckets must be >= 1")
        self._redis = redis
        self._keys = keys
        self._buckets = buckets

    async def try_acquire(self, charges: list[WindowCharge], cost: int = 1) -> float:
        """Charge every counter or none. Returns 0.0 when admitted, else seconds to wait.

        Raises ValueError if ``cost`` exceeds a window's limit (it could never be admitted).
        """
        if not charges:
            return 0.0
        keys: list[str] = []
        args: list[int] = [cost]
        for charge in charges:
            window_ms = max(1, int(charge.window.seconds * 1000))
            bucket_ms = max(1, window_ms // self._buckets)
            buckets = -(-window_ms // bucket_ms)  # ceil: the counted slots cover the whole window
            keys.append(self._keys.rate_window(charge.scope, f"{window_ms}ms"))
            args.extend([bucket_ms, buckets, charge.window.limit])
        result = int(await self._redis.eval(_WINDOW_ACQUIRE, len(keys), *keys, *args))
        if result < 0:
            raise ValueError(f"cost {cost} exceeds a window limit; it can never be admitted")
        return result / 1000.0


class Semaphore:
    def __init__(self, redis: Redis, keys: Keys, scope: str, *, capacity: int, lease_seconds: float) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self._redis = redis
        self._key = keys.api_concurrency(scope)
        self._capacity = capacity
        self._lease_ms = max(1, int(lease_seconds * 1000))

    async def try_acquire(self, holder: str) -> float:
        """0.0 if ``holder`` now holds a slot, else a hint (seconds) for when to try again."""
        result = await self._redis.eval(
            _SEMAPHORE_ACQUIRE, 1, self._key, holder, self._capacity, self._lease_ms
        )
        return int(result) / 1000.0

    async def release(self, holder: str) -> None:
        await self._redis.zrem(self._key, holder)


class Blocks:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._keys = keys

    async def block(self, scope: str, seconds: float) -> None:
        ms = max(1, int(seconds * 1000))
        await self._redis.eval(_BLOCK, 1, self._keys.api_blocked_until(scope), ms)

    async def remaining(self, scope: str) -> float:
        result = await self._redis.eval(_BLOCK_REMAINING, 1, self._keys.api_blocked_until(scope))
        return int(result) / 1000.0
