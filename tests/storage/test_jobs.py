from __future__ import annotations

import itertools
from typing import Any

import pytest
from pydantic import ValidationError

from bot.clock import ManualClock
from bot.models.jobs import ALL_STATES, FINAL_STATES, TRANSITIONS, JobState
from storage.audit import AuditLog
from storage.connection import Redis
from storage.jobs import DuplicateJob, IllegalTransition, JobStore
from storage.keys import Keys

from .factories import make_draft

# How to bring a fresh job (pending_approval) into each state, using legal steps only.
PATHS: dict[JobState, list[str]] = {
    "pending_approval": [],
    "approved": ["approve"],
    "running": ["approve", "running"],
    "paused": ["approve", "running", "paused"],
    "submitted": ["approve", "running", "submitted"],
    "completed": ["approve", "running", "completed"],
    "completed_with_failures": ["approve", "running", "submitted", "completed_with_failures"],
    "failed": ["approve", "failed"],
    "rejected": ["reject"],
    "cancelled": ["cancelled"],
    "expired": ["expired"],
    "stopped": ["approve", "running", "stopped"],
}


async def bring_to(jobs: JobStore, job_id: str, state: JobState) -> None:
    for step in PATHS[state]:
        if step in ("approve", "reject"):
            d = await jobs.decide(job_id, actor="liuqiang", decision=step, level=1)  # type: ignore[arg-type]
            assert d.applied
        else:
            r = await jobs.transition(job_id, to=step, actor="system")  # type: ignore[arg-type]
            assert r.applied, (state, step)
    job = await jobs.get(job_id)
    assert job is not None and job.state == state


async def snapshot(redis: Redis, keys: Keys, job_id: str) -> tuple[Any, ...]:
    states = [await redis.zrange(keys.jobs_in_state(s), 0, -1) for s in ALL_STATES]
    return (
        await redis.hgetall(keys.job(job_id)),
        states,
        await redis.zrange(keys.jobs_pending_for("liuqiang"), 0, -1),
        await redis.get(keys.job_live_guard("zhangwei", "customers")),
        await redis.xlen(keys.audit()),
        await redis.xlen(keys.audit_for_job(job_id)),
    )


async def test_create_writes_job_indexes_and_audit(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock
) -> None:
    job = await jobs.create(make_draft())
    assert job.id == "H-1001"
    assert job.state == "pending_approval" and job.version == 1 and job.awaited_level == 1
    assert job.created_at == clock.now() and job.customer_count == 250 and job.group_count == 12
    assert job.transfer_success_msg == "您好，后续由李娜为您服务"
    assert await jobs.get("H-1001") == job

    second = await jobs.create(make_draft(handover="chenjing", takeover="zhoujie"))
    assert second.id == "H-1002"

    assert [j.id for j in await jobs.recent(10)] == ["H-1002", "H-1001"]
    assert [j.id for j in await jobs.by_requester("wangfang")] == ["H-1002", "H-1001"]
    assert [j.id for j in await jobs.about_member("zhangwei")] == ["H-1001"]
    assert [j.id for j in await jobs.about_member("lina")] == ["H-1001"]
    assert [j.id for j in await jobs.pending_for("liuqiang")] == ["H-1001", "H-1002"]
    assert [j.id for j in await jobs.list_states(["pending_approval"])] == ["H-1001", "H-1002"]
    assert [j.id for j in await jobs.live_for("zhangwei")] == ["H-1001"]
    assert await jobs.pending_for("wangfang") == []

    entries = await audit.for_job("H-1001")
    assert [(e.action, e.actor, e.from_state, e.to_state) for e in entries] == [
        ("create", "wangfang", None, "pending_approval")
    ]
    assert entries[0].extra["scope"] == ["customers", "groups"]


async def test_create_refuses_overlapping_live_job(jobs: JobStore, redis: Redis, keys: Keys) -> None:
    first = await jobs.create(make_draft(scope=["customers"]))
    with pytest.raises(DuplicateJob) as err:
        await jobs.create(make_draft(scope=["groups", "customers"], takeover="zhoujie"))
    assert err.value.existing_job_id == first.id
    assert len(await jobs.recent(10)) == 1
    assert await redis.get(keys.job_seq()) == "1001"  # no id burnt

    # a different scope item or another member is fine
    groups = await jobs.create(make_draft(scope=["groups"]))
    other = await jobs.create(make_draft(handover="chenjing"))
    assert (groups.id, other.id) == ("H-1002", "H-1003")
    assert {j.id for j in await jobs.live_for("zhangwei")} == {"H-1001", "H-1002"}


