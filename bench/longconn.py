"""Long connection against the callback edge, inbound, on this machine (not a test).

Both transports feed the same durable inbox on one embedded Redis, in this one process:
- long connection: the simulated gateway on loopback pushes N distinct text callbacks as fast as
  the socket takes them; the client turns each into the typed event and enqueues it (one at a
  time, in arrival order — the order the inbox keeps per member);
- callback edge: N encrypted, signed text callbacks POSTed over HTTP at the given concurrency to
  the same ``CallbackEndpoint`` ``serve`` mounts.
Two rounds each: saturating (as fast as each takes them: messages/s, and the latency includes
the queue that builds up), and paced at ``--rate`` messages/s offered (latency without a queue).
Prints messages/s (first send until the last one is in the inbox), p50/p99 of frame (or request)
received → in the inbox, as the bot measures it, and the ratios.

    .venv/bin/python bench/longconn.py --n 5000 --concurrency 32 --rate 1000
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import callback as cb  # noqa: E402

from bot.callback import CallbackEndpoint  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.longconn.client import LongConnection  # noqa: E402
from bot.models.events import InboundEvent, dedupe_key, ordering_key  # noqa: E402
from crypto import WeComCrypto  # noqa: E402
from storage.connection import Redis, connect  # noqa: E402
from storage.embedded import EmbeddedRedis  # noqa: E402
from storage.inbox import Inbox  # noqa: E402
from storage.keys import Keys  # noqa: E402
from tests.longconn.support import FAST, start_gateway  # noqa: E402
from tests.support.wire import AES_KEY, CORP_ID, TOKEN, signed_post, text_xml  # noqa: E402

USERS = ["lina", "wangfang", "liuqiang", "chenjing"]


async def paced(n: int, rate: float, send: Callable[[int], Awaitable[object]]) -> None:
    """Message ``i`` goes out at ``i / rate`` seconds, whether or not earlier ones are done."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = []
    for i in range(n):
        delay = start + i / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(send(i)))
    await asyncio.gather(*tasks)


async def long_connection(redis: Redis, n: int, rate: float | None) -> tuple[float, list[float]]:
    keys = Keys.for_app(f"bench-ws-{rate}", "corp", 1)
    inbox = Inbox(redis, keys)
    gw, http, ws_url = await start_gateway()
    lags: list[float] = []

    async def sink(event: InboundEvent) -> object:
        return await inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))

    c = gw.world.credentials
    try:
        async with aiohttp.ClientSession() as session:
            conn = LongConnection(session, ws_url, c.bot_id, c.bot_secret, sink, tuning=FAST, on_handed=lags.append)
            task = asyncio.create_task(conn.run())
            await asyncio.wait_for(conn.subscribed.wait(), 30)
            for i in range(200):  # warm-up
                await gw.send_text(USERS[i % len(USERS)], f"热身 {i}", msgid=f"warm-{i}")
            while conn.stats.handed < 200:
                await asyncio.sleep(0.001)
            lags.clear()
            started = time.perf_counter()

            async def push(i: int) -> str:
                return await gw.send_text(USERS[i % len(USERS)], f"消息 {i}", msgid=f"bench-{i}")

            if rate is None:
                for i in range(n):
                    await push(i)
            else:
                await paced(n, rate, push)
            while conn.stats.handed < 200 + n:
                await asyncio.sleep(0.0005)
            wall = time.perf_counter() - started
            assert await redis.xlen(keys.inbox()) == 200 + n
            conn.stop()
            await asyncio.wait_for(task, 30)
    finally:
        await http.close()
    return wall, lags


async def callback_edge(redis: Redis, n: int, concurrency: int, rate: float | None) -> tuple[float, list[float]]:
    keys = Keys.for_app(f"bench-cb-{rate}", "corp", 1)
    inbox = Inbox(redis, keys)
    lags: list[float] = []
    endpoint = CallbackEndpoint("app", WeComCrypto(TOKEN, AES_KEY, CORP_ID), inbox, SystemClock(),
                                observe=lambda outcome, _kind, seconds: lags.append(seconds))
    app = web.Application()
    app.router.add_post("/wecom/callback", endpoint.receive)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        url = str(server.make_url("")).rstrip("/")
        await cb.drive(url, 200, concurrency)  # warm-up
        lags.clear()
        if rate is None:
            wall, _acks = await cb.drive(url, n, concurrency)
        else:
            requests = [signed_post(text_xml(f"user{i % 500}", f"paced {i}", msg_id=2 * 10**15 + i)) for i in range(n)]
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

                async def post(i: int) -> None:
                    req = requests[i]
                    async with session.post(url + "/wecom/callback", params=req.query, data=req.body) as resp:
                        await resp.read()
                        assert resp.status == 200, resp.status

                started = time.perf_counter()
                await paced(n, rate, post)
                wall = time.perf_counter() - started
    finally:
        await server.close()
    return wall, lags


async def run(n: int, concurrency: int, rate: float) -> None:
    p = cb.pct
    print(f"{n} text messages into the inbox per round, one process, one embedded Redis")
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedRedis(data_dir=Path(tmp))
        url = await asyncio.to_thread(server.start)
        redis = connect(url)
        try:
            for offered in (None, rate):
                ws_wall, ws_lag = await long_connection(redis, n, offered)
                cb_wall, cb_lag = await callback_edge(redis, n, concurrency, offered)
                print(f"== {'saturating' if offered is None else f'paced at {offered:,.0f} msg/s offered'}")
                print(f"long connection : {n / ws_wall:8,.0f} msg/s  received→inbox p50 {p(ws_lag, .5) * 1e3:7.2f} ms, "
                      f"p99 {p(ws_lag, .99) * 1000:7.2f} ms")
                print(f"callback edge   : {n / cb_wall:8,.0f} msg/s  received→inbox p50 {p(cb_lag, .5) * 1e3:7.2f} ms, "
                      f"p99 {p(cb_lag, .99) * 1000:7.2f} ms   (HTTP, up to {concurrency} connections)")
                print(f"long connection / callback edge: throughput {cb_wall / ws_wall:.2f}x, "
                      f"p99 {p(ws_lag, .99) / p(cb_lag, .99):.2f}x")
        finally:
            await redis.aclose()
            await asyncio.to_thread(server.stop)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rate", type=float, default=1000.0, help="messages/s offered in the paced round")
    args = parser.parse_args()
    asyncio.run(run(args.n, args.concurrency, args.rate))


if __name__ == "__main__":
    main()
