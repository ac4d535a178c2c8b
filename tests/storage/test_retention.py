"""The retention sweep on a real Redis: what is older than the cutoff goes (handled conversations,
dialog state, per-batch transfer details of ended jobs); what is newer, not yet handled, still
running, or evidence (job records, per-customer outcomes, the audit log) stays."""

from __future__ import annotations

from bot.clock import ManualClock
from storage.audit import AuditLog
from storage.connection import Redis
from storage.conversations import ConversationStore, Dialog
from storage.inbox import GROUP, Inbox
from storage.jobs import JobStore
from storage.keys import Keys
from storage.retention import RetentionStore
from storage.transfers import TransferStore

from .conftest import T0
from .factories import make_draft
from .test_jobs import bring_to

DAY = 86400


async def _xfer(redis: Redis, keys: Keys, job_id: str) -> None:
    await redis.rpush(keys.xfer_batches(job_id), "1|c|100|engine-a|1732500000")
    await redis.rpush(keys.xfer_customers(job_id), "wm1", "wm2")
    await redis.rpush(keys.xfer_groups(job_id), "wr1")
    await redis.hset(keys.xfer_items(job_id), "c:wm1", '{"k":"c","s":"taken_over"}')
    await redis.hset(keys.xfer_meta(job_id), mapping={"snap": "1", "handover": "rep", "takeover": "lina"})


def _details(keys: Keys, job_id: str) -> tuple[str, str, str]:
    return keys.xfer_batches(job_id), keys.xfer_customers(job_id), keys.xfer_groups(job_id)


async def test_conversations_go_once_handled_and_older_than_the_cutoff(redis: Redis, keys: Keys) -> None:
    inbox, store = Inbox(redis, keys), RetentionStore(redis, keys)
    ids = [f"{int((T0 + offset) * 1000)}-0" for offset in (-400 * DAY, -380 * DAY, -10 * DAY)]
    for i in ids:
        await redis.xadd(keys.inbox(), {"event": "{}", "order": "u1", "at": "0"}, id=i)
        await redis.rpush(keys.inbox_order("u1"), i)
    await inbox.ensure_group()
    await redis.xgroup_setid(keys.inbox(), GROUP, ids[0])  # the oldest was handled, the others wait
    await redis.xadd(keys.inbox_parked(), {"id": "x", "event": "{}", "reason": "r", "at": "0"},
                     id=f"{int((T0 - 370 * DAY) * 1000)}-0")
    cutoff = T0 - 365 * DAY
    assert await store.sweep_inbox(cutoff, await inbox.oldest_unhandled()) == 2  # the handled one, the parked one
    assert [i for i, _ in await redis.xrange(keys.inbox())] == ids[1:]  # 380 days old but not handled: kept
    await redis.xgroup_setid(keys.inbox(), GROUP, ids[2])
    assert await store.sweep_inbox(cutoff, await inbox.oldest_unhandled()) == 1
    assert [i for i, _ in await redis.xrange(keys.inbox())] == ids[2:] and await redis.xlen(keys.inbox_parked()) == 0


async def test_dialog_state_older_than_the_cutoff_goes(redis: Redis, keys: Keys) -> None:
    clock = ManualClock(T0 - 400 * DAY)
    dialogs = ConversationStore(redis, keys, ttl=3650 * DAY, clock=clock)  # a TTL far longer than the retention
    await dialogs.save("old", Dialog(state="confirm_handover", data={"job": "H-1"}))
    clock.set(T0)
    await dialogs.save("new", Dialog(state="confirm_handover", data={"job": "H-2"}))
    await redis.set(keys.dialog_marker("old"), "confirm_handover|zh")
    assert await RetentionStore(redis, keys).sweep_dialogs(T0 - 365 * DAY) == 1
    assert await redis.exists(keys.dialog("old")) == 0 and await redis.exists(keys.dialog("new")) == 1
    assert await redis.exists(keys.dialog_marker("old")) == 1  # another pattern: only dialog state is swept


async def test_batch_details_of_jobs_ended_before_the_cutoff_go_the_records_stay(redis: Redis, keys: Keys) -> None:
    clock = ManualClock(T0)
    jobs = JobStore(redis, keys, clock)
    ended = await jobs.create(make_draft())
    await bring_to(jobs, ended.id, "completed")
    running = await jobs.create(make_draft(handover="chenjing"))
    await bring_to(jobs, running.id, "running")
    clock.set(T0 + 200 * DAY)
    late = await jobs.create(make_draft(handover="zhoujie"))
    await bring_to(jobs, late.id, "failed")
    for j in (ended, running, late):
        await _xfer(redis, keys, j.id)
    audit_before = await redis.xlen(keys.audit())
    store = RetentionStore(redis, keys)
    assert await store.sweep_batch_details(T0 + 100 * DAY) == 1
    assert await redis.exists(*_details(keys, ended.id)) == 0
    for kept in (running, late):
        assert await redis.exists(*_details(keys, kept.id)) == 3
    assert await redis.hlen(keys.xfer_items(ended.id)) == 1 and (await jobs.get(ended.id)) is not None
    [record] = await TransferStore(redis, keys).records(ended.id)  # still readable, without the batch order
    assert (record.id, record.status, record.takeover) == ("wm1", "taken_over", "lina")
    assert await redis.xlen(keys.audit()) == audit_before and await AuditLog(redis, keys).for_job(ended.id)
    assert await store.sweep_batch_details(T0 + 100 * DAY) == 0  # idempotent
