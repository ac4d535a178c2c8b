"""Redis restarted under load, on the same port and data directory (AOF on, appendfsync everysec).

Each test runs its own ``EmbeddedRedis`` in tmp_path (the product's launcher) and two ``serve``
processes pointed at it, with members chatting through the balancer the whole time.

1. A clean restart (SIGTERM: Redis writes and fsyncs the AOF before it exits). Strict: every
   callback answered 200 — before, during (503s, retried by the sender like WeCom) and after the
   outage — got exactly one reply, and the handover filed before the restart is approved and
   carried to its final report after it, each customer moved once. The only repeats a correct
   bot may produce are sends the platform performed just before or during the outage (the send
   went out, then the reply-ledger mark failed because Redis was gone, so the retried event sends
   again); they are counted and reported.

2. A hard kill (SIGKILL) with everysec is MEASURED, not asserted as lossless: everysec promises
   at most ~1 s of writes lost on a crash (more precisely: a kill of the process loses what was not
   yet write()n to the kernel, normally nothing; a power loss loses up to ~1–2 s of fsyncs). What
   the test does assert: the bots recover on their own (a fresh round of messages after the
   restart is answered exactly once), a job filed seconds before the kill is still there and can
   be approved, and nothing is left pending or parked. Lost acknowledgements and repeats of the
   burst around the kill are printed for the report.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from redis.exceptions import RedisError

from storage.connection import Redis, connect
from storage.embedded import EmbeddedRedis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import (
    KILL_WINDOW,
    LoadPlan,
    add_load_members,
    audit_replies,
    drained,
    run_load,
    sends_to,
)


async def reconnect(client: Redis) -> None:
    """The test's own client: its pooled connection died with the server; the next one is new."""
    for _ in range(50):
        with contextlib.suppress(RedisError):
            if await client.ping():
                return
        await asyncio.sleep(0.1)
    raise AssertionError("Redis did not come back")


def outage_sends(world_calls_for: Callable[[str], list[tuple[float, str, str]]], down: float,
                 up: float) -> Callable[[str], int]:  # fmt: skip
    """Allowance: sends performed just before or during the outage (their ledger mark may have
    failed, so a retried event may send them again)."""

    def allowance(user: str) -> int:
        return sum(1 for at, _t, _f in world_calls_for(user) if down - KILL_WINDOW <= at <= up + KILL_WINDOW)

    return allowance


@pytest.mark.slow
async def test_clean_redis_restart_loses_nothing_acknowledged(make_rig: RigFactory, tmp_path: Path) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "own-redis")
    server.start()
    client = connect(server.url)
    try:
        world = demo_world()
        users = add_load_members(world, 24)
        rig = await make_rig(world, client, server.url, size=2, seed=21)
        story = rig.story
        await story.depart_zhangwei()
        await story.request()  # filed before Redis goes away; approved after it is back
        outage: dict[str, float] = {}

        async def restart_redis() -> None:
            await asyncio.sleep(3.0)
            outage["down"] = world.now()
            server.stop()  # SIGTERM: the AOF is written and fsynced, then Redis exits
            await asyncio.sleep(1.5)
            server.start()  # same port, same dir: the AOF is replayed
            outage["up"] = world.now()
            await reconnect(client)

        plan = LoadPlan(users, per_user=3, duration=8.0, attempts=10, single_attempt=0.0, seed=9)
        deliveries, _ = await asyncio.gather(run_load(rig.wire, plan), restart_redis())
        assert any(a.startswith("unknown") for d in deliveries for a in d.attempts), "the outage was never felt"

        await story.approve_all()
        await story.wait_state(("submitted",))
        await story.settle_takeovers()
        job = await story.finish()
        await drained(rig.probe)
        assert await rig.probe.depth() == (0, 0)

        allowance = outage_sends(lambda u: sends_to(world, u), outage["down"], outage["up"])
        audit = audit_replies(world, deliveries, allowance=allowance)
        audit.assert_clean()
        assert audit.outcomes["retried:ok"] >= len(deliveries) - audit.outcomes["tampered:refused"] - 3
        story.assert_each_customer_once()
        await story.assert_records_match_platform()
        repeats = story.assert_story_messages(allowance)
        print(f"\n[redis SIGTERM] job {job.id} {job.state}; callbacks {dict(audit.outcomes)}; "
              f"repeats after the outage: load {audit.repeated}, story {repeats}")  # fmt: skip
    finally:
        await client.aclose()
        server.stop()


@pytest.mark.slow
async def test_hard_redis_kill_is_measured_and_the_bots_recover(make_rig: RigFactory, tmp_path: Path) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "own-redis")
    server.start()
    client = connect(server.url)
    try:
        world = demo_world()
        burst_users = add_load_members(world, 24)
        after_users = [u for u in add_load_members(world, 36) if u not in burst_users]
        rig = await make_rig(world, client, server.url, size=2, seed=31)
        story = rig.story
        await story.depart_zhangwei()
        job_id = await story.request()
        await asyncio.sleep(2.5)  # more than everysec: the filed job is on disk for sure
        rng = random.Random(4)

        async def kill_redis() -> None:
            await asyncio.sleep(rng.uniform(1.5, 3.5))
            port = server.port
            server.kill()  # SIGKILL mid-burst
            await asyncio.sleep(1.0)
            again = EmbeddedRedis(data_dir=server.data_dir, port=port)
            again.start()
            server._proc = again._proc  # one handle to stop at the end
            await reconnect(client)

        plan = LoadPlan(burst_users, per_user=3, duration=5.0, attempts=10, single_attempt=0.0, seed=17)
        burst, _ = await asyncio.gather(run_load(rig.wire, plan), kill_redis())
        await drained(rig.probe)

        # measured, not asserted: what a SIGKILL with everysec lost or repeated in this run
        measured = audit_replies(world, burst, allowance=lambda user: 10**6)
        acknowledged = sum(1 for d in burst if d.outcome == "ok")

        # the bots recovered on their own: a fresh round is answered exactly once
        fresh = LoadPlan(after_users, per_user=1, duration=2.0, single_attempt=0.0, tampered=0.0, seed=23)
        after = await run_load(rig.wire, fresh)
        await drained(rig.probe)
        strict = audit_replies(world, after)
        strict.assert_clean()
        assert strict.outcomes["retried:ok"] == len(after_users)

        # what was durable before the kill is still there and still works
        job = await rig.probe.job(job_id)
        assert job.state == "pending_approval"
        await story.approve_all()
        await story.wait_state(("submitted",))
        assert await rig.probe.depth() == (0, 0)
        print(f"\n[redis SIGKILL] acknowledged {acknowledged}; lost {len(measured.lost)} {measured.lost}; "
              f"repeated {measured.repeated}; unexplained {measured.extra}; callbacks {dict(measured.outcomes)}")  # fmt: skip
    finally:
        await client.aclose()
        server.stop()
