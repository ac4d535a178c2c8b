"""Long-connection inbound benchmark (not a test).

The simulated gateway on loopback pushes N distinct text callbacks as fast as the socket takes
them; the client turns each into the typed event and enqueues it in the durable inbox on its own
embedded Redis. Prints callbacks/s from the first push until the last one is in the stream, and
the time for the same N re-delivered (all duplicates).

    .venv/bin/python bench/longconn.py --n 5000
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.longconn.client import LongConnection  # noqa: E402
from bot.models.events import InboundEvent, dedupe_key, ordering_key  # noqa: E402
from storage.connection import connect  # noqa: E402
from storage.embedded import EmbeddedRedis  # noqa: E402
from storage.inbox import Inbox  # noqa: E402
from storage.keys import Keys  # noqa: E402
from tests.longconn.support import FAST, start_gateway  # noqa: E402


async def run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = EmbeddedRedis(data_dir=Path(tmp))
        url = await asyncio.to_thread(server.start)
        redis = connect(url)
        keys = Keys.for_app("bench", "corp", 1)
        inbox = Inbox(redis, keys)
        gw, http, ws_url = await start_gateway()

        async def sink(event: InboundEvent) -> object:
            return await inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))

        c = gw.world.credentials
        try:
            async with aiohttp.ClientSession() as session:
                conn = LongConnection(session, ws_url, c.bot_id, c.bot_secret, sink, tuning=FAST)
                task = asyncio.create_task(conn.run())
                await asyncio.wait_for(conn.subscribed.wait(), 30)
                users = ["lina", "wangfang", "liuqiang", "chenjing"]
                for label in ("new", "duplicates"):
                    target = conn.stats.handed + n
                    started = time.perf_counter()
                    for i in range(n):
                        await gw.send_text(users[i % len(users)], f"消息 {i}", msgid=f"bench-{i}")
                    while conn.stats.handed < target:
                        await asyncio.sleep(0.001)
                    took = time.perf_counter() - started
                    print(f"{label:>10}: {n} callbacks in {took:.2f} s = {n / took:,.0f}/s")
                print(f"inbox stream length: {await redis.xlen(keys.inbox())} (expected {n})")
                conn.stop()
                await task
        finally:
            await http.close()
            await redis.aclose()
            await asyncio.to_thread(server.stop)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    asyncio.run(run(parser.parse_args().n))


if __name__ == "__main__":
    main()
