"""A split job end to end (issue #19): filed and approved through encrypted callbacks into the real
app on the sandbox, then executed by an engine subprocess that is SIGKILLed at random points again
and again (the machinery of test_crash.py). The sandbox's own call log is the evidence: every one
of 张伟's 250 customers was accepted exactly once, 125 by each successor, each by the successor the
approved assignment names — and no call ever mixed successors (one takeover_userid per call).
Both paths: 在职继承 while he is here, 离职继承 after he left (his book read from the backup)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bot.sandbox import SandboxWorld
from storage.connection import Redis
from tests.approvals.support import click
from tests.backup.conftest import demo_stack
from tests.engine.proof import CUSTOMER_ENDPOINTS, accepted_customers
from tests.engine.test_crash import run_engine
from tests.handover.conftest import depart

KILLS = 12


@pytest.mark.parametrize("path", ["onjob", "resigned"])
async def test_even_split_of_250_under_repeated_sigkill(redis_url: str, redis: Redis, path: str) -> None:
    rng = random.Random(20261205)
    async with demo_stack(redis_url, None, HANDOVER_IMPORTANT_TAGS="VIP") as s:
        world: SandboxWorld = s.world
        if path == "resigned":  # 离职继承: his book as the backup kept it before he left
            await depart(s, "zhangwei")
        await s.say("wangfang", "把张伟的客户平均分给王磊和杨洋")
        await s.say("wangfang", "1")
        jobs = s.runtime.services["jobs"]
        [job] = await jobs.recent(1)
        await click(s, "liuqiang", job.id, "approve")
        await click(s, "sunhong", job.id, "approve", level=2)
        approved = await jobs.get(job.id)
        assert approved is not None and approved.state == "approved" and approved.path == path
        assignment = await jobs.assignment(job.id)
        want = {eid: approved.takeovers[part] for eid, part in assignment.items()}
        assert Counter(want.values()) == Counter({"wanglei": 125, "yangyang": 125})

        for endpoint in CUSTOMER_ENDPOINTS:
            world.faults.add(endpoint, drop=True, rate=0.1)  # done, but the answer is lost
            world.faults.add(endpoint, latency=0.04)
        api_base, keys = s.settings.api_base, s.runtime.keys
        progress = []
        for _ in range(KILLS):
            await run_engine(redis_url, keys, api_base, world, rng.uniform(0.0, 0.3))
            progress.append(len(world.transfers))
        assert await run_engine(redis_url, keys, api_base, world, None) == 0
        assert progress[KILLS // 2] < 250, "most kills must land while work is left"

        accepted = accepted_customers(world)
        assert set(accepted) == set(want) and set(accepted.values()) == {1}  # each exactly once
        assert {t.external_userid: t.takeover_userid for t in world.transfers} == want
        assert len(world.transfers) == 250
        calls = [c for c in world.calls if c.endpoint in CUSTOMER_ENDPOINTS]
        assert all(len(c.body["external_userid"]) <= 100 for c in calls)
        for call in calls:  # every id of a call belongs to that call's one successor
            assert {want[e] for e in call.body["external_userid"]} == {call.body["takeover_userid"]}
        resent = [c for c in calls if any(r["errcode"] in (40100, 40129) for r in c.response.get("customer", []))]
        assert resent, "the kills and lost answers must have forced re-sends of batches in flight"

        done = await jobs.get(job.id)
        assert done is not None and done.state == "submitted" and done.exec.started == 250
        records = await s.runtime.services["transfers"].records(job.id)
        assert {r.id: r.takeover for r in records if r.kind == "customer"} == want
