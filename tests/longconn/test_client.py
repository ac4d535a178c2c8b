"""The client transport against the simulated gateway over a real WebSocket on loopback, feeding
the real inbox on the test session's Redis: subscribe, deliver once, survive every kind of cut,
and stop — without reconnecting — when another subscription replaces it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest

from bot.longconn.client import LongConnection, Sink, Tuning
from bot.models.events import InboundEvent, dedupe_key, ordering_key
from bot.sandbox import SandboxGateway
from storage.connection import Redis
from storage.inbox import Inbox
from storage.keys import Keys
from tests.longconn.support import FAST, eventually, inbox_events


def inbox_sink(redis: Redis, keys: Keys) -> Sink:
    inbox = Inbox(redis, keys)

    async def sink(event: InboundEvent) -> object:
        return await inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))

    return sink


@asynccontextmanager
async def running(session: aiohttp.ClientSession, url: str, gw: SandboxGateway, sink: Sink, *,
                  secret: str | None = None, tuning: Tuning = FAST) -> AsyncIterator[tuple[LongConnection, Any]]:
    c = gw.world.credentials
    conn = LongConnection(session, url, c.bot_id, secret or c.bot_secret, sink, tuning=tuning)
    task = asyncio.create_task(conn.run())
    try:
        yield conn, task
    finally:
        conn.stop()
        await asyncio.wait_for(task, 30)


def live(gw: SandboxGateway, conn: LongConnection, subscriptions: int) -> Callable[[], bool]:
    return lambda: gw.subscriptions >= subscriptions and conn.subscribed.is_set() and gw.connection() is not None


async def texts(redis: Redis, keys: Keys) -> list[tuple[str, str]]:
    return [(e["msg_id"], e["content"]) for e in await inbox_events(redis, keys) if e["kind"] == "text"]


async def test_a_message_reaches_the_inbox_once_even_when_delivered_twice(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    async with running(session, url, gw, inbox_sink(redis, keys)) as (conn, _task):
        await eventually(live(gw, conn, 1), "subscribed")
        sub = gw.received("aibot_subscribe")[0]
        assert sub.body == {"bot_id": gw.world.credentials.bot_id, "secret": gw.world.credentials.bot_secret}
        msgid = await gw.send_text("wangfang", "把张伟的客户交接给李娜")
        await gw.send_text("wangfang", "把张伟的客户交接给李娜", msgid=msgid)  # the platform's duplicate
        await eventually(lambda: conn.stats.handed == 2, "both deliveries handed to the inbox")
        assert await texts(redis, keys) == [(msgid, "把张伟的客户交接给李娜")]
        event = (await inbox_events(redis, keys))[0]
        assert (event["channel"], event["from_user"], event["callback_id"]) == ("aibot", "wangfang", msgid)
        assert event["reply_req_id"] in gw.issued


async def test_wrong_credentials_are_refused_and_retried_slowly(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    async with running(session, url, gw, inbox_sink(redis, keys), secret="wrong") as (conn, _task):
        await eventually(lambda: conn.stats.rounds_ended.get("refused", 0) >= 2, "two refused rounds")
        assert gw.subscriptions == 0 and conn.stats.subscribed == 0
        assert not conn.subscribed.is_set()


async def test_heartbeats_are_sent_and_acknowledged_late_acks_within_the_window_keep_the_link(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    gw.ack_delay = 0.05  # each ack late, but before the next ping goes out
    async with running(session, url, gw, inbox_sink(redis, keys)) as (conn, _task):
        await eventually(lambda: len(gw.received("ping")) >= 8, "eight pings")
        assert gw.subscriptions == 1 and conn.stats.connects == 1
        assert conn.stats.rounds_ended == {}


@pytest.mark.parametrize("cut", ["close", "abort", "freeze"])
async def test_every_cut_reconnects_and_nothing_is_lost_or_doubled(
        cut: str, gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis,
        keys: Keys) -> None:
    gw, url = gateway
    async with running(session, url, gw, inbox_sink(redis, keys)) as (conn, _task):
        await eventually(live(gw, conn, 1), "subscribed")
        first = await gw.send_text("lina", "帮助")
        await eventually(lambda: conn.stats.handed == 1, "first message handed")
        if cut == "close":
            await gw.close()
        elif cut == "abort":
            gw.abort()
        else:
            gw.freeze()
        expected = {"close": "lost", "abort": "lost", "freeze": "dead"}[cut]
        await eventually(lambda: conn.stats.rounds_ended.get(expected, 0) == 1, f"the cut noticed as {expected}")
        await eventually(live(gw, conn, 2), "subscribed again")
        second = await gw.send_text("lina", "hand over Zhang's clients to Li")
        await gw.send_text("lina", "帮助", msgid=first)  # redelivered after the cut
        await eventually(lambda: conn.stats.handed == 3, "all deliveries handed")
        assert await texts(redis, keys) == [(first, "帮助"), (second, "hand over Zhang's clients to Li")]
        assert conn.stats.connects == 2


async def test_kicked_by_another_subscription_it_stops_instead_of_kicking_back(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    sink = inbox_sink(redis, keys)
    async with running(session, url, gw, sink) as (first, first_task):
        await eventually(live(gw, first, 1), "first subscribed")
        async with running(session, url, gw, sink) as (second, _second_task):
            await eventually(live(gw, second, 2), "second subscribed")
            assert await asyncio.wait_for(first_task, 30) == "replaced"
            assert first.state == "replaced" and first.stats.connects == 1
            assert gw.subscriptions == 2  # nobody subscribed a third time
            msgid = await gw.send_text("lina", "帮助")
            await eventually(lambda: second.stats.handed == 1, "the new holder gets the messages")
            assert [m for m, _ in await texts(redis, keys)] == [msgid]


async def test_an_unreachable_gateway_is_retried_with_growing_pauses(
        session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    delays: list[float] = []
    conn = LongConnection(session, "ws://127.0.0.1:9/aibot/ws", "b", "s", inbox_sink(redis, keys), tuning=FAST,
                          rng=lambda: 1.0)
    original = conn._delay

    def record(failures: int, *, refused: bool) -> float:
        delays.append(original(failures, refused=refused))
        return delays[-1]

    conn._delay = record  # type: ignore[method-assign]
    task = asyncio.create_task(conn.run())
    await eventually(lambda: len(delays) >= 4, "four retries")
    conn.stop()
    assert await asyncio.wait_for(task, 30) == "stopped"
    assert delays[:4] == [0.05, 0.1, 0.2, 0.2]  # doubling from the base, capped


async def test_a_redis_failure_is_retried_until_the_event_is_enqueued(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession, redis: Redis, keys: Keys) -> None:
    gw, url = gateway
    real = inbox_sink(redis, keys)
    failures = [ConnectionError("redis away"), ConnectionError("redis away")]

    async def flaky(event: InboundEvent) -> object:
        if failures:
            raise failures.pop()
        return await real(event)

    async with running(session, url, gw, flaky) as (conn, _task):
        await eventually(live(gw, conn, 1), "subscribed")
        msgid = await gw.send_text("lina", "帮助")
        await eventually(lambda: conn.stats.handed == 1, "handed after the retries")
        assert not failures
        assert [m for m, _ in await texts(redis, keys)] == [msgid]
