"""`audit archive` and the jobs: the jobs' own streams lose the archived entries; an ended job whose
whole trail was archived loses its record and index entries; a live job, or one with entries after
the cut, keeps its record; the remaining chain still verifies."""

from __future__ import annotations

from bot.auditing import AuditKeeper
from bot.clock import ManualClock
from storage.audit import AuditLog
from storage.connection import Redis
from storage.job_archive import JobArchive
from storage.jobs import JobStore
from storage.keys import Keys

from .factories import make_draft
from .test_jobs import bring_to

KEY = b"k" * 32


async def test_archive_removes_the_archived_jobs_streams_and_ended_records(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock
) -> None:
    ended = await jobs.create(make_draft(handover="rep1"))
    await bring_to(jobs, ended.id, "completed")
    await jobs.record_card(ended.id, "task-ended", ["liuqiang"])
    await redis.rpush(keys.xfer_batches(ended.id), "1|c|100")
    await redis.zadd(keys.xfer_member_jobs("rep1"), {ended.id: clock.now()})
    waiting = await jobs.create(make_draft(handover="rep2"))  # approved, never started: not ended
    await bring_to(jobs, waiting.id, "approved")
    spanning = await jobs.create(make_draft(handover="rep3"))
    clock.advance(86400)
    before = clock.now()
    await bring_to(jobs, spanning.id, "rejected")  # ended, but after the cut
    later = await jobs.create(make_draft(handover="rep4"))
    spanning_entries = len(await audit.for_job(spanning.id))
    keeper = AuditKeeper(audit, KEY, clock.now, JobArchive(redis, keys))

    result = await keeper.archive(before)

    assert result.anchor is not None and result.jobs == 1
    assert await redis.exists(keys.audit_for_job(ended.id), keys.audit_for_job(waiting.id)) == 0
    assert len(await audit.for_job(spanning.id)) == spanning_entries - 1  # its creation went, its rejection stays
    assert len(await audit.for_job(later.id)) == 1
    assert result.job_entries == result.removed  # every archived entry had its job copy removed too
    assert await jobs.get(ended.id) is None
    for index in (keys.jobs_all(), keys.jobs_in_state("completed"), keys.jobs_by_requester("wangfang"),
                  keys.jobs_about_member("rep1"), keys.xfer_member_jobs("rep1")):
        assert await redis.zscore(index, ended.id) is None, index
    assert await redis.exists(keys.job_cards(ended.id), keys.xfer_batches(ended.id)) == 0
    assert await jobs.job_for_task("task-ended") is None
    for kept in (waiting, spanning, later):
        assert await jobs.get(kept.id) is not None
    verdict = await keeper.verify()
    assert verdict.ok and verdict.first_seq == result.anchor.seq + 1, verdict.describe()
