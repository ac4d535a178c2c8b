from __future__ import annotations

import asyncio

from bot.clock import ManualClock
from bot.models.jobs import AlreadyDecided
from storage.audit import AuditLog
from storage.connection import Redis, connect
from storage.jobs import JobStore
from storage.keys import Keys

from .factories import make_draft
from .test_jobs import snapshot


async def test_single_level_approval(jobs: JobStore, audit: AuditLog, clock: ManualClock) -> None:
    job = await jobs.create(make_draft(approvers=["liuqiang", "zhaomin"]))
    clock.advance(120)
    d = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert d.applied and d.outcome == "approved" and d.job is not None
    assert d.job.state == "approved" and d.job.decision == "approve"
    assert (d.job.decided_by, d.job.decided_at) == ("liuqiang", clock.now())
    assert [(a.userid, a.level) for a in d.job.approvals] == [("liuqiang", 1)]
    assert d.job.awaited_level is None and d.job.version == 2
    assert await jobs.pending_for("liuqiang") == [] and await jobs.pending_for("zhaomin") == []
    assert [j.id for j in await jobs.list_states(["approved"])] == [job.id]
    last = (await audit.for_job(job.id))[-1]
    assert (last.action, last.actor, last.from_state, last.to_state) == (
        "approve", "liuqiang", "pending_approval", "approved",
    )  # fmt: skip

    # a duplicate click and the other approver's stale card both see who decided
    for actor in ("liuqiang", "zhaomin"):
        again = await jobs.decide(job.id, actor=actor, decision="reject", level=1)
        assert not again.applied and again.refused is None
        assert again.already == AlreadyDecided("approve", "liuqiang", clock.now())
        assert again.job is not None and again.job.version == 2


async def test_reject_with_note_releases_guard(jobs: JobStore) -> None:
    job = await jobs.create(make_draft())
    d = await jobs.decide(job.id, actor="liuqiang", decision="reject", level=1, note="客户正在续约")
    assert d.applied and d.outcome == "rejected" and d.job is not None
    assert (d.job.state, d.job.decision, d.job.decision_note) == ("rejected", "reject", "客户正在续约")
    assert d.job.approvals == []
    assert await jobs.live_for("zhangwei") == []
    late = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert late.already is not None and late.already.decision == "reject"


