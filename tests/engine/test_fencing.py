"""A lease holder frozen (SIGSTOP) past its lease while another instance takes the job over, then
thawed (SIGCONT): the old holder's writes are fenced out by its lease token — it begins no batch
and records no outcome after the takeover — and no customer is transferred twice."""

from __future__ import annotations

import asyncio
import signal
import sys
import time

from bot.sandbox import SandboxWorld
from storage.connection import Redis
from storage.jobs import JobStore
from storage.keys import Keys
from storage.transfers import TransferStore
from tests.engine.conftest import approved
from tests.engine.proof import CUSTOMER_ENDPOINTS, GROUP_ENDPOINTS, accepted_customers, moved_groups
from tests.engine.test_crash import ROOT, served  # noqa: F401  (the fixture)
from tests.engine.test_exactly_once import transfer_calls, until

LEASE = 1.0


async def engine(redis_url: str, keys: Keys, api_base: str, world: SandboxWorld,
                 instance: str) -> asyncio.subprocess.Process:  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.engine.engine_proc", redis_url, keys.prefix, api_base, repr(world.now()),
        instance, "5", world.credentials.corp_id, world.credentials.secret, repr(LEASE), "0",
        cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    await asyncio.wait_for(proc.stdout.readline(), 60)
    return proc


async def test_a_holder_frozen_past_its_lease_writes_nothing_after_the_takeover(
    served: str, redis_url: str, redis: Redis, keys: Keys, world: SandboxWorld, jobs: JobStore,  # noqa: F811
    transfers: TransferStore,
) -> None:  # fmt: skip
    for endpoint in CUSTOMER_ENDPOINTS + GROUP_ENDPOINTS:
        world.faults.add(endpoint, latency=0.05)
    job = await approved(jobs)
    old = await engine(redis_url, keys, served, world, "old")
    await until(lambda: transfer_calls(world) >= 5, "the old holder at work")
    old.send_signal(signal.SIGSTOP)  # mid-job, usually with a call in flight
    try:
        frozen_at = transfer_calls(world)
        deadline = time.monotonic() + 30
        while await redis.get(keys.xfer_lease(job.id)) is not None:  # its lease runs out
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        new = await engine(redis_url, keys, served, world, "new")
        await until(lambda: transfer_calls(world) >= frozen_at + 5, "the new holder at work")
    finally:
        old.send_signal(signal.SIGCONT)
    assert await asyncio.wait_for(old.wait(), 120) == 0
    assert await asyncio.wait_for(new.wait(), 120) == 0

    holders = [line.split("|")[3] for line in await transfers.batch_log(job.id)]
    first_new = holders.index("new")
    assert "old" in holders[:first_new] and "old" not in holders[first_new:], "the old holder began a batch late"
    expected = {r.id for r in await transfers.records(job.id) if r.kind == "customer"}
    accepted = accepted_customers(world)
    assert set(accepted) == expected and set(accepted.values()) == {1}, "each customer accepted exactly once"
    assert set(moved_groups(world).values()) == {1}
    assert (await jobs.get(job.id)).state == "submitted"  # type: ignore[union-attr]
