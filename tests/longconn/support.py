"""The simulated gateway on loopback, a client tuned to notice faults in a fraction of a second,
and a wait that polls a condition (with a generous hang guard) instead of sleeping."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp.test_utils import TestServer

from bot.clock import ManualClock
from bot.longconn.client import Tuning
from bot.longconn.holder import ConnectionHolder
from bot.sandbox import SandboxGateway, SandboxWorld, create_sandbox_api
from storage.connection import Redis
from storage.keys import Keys
from tests.reliability.story import wait_for
from tests.support.stack import Stack

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


async def subscribed(stack: Stack) -> ConnectionHolder:
    holder = stack.runtime.longconn
    assert holder is not None
    await eventually(lambda: holder.connection is not None and holder.connection.subscribed.is_set(), "subscribed")
    return holder


async def say(stack: Stack, userid: str, text: str, *, msgid: str | None = None,
              chatid: str = "") -> tuple[str, list[str]]:
    """A member writes to the bot over the long connection; returns the msgid and what the bot
    then showed them in their own chat."""
    assert stack.gateway is not None
    holder = await subscribed(stack)
    assert holder.connection is not None
    conn = holder.connection
    before = conn.stats.handed
    stack.new_messages(userid)
    sent = await stack.gateway.send_text(userid, text, msgid=msgid, chatid=chatid)
    await eventually(lambda: conn.stats.handed > before, "the client handed the message over")
    await stack.idle()
    return sent, stack.new_texts(userid)
