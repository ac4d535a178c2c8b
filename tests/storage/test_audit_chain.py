"""The audit chain against a real Redis: written by the job scripts and by append (Lua's SHA-256
checked against hashlib's), and every kind of tampering someone with Redis access could do —
edit, delete, reorder, rewrite the whole chain, forge a checkpoint, cut the end — found by
verification at the right place; exports verify on their own; archives keep the rest valid."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable

import pytest

from bot.auditing import AuditKeeper, AuditKeyMissing, verify_export
from bot.clock import ManualClock
from storage.audit import AuditLog
from storage.audit_chain import GENESIS, Checkpoint, entry_hash
from storage.connection import Redis
from storage.jobs import JobStore
from storage.keys import Keys

from .factories import make_draft

KEY = b"k" * 32
_reps = itertools.count()
Rows = list[tuple[str, dict[str, str]]]


@pytest.fixture
def keeper(audit: AuditLog, clock: ManualClock) -> AuditKeeper:
    return AuditKeeper(audit, KEY, clock.now)


async def _history(jobs: JobStore, audit: AuditLog, clock: ManualClock, n_jobs: int = 3) -> None:
    """Real entries: jobs created, decided and moved by the Lua scripts, notes appended."""
    for _ in range(n_jobs):
        job = await jobs.create(make_draft(handover=f"rep{next(_reps)}", requester="wangfang"))
        clock.advance(60)
        await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
        await audit.append(ts=clock.now(), actor="engine", action="batch_sent", job_id=job.id,
                           note="第 1 批 “quoted” \t tab", extra={"batch": 1, "名字": "张伟"})
        clock.advance(3600)


async def _rows(redis: Redis, keys: Keys) -> Rows:
    rows: Rows = await redis.xrange(keys.audit())
    return rows


async def _rewrite(redis: Redis, keys: Keys, change: Callable[[Rows], Rows]) -> None:
    """What an intruder with Redis access can do: replace the stream by an edited copy (ids kept
    in order, as XADD with explicit ids requires)."""
    rows = change(await _rows(redis, keys))
    await redis.delete(keys.audit())
    for entry_id, fields in rows:
        await redis.xadd(keys.audit(), fields, id=entry_id)


async def test_every_entry_is_chained_with_lua_sha256_matching_hashlib(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await _history(jobs, audit, clock)
    rows = await _rows(redis, keys)
    assert len(rows) == 9
    prev = GENESIS
    for n, (_, f) in enumerate(rows, start=1):
        assert f["seq"] == str(n) and f["prev"] == prev
        assert f["hash"] == entry_hash(f)  # Lua's SHA-256 of the canonical encoding == hashlib's
        prev = f["hash"]
    # the per-job stream carries the same links
    job_rows = await redis.xrange(keys.audit_for_job("H-1001"))
    assert {f["hash"] for _, f in job_rows} <= {f["hash"] for _, f in rows}
    verdict = await keeper.verify()
    assert verdict.ok and verdict.entries == 9 and verdict.last_seq == 9, verdict.describe()
    assert (await audit.last_verdict())["ok"] == "1"


@pytest.mark.parametrize("tamper, position, reason", [
    (lambda r: [(i, {**f, "actor": "mallory"}) if n == 4 else (i, f) for n, (i, f) in enumerate(r)],
     5, "content does not match"),
    (lambda r: [(i, {**f, "note": f["note"] + "!"}) if n == 6 else (i, f) for n, (i, f) in enumerate(r)],
     7, "content does not match"),
    (lambda r: r[:3] + r[4:], 4, "sequence gap"),
    (lambda r: [*r[:2], (r[2][0], r[3][1]), (r[3][0], r[2][1]), *r[4:]], 3, "sequence gap"),
    (lambda r: r[1:], 1, "sequence gap"),
])
async def test_an_edited_deleted_or_reordered_entry_is_found_where_it_is(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper,
    tamper: Callable[[Rows], Rows], position: int, reason: str,
) -> None:
    await _history(jobs, audit, clock)
    assert (await keeper.verify()).ok
    await _rewrite(redis, keys, tamper)
    verdict = await keeper.verify()
    assert not verdict.ok
    assert verdict.broken is not None
    assert verdict.broken.position == position and reason in verdict.broken.reason, verdict.describe()
    assert (await audit.last_verdict())["ok"] == "0"


async def test_a_whole_rewritten_chain_is_caught_at_the_signed_checkpoint(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await _history(jobs, audit, clock, n_jobs=2)
    cp = await keeper.checkpoint()
    assert cp is not None and cp.seq == 6
    assert await keeper.checkpoint() is None  # nothing new since
    await _history(jobs, audit, clock, n_jobs=1)

    def consistent_forgery(rows: Rows) -> Rows:
        """Change entry 2 and recompute every link after it: without the key, the chain is valid."""
        out: Rows = []
        prev = GENESIS
        for n, (i, f) in enumerate(rows, start=1):
            g = {**f, "prev": prev}
            if n == 2:
                g["actor"] = "mallory"
            g["hash"] = entry_hash(g)
            prev = g["hash"]
            out.append((i, g))
        return out

    await _rewrite(redis, keys, consistent_forgery)
    verdict = await keeper.verify()
    assert verdict.broken is not None and verdict.broken.seq == "6"
    assert "signed checkpoint" in verdict.broken.reason
    # …and a checkpoint forged without the key (to match the forgery) fails its signature
    await redis.delete(keys.audit_checkpoints())
    rows = await _rows(redis, keys)
    forged = Checkpoint.sign(b"not the key" * 3, 9, rows[-1][1]["hash"], "1")
    await audit.add_checkpoint(forged)
    verdict = await keeper.verify()
    assert verdict.broken is not None and "signature does not verify" in verdict.broken.reason


async def test_entries_cut_from_the_end_after_a_checkpoint_are_missed(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await _history(jobs, audit, clock, n_jobs=2)
    await keeper.checkpoint()
    await _rewrite(redis, keys, lambda r: r[:-2])
    verdict = await keeper.verify()
    assert verdict.broken is not None and "missing" in verdict.broken.reason
    assert verdict.broken.expected == "entries up to seq 6"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
async def test_an_export_verifies_on_its_own_and_shows_an_edit(
    jobs: JobStore, audit: AuditLog, clock: ManualClock, keeper: AuditKeeper, fmt: str
) -> None:
    t0 = clock.now()
    await _history(jobs, audit, clock, n_jobs=3)
    await keeper.checkpoint()
    whole = await keeper.export(0, clock.now() + 1, fmt)  # type: ignore[arg-type]
    assert verify_export(whole, KEY).ok
    # a middle slice (from the second job on) verifies too, continuing from its first entry's link
    part = await keeper.export(t0 + 3000, clock.now() + 1, fmt)  # type: ignore[arg-type]
    verdict = verify_export(part, KEY)
    assert verdict.ok and verdict.first_seq == 4 and verdict.checkpoints == 1, verdict.describe()
    assert verify_export(part, None).ok  # links alone, without the key
    edited = whole.replace("liuqiang", "mallory", 1)
    assert edited != whole
    broken = verify_export(edited, KEY)
    assert not broken.ok and "content does not match" in broken.broken.reason  # type: ignore[union-attr]
    if fmt == "jsonl":
        first = json.loads(whole.splitlines()[0])
        assert set(first) >= {"seq", "prev", "hash", "actor", "action"}


async def test_archiving_keeps_the_remaining_chain_valid(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await _history(jobs, audit, clock, n_jobs=3)
    rows = await _rows(redis, keys)
    cut_at = float(rows[4][1]["ts"])  # entries 1-4 are older
    result = await keeper.archive(cut_at)
    assert result.removed == 4 and result.anchor is not None and result.anchor.seq == 4
    left = await _rows(redis, keys)
    assert [f["seq"] for _, f in left] == [str(n) for n in range(5, 10)]
    verdict = await keeper.verify()
    assert verdict.ok and verdict.first_seq == 5, verdict.describe()
    # new entries continue the chain after the archive
    await _history(jobs, audit, clock, n_jobs=1)
    assert (await keeper.verify()).ok
    # …and tampering with what is left is still found
    await _rewrite(redis, keys, lambda r: r[1:])
    assert not (await keeper.verify()).ok


async def test_archiving_never_drops_the_head(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await _history(jobs, audit, clock, n_jobs=1)
    result = await keeper.archive(clock.now() + 10**6)
    assert result.removed == 2
    assert len(await _rows(redis, keys)) == 1
    await _history(jobs, audit, clock, n_jobs=1)
    assert (await keeper.verify()).ok


async def test_entries_from_before_the_chain_are_counted_as_legacy(
    jobs: JobStore, audit: AuditLog, redis: Redis, keys: Keys, clock: ManualClock, keeper: AuditKeeper
) -> None:
    await redis.xadd(keys.audit(), {"ts": "1.0", "actor": "old", "action": "create", "job_id": "H-1"})
    await _history(jobs, audit, clock, n_jobs=1)
    verdict = await keeper.verify()
    assert verdict.ok and verdict.legacy == 1 and verdict.first_seq == 1


async def test_signing_needs_the_key(audit: AuditLog, clock: ManualClock) -> None:
    await audit.append(ts=1.0, actor="x", action="y")
    with pytest.raises(AuditKeyMissing):
        await AuditKeeper(audit, None, clock.now).checkpoint()
