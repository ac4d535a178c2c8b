"""Faults, a Redis restart and two engine instances: every job still ends right, exactly once."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import aiohttp
from redis.exceptions import RedisError

from bot.engine import ClientNotifier, TransferEngine, timer_handlers
from bot.models.jobs import JobState
from bot.sandbox import SandboxWorld
from bot.timers import TimerService
from storage.connection import Redis, connect
from storage.embedded import EmbeddedRedis
from storage.jobs import JobStore
from storage.keys import Keys
from storage.timers import TimerStore
from storage.transfers import TransferStore
from tests.engine.conftest import BEIJING, MakeEngine, WorldNames, approved, make_client
from tests.engine.proof import accepted_customers, moved_groups

TRANSFER_ENDPOINTS = ("externalcontact/resigned/transfer_customer", "externalcontact/transfer_customer",
                      "externalcontact/groupchat/transfer", "externalcontact/groupchat/onjob_transfer")
DAY = 86400.0


async def wait_for_states(jobs: JobStore, job_ids: list[str], states: set[JobState], *,
                          engine: TransferEngine | None = None, rounds: int = 600) -> list[JobState]:  # fmt: skip
    """Drive (or just watch) until every job is in one of ``states``; returns the last states seen."""
    seen: list[JobState] = []
    for _ in range(rounds):
        if engine is not None:
            await engine.run_once()
        try:
            seen = [j.state for j in await jobs.get_many(job_ids)]
        except (RedisError, OSError):
            seen = []
        if seen and all(s in states for s in seen):
            return seen
        await asyncio.sleep(0.05)
    return seen


def assert_exactly_once(world: SandboxWorld, customers: int, groups: int) -> None:
    accepted = accepted_customers(world)
    assert len(accepted) == customers and set(accepted.values()) == {1}
    assert len(world.transfers) == customers == len({t.external_userid for t in world.transfers})
    moved = moved_groups(world)
    assert len(moved) == groups and set(moved.values()) <= {1}


async def test_jobs_complete_with_20_percent_transient_faults(
    make_engine: MakeEngine, jobs: JobStore, transfers: TransferStore, timers: TimerStore, world: SandboxWorld
) -> None:
    engine = make_engine(batch_size=10)  # more calls, more faults
    for rule in ({"errcode": -1}, {"errcode": 45009}, {"http_status": 502}, {"timeout": True}, {"drop": True}):
        world.faults.add("*", rate=0.045, **rule)  # ≈ 20 % of all calls, every endpoint
    a = await approved(jobs)
    b = await approved(jobs, handover="chenjing", takeover="zhoujie", path="onjob")
    assert await wait_for_states(jobs, [a.id, b.id], {"submitted"}, engine=engine) == ["submitted"] * 2
    faulted = sum(1 for c in world.calls if c.fault)
    assert faulted >= 0.1 * len(world.calls) and faulted >= 8, "the faults must actually have fired"
    assert_exactly_once(world, 330, 15)

    world.advance(DAY + 600)
    for job in (a, b):
        for _ in range(30):
            if await engine.poll(job.id):
                break
        current = await jobs.get(job.id)
        assert current is not None and current.state == "completed_with_failures"  # refusals
        truth = {t.external_userid: {1: "taken_over", 3: "refused"}[t.status] for t in world.transfers
                 if t.takeover_userid == job.takeover}  # fmt: skip
        assert {r.id: r.status for r in await transfers.records(job.id) if r.kind == "customer"} == truth

    # Milestones whose message/send failed are re-sent by the safety timer.
    world.faults.clear()
    world.advance(engine.notice_retry + 1)
    service = TimerService(timers, world.clock, timer_handlers(engine), backoff_base=0.01)
    while await service.run_once():
        pass
    for job in (a, b):
        texts = [m.content or "" for m in world.delivered(job.requester)]
        assert sum(1 for t in texts if t.startswith(f"{job.id} 已提交")) >= 1
        assert sum(1 for t in texts if t.startswith(f"{job.id} 完成")) >= 1


async def test_redis_restart_mid_job_loses_nothing(
    tmp_path: Path, world: SandboxWorld, api_base: str, session: aiohttp.ClientSession
) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "redis")  # our own server, AOF on
    server.start()
    redis: Redis = connect(server.url)
    keys = Keys.for_app("restart", "wwcorp", 1)
    try:
        client = make_client(session, redis, keys, world, api_base)
        jobs = JobStore(redis, keys, world.clock)
        engine = TransferEngine(
            jobs, TransferStore(redis, keys), client, TimerStore(redis, keys), world.clock, ClientNotifier(client),
            instance_id="restart", tz=BEIJING, scan_interval=0.05, batch_size=10, parallel=1,
            backoff_base=0.01, backoff_max=0.05, names=WorldNames(world),
        )  # fmt: skip
        for endpoint in TRANSFER_ENDPOINTS:
            world.faults.add(endpoint, latency=0.03)
        job = await approved(jobs)
        engine.start()
        for _ in range(400):
            if len(world.transfers) >= 60:
                break
            await asyncio.sleep(0.01)
        assert 60 <= len(world.transfers) < 250, "the restart must happen mid-job"
        await asyncio.to_thread(server.stop)
        await asyncio.sleep(0.3)
        await asyncio.to_thread(server.start)
        assert await wait_for_states(jobs, [job.id], {"submitted"}) == ["submitted"]
        await engine.stop()
        assert_exactly_once(world, 250, 12)
        done = await jobs.get(job.id)
        assert done is not None and done.exec.started == 262
        records = await TransferStore(redis, keys).records(job.id)
        assert len(records) == 262 and {r.status for r in records} == {"started", "moved"}
    finally:
        await redis.aclose()
        server.stop()


async def test_two_instances_never_work_one_job_at_the_same_time(
    make_engine: MakeEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld,
    session: aiohttp.ClientSession, redis: Redis, keys: Keys, api_base: str,
) -> None:  # fmt: skip
    calls: list[tuple[str, float, float]] = []

    def tracked(name: str) -> TransferEngine:
        client = make_client(session, redis, keys, world, api_base)
        original = client.transfer_resigned_customers

        async def recorded(*args: Any, **kw: Any) -> Any:
            start = time.monotonic()
            try:
                return await original(*args, **kw)
            finally:
                calls.append((name, start, time.monotonic()))

        client.transfer_resigned_customers = recorded  # type: ignore[method-assign]
        return make_engine(instance_id=name, client=client, batch_size=10, parallel=1)

    one, two = tracked("one"), tracked("two")
    world.faults.add("externalcontact/resigned/transfer_customer", latency=0.02)
    job = await approved(jobs, scope=["customers"])
    one.start()
    two.start()
    for _ in range(400):
        if len(world.transfers) >= 50:
            break
        await asyncio.sleep(0.01)
    await one.stop()  # graceful: finishes the batch in hand, releases the lease; "two" goes on
    assert await wait_for_states(jobs, [job.id], {"submitted"}) == ["submitted"]
    await two.stop()
    assert {name for name, _, _ in calls} == {"one", "two"}
    for n1, s1, e1 in calls:
        for n2, s2, e2 in calls:
            if n1 != n2:
                assert e1 <= s2 or e2 <= s1, "two instances sent batches of one job at once"
    log = await transfers.batch_log(job.id)
    assert [int(line.split("|")[0]) for line in log] == list(range(1, 26))
    assert {line.split("|")[3] for line in log} == {"one", "two"}
    assert_exactly_once(world, 250, 0)


async def test_lease_is_exclusive_renewable_and_expires(transfers: TransferStore) -> None:
    assert await transfers.lease("acquire", "H-1", "a:1", 0.3, "a:")
    assert not await transfers.lease("acquire", "H-1", "b:1", 0.3, "b:")
    assert await transfers.lease("renew", "H-1", "a:1", 0.3)
    assert not await transfers.lease("renew", "H-1", "b:1", 0.3)
    # A restarted process of instance "a" takes its own lease back at once.
    assert await transfers.lease("acquire", "H-1", "a:2", 0.3, "a:")
    assert not await transfers.lease("release", "H-1", "a:1", 0.3)
    await asyncio.sleep(0.4)  # the holder died: the lease expires
    assert await transfers.lease("acquire", "H-1", "b:1", 5, "b:")
    assert await transfers.lease_holder("H-1") == "b:1"
    assert await transfers.lease("release", "H-1", "b:1", 5)
    assert await transfers.lease_holder("H-1") is None
