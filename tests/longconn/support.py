"""The simulated gateway on loopback, a client tuned to notice faults in a fraction of a second,
and a wait that polls a condition (with a generous hang guard) instead of sleeping."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp.test_utils import TestServer

from bot.clock import ManualClock
from bot.longconn.client import Tuning
from bot.sandbox import SandboxGateway, SandboxWorld, create_sandbox_api
from storage.connection import Redis
from storage.keys import Keys
from tests.reliability.story import wait_for

FAST = Tuning(heartbeat=0.1, missed_pings=2, backoff_base=0.05, backoff_max=0.2, refused_backoff=0.2,
              ack_timeout=3.0, connect_timeout=3.0, sink_retry=0.05, drain_grace=3.0, cancel_grace=3.0)
HANG_GUARD = 300.0  # seconds: no test here comes near it; a hang fails with a traceback instead of stalling CI
BOUND = 30.0  # seconds for one awaited step in a test (a stop, a send) — generous on a loaded machine


async def eventually(check: Callable[[], bool | Awaitable[bool]], what: str, timeout: float = 30.0) -> None:
    await wait_for(check, what, timeout=timeout, every=0.01)


async def start_gateway(world: SandboxWorld | None = None) -> tuple[SandboxGateway, TestServer, str]:
    world = world or SandboxWorld.demo(ManualClock(1_790_000_000))
    gateway = SandboxGateway(world)
    server = TestServer(create_sandbox_api(world, gateway=gateway), host="127.0.0.1")
    await server.start_server()
    return gateway, server, str(server.make_url("/aibot/ws")).replace("http://", "ws://")


async def inbox_events(redis: Redis, keys: Keys) -> list[dict[str, Any]]:
    rows: Any = await redis.xrange(keys.inbox())
    return [json.loads(fields["event"]) for _id, fields in rows]
