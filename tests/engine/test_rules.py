"""Platform rules and people's actions: stop, 2-per-90-days, 300 groups a day, subsets, caps."""

from __future__ import annotations

import asyncio

from bot.engine import TransferEngine
from bot.engine.engine import POLL_KIND, RESUME_KIND, next_local_day
from bot.sandbox import SandboxWorld
from storage.jobs import JobStore
from storage.timers import TimerStore, coalesce_key
from storage.transfers import TransferStore
from tests.engine.conftest import BEIJING, MakeEngine, approved
from tests.engine.proof import accepted_customers

DAY = 86400.0


async def test_a_stopped_job_stops_between_batches_and_says_what_moved(
    make_engine: MakeEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    engine = make_engine(batch_size=10, parallel=1)
    world.faults.add("externalcontact/resigned/transfer_customer", latency=0.03)
    job = await approved(jobs)
    engine.start()
    for _ in range(400):
        if len(world.transfers) >= 30:
            break
        await asyncio.sleep(0.01)
    stop = await jobs.transition(job.id, to="stopped", actor="wangfang", expected_from={"running"})
    assert stop.applied
    sent_at_stop = len(world.transfers)
    for _ in range(400):
        if (await transfers.meta(job.id)).get("sent:stopped"):
            break
        await asyncio.sleep(0.01)
    await engine.stop()
    # at most the batches already in hand: one per lane (the one in flight, the one on deck)
    assert len(world.transfers) <= sent_at_stop + 10 * engine.lanes
    assert not world.calls_to("externalcontact/groupchat/transfer")
    records = await transfers.records(job.id)
    started = [r for r in records if r.status == "started"]
    assert len(started) == len(world.transfers)
    rest = [r for r in records if r.status == "skipped"]
    assert len(rest) == 262 - len(started) and {r.reason for r in rest} == {"stopped"}
    text = next(m.content for m in world.delivered("liuqiang") if m.content and "已按要求停止" in m.content)
    assert f"{len(started)} 位客户已发起接替" in text and "不会撤回" in text
    # The started ones are still followed to their end; the job stays stopped.
    world.advance(DAY + 600)
    assert await engine.poll(job.id)
    final = await jobs.get(job.id)
    assert final is not None and final.state == "stopped"
    assert final.exec.taken_over + final.exec.refused == len(started)


async def test_onjob_customer_moved_twice_in_90_days_is_skipped_not_sent(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    world.refusal_rate = 0.0
    five = sorted(c.external_userid for c in world.corp.customers_of("chenjing"))[:5]
    route = [("chenjing", "zhoujie"), ("zhoujie", "chenjing"), ("chenjing", "zhoujie")]
    ids = []
    for handover, takeover in route:
        job = await approved(jobs, handover=handover, takeover=takeover, path="onjob", scope=["customers"],
                             subset=five)  # fmt: skip
        ids.append(job.id)
        await engine.run_once()
        world.advance(DAY + 600)
        await engine.poll(job.id)
    third = {r.id: r for r in await transfers.records(ids[2])}
    assert {r.status for r in third.values()} == {"skipped"}
    assert {r.reason for r in third.values()} == {"onjob_90_days"}
    assert accepted_customers(world) == {c: 2 for c in five}  # the third transfer was never sent
    for c in five:
        assert [path for _, path, _ in await transfers.history(c)] == ["onjob", "onjob"]
    done = await jobs.get(ids[2])
    assert done is not None and done.state == "failed" and done.exec.skipped == 5


async def test_groups_over_the_daily_limit_wait_for_the_next_local_day(
    make_engine: MakeEngine, jobs: JobStore, transfers: TransferStore, timers: TimerStore, world: SandboxWorld
) -> None:
    engine = make_engine(group_day_limit=5, batch_size=4)  # the platform allows 300; 5 keeps it small
    job = await approved(jobs, scope=["groups"])
    await engine.run_once()
    paused = await jobs.get(job.id)
    assert paused is not None and paused.state == "paused" and paused.exec.started == 5
    resume_at = float((await transfers.meta(job.id))["resume_at"])
    assert resume_at == next_local_day(world.now(), BEIJING)
    assert await timers.status(coalesce_key(RESUME_KIND, job.id)) == "due"
    assert any("其余 7 个将于" in (m.content or "") for m in world.delivered("wangfang"))
    assert await engine.run_once() == 0  # not before its time
    world.advance(resume_at - world.now() + 1)
    await engine.run_once()
    world.advance(DAY)
    await engine.run_once()
    done = await jobs.get(job.id)
    assert done is not None and done.state == "completed" and done.exec.started == 12
    assert len({c.body["chat_id_list"][0] for c in world.calls_to("externalcontact/groupchat/transfer")}) == 5
    told = [m.content or "" for m in world.delivered("wangfang")]
    # each pause the requester heard of is followed by its resumption, once (two pauses here)
    assert len([t for t in told if "其余" in t]) == 2 and len([t for t in told if "交接已于" in t]) == 2, told


async def test_platform_daily_group_limit_45009_per_chat_defers_those_groups(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    world.limits.groups_per_owner_per_day = 8  # e.g. an admin moved some in the console today
    job = await approved(jobs, scope=["groups"])
    await engine.run_once()
    paused = await jobs.get(job.id)
    assert paused is not None and paused.state == "paused"
    records = await transfers.records(job.id)
    assert sorted(r.status for r in records) == ["deferred"] * 4 + ["moved"] * 8
    world.advance(float((await transfers.meta(job.id))["resume_at"]) - world.now() + 1)
    await engine.run_once()
    done = await jobs.get(job.id)
    assert done is not None and done.state == "completed" and done.exec.taken_over == 12
    assert {r.status for r in await transfers.records(job.id)} == {"moved"}


async def test_subset_and_cap_at_submission_are_reported_with_reasons(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld, timers: TimerStore
) -> None:
    world.member("zhoujie").customer_cap = world.customer_count("zhoujie") + 2
    ids = [*sorted(c.external_userid for c in world.corp.customers_of("chenjing"))[:5], "wmNoSuchCustomer"]
    job = await approved(jobs, handover="chenjing", takeover="zhoujie", path="onjob", scope=["customers"],
                         subset=ids)  # fmt: skip
    await engine.run_once()
    records = {r.id: r for r in await transfers.records(job.id)}
    assert records["wmNoSuchCustomer"].status == "skipped" and records["wmNoSuchCustomer"].reason == "not_in_snapshot"
    # Under the cap at submission (waiting transfers do not count), then capped at completion.
    assert sum(1 for r in records.values() if r.status == "started") == 5
    assert await timers.status(coalesce_key(POLL_KIND, job.id)) == "due"
    world.member("zhoujie").customer_cap = world.customer_count("zhoujie")  # full before completion
    world.advance(DAY + 600)
    assert await engine.poll(job.id)
    done = await jobs.get(job.id)
    assert done is not None and done.state == "failed"  # nobody moved
    texts = [m.content or "" for m in world.delivered("wangfang")]
    report = next(t for t in texts if t.startswith(f"{job.id} 未能完成"))
    assert "因周杰客户数已达上限未接替" in report and "不再" not in report and "已不在交出人的待分配名单中" in report
    assert await transfers.leftovers(job.id) == sorted(ids[:5], key=ids.index)
    # 40099 at submission: the takeover is already full.
    job2 = await approved(jobs, handover="lina", takeover="zhoujie", path="onjob", scope=["customers"],
                          subset=sorted(c.external_userid for c in world.corp.customers_of("lina"))[:3])  # fmt: skip
    await engine.run_once()
    second = await transfers.records(job2.id)
    assert {(r.status, r.reason) for r in second} == {("capped", 40099)}
    final = await jobs.get(job2.id)
    assert final is not None and final.state == "failed" and final.exec.capped == 3


async def test_nothing_to_move_fails_the_job_with_a_plain_message(
    engine: TransferEngine, jobs: JobStore, world: SandboxWorld
) -> None:
    job = await approved(jobs, handover="songjia", takeover="lina", path="onjob")
    await engine.run_once()
    done = await jobs.get(job.id)
    assert done is not None and done.state == "failed"
    assert any(m.content == f"宋佳名下没有待分配的客户或客户群，{job.id} 已结束。" for m in world.delivered("wangfang"))


async def test_persistent_transient_errors_pause_instead_of_spinning(
    make_engine: MakeEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    engine = make_engine(max_transient=3, transient_pause=120.0)
    world.faults.add("externalcontact/resigned/transfer_customer", errcode=-1)
    job = await approved(jobs, scope=["customers"])
    await engine.run_once()
    paused = await jobs.get(job.id)
    assert paused is not None and paused.state == "paused"
    calls = len(world.calls_to("externalcontact/resigned/transfer_customer"))
    assert calls <= 3 * 4 * engine.lanes  # 3 engine tries × the client's 4 attempts per lane
    assert await engine.run_once() == 0 and len(world.calls_to("externalcontact/resigned/transfer_customer")) == calls
    world.faults.clear()
    world.advance(121)
    await engine.run_once()
    done = await jobs.get(job.id)
    assert done is not None and done.state == "submitted" and done.exec.started == 250
    assert (await transfers.meta(job.id)).get("transient") is None