@pytest.mark.parametrize("final", sorted(FINAL_STATES))
async def test_final_states_release_the_live_guard(jobs: JobStore, final: JobState) -> None:
    job = await jobs.create(make_draft())
    await bring_to(jobs, job.id, final)
    assert await jobs.live_for("zhangwei") == []
    again = await jobs.create(make_draft(subset=["wm1", "wm2"], scope=["customers"], parent_job=job.id))
    assert again.subset == ["wm1", "wm2"] and again.parent_job == job.id


@pytest.mark.parametrize("live", ["approved", "running", "paused", "submitted"])
async def test_live_states_keep_the_guard(jobs: JobStore, live: JobState) -> None:
    job = await jobs.create(make_draft())
    await bring_to(jobs, job.id, live)
    with pytest.raises(DuplicateJob):
        await jobs.create(make_draft(scope=["groups"]))


@pytest.mark.parametrize(("src", "dst"), list(itertools.product(ALL_STATES, ALL_STATES)))
async def test_every_transition(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, src: JobState, dst: JobState
) -> None:
    job = await jobs.create(make_draft())
    await bring_to(jobs, job.id, src)
    before_job = await jobs.get(job.id)
    assert before_job is not None
    before = await snapshot(redis, keys, job.id)
    kind = TRANSITIONS[src].get(dst)

    if not any(out.get(dst) == "command" for out in TRANSITIONS.values()):
        with pytest.raises(IllegalTransition):  # approval edges only go through decide
            await jobs.transition(job.id, to=dst, actor="mallory")
        assert await snapshot(redis, keys, job.id) == before
        return

    result = await jobs.transition(job.id, to=dst, actor="admin", note="why")
    if kind != "command":
        assert not result.applied and result.job == before_job
        assert await snapshot(redis, keys, job.id) == before
        return

    assert result.applied and result.from_state == src
    after = result.job
    assert after is not None and after.state == dst and after.version == before_job.version + 1
    assert await jobs.get(job.id) == after
    assert [j.id for j in await jobs.list_states([dst])] == [job.id]
    assert await jobs.list_states([src]) == []
    last = (await audit.for_job(job.id))[-1]
    assert (last.action, last.actor, last.from_state, last.to_state, last.note) == (
        "transition", "admin", src, dst, "why",
    )  # fmt: skip
    assert (await audit.tail(1))[0].to_state == dst
    if src == "pending_approval":
        assert await jobs.pending_for("liuqiang") == []
        assert after.awaited_level is None and after.decided_by == "admin"
    assert (await jobs.live_for("zhangwei") == []) == (dst in FINAL_STATES)


async def test_expected_from_narrows_the_table(jobs: JobStore) -> None:
    job = await jobs.create(make_draft())
    await bring_to(jobs, job.id, "approved")
    refused = await jobs.transition(job.id, to="running", actor="engine", expected_from={"paused"})
    assert not refused.applied and refused.job is not None and refused.job.state == "approved"
    ok = await jobs.transition(job.id, to="running", actor="engine", expected_from={"approved", "paused"})
    assert ok.applied and ok.job is not None and ok.job.state == "running"
    again = await jobs.transition(job.id, to="running", actor="engine", expected_from={"approved"})
    assert not again.applied  # the second engine instance loses the race


async def test_transition_fields_and_exec_counters(jobs: JobStore, redis: Redis, keys: Keys) -> None:
    job = await jobs.create(make_draft())
    r = await jobs.transition(
        job.id, to="cancelled", actor="wangfang", fields={"decision_note": "客户已另行分配"}
    )
    assert r.job is not None and r.job.decision_note == "客户已另行分配"
    with pytest.raises(IllegalTransition):
        await jobs.transition(job.id, to="running", actor="x", fields={"state": "approved"})

    other = await jobs.create(make_draft())
    await bring_to(jobs, other.id, "running")
    assert await jobs.add_exec(other.id, started=100, failed=2)
    assert await jobs.add_exec(other.id, started=50, capped=3)
    r = await jobs.transition(other.id, to="submitted", actor="engine", fields={"skipped": 4})
    assert r.job is not None
    assert (r.job.exec.started, r.job.exec.failed, r.job.exec.capped, r.job.exec.skipped) == (150, 2, 3, 4)
    assert not await jobs.add_exec("H-9999", started=1)
    assert await redis.exists(keys.job("H-9999")) == 0
    with pytest.raises(ValueError):
        await jobs.add_exec(other.id, nonsense=1)


