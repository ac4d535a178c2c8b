"""A process holding the long connection, for the SIGKILL test: prints "holding" once subscribed."""

from __future__ import annotations

import asyncio
import sys

import aiohttp

from bot.longconn.client import LongConnection
from bot.longconn.holder import ConnectionHolder
from bot.models.events import InboundEvent, dedupe_key, ordering_key
from storage.connection import connect
from storage.inbox import Inbox
from storage.keys import Keys
from storage.leases import Lease
from tests.longconn.support import FAST


async def main(redis_url: str, prefix: str, url: str, bot_id: str, secret: str) -> None:
    redis = connect(redis_url)
    keys = Keys(prefix=prefix)
    inbox = Inbox(redis, keys)

    async def sink(event: InboundEvent) -> object:
        return await inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))

    async with aiohttp.ClientSession() as session:
        holder = ConnectionHolder(
            Lease(redis, keys.longconn_lease(bot_id), "proc-a", ttl=1.0),
            lambda: LongConnection(session, url, bot_id, secret, sink, tuning=FAST), standby_poll=0.1,
        )
        holder.start()
        while holder.connection is None or not holder.connection.subscribed.is_set():
            await asyncio.sleep(0.01)
        print("holding", flush=True)
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:6]))
