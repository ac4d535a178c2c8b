"""SIGKILL an engine subprocess at random points, again and again: no customer is transferred
twice, none is skipped, every job completes. Evidence: the sandbox's own call log."""

from __future__ import annotations

import asyncio
import random
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from bot.engine import TransferEngine
from bot.sandbox import SandboxWorld, create_sandbox_api
from storage.embedded import free_port
from storage.jobs import JobStore
from storage.keys import Keys
from storage.transfers import TransferStore
from tests.engine.conftest import approved
from tests.engine.proof import accepted_customers, moved_groups

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


@pytest.fixture
async def served(world: SandboxWorld) -> AsyncIterator[str]:
    """The sandbox on a real loopback port, served by this test's event loop."""
    runner = web.AppRunner(create_sandbox_api(world))
    await runner.setup()
    port = free_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def run_engine(redis_url: str, keys: Keys, api_base: str, world: SandboxWorld,
                     kill_after: float | None) -> int | None:  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.engine.engine_proc", redis_url, keys.prefix, api_base,
        repr(world.now()), "crashy", "5", world.credentials.corp_id, world.credentials.secret,
        cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    await asyncio.wait_for(proc.stdout.readline(), 30)
    if kill_after is None:
        return await asyncio.wait_for(proc.wait(), 60)
    await asyncio.sleep(kill_after)
    if proc.returncode is None:
        proc.send_signal(signal.SIGKILL)
    await proc.wait()
    return None


async def test_sigkill_at_random_points_never_doubles_or_skips(
    served: str, redis_url: str, keys: Keys, world: SandboxWorld, jobs: JobStore, transfers: TransferStore,
    engine: TransferEngine,
) -> None:  # fmt: skip
    rng = random.Random(20261130)
    for endpoint in ("externalcontact/resigned/transfer_customer", "externalcontact/transfer_customer",
                     "externalcontact/groupchat/transfer", "externalcontact/groupchat/onjob_transfer"):
        world.faults.add(endpoint, drop=True, rate=0.1)  # done, but the answer is lost
        world.faults.add(endpoint, latency=0.04)
    a = await approved(jobs)
    b = await approved(jobs, handover="chenjing", takeover="zhoujie", path="onjob")
    progress = []
    for _ in range(KILLS):
        await run_engine(redis_url, keys, served, world, rng.uniform(0.0, 0.25))
        progress.append(len(world.transfers))
    assert await run_engine(redis_url, keys, served, world, None) == 0
    assert progress[KILLS // 2] < 330, "most kills must land while work is left"

    expected = {r.id for j in (a, b) for r in await transfers.records(j.id) if r.kind == "customer"}
    assert len(expected) == 330
    accepted = accepted_customers(world)
    assert set(accepted) == expected and set(accepted.values()) == {1}  # each exactly once
    assert len(world.transfers) == 330 == len({t.external_userid for t in world.transfers})
    groups = moved_groups(world)
    assert len(groups) == 15 and set(groups.values()) == {1}
    resent = [c for c in world.calls if c.endpoint.endswith("transfer_customer") and
              any(row["errcode"] in (40100, 40129) for row in c.response.get("customer", []))]  # fmt: skip
    assert resent, "the kills and lost answers must have forced re-sends of batches in flight"

    for job in (a, b):
        current = await jobs.get(job.id)
        assert current is not None and current.state == "submitted"
        assert current.exec.started == (262 if job is a else 83) and current.exec.failed == 0
    world.advance(86400 + 600)
    for job in (a, b):
        assert await engine.poll(job.id)
        done = await jobs.get(job.id)
        assert done is not None and done.state in ("completed", "completed_with_failures")
        truth = {t.external_userid: t.status for t in world.transfers if t.takeover_userid == job.takeover}
        records = {r.id: r.status for r in await transfers.records(job.id) if r.kind == "customer"}
        assert records == {e: {1: "taken_over", 3: "refused"}[s] for e, s in truth.items()}
