"""An engine process for the crash test: works every live job against the sandbox at
``api_base`` until none is left to send, then exits 0. The parent SIGKILLs it at random points.

argv: redis_url key_prefix api_base world_now instance_id batch_size corp_id secret
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta, timezone

import aiohttp

from bot.clock import ManualClock
from bot.engine import ClientNotifier, TransferEngine
from bot.wecom import RateLimits, RetryPolicy, WeComClient
from storage.connection import connect
from storage.jobs import JobStore
from storage.keys import Keys
from storage.timers import TimerStore
from storage.transfers import TransferStore


async def main(url: str, prefix: str, api_base: str, now: float, instance: str, batch_size: int,
               corp_id: str, secret: str) -> None:
    redis = connect(url)
    keys = Keys(prefix=prefix)
    clock = ManualClock(now, follow_real_time=True)
    async with aiohttp.ClientSession() as session:
        client = WeComClient(
            session, redis, keys, api_base=api_base, corp_id=corp_id, secret=secret, agent_id=1000002,
            clock=clock, request_timeout=0.5,
            retry=RetryPolicy(base_delay=0.001, max_delay=0.01, total_budget=5.0),
            limits=RateLimits(block_seconds=0.05, concurrency_lease_seconds=1.0, max_wait=2.0),
        )  # fmt: skip
        jobs = JobStore(redis, keys, clock)
        engine = TransferEngine(
            jobs, TransferStore(redis, keys), client, TimerStore(redis, keys), clock, ClientNotifier(client),
            instance_id=instance, tz=timezone(timedelta(hours=8)), lease_seconds=3.0, batch_size=batch_size, parallel=1,
            backoff_base=0.01, backoff_max=0.05,
        )  # fmt: skip
        print("ready", flush=True)
        while await jobs.list_states(["approved", "running", "paused"]):
            await engine.run_once()
            await asyncio.sleep(0.02)
    await redis.aclose()


if __name__ == "__main__":
    a = sys.argv[1:]
    asyncio.run(main(a[0], a[1], a[2], float(a[3]), a[4], int(a[5]), a[6], a[7]))
