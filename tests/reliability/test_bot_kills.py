"""Bot processes SIGKILLed at random moments under load: nothing acknowledged is lost, nothing is
answered twice, and the handover job still moves every customer exactly once to a final report.

Set-up: three ``python -m bot serve`` processes (own ports, one Redis, the sandbox served by this
test's loop). 36 extra members chat (help / 进度 / 帮助) at random moments; every callback goes
to a random backend, as behind a load balancer, and its retries (the same signed POST) to
another random backend. Some callbacks are given up after one try, some carry a broken
signature. Meanwhile 王芳 files the 张伟 → 李娜 handover and 刘强 then 孙红 approve on their
cards, while a random process is SIGKILLed every few seconds and restarted at once (a new pid
in the same slot, ``HANDOVER_INSTANCE_ID=bot<i>``: it resumes its predecessor's unacknowledged
events, job leases, timers and outbox queues by name at once).

The final phase, and why it is sound: the platform finishes takeovers 24 h after submission and
the engine learns of them from its ``transfer_poll`` timer (+10 min … +24 h 5 min on the BOTS'
clocks). The bots run on real time — a ManualClock cannot be shared across processes — so we
advance only the world: the takeovers settle and the refusals queue ``transfer_fail`` events,
which we push through the balancer (one more SIGKILL halfway). Then we make the job's own poll
timer due now (``Probe.nudge_poll``: the same timer id, rescheduled — what the bots would see
once their clocks reached the +24 h poll; it also supersedes a claim held by a killed process).
A live instance polls ``transfer_result`` and closes the job. The refusals thus arrive both ways
(event and poll), which must not count anything twice.

Invariants (evidence from the sandbox's call log and inboxes, and the product's stores):
- each callback answered 200 got exactly one reply; a refused one (connection refused, 403)
  none; an unknown one (connection cut mid-request) at most one. The only repeats allowed are
  sends the platform performed within ``KILL_WINDOW`` before a SIGKILL (the documented window
  between a reply's send and the outbox's record of it; milestone notices carry WeCom's
  duplicate check and are not repeated);
- nothing left pending or parked in the inbox;
- the sandbox accepted each of the 250 customers exactly once and moved each of the 12 groups
  once; our records equal the platform's outcome; the job is final, and the milestones reached
  the requester and approvers (no repeats beyond the same allowance).
"""

from __future__ import annotations

import asyncio
import random

import pytest

from storage.connection import Redis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import (
    LoadPlan,
    add_load_members,
    audit_replies,
    drained,
    run_load,
    window_sends,
)

INSTANCES = 3
KILLS_UNDER_LOAD = 4
LOAD_SECONDS = 12.0


@pytest.mark.slow
async def test_sigkilled_bots_lose_nothing_and_repeat_nothing(
    make_rig: RigFactory, redis: Redis, redis_url: str
) -> None:
    world = demo_world()
    users = add_load_members(world, 36)
    rig = await make_rig(world, redis, redis_url, size=INSTANCES, seed=11)
    story, cluster = rig.story, rig.cluster
    await story.depart_zhangwei()
    rng = random.Random(20261126)
    kills_at: list[float] = []

    async def kill_one() -> None:
        index = rng.randrange(INSTANCES)
        kills_at.append(world.now())
        await cluster.kill(index)
        await cluster.restart(index)

    async def killer() -> None:
        for _ in range(KILLS_UNDER_LOAD):
            await asyncio.sleep(rng.uniform(0.3, LOAD_SECONDS / KILLS_UNDER_LOAD))
            await kill_one()

    async def handover() -> None:
        await story.request()
        await story.approve_all()

    deliveries, _, _ = await asyncio.gather(
        run_load(rig.wire, LoadPlan(users, per_user=3, duration=LOAD_SECONDS, seed=5)), killer(), handover()
    )
    await story.wait_state(("submitted",))  # no drain here: the killed ones' reclaims overlap the next phase
    pushed = await story.settle_takeovers(on_event=kill_one)
    job = await story.finish()
    await drained(rig.probe)

    assert len(cluster.kills) == KILLS_UNDER_LOAD + 1
    pids = [pid for inst in cluster.instances for pid in inst.pids]
    assert len(pids) == len(set(pids)) == INSTANCES + len(cluster.kills)  # every restart a new process
    assert await rig.probe.depth() == (0, 0), "events left pending or parked"

    def allowance(user: str) -> int:
        return window_sends(world, user, kills_at, story.real)

    audit = audit_replies(world, deliveries, allowance=allowance)
    audit.assert_clean()
    assert audit.outcomes["tampered:refused"] > 0 and audit.outcomes["tampered:ok"] == 0
    assert audit.outcomes["retried:ok"] + audit.outcomes["single:ok"] >= len(deliveries) * 0.6

    story.assert_each_customer_once()
    await story.assert_records_match_platform()
    repeats = story.assert_story_messages(allowance)
    print(f"\n[bot kills] job {job.id} {job.state}; transfer_fail pushed {pushed}; kills {len(cluster.kills)}; "
          f"callbacks {dict(audit.outcomes)}; load repeats {audit.repeated}; story repeats {repeats}; "
          f"window sends {sum(allowance(u) for u in {*users, 'wangfang', 'liuqiang', 'sunhong'})}")  # fmt: skip
