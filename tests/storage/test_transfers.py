"""TransferStore's atomic steps: a lane's outcome recorded and its next batch begun in one script;
the job-state fence; the summary read."""

from __future__ import annotations

import pytest

from storage.connection import Redis
from storage.jobs import JobStore
from storage.keys import Keys
from storage.transfers import NOT_MOVED, BatchRecord, Item, TransferStore, item_field
from tests.storage.factories import make_draft

CUSTOMERS = [f"wm{i:03d}" for i in range(6)]


@pytest.fixture
async def running(jobs: JobStore, redis: Redis, keys: Keys) -> tuple[TransferStore, str]:
    job = await jobs.create(make_draft(approvers=["liuqiang"]))
    await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    await jobs.transition(job.id, to="running", actor="engine", expected_from={"approved"})
    store = TransferStore(redis, keys)
    assert await store.lease("acquire", job.id, "tok", 30)
    await store.save_snapshot(job.id, handover="zhangwei", takeover="lina", path="resigned", requester="wangfang",
                              customers=CUSTOMERS, groups=[], skipped={}, at=1.0)  # fmt: skip
    return store, job.id


def started(job_id: str, seq: int, ids: list[str]) -> BatchRecord:
    items = {item_field("c", i): Item(k="c", s="started", b=seq, t=2.0) for i in ids}
    return BatchRecord(job_id, seq, items, started_customers=ids, path="resigned", takeover="lina", now=2.0,
                       counters={"started": len(ids)}, waiting_delta=len(ids))  # fmt: skip


async def begin(store: TransferStore, job_id: str, ids: list[str], upto: int, *, token: str = "tok",
                after: BatchRecord | None = None) -> int:  # fmt: skip
    return await store.begin_batch(job_id, token=token, kind="c", ids=ids, now=2.0, holder="test",
                                   cursor=("c_next", upto), require_state="running", after=after)  # fmt: skip


async def test_the_outcome_is_recorded_before_the_next_batch_begins_in_one_step(
    running: tuple[TransferStore, str], jobs: JobStore
) -> None:
    store, job_id = running
    first = await begin(store, job_id, CUSTOMERS[:3], 3)
    second = await begin(store, job_id, CUSTOMERS[3:], 6, after=started(job_id, first, CUSTOMERS[:3]))
    assert (first, second) == (1, 2)
    meta = await store.meta(job_id)
    assert "inflight:1" not in meta and "inflight:2" in meta and meta["c_next"] == "6" and meta["waiting"] == "3"
    items = await store.get_items(job_id, [item_field("c", i) for i in CUSTOMERS])
    assert [it.s if it else None for it in items.values()] == ["started"] * 3 + ["inflight"] * 3
    job = await jobs.get(job_id)
    assert job is not None and job.exec.started == 3
    assert await store.job_for("lina", CUSTOMERS[0]) == job_id


async def test_a_lost_lease_still_records_the_outcome_but_begins_nothing(running: tuple[TransferStore, str]) -> None:
    store, job_id = running
    first = await begin(store, job_id, CUSTOMERS[:3], 3)
    outcome = started(job_id, first, CUSTOMERS[:3])
    lost = await begin(store, job_id, CUSTOMERS[3:], 6, token="someone-else", after=outcome)
    assert lost == -1
    meta = await store.meta(job_id)
    assert not any(f.startswith("inflight:") for f in meta)  # the first recorded, the second never begun
    assert meta["c_next"] == "3" and meta["waiting"] == "3"


async def test_a_stopped_job_begins_no_batch(running: tuple[TransferStore, str], jobs: JobStore) -> None:
    store, job_id = running
    await jobs.transition(job_id, to="stopped", actor="wangfang", expected_from={"running"})
    assert await begin(store, job_id, CUSTOMERS[:3], 3) == -2
    meta = await store.meta(job_id)
    assert meta["c_next"] == "0" and not any(f.startswith("inflight:") for f in meta)


async def test_summary_reads_records_only_when_something_did_not_move(running: tuple[TransferStore, str]) -> None:
    store, job_id = running
    first = await begin(store, job_id, CUSTOMERS[:3], 3)
    second = await begin(store, job_id, CUSTOMERS[3:], 6, after=started(job_id, first, CUSTOMERS[:3]))
    tally, not_moved = await store.tally_and_records(job_id, NOT_MOVED)
    assert not_moved == [] and tally.of("c", "started") == 3 and tally.of("c", "inflight") == 3
    failed = {item_field("c", i): Item(k="c", s="failed", r=40096, b=second, f=2.0) for i in CUSTOMERS[3:5]}
    failed[item_field("c", CUSTOMERS[5])] = Item(k="c", s="started", b=second, t=2.0)
    await store.record(BatchRecord(job_id, second, failed, started_customers=[CUSTOMERS[5]], path="resigned",
                                   takeover="lina", now=2.0, counters={"failed": 2, "started": 1}, waiting_delta=1))
    tally, not_moved = await store.tally_and_records(job_id, NOT_MOVED)
    assert [(r.id, r.status, r.reason) for r in not_moved] == [(CUSTOMERS[3], "failed", 40096),
                                                               (CUSTOMERS[4], "failed", 40096)]  # fmt: skip
    assert tally.of("c", "started") == 4 and tally.of("c", "failed") == 2 and tally.started == 4
