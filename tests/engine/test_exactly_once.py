"""The engine process SIGKILLed again and again during a 1,000-customer job — at random points
(between a platform answer and its record among them), while the "submitted" notice hangs in
message/send (after the state change, before the notice arrived) and after WeCom delivered the
notice but before its answer came back (between send and mark) — restarted each time as the same
instance: every customer accepted once, each milestone notice delivered once to each recipient,
and each restart back at work without waiting out the dead process's 30 s lease.

Evidence: the sandbox's own call log and the members' inboxes."""

from __future__ import annotations

import asyncio
import random
import signal
import statistics
import sys
import time

from bot.engine import TransferEngine
from bot.sandbox import SandboxWorld
from bot.sandbox.org import Customer, FollowUser
from storage.jobs import JobStore
from storage.keys import Keys
from storage.transfers import TransferStore
from tests.engine.conftest import approved
from tests.engine.proof import CUSTOMER_ENDPOINTS, GROUP_ENDPOINTS, accepted_customers, moved_groups
from tests.engine.test_crash import ROOT, served  # noqa: F401  (the fixture)

KILLS = 20
LEASE = 30.0  # the production lease: a restart that waited it out could not come back sooner
BEAT = 0.5


def transfer_calls(world: SandboxWorld) -> int:
    return sum(1 for c in world.calls if c.endpoint in CUSTOMER_ENDPOINTS + GROUP_ENDPOINTS)


class Engine:
    """The engine subprocess: started, killed, restarted as one instance ("slot-1")."""

    def __init__(self, redis_url: str, keys: Keys, api_base: str, world: SandboxWorld) -> None:
        self.args = [redis_url, keys.prefix, api_base, "", "slot-1", "20", world.credentials.corp_id,
                     world.credentials.secret, repr(LEASE), repr(BEAT)]  # fmt: skip
        self.world = world
        self.proc: asyncio.subprocess.Process | None = None
        self.back_at_work: list[float] = []  # restart → first transfer call, seconds
        self.after_ready: list[float] = []  # of which after the process was up (imports, Redis, id)

    async def start(self) -> None:
        self.args[3] = repr(self.world.now())
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.engine.engine_proc", *self.args, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert self.proc.stdout is not None
        await asyncio.wait_for(self.proc.stdout.readline(), 60)

    async def restart_and_time(self) -> None:
        calls, spawned = transfer_calls(self.world), time.monotonic()
        await self.start()
        ready = time.monotonic()
        while transfer_calls(self.world) == calls:
            assert self.proc is not None and self.proc.returncode is None, "the engine exited before working"
            await asyncio.sleep(0.005)
        self.back_at_work.append(time.monotonic() - spawned)
        self.after_ready.append(time.monotonic() - ready)

    async def kill(self) -> None:
        assert self.proc is not None
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()

    async def finish(self) -> int:
        assert self.proc is not None
        return await asyncio.wait_for(self.proc.wait(), 120)


async def until(check: object, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"never: {what}"
        await asyncio.sleep(0.002)


async def test_sigkills_in_a_1000_customer_job_lose_and_double_nothing(
    served: str, redis_url: str, keys: Keys, world: SandboxWorld, jobs: JobStore,  # noqa: F811
    transfers: TransferStore, engine: TransferEngine,
) -> None:  # fmt: skip
    for i in range(750):  # 张伟 has 250 in the demo: 1,000 customers (and his 12 groups)
        world.corp.add_customer(Customer(f"wmKill{i:04d}", f"k{i}", follow=[FollowUser("zhangwei")]))
    for endpoint in CUSTOMER_ENDPOINTS + GROUP_ENDPOINTS:
        world.faults.add(endpoint, drop=True, rate=0.1)  # done, but the answer is lost
        world.faults.add(endpoint, latency=0.03)
    job = await approved(jobs)
    rng = random.Random(20261204)
    proc = Engine(redis_url, keys, served, world)

    t0 = time.monotonic()
    await proc.start()
    for _ in range(KILLS):
        await asyncio.sleep(rng.uniform(0.02, 0.12))
        await proc.kill()
        await proc.restart_and_time()
    assert (await jobs.get(job.id)).state == "running", "every kill landed while customers were left"  # type: ignore[union-attr]

    phases = [time.monotonic() - t0]
    # The "submitted" notice: the state change is done and the send hangs → killed.
    hang = world.faults.add("message/send", timeout=True, count=1)
    await until(lambda: hang.hits == 1, "the submitted notice hanging in message/send")
    await proc.kill()
    assert (await jobs.get(job.id)).state == "submitted"  # type: ignore[union-attr]
    assert not world.delivered("wangfang")
    # Restarted: the queued notice goes out; WeCom delivers it, its answer is slow → killed.
    slow = world.faults.add("message/send", response_time=2.0, count=1)
    await proc.start()
    await until(lambda: slow.hits == 1 and world.delivered("wangfang"), "the notice delivered")
    await proc.kill()
    # Restarted again: the entry is still queued and sent again; WeCom's duplicate check drops it.
    await proc.start()
    assert await proc.finish() == 0
    phases.append(time.monotonic() - t0)

    expected = {r.id for r in await transfers.records(job.id) if r.kind == "customer"}
    assert len(expected) == 1000
    accepted = accepted_customers(world)
    assert set(accepted) == expected and set(accepted.values()) == {1}, "each customer accepted exactly once"
    assert set(moved_groups(world).values()) == {1}

    # The final report, a day later (followed in this process).
    world.advance(25 * 3600)
    assert await engine.poll(job.id)
    phases.append(time.monotonic() - t0)
    final_state = (await jobs.get(job.id)).state  # type: ignore[union-attr]
    assert final_state in ("completed", "completed_with_failures")
    for person, milestones in (("wangfang", ("已提交", "完成")), ("liuqiang", ("完成",))):
        texts = [m.content or "" for m in world.delivered(person) if job.id in (m.content or "")]
        for word in milestones:
            assert len([t for t in texts if t.startswith(f"{job.id} {word}")]) == 1, (person, word, texts)
    sends = [c for c in world.calls_to("message/send") if job.id in str(c.body)]
    assert any(c.body.get("enable_duplicate_check") == 1 for c in sends)

    times = proc.back_at_work
    assert max(times) < LEASE, "a restart waited out its own lease"
    ready = proc.after_ready
    print(f"\nrestart → next batch over {len(times)} restarts: median {statistics.median(times):.2f}s, "
          f"max {max(times):.2f}s (from the spawn: interpreter, imports, Redis, instance id); from the process "
          f"being up: median {statistics.median(ready):.2f}s, max {max(ready):.2f}s; "
          f"phases at {', '.join(f'{p:.1f}s' for p in phases)}")
