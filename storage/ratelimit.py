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
* ``Admission`` — all three before one API call in a single round trip, all or nothing.

Scripts read ``TIME`` from Redis so instances with skewed clocks still agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from storage.connection import Redis
from storage.keys import Keys

_NOW_MS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# Window bookkeeping shared by the scripts below. ``window_wait`` drops expired buckets and
# returns (ms to wait or 0, current slot), or -1 when ``cost`` can never fit the window.
_WINDOW_FUNCS = """
local function window_wait(key, bucket_ms, buckets, limit, cost)
  if cost > limit then return -1, 0 end
  local cur = math.floor(now / bucket_ms)
  local oldest = cur - buckets
  local flat = redis.call('HGETALL', key)
  local total = 0
  local live = {}
  for j = 1, #flat, 2 do
    local idx = tonumber(flat[j])
    local n = tonumber(flat[j + 1])
    if idx < oldest then
      redis.call('HDEL', key, flat[j])
    else
      total = total + n
      live[#live + 1] = {idx, n}
    end
  end
  if total + cost <= limit then return 0, cur end
  table.sort(live, function(a, b) return a[1] < b[1] end)
  local remaining = total
  for _, pair in ipairs(live) do
    remaining = remaining - pair[2]
    if remaining + cost <= limit then
      -- bucket pair[1] stops counting once the current slot is pair[1] + buckets + 1
      local wait = (pair[1] + buckets + 1) * bucket_ms - now
      if wait < 1 then wait = 1 end
      return wait, cur
    end
  end
  return 1, cur
end

-- Every window KEYS[first..] (triples in ARGV from argv0 + 1) admits ``cost``? Returns the
-- longest wait (0 = all admit, -1 = never) and the slots to charge.
local function windows_wait(first, argv0, cost)
  local worst, slots = 0, {}
  for i = first, #KEYS do
    local a = argv0 + (i - first) * 3
    local wait, slot = window_wait(KEYS[i], tonumber(ARGV[a + 1]), tonumber(ARGV[a + 2]), tonumber(ARGV[a + 3]), cost)
    if wait < 0 then return -1, slots end
    if wait > worst then worst = wait end
    slots[i] = slot
  end
  return worst, slots
end

local function windows_charge(first, argv0, cost, slots)
  for i = first, #KEYS do
    local a = argv0 + (i - first) * 3
    redis.call('HINCRBY', KEYS[i], slots[i], cost)
    redis.call('PEXPIRE', KEYS[i], (tonumber(ARGV[a + 2]) + 2) * tonumber(ARGV[a + 1]))
  end
end
"""

# KEYS: window hashes. ARGV[1] = cost; then per key: bucket_ms, buckets, limit.
# Returns 0 when admitted (and charged), else the milliseconds to wait, or -1 if never admissible.
_WINDOW_ACQUIRE = (
    _NOW_MS
    + _WINDOW_FUNCS
    + """
local cost = tonumber(ARGV[1])
local wait, slots = windows_wait(1, 1, cost)
if wait ~= 0 then return wait end
windows_charge(1, 1, cost, slots)
return 0
"""
)

# The semaphore's "take a slot": 0 if taken, else ms until the earliest lease expires (a hint;
# holders usually release much sooner).
_SEMAPHORE_FUNCS = """
local function slot_take(key, holder, capacity, lease)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if redis.call('ZCARD', key) < capacity then
    redis.call('ZADD', key, now + lease, holder)
    redis.call('PEXPIRE', key, lease * 2)
    return 0
  end
  local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  local wait = tonumber(first[2]) - now
  if wait < 1 then wait = 1 end
  return wait
end
"""

# The remaining block of a scope in ms, 0 when not blocked.
_BLOCK_FUNCS = """
local function block_left(key)
  local until_ms = tonumber(redis.call('GET', key) or '0')
  if until_ms > now then return until_ms - now end
  return 0
end
"""

