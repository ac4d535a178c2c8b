"""One holder of the long connection per deployment: a standby never subscribes while the holder
lives, takes over when it stops or dies, and nobody kicks an outside replacement back."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

import aiohttp
import pytest

from bot.longconn import frames as f
from bot.longconn.client import LongConnection, NotConnected
from bot.longconn.holder import ConnectionHolder
from bot.sandbox import SandboxGateway
from bot.sandbox.longconn import NotConnected as GatewayNotConnected
from storage.connection import Redis
from storage.keys import Keys
from storage.leases import Lease
from tests.longconn.support import BOUND, FAST, eventually, inbox_events
from tests.longconn.test_client import inbox_sink

ROOT = Path(__file__).resolve().parents[2]


@asynccontextmanager
async def holder(instance: str, session: aiohttp.ClientSession, url: str, gw: SandboxGateway, redis: Redis,
                 keys: Keys, *, ttl: float = 1.0) -> AsyncIterator[ConnectionHolder]:
    c = gw.world.credentials
    sink = inbox_sink(redis, keys)
    h = ConnectionHolder(Lease(redis, keys.longconn_lease(c.bot_id), instance, ttl=ttl),
                         lambda: LongConnection(session, url, c.bot_id, c.bot_secret, sink, tuning=FAST),
                         standby_poll=0.05)
    h.start()
    try:
        yield h
    finally:
        await asyncio.wait_for(h.stop(), BOUND)


async def deliver(gw: SandboxGateway, userid: str, text: str, msgid: str | None = None) -> str:
    """The platform delivers, retrying while no process holds the connection."""
    while True:
        try:
            return await gw.send_text(userid, text, msgid=msgid)
        except (GatewayNotConnected, ConnectionError, RuntimeError):
            await asyncio.sleep(0.02)


async def has(redis: Redis, keys: Keys, msgids: list[str]) -> bool:
    return {e["msg_id"] for e in await inbox_events(redis, keys)} >= set(msgids)


def connected(h: ConnectionHolder) -> Callable[[], bool]:
    return lambda: h.connection is not None and h.connection.subscribed.is_set()


async def test_two_holders_only_one_subscribes_and_a_stop_hands_over(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    async with holder("inst-a", session, url, gw, redis, keys) as a:
        await eventually(connected(a), "a subscribed")
        async with holder("inst-b", session, url, gw, redis, keys) as b:
            await eventually(lambda: b.standby_polls >= 20, "b polled the lease twenty times")
            assert gw.subscriptions == 1 and b.state == "standby" and b.terms == 0
            await asyncio.wait_for(a.stop(), BOUND)
            await eventually(connected(b), "b took over")
            assert gw.subscriptions == 2 and a.state == "stopped"
            msgid = await gw.send_text("lina", "帮助")
            await eventually(lambda: b.connection is not None and b.connection.stats.handed == 1, "b handed it")
            assert [e["msg_id"] for e in await inbox_events(redis, keys)] == [msgid]


async def test_a_sigkilled_holder_is_replaced_once_its_lease_lapses(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys,
        redis_url: str) -> None:
    gw, url = gateway
    c = gw.world.credentials
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.longconn.holder_proc", redis_url, keys.prefix, url, c.bot_id, c.bot_secret,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None
        assert (await asyncio.wait_for(proc.stdout.readline(), 60)).strip() == b"holding"
        async with holder("inst-b", session, url, gw, redis, keys) as b:
            await eventually(lambda: b.standby_polls >= 10, "b polled the lease ten times")
            assert gw.subscriptions == 1 and b.terms == 0  # never while the holder lives
            before = [await gw.send_text("lina", f"第{i}条") for i in range(5)]  # the killed holder's
            await eventually(lambda: has(redis, keys, before), "the holder enqueued them")
            proc.send_signal(signal.SIGKILL)
            await asyncio.wait_for(proc.wait(), BOUND)
            # the platform keeps delivering; while nobody holds the connection it has to retry
            during = [await deliver(gw, "wangfang", f"msg {i}") for i in range(5)]
            await eventually(connected(b), "b took over after the lease lapsed")
            assert gw.subscriptions == 2
            for msgid in before + during:  # and redelivers everything once more
                await deliver(gw, "lina", "again", msgid)
            # b got the five sent during the gap, then all ten again
            await eventually(lambda: b.connection is not None and b.connection.stats.handed == 15, "b handed them")
            msgids = [e["msg_id"] for e in await inbox_events(redis, keys)]
            assert sorted(msgids) == sorted(before + during)  # nothing lost, nothing twice
    finally:
        if proc.returncode is None:
            proc.kill()
            await asyncio.wait_for(proc.wait(), BOUND)


async def test_a_holder_that_loses_its_lease_drops_the_connection(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    async with holder("inst-a", session, url, gw, redis, keys) as a:
        await eventually(connected(a), "a subscribed")
        # the lease lapsed (a long Redis stall) and another process took it
        await redis.set(a.lease.key, "inst-z:elsewhere", px=60_000)
        await eventually(lambda: a.state == "standby", "a stood down")
        assert a.connection is None
        await eventually(lambda: gw.connection() is None, "the gateway saw the connection go")


async def test_replaced_from_outside_the_holder_parks_and_no_standby_kicks_back(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    c = gw.world.credentials
    async with holder("inst-a", session, url, gw, redis, keys) as a, \
            holder("inst-b", session, url, gw, redis, keys) as b:
        await eventually(connected(a), "a subscribed")
        outsider = LongConnection(session, url, c.bot_id, c.bot_secret, inbox_sink(redis, keys), tuning=FAST)
        outside = asyncio.create_task(outsider.run())
        try:
            await eventually(lambda: a.state == "replaced", "a saw it was replaced")
            polls = b.standby_polls
            await eventually(lambda: b.standby_polls >= polls + 20, "b polled twenty more times")
            assert gw.subscriptions == 2 and b.terms == 0 and a.terms == 1
            assert outsider.subscribed.is_set()
        finally:
            outsider.stop()
            await asyncio.wait_for(outside, 30)


async def test_a_restarted_instance_takes_its_own_lease_back_at_once(redis: Redis, keys: Keys) -> None:
    key = keys.longconn_lease("bot")
    before = Lease(redis, key, "inst-a", ttl=30)
    assert await before.acquire()
    assert not await Lease(redis, key, "inst-b", ttl=30).acquire()
    after = Lease(redis, key, "inst-a", ttl=30)  # same instance id, new incarnation
    assert await after.acquire()
    assert not await before.renew()  # the fence: the old token is refused
    assert await after.renew()
    await after.release()
    assert await redis.get(key) is None


async def test_commands_go_through_the_holders_live_connection_and_a_standby_refuses(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    push = f.send_msg("lina", {"msgtype": "markdown", "markdown": {"content": "**H-1001** 已提交"}})
    async with holder("inst-a", session, url, gw, redis, keys) as a, \
            holder("inst-b", session, url, gw, redis, keys) as b:
        await eventually(connected(a), "a subscribed")
        await eventually(lambda: b.standby_polls >= 1, "b standing by")
        with pytest.raises(NotConnected):
            await b.request(push)
        assert (await a.request(push)).errcode == 846610  # lina never wrote to the bot
        await gw.send_text("lina", "帮助")
        assert (await a.request(push)).errcode == 0
        [shown] = gw.world.delivered("lina")
        assert (shown.content, shown.via) == ("**H-1001** 已提交", "aibot_send_msg")


async def test_a_stop_is_bounded_even_when_the_inbox_hangs_and_ignores_cancellation(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys,
        caplog: pytest.LogCaptureFixture) -> None:
    """A sink stuck in a call that swallows its cancellation (the shape of the CI hang): the
    connection gives up on it after its grace, the holder stops and releases the lease."""
    gw, url = gateway
    c = gw.world.credentials
    release, entered = asyncio.Event(), asyncio.Event()

    async def stuck(_event: object) -> object:
        entered.set()
        while not release.is_set():
            try:
                await release.wait()
            except asyncio.CancelledError:
                continue
        return None

    tuning = replace(FAST, drain_grace=0.05, cancel_grace=0.05)
    h = ConnectionHolder(Lease(redis, keys.longconn_lease(c.bot_id), "inst-a", ttl=1.0),
                         lambda: LongConnection(session, url, c.bot_id, c.bot_secret, stuck, tuning=tuning),
                         standby_poll=0.05, stop_grace=0.05)
    h.start()
    try:
        await eventually(connected(h), "subscribed")
        await gw.send_text("lina", "帮助")
        await asyncio.wait_for(entered.wait(), BOUND)
        with caplog.at_level(logging.ERROR):
            await asyncio.wait_for(h.stop(), BOUND)
        assert h.state == "stopped" and h.connection is None
        assert await redis.get(h.lease.key) is None
        assert "did not end" in caplog.text
    finally:
        release.set()