async def test_unknown_job(jobs: JobStore, redis: Redis, keys: Keys) -> None:
    r = await jobs.transition("H-4040", to="cancelled", actor="x")
    assert not r.applied and r.job is None
    assert await jobs.get("H-4040") is None
    assert await redis.exists(keys.job("H-4040")) == 0


def test_draft_validation() -> None:
    with pytest.raises(ValidationError):
        make_draft(transfer_success_msg="x" * 201)
    assert make_draft(transfer_success_msg="好" * 200).transfer_success_msg == "好" * 200
    with pytest.raises(ValidationError):
        make_draft(takeover="zhangwei")
    with pytest.raises(ValidationError):
        make_draft(needs_second_approval=True, second_approvers=[])
    with pytest.raises(ValidationError):
        make_draft(scope=[])
    with pytest.raises(ValidationError):
        make_draft(scope=["customers", "customers"])
    with pytest.raises(ValidationError):
        make_draft(approvers=[])


async def test_cards_bookkeeping(jobs: JobStore, clock: ManualClock) -> None:
    job = await jobs.create(make_draft())
    await jobs.record_card(job.id, "ho_H-1001_a1", ["liuqiang"], response_code="rc-send")
    clock.advance(60)
    await jobs.record_card(job.id, "ho_H-1001_b2", ["sunhong"])
    assert await jobs.job_for_task("ho_H-1001_a1") == job.id
    cards = await jobs.cards(job.id)
    assert [(c.task_id, c.userids, c.response_code) for c in cards] == [
        ("ho_H-1001_a1", ["liuqiang"], "rc-send"),
        ("ho_H-1001_b2", ["sunhong"], None),
    ]
    clock.advance(60)
    assert await jobs.update_response_code("ho_H-1001_a1", "rc-click")
    assert await jobs.take_response_code("ho_H-1001_a1") == ("rc-click", clock.now())
    assert await jobs.take_response_code("ho_H-1001_a1") is None  # single use
    assert await jobs.take_response_code("ho_H-1001_b2") is None
    assert not await jobs.update_response_code("unknown-task", "rc")
    assert await jobs.take_response_code("unknown-task") is None


async def test_durable_keys_have_no_ttl(jobs: JobStore, redis: Redis, keys: Keys) -> None:
    job = await jobs.create(make_draft(needs_second_approval=True, second_approvers=["sunhong"]))
    await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    await jobs.record_card(job.id, "t1", ["liuqiang"], "rc")
    all_keys = await redis.keys(keys.prefix + "*")
    assert (
        keys.job(job.id) in all_keys and keys.audit() in all_keys and keys.audit_for_job(job.id) in all_keys
    )
    assert len(all_keys) >= 10
    for key in all_keys:
        assert await redis.ttl(key) == -1, key


async def test_a_fenced_transition_applies_only_while_its_token_holds_the_lease(
    jobs: JobStore, redis: Redis, keys: Keys
) -> None:
    from storage.outbox import OutboxEntry, Post
    from storage.transfers import TransferStore

    job = await jobs.create(make_draft())
    await bring_to(jobs, job.id, "running")
    lease = TransferStore(redis, keys)
    assert await lease.lease("acquire", job.id, "old:1", 0.05, "old:")
    assert await lease.lease("acquire", job.id, "new:2", 30.0, "new:") is False  # held
    await redis.delete(keys.xfer_lease(job.id))  # the old holder was frozen past its lease …
    assert await lease.lease("acquire", job.id, "new:2", 30.0, "new:")  # … and "new" took over
    notice = [Post("wangfang", OutboxEntry(f"{job.id}:paused:wangfang", "paused", 0.0, once=True))]
    stale = await jobs.transition(job.id, to="paused", actor="engine", lease_token="old:1", notices=notice)
    assert not stale.applied and stale.job is not None and stale.job.state == "running"
    assert await redis.llen(keys.outbox_queue("wangfang")) == 0  # its notice was not written either
    fresh = await jobs.transition(job.id, to="paused", actor="engine", lease_token="new:2", notices=notice)
    assert fresh.applied and await redis.llen(keys.outbox_queue("wangfang")) == 1
