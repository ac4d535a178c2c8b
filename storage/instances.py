"""One live process per instance id: a heartbeat key ``<incarnation>:<beat>:<host>:<pid>`` with a
short TTL.

A restarted process keeps its instance id (so it takes its own leases back at once) but draws a
new random incarnation. At start it claims the key; when another incarnation holds it, it watches
for a while: a live holder beats (the value changes) → refuse; a dead one (SIGKILL leaves its last
value until the TTL) does not → take over with a compare-and-set on the value it saw. A holder
on this host whose pid is gone is known dead at once (the usual restart): no watching.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket

from storage.connection import Redis
from storage.keys import Keys

# ARGV: 1 incarnation, 2 new value, 3 ttl ms, 4 the value seen dead ('' = only when free or ours)
_CLAIM = """
local cur = redis.call('GET', KEYS[1])
if (not cur) or string.sub(cur, 1, #ARGV[1] + 1) == ARGV[1] .. ':' or (ARGV[4] ~= '' and cur == ARGV[4]) then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return ''
end
return cur
"""

# ARGV: 1 incarnation, 2 new value, 3 ttl ms. 1 = beat recorded; 0 = another incarnation holds it.
_BEAT = """
local cur = redis.call('GET', KEYS[1])
if cur and string.sub(cur, 1, #ARGV[1] + 1) ~= ARGV[1] .. ':' then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 1
"""

_RELEASE = """
local cur = redis.call('GET', KEYS[1])
if cur and string.sub(cur, 1, #ARGV[1] + 1) == ARGV[1] .. ':' then redis.call('DEL', KEYS[1]) end
return 0
"""


class InstanceInUse(Exception):
    """Another live process runs with this instance id."""


class InstanceHeartbeat:
    def __init__(self, redis: Redis, keys: Keys, instance_id: str, *, beat: float = 1.0) -> None:
        self._redis = redis
        self.key = keys.instance_heartbeat(instance_id)
        self.instance_id = instance_id
        self.incarnation = secrets.token_hex(8)
        self.beat_interval = beat
        self._ttl_ms = int(beat * 5 * 1000)  # a few missed beats before the key lapses on its own
        self._n = 0
        self._claim = redis.register_script(_CLAIM)
        self._beat = redis.register_script(_BEAT)
        self._release = redis.register_script(_RELEASE)
        self.displaced = False

    def _value(self) -> str:
        self._n += 1
        return f"{self.incarnation}:{self._n}:{socket.gethostname()}:{os.getpid()}"

    async def claim(self) -> None:
        """Hold the id, or raise InstanceInUse when a live process holds it. Waits about two beats
        when the id's last holder has not been seen to stop (a crash leaves its key behind)."""
        seen = str(await self._claim(keys=[self.key], args=[self.incarnation, self._value(), self._ttl_ms, ""]))
        if not seen:
            return
        if not _gone_from_this_host(seen):
            await asyncio.sleep(self.beat_interval * 2)
        now = str(await self._claim(keys=[self.key], args=[self.incarnation, self._value(), self._ttl_ms, seen]))
        if now:
            raise InstanceInUse(
                f"instance id {self.instance_id!r} is in use by another live process "
                "(give each process its own HANDOVER_INSTANCE_ID)"
            )

    async def beat(self) -> bool:
        """Refresh the key; False (and ``displaced``) when another incarnation has taken it."""
        ok = bool(await self._beat(keys=[self.key], args=[self.incarnation, self._value(), self._ttl_ms]))
        self.displaced = not ok
        return ok

    async def release(self) -> None:
        await self._release(keys=[self.key], args=[self.incarnation])


def _gone_from_this_host(value: str) -> bool:
    """The holder ran on this host and its process no longer exists."""
    parts = value.split(":")
    if len(parts) != 4 or parts[2] != socket.gethostname() or not parts[3].isdigit():
        return False
    try:
        os.kill(int(parts[3]), 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, not ours to signal
        return False
    return False