async def test_concurrent_clicks_exactly_one_wins(jobs: JobStore, redis_url: str, keys: Keys) -> None:
    job = await jobs.create(make_draft(approvers=["liuqiang", "zhaomin"]))
    clients = [connect(redis_url), connect(redis_url)]
    try:
        stores = [JobStore(c, keys, ManualClock(start=1_732_500_100.0)) for c in clients]
        calls = [
            stores[i % 2].decide(
                job.id,
                actor=("liuqiang", "zhaomin")[i % 2],
                decision=("approve", "reject")[(i // 2) % 2],
                level=1,
            )
            for i in range(20)
        ]
        results = await asyncio.gather(*calls)
    finally:
        for c in clients:
            await c.aclose()
    applied = [r for r in results if r.applied]
    assert len(applied) == 1
    winner = applied[0]
    assert winner.job is not None
    for r in results:
        if not r.applied:
            assert r.already is not None and r.already.decided_by == winner.job.decided_by
    final = await jobs.get(job.id)
    assert final is not None and final.version == 2 and len(final.approvals) <= 1


async def test_non_approver_changes_nothing_but_the_audit(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys
) -> None:
    job = await jobs.create(make_draft())
    before = await snapshot(redis, keys, job.id)
    d = await jobs.decide(job.id, actor="mallory", decision="approve", level=1)
    assert not d.applied and d.refused == "not_approver" and d.already is None
    after = await snapshot(redis, keys, job.id)
    assert after[:4] == before[:4]  # job hash, state indexes, pending index, live guard
    assert (after[4], after[5]) == (before[4] + 1, before[5] + 1)  # one audit entry, both streams
    entry = (await audit.tail(1))[0]
    assert (entry.action, entry.actor, entry.job_id, entry.note) == (
        "decide_refused", "mallory", job.id, "not_approver",
    )  # fmt: skip
    assert entry.extra == {"level": 1, "decision": "approve"}


async def test_parties_cannot_approve_even_if_listed(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys
) -> None:
    job = await jobs.create(make_draft(approvers=["wangfang", "zhangwei", "lina", "liuqiang"]))
    for party in ("wangfang", "zhangwei", "lina"):
        assert await jobs.pending_for(party) == []
        before = await redis.hgetall(keys.job(job.id))
        d = await jobs.decide(job.id, actor=party, decision="approve", level=1)
        assert not d.applied and d.refused == "separation_of_duties"
        assert await redis.hgetall(keys.job(job.id)) == before
    refused = [e for e in await audit.for_job(job.id) if e.action == "decide_refused"]
    assert [e.actor for e in refused] == ["wangfang", "zhangwei", "lina"]
    ok = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert ok.applied


async def test_two_person_rule(jobs: JobStore, audit: AuditLog, clock: ManualClock) -> None:
    job = await jobs.create(
        make_draft(
            approvers=["liuqiang", "zhaomin"],
            second_approvers=["liuqiang", "sunhong"],
            needs_second_approval=True,
        )
    )
    early = await jobs.decide(job.id, actor="sunhong", decision="approve", level=2)
    assert not early.applied and early.refused == "wrong_level"
    assert await jobs.pending_for("sunhong") == []

    first_at = clock.advance(60)
    first = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert first.applied and first.outcome == "awaiting_second" and first.job is not None
    assert first.job.state == "pending_approval" and first.job.awaited_level == 2
    assert [(a.userid, a.level, a.at) for a in first.job.approvals] == [("liuqiang", 1, first_at)]
    assert await jobs.pending_for("liuqiang") == [] and await jobs.pending_for("zhaomin") == []
    assert [j.id for j in await jobs.pending_for("sunhong")] == [job.id]

    # the other level-1 approver is told it is already approved at level 1
    stale = await jobs.decide(job.id, actor="zhaomin", decision="reject", level=1)
    assert not stale.applied and stale.already == AlreadyDecided("approve", "liuqiang", first_at)

    same = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=2)
    assert not same.applied and same.refused == "same_approver"
    not_second = await jobs.decide(job.id, actor="zhaomin", decision="approve", level=2)
    assert not not_second.applied and not_second.refused == "not_approver"

    clock.advance(60)
    second = await jobs.decide(job.id, actor="sunhong", decision="approve", level=2)
    assert second.applied and second.outcome == "approved" and second.job is not None
    assert second.job.state == "approved" and second.job.decided_by == "sunhong"
    assert [(a.userid, a.level) for a in second.job.approvals] == [("liuqiang", 1), ("sunhong", 2)]
    assert await jobs.pending_for("sunhong") == []
    actions = [(e.action, e.actor, e.note) for e in await audit.for_job(job.id)]
    assert actions == [
        ("create", "wangfang", None),
        ("decide_refused", "sunhong", "wrong_level"),
        ("approve", "liuqiang", None),
        ("decide_refused", "liuqiang", "same_approver"),
        ("decide_refused", "zhaomin", "not_approver"),
        ("approve", "sunhong", None),
    ]


async def test_second_level_reject(jobs: JobStore) -> None:
    job = await jobs.create(
        make_draft(second_approvers=["sunhong"], needs_second_approval=True, scope=["customers"])
    )
    await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    d = await jobs.decide(job.id, actor="sunhong", decision="reject", level=2, note="数量太多")
    assert d.applied and d.job is not None and d.job.state == "rejected"
    assert d.job.decided_by == "sunhong" and d.job.decision_note == "数量太多"
    assert await jobs.live_for("zhangwei") == []


async def test_click_after_cancel_names_who_closed_it(jobs: JobStore, clock: ManualClock) -> None:
    job = await jobs.create(make_draft())
    clock.advance(30)
    await jobs.transition(job.id, to="cancelled", actor="wangfang")
    d = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert not d.applied and d.already == AlreadyDecided("cancelled", "wangfang", clock.now())


async def test_unknown_job_is_refused_and_logged(jobs: JobStore, audit: AuditLog) -> None:
    d = await jobs.decide("H-4040", actor="liuqiang", decision="approve", level=1)
    assert not d.applied and d.refused == "not_found" and d.job is None
    entry = (await audit.tail(1))[0]
    assert entry.action == "decide_refused" and entry.extra["job_id"] == "H-4040"
