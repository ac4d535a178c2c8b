"""Redis restarted under load, on the same port and data directory (AOF on, appendfsync everysec).

The test runs its own ``EmbeddedRedis`` in tmp_path (the product's launcher) and two ``serve``
processes pointed at it, with members chatting through the balancer, in three phases:

A. A clean restart (SIGTERM: Redis writes and fsyncs the AOF before it exits) in the middle of 8 s
   of chat. STRICT: every callback answered 200 — before, during (503s, which the sender retries
   like WeCom) and after the outage — gets exactly one reply; a 403 none.
B. Right after, a hard kill (SIGKILL) in the middle of a second burst, restarted 1 s later. With
   everysec this is MEASURED, not asserted lossless: everysec promises at most ~1 s of writes lost
   on a crash (a kill of the process alone loses only what was not yet write()n to the kernel —
   normally nothing, but a slow fsync can postpone writes by up to 2 s; a power loss loses up to
   ~1–2 s). The burst's lost acknowledgements and repeats are printed for the report. Phase A's
   callbacks were all acknowledged more than 1 s before this kill, so its strict check still
   stands (B overlapping A's recovery keeps the suite short: one recovery wait, not two).
C. After both: the bots recovered on their own (a fresh round is answered exactly once) and the
   handover filed BEFORE both restarts is approved and carried to its final report, each customer
   moved once, nothing left pending or parked.

The only repeats a correct bot may produce are sends the platform performed just before or
during an outage (the send went out, then the reply-ledger mark failed because Redis was gone, so
the retried event sends again); they are allowed, counted and reported.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from pathlib import Path

import pytest
from redis.exceptions import RedisError

from storage.connection import Redis, connect
from storage.embedded import EmbeddedRedis
from tests.reliability.conftest import Rig, RigFactory, demo_world
from tests.reliability.story import (
    KILL_WINDOW,
    LoadPlan,
    add_load_members,
    audit_replies,
    drained,
    run_load,
    sends_to,
)


async def stop_bots_then(server: EmbeddedRedis, client: Redis, rigs: list[Rig]) -> None:
    """Bots first, Redis last (as a deployment would stop them)."""
    for rig in rigs:
        await rig.cluster.stop()
    await client.aclose()
    server.stop()


async def reconnect(client: Redis) -> None:
    """The test's own client: its pooled connection died with the server; the next one is new."""
    for _ in range(50):
        with contextlib.suppress(RedisError):
            if await client.ping():
                return
        await asyncio.sleep(0.1)
    raise AssertionError("Redis did not come back")


@pytest.mark.slow
async def test_redis_restarts_under_load(make_rig: RigFactory, tmp_path: Path) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "own-redis")
    server.start()
    client = connect(server.url)
    rigs: list[Rig] = []
    try:
        world = demo_world()
        users_a = add_load_members(world, 24)
        users_b = add_load_members(world, 48)[24:]
        users_c = add_load_members(world, 72)[48:]
        rig = await make_rig(world, client, server.url, size=2, seed=21)
        rigs.append(rig)
        story = rig.story
        await story.depart_zhangwei()
        await story.request()  # filed before both restarts; approved after them
        windows: list[tuple[float, float]] = []

        async def clean_restart() -> None:
            await asyncio.sleep(3.0)
            down = world.now()
            server.stop()  # SIGTERM: the AOF is written and fsynced, then Redis exits
            await asyncio.sleep(1.5)
            server.start()  # same port, same dir: the AOF is replayed
            windows.append((down, world.now()))
            await reconnect(client)

        plan_a = LoadPlan(users_a, per_user=3, duration=8.0, attempts=10, single_attempt=0.0, seed=9)
        phase_a, _ = await asyncio.gather(run_load(rig.wire, plan_a), clean_restart())
        assert any(a.startswith("unknown") for d in phase_a for a in d.attempts), "the outage was never felt"

        async def hard_kill() -> None:
            await asyncio.sleep(random.Random(4).uniform(1.5, 3.5))
            down, port = world.now(), server.port
            server.kill()  # SIGKILL mid-burst
            await asyncio.sleep(1.0)
            again = EmbeddedRedis(data_dir=server.data_dir, port=port)
            again.start()
            server._proc = again._proc  # one handle to stop at the end
            windows.append((down, world.now()))
            await reconnect(client)

        plan_b = LoadPlan(users_b, per_user=3, duration=5.0, attempts=10, single_attempt=0.0, seed=17)
        phase_b, _ = await asyncio.gather(run_load(rig.wire, plan_b), hard_kill())
        await drained(rig.probe)

        def allowance(user: str) -> int:
            sends = sends_to(world, user)
            return sum(1 for at, _t, _f in sends
                       if any(down - KILL_WINDOW <= at <= up + KILL_WINDOW for down, up in windows))  # fmt: skip

        strict_a = audit_replies(world, phase_a, allowance=allowance)
        strict_a.assert_clean()
        assert strict_a.outcomes["retried:ok"] >= len(phase_a) - strict_a.outcomes["tampered:refused"] - 3
        measured_b = audit_replies(world, phase_b, allowance=lambda user: 10**6)  # measured, not asserted

        plan_c = LoadPlan(users_c, per_user=1, duration=2.0, single_attempt=0.0, tampered=0.0, seed=23)
        phase_c = await run_load(rig.wire, plan_c)
        await story.approve_all()
        await story.wait_state(("submitted",))
        await story.settle_takeovers()
        job = await story.finish()
        await drained(rig.probe)
        assert await rig.probe.depth() == (0, 0)
        strict_c = audit_replies(world, phase_c)
        strict_c.assert_clean()
        assert strict_c.outcomes["retried:ok"] == len(users_c)
        story.assert_each_customer_once()
        await story.assert_records_match_platform()
        repeats = story.assert_story_messages(allowance)
        acknowledged_b = sum(1 for d in phase_b if d.outcome == "ok")
        print(f"\n[redis] job {job.id} {job.state}; A (SIGTERM) callbacks {dict(strict_a.outcomes)}, repeats "
              f"{strict_a.repeated}; B (SIGKILL) acknowledged {acknowledged_b}, lost {len(measured_b.lost)} "
              f"{measured_b.lost}, repeated {measured_b.repeated}, unexplained {measured_b.extra}; "
              f"story repeats {repeats}")  # fmt: skip
    finally:
        await stop_bots_then(server, client, rigs)
