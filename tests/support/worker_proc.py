"""A worker process for crash tests: takes inbox entries and hangs in the handler after
marking that it started, so the parent can SIGKILL it between dequeue and XACK."""

from __future__ import annotations

import asyncio
import sys

from bot.models.events import InboundEvent
from bot.worker import InboxWorker
from storage.connection import connect
from storage.inbox import Inbox
from storage.keys import Keys


async def main(url: str, prefix: str) -> None:
    redis = connect(url)
    keys = Keys(prefix=prefix)

    async def hang(event: InboundEvent) -> None:
        await redis.rpush("test:started", event.model_dump_json())
        await asyncio.sleep(3600)

    worker = InboxWorker(Inbox(redis, keys), hang, consumer="doomed", claim_idle=60)
    await worker.start()
    await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
