from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.clock import ManualClock
from bot.timers import TimerService, coalesce_key
from storage.jobs import EXPIRY_TIMER_KIND, JobStore, expiry_timer_id
from storage.timers import Timer, TimerStore

from .factories import make_draft

WAIT = 10.0  # safety net for awaiting events; never an assertion about speed


async def test_runs_handlers_when_due(timers: TimerStore, clock: ManualClock) -> None:
    seen: list[tuple[str, dict[str, object], float]] = []

    async def expire(timer: Timer) -> None:
        seen.append((timer.id, dict(timer.payload), clock.now()))

    service = TimerService(timers, clock, {"job_expiry": expire})
    await timers.schedule("expire:H-1001", clock.now() + 3600, "job_expiry", {"job_id": "H-1001"})
    assert await service.run_once() == 0
    clock.advance(3600)
    assert await service.run_once() == 1
    assert seen == [("expire:H-1001", {"job_id": "H-1001"}, clock.now())]
    assert await timers.status("expire:H-1001") == "absent"
    assert await service.run_once() == 0 and len(seen) == 1


async def test_failures_back_off_then_park(timers: TimerStore, clock: ManualClock) -> None:
    calls: list[int] = []

    async def flaky(timer: Timer) -> None:
        calls.append(timer.attempt)
        raise RuntimeError("platform said no")

    service = TimerService(timers, clock, {"poll": flaky}, max_attempts=3, backoff_base=10)
    await timers.schedule("poll:H-1", clock.now(), "poll")
    assert await service.run_once() == 1
    assert await timers.status("poll:H-1") == "due"
    clock.advance(9)
    assert await service.run_once() == 0  # backoff 10 s not over yet
    clock.advance(1)
    assert await service.run_once() == 1  # attempt 2, next backoff 20 s
    clock.advance(19)
    assert await service.run_once() == 0
    clock.advance(1)
    assert await service.run_once() == 1  # attempt 3 = max: parked
    assert calls == [1, 2, 3]
    assert await timers.status("poll:H-1") == "parked"
    assert "platform said no" in str((await timers.parked())["poll:H-1"]["reason"])
    clock.advance(3600)
    assert await service.run_once() == 0


async def test_unknown_kind_is_parked(timers: TimerStore, clock: ManualClock) -> None:
    service = TimerService(timers, clock, {})
    await timers.schedule("mystery", clock.now(), "no_such_kind")
    assert await service.run_once() == 1
    assert (await timers.parked())["mystery"]["reason"] == "unknown_kind"


async def test_recurring_series_fires_once_after_downtime(timers: TimerStore, clock: ManualClock) -> None:
    """A daily 10:00 reminder; the bot is down for three days; it fires once, then tomorrow."""
    fired: list[float] = []
    tz = UTC

    def next_ten_oclock(after: float) -> float:
        dt = datetime.fromtimestamp(after, tz).replace(hour=10, minute=0, second=0, microsecond=0)
        if dt.timestamp() <= after:
            dt += timedelta(days=1)
        return dt.timestamp()

    async def remind(timer: Timer) -> None:
        fired.append(clock.now())
        await timers.schedule(timer.id, next_ten_oclock(clock.now()), timer.kind, timer.payload)

    series = coalesce_key("checklist_reminder", "CL-7")
    first_due = next_ten_oclock(clock.now())
    await timers.schedule(series, first_due, "checklist_reminder", {"checklist": "CL-7"})
    service = TimerService(timers, clock, {"checklist_reminder": remind})

    clock.set(first_due + 3 * 86_400 + 3600)  # down for three days
    assert await service.run_once() == 1
    assert await service.run_once() == 0
    assert len(fired) == 1
    nxt = await timers.get(series)
    assert nxt is not None and nxt.due == next_ten_oclock(clock.now()) and nxt.due > clock.now()
    clock.set(nxt.due)
    assert await service.run_once() == 1 and len(fired) == 2


async def test_crashed_instance_work_is_redone_by_another(timers: TimerStore, clock: ManualClock) -> None:
    done: list[str] = []

    async def handler(timer: Timer) -> None:
        done.append(timer.id)

    await timers.schedule("t", clock.now(), "k")
    crashed = await timers.claim_due(clock.now(), 10, 60, "instance-that-died")
    assert [t.id for t in crashed] == ["t"]
    survivor = TimerService(timers, clock, {"k": handler}, lease_seconds=60)
    assert await survivor.run_once() == 0
    clock.advance(61)
    assert await survivor.run_once() == 1
    assert done == ["t"] and await timers.status("t") == "absent"


async def test_start_and_graceful_stop(timers: TimerStore, clock: ManualClock) -> None:
    started = asyncio.Event()
    release = asyncio.Event()
    finished: list[str] = []

    async def slow(timer: Timer) -> None:
        started.set()
        await release.wait()
        finished.append(timer.id)

    service = TimerService(timers, clock, {"slow": slow}, poll_interval=0.01)
    service.start()
    assert service.running
    await timers.schedule("s1", clock.now(), "slow")
    await asyncio.wait_for(started.wait(), WAIT)

    stopping = asyncio.create_task(service.stop(grace=WAIT))
    await asyncio.sleep(0)
    assert not stopping.done()  # waits for the handler in hand
    release.set()
    await asyncio.wait_for(stopping, WAIT)
    assert not service.running
    assert finished == ["s1"] and await timers.status("s1") == "absent"

    # stopped means stopped: a new due timer is left for the next start
    await timers.schedule("s2", clock.now(), "slow")
    await asyncio.sleep(0.05)
    assert await timers.status("s2") == "due"
    await service.stop()  # idempotent


async def test_stop_past_grace_cancels_and_leaves_the_claim_to_expire(
    timers: TimerStore, clock: ManualClock
) -> None:
    started = asyncio.Event()

    async def stuck(timer: Timer) -> None:
        started.set()
        await asyncio.Event().wait()

    service = TimerService(timers, clock, {"stuck": stuck}, poll_interval=0.01, lease_seconds=30)
    await timers.schedule("x", clock.now(), "stuck")
    service.start()
    await asyncio.wait_for(started.wait(), WAIT)
    await service.stop(grace=0.05)
    assert not service.running
    assert await timers.status("x") == "inflight"
    clock.advance(31)
    assert [t.id for t in await timers.claim_due(clock.now(), 10, 30, "other")] == ["x"]


async def test_job_created_with_expiry_expires_once_if_undecided(
    jobs: JobStore, timers: TimerStore, clock: ManualClock
) -> None:
    async def expire(timer: Timer) -> None:
        job_id = str(timer.payload["job_id"])
        await jobs.transition(job_id, to="expired", actor="timer", expected_from={"pending_approval"})

    service = TimerService(timers, clock, {EXPIRY_TIMER_KIND: expire})
    undecided = await jobs.create(make_draft(), expires_at=clock.now() + 72 * 3600)
    decided = await jobs.create(make_draft(handover="chenjing"), expires_at=clock.now() + 72 * 3600)
    timer = await timers.get(expiry_timer_id(undecided.id))
    assert timer is not None and timer.kind == EXPIRY_TIMER_KIND and timer.due == clock.now() + 72 * 3600
    await jobs.decide(decided.id, actor="liuqiang", decision="approve", level=1)

    clock.advance(72 * 3600)
    assert await service.run_once() == 2
    expired, approved = await jobs.get(undecided.id), await jobs.get(decided.id)
    assert expired is not None and expired.state == "expired" and expired.decided_by == "timer"
    assert approved is not None and approved.state == "approved"
    assert await jobs.live_for("zhangwei") == []