# One round trip before an API call, all or nothing: the endpoint's block (after 45009), its rate
# windows, and (when ARGV[2] names a holder) a concurrency slot. With ARGV[5] = '1' (reserve), a
# call refused only for want of a slot has its windows charged all the same: it goes as soon as a
# slot is handed to it, without another round trip.
# KEYS: 1 block key, 2 slot zset, 3.. window hashes. ARGV: 1 cost, 2 holder ('' = no slot),
# 3 capacity, 4 lease ms, 5 reserve, then per window: bucket_ms, buckets, limit.
# Returns {what, ms}: {0, 0} admitted; {1, ms} blocked; {2, ms} window full; {3, ms} no slot;
# {-1, 0} the cost never fits a window.
_ADMIT = (
    _NOW_MS
    + _WINDOW_FUNCS
    + _SEMAPHORE_FUNCS
    + _BLOCK_FUNCS
    + """
local blocked = block_left(KEYS[1])
if blocked > 0 then return {1, blocked} end
local cost = tonumber(ARGV[1])
local wait, slots = windows_wait(3, 5, cost)
if wait < 0 then return {-1, 0} end
if wait > 0 then return {2, wait} end
if ARGV[2] ~= '' then
  local hint = slot_take(KEYS[2], ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4]))
  if hint > 0 then
    if ARGV[5] == '1' then windows_charge(3, 5, cost, slots) end
    return {3, hint}
  end
end
windows_charge(3, 5, cost, slots)
return {0, 0}
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

_BLOCK_REMAINING = _NOW_MS + _BLOCK_FUNCS + "return block_left(KEYS[1])\n"


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


def _window_keys_args(keys: Keys, charges: Sequence[WindowCharge], buckets: int) -> tuple[list[str], list[int]]:
    """Each charge's hash key and its (bucket_ms, buckets, limit) triple for the scripts."""
    names: list[str] = []
    args: list[int] = []
    for charge in charges:
        window_ms = max(1, int(charge.window.seconds * 1000))
        bucket_ms = max(1, window_ms // buckets)
        n = -(-window_ms // bucket_ms)  # ceil: the counted slots cover the whole window
        names.append(keys.rate_window(charge.scope, f"{window_ms}ms"))
        args.extend([bucket_ms, n, charge.window.limit])
    return names, args


class _WindowScript:
    """A registered script that charges bucketed windows (``buckets`` per window)."""

    _SOURCE = ""

    def __init__(self, redis: Redis, keys: Keys, *, buckets: int = 30) -> None:
        if buckets < 1:
            raise ValueError("buckets must be >= 1")
        self._keys = keys
        self._buckets = buckets
        self._script = redis.register_script(self._SOURCE)


class WindowLimiter(_WindowScript):
    _SOURCE = _WINDOW_ACQUIRE

    async def try_acquire(self, charges: list[WindowCharge], cost: int = 1) -> float:
        """Charge every counter or none. Returns 0.0 when admitted, else seconds to wait.

        Raises ValueError if ``cost`` exceeds a window's limit (it could never be admitted).
        """
        if not charges:
            return 0.0
        keys, args = _window_keys_args(self._keys, charges, self._buckets)
        result = int(await self._script(keys=keys, args=[cost, *args]))
        if result < 0:
            raise ValueError(f"cost {cost} exceeds a window limit; it can never be admitted")
        return result / 1000.0


class Semaphore:
    """At most ``capacity`` holders of ``scope``; slots are taken through ``Admission``."""

    def __init__(self, redis: Redis, keys: Keys, scope: str, *, capacity: int, lease_seconds: float) -> None:
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self._redis = redis
        self.key = keys.api_concurrency(scope)
        self.capacity = capacity
        self.lease_ms = max(1, int(lease_seconds * 1000))

    async def release(self, holder: str) -> None:
        await self._redis.zrem(self.key, holder)


class Blocks:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._keys = keys
        self._block = redis.register_script(_BLOCK)
        self._remaining = redis.register_script(_BLOCK_REMAINING)

    async def block(self, scope: str, seconds: float) -> None:
        ms = max(1, int(seconds * 1000))
        await self._block(keys=[self._keys.api_blocked_until(scope)], args=[ms])

    async def remaining(self, scope: str) -> float:
        result = await self._remaining(keys=[self._keys.api_blocked_until(scope)])
        return int(result) / 1000.0


AdmitRefusal = Literal["blocked", "window", "slot"]
_REFUSALS: dict[int, AdmitRefusal] = {1: "blocked", 2: "window", 3: "slot"}


@dataclass(frozen=True, slots=True)
class Admit:
    """The answer of ``Admission.try_admit``: admitted, or why not and for how long (seconds).
    ``charged``: the windows were charged although the call was refused (a reserved slot wait)."""

    refused: AdmitRefusal | None = None
    wait: float = 0.0
    charged: bool = False


class Admission(_WindowScript):
    """Everything an API call must clear before it goes out, decided in one round trip: the
    scope's block after a 45009, its rate windows, and optionally a slot of ``slots``. All or
    nothing: a refused call charges no window and holds no slot (unless it ``reserve``s: then a
    refusal for want of a slot alone charges the windows)."""

    _SOURCE = _ADMIT

    async def try_admit(
        self, scope: str, charges: Sequence[WindowCharge], *, slots: Semaphore | None = None, holder: str = "",
        cost: int = 1, reserve: bool = False,
    ) -> Admit:
        """Admit one call of ``scope`` (charging ``charges``; taking a slot for ``holder`` when
        ``slots`` is given). Raises ValueError if ``cost`` can never fit a window."""
        window_keys, window_args = _window_keys_args(self._keys, charges, self._buckets)
        take = slots is not None and bool(holder)
        slot_key = slots.key if slots is not None else self._keys.api_concurrency(scope)
        args: list[str | int] = [cost, holder if take else "", slots.capacity if slots else 0,
                                 slots.lease_ms if slots else 0, "1" if reserve else "0", *window_args]  # fmt: skip
        what, ms = await self._script(keys=[self._keys.api_blocked_until(scope), slot_key, *window_keys], args=args)
        if int(what) < 0:
            raise ValueError(f"cost {cost} exceeds a window limit; it can never be admitted")
        if int(what) == 0:
            return Admit()
        refused = _REFUSALS[int(what)]
        return Admit(refused, int(ms) / 1000.0, charged=reserve and refused == "slot" and bool(window_keys))
