"""An engine process for the crash test: works every live job against the sandbox at
``api_base`` until none is left to send, then exits 0. The parent SIGKILLs it at random points.

argv: redis_url key_prefix api_base world_now instance_id batch_size corp_id secret [lease heartbeat]
With ``heartbeat`` > 0 it holds its instance id as serve does (bot/app.py: a restart waits about
two beats for a killed predecessor's key), runs the outbox sender, and drains the outbox before
it exits.
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import timedelta, timezone

import aiohttp

from bot.clock import ManualClock
from bot.engine import ClientNotifier, TransferEngine
from bot.outbox import Postman
from bot.wecom import RateLimits, RetryPolicy, WeComClient
from storage.connection import connect
from storage.instances import InstanceHeartbeat
from storage.jobs import JobStore
from storage.keys import Keys
from storage.outbox import OutboxStore
from storage.timers import TimerStore
from storage.transfers import TransferStore


async def main(url: str, prefix: str, api_base: str, now: float, instance: str, batch_size: int,
               corp_id: str, secret: str, lease: float = 3.0, heartbeat: float = 0.0) -> None:
    redis = connect(url)
    keys = Keys(prefix=prefix)
    beating = None
    if heartbeat > 0:
        held = InstanceHeartbeat(redis, keys, instance, beat=heartbeat)
        await held.claim()

        async def beat() -> None:
            while True:
                await asyncio.sleep(heartbeat)
                await held.beat()

        beating = asyncio.create_task(beat())
    clock = ManualClock(now, follow_real_time=True)
    async with aiohttp.ClientSession() as session:
        client = WeComClient(
            session, redis, keys, api_base=api_base, corp_id=corp_id, secret=secret, agent_id=1000002,
            clock=clock, request_timeout=0.5,
            retry=RetryPolicy(base_delay=0.001, max_delay=0.01, total_budget=5.0),
            limits=RateLimits(block_seconds=0.05, concurrency_lease_seconds=1.0, max_wait=2.0),
        )  # fmt: skip
        jobs = JobStore(redis, keys, clock)
        outbox = Postman(OutboxStore(redis, keys), client, poll=0.05, backoff=0.2, instance=instance)
        engine = TransferEngine(
            jobs, TransferStore(redis, keys), client, TimerStore(redis, keys), clock, ClientNotifier(client, outbox),
            instance_id=instance, tz=timezone(timedelta(hours=8)), lease_seconds=lease, batch_size=batch_size,
            parallel=1, backoff_base=0.01, backoff_max=0.05,
        )  # fmt: skip
        if heartbeat > 0:
            outbox.start()
        print("ready", flush=True)
        while await jobs.list_states(["approved", "running", "paused"]):
            await engine.run_once()
            await asyncio.sleep(0.02)
        if heartbeat > 0:
            while (await outbox.store.depth(time.time()))[1]:
                await asyncio.sleep(0.02)
            await outbox.stop()
    if beating is not None:
        beating.cancel()
    await redis.aclose()


if __name__ == "__main__":
    a = sys.argv[1:]
    extra = [float(x) for x in a[8:10]]
    asyncio.run(main(a[0], a[1], a[2], float(a[3]), a[4], int(a[5]), a[6], a[7], *extra))
