"""``TransferEngine``: approved job → snapshot → batches → submitted → followed to the end.

Finding work: the state indexes are scanned every ``scan_interval`` seconds and on ``wake()``;
a job is worked only under its Redis lease (renewed while held, released on stop, expiring when
the holder dies; a restarted process with the same ``instance_id`` takes its own leases back at
once). Candidates: ``approved``; ``running`` (a dead holder's job); ``paused`` once ``resume_at``
has come; ``stopped`` jobs whose stop has not been reported yet.

Execution, step by step (each step idempotent, see storage/transfers.py):
1. ``approved → running``; snapshot once (bot/engine/snapshot.py), persisted all-or-nothing.
2. ``parallel`` + 1 lanes, each with one batch in flight at a time (≤ 100 ids; customers first,
   then groups) — ``parallel`` calls out, one batch on deck for the next free slot; one lane plans
   at a time so the cursors advance in order. Each batch is checkpointed
   as in flight (ids) BEFORE its call, under the lease and only while the job is ``running``
   (``stopped`` ends the work; what moved stays moved). Its outcome is recorded in one atomic step
   that also bumps the job's exec counters and the customer history — the same script that then
   checkpoints the lane's next batch, so an outcome is always persisted before that lane's next
   batch begins, in one Redis round trip.
3. A batch in flight without a recorded outcome (crash, lost answer) is re-sent first. Its
   customers come back 40100/40129 ("already in a transfer flow") → counted as started. Groups
   answering 90504 (owner unchanged) / 90507 (being inherited) / 90508 (already inherited) are
   checked with groupchat/get: owned by the takeover member → moved, else failed.
4. Errors never spin: transient (after the client's own retries) → backoff, and after
   ``max_transient`` in a row → ``paused`` for ``transient_pause``; 45009 / client budget →
   ``paused`` with a resume timer at ``retry_after``; a permanent error → that batch's items
   failed (reason kept), next batch. Groups over 300 per original owner per local day (counted
   here, and per-chat 45009 from the platform) wait for the next local day (``paused``).
5. 在职继承: a customer with 2 transfers in the last 90 days in our records is skipped
   (``onjob_90_days``) rather than sent for a sure 40128.
6. All sent: ``running → submitted`` (or straight to a final state when no customer is waiting),
   one "submitted" message; then follow.py takes over (polling timers + ``transfer_fail``).

Each milestone's notice is written to the outbox in the same atomic step as the state change it
reports and delivered from there exactly once (bot/outbox.py); the final report's file is sent
after it, at least once (a safety timer, ``transfer_notice``, re-sends it after a crash).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Final, Literal

from redis.exceptions import RedisError

from bot.clock import Clock
from bot.engine import reasons
from bot.engine.follow import poll_job, transfer_failed
from bot.engine.lanes import Lanes
from bot.engine.notify import NameSource, Notifier
from bot.engine.report import (
    DEFERRED,
    NOTHING,
    PAUSED,
    RESUMED,
    SNAPSHOT_FAILED,
    Summary,
    by_receiver,
    final_report,
    stopped_text,
    submitted_text,
    summarize,
)
from bot.engine.snapshot import take_snapshot
from bot.models.jobs import Job, JobState, TransitionResult
from bot.texts import Lang
from bot.wecom import WeComAPIError, WeComClient
from bot.wecom.transfers import CustomerTransferOutcome, GroupTransferFailure
from storage.jobs import JobStore
from storage.outbox import OutboxEntry, Post
from storage.timers import TimerStore, coalesce_key
from storage.transfers import NOT_MOVED, BatchRecord, Item, ItemKind, TransferStore, all_sent, item_field

log = logging.getLogger(__name__)

POLL_KIND: Final = "transfer_poll"
RESUME_KIND: Final = "transfer_resume"
NOTICE_KIND: Final = "transfer_notice"
ACTOR: Final = "engine"
NINETY_DAYS: Final = 90 * 86400
ONJOB_MAX_PER_90_DAYS: Final = 2
GROUP_DONE_ERRCODES: Final = frozenset({90504, 90507, 90508})
GROUP_DAY_ERRCODE: Final = 45009
CAP_ERRCODE: Final = 40099
INFRA_ERRORS: Final = (RedisError, OSError)
LEASE_LOST: Final = -1  # begin_batch: the lease is another instance's now
NOT_RUNNING: Final = -2  # begin_batch: the job left ``running``
CURSOR_CHUNK_BATCHES: Final = 10  # customer ids read ahead per LRANGE, in batches

# Why no further batch is begun: all sent, daily group limit, lease lost, or halt (shutting down,
# or the job left ``running``).
WaveEnd = Literal["done", "day_limit", "lease_lost", "halt"]


class LeaseLost(Exception):
    """Another instance holds the job now: stop touching it."""


@dataclass(frozen=True)
class Batch:
    seq: int
    kind: ItemKind
    ids: list[str]
    takeover: str  # ONE takeover_userid per call: a split job's batch stays within one successor
    resent: bool = False


@dataclass
class _CustomerCursor:
    """Where the customers' list stands, kept here between plans of one pass: while we hold the
    lease only our plans move ``c_next`` (begin_batch is fenced by the lease token), and the
    snapshot list never changes, so ids are read ahead in chunks instead of once per batch."""

    next: int
    total: int
    chunk_start: int = 0
    chunk: list[str] = dataclasses.field(default_factory=list)


@dataclass
class _Run:
    """What the lanes of one execution pass share: batches to re-send first, and why they end."""

    resend: list[Batch]
    lanes: Lanes
    cursor: _CustomerCursor | None = None  # read from the job's meta at the first plan
    end: WaveEnd | None = None
    stopped: Job | None = None
    error: WeComAPIError | None = None
    crash: BaseException | None = None
    clean: int = 0

    @property
    def over(self) -> bool:
        """No further batch may begin (those in hand still land and are recorded)."""
        return (self.end, self.stopped, self.error, self.crash) != (None, None, None, None)


class _Landed:
    """A lane's last landed outcome, not stored yet: the lane's next begin stores it in the same
    atomic step (so it is persisted before that batch begins), else ``flush`` stores it alone.
    Either way fenced by the lease token: a holder paused past its lease records nothing."""

    def __init__(self, store: TransferStore, token: str) -> None:
        self._store = store
        self._token = token
        self.record: BatchRecord | None = None

    def take(self) -> BatchRecord | None:
        record, self.record = self.record, None
        return None if record is None else dataclasses.replace(record, fence=self._token)

    async def flush(self) -> None:
        record = self.take()
        if record is not None:
            await self._store.record(record)


def _local_day(ts: float, tz: tzinfo) -> str:
    return datetime.fromtimestamp(ts, tz).strftime("%Y%m%d")


def next_local_day(ts: float, tz: tzinfo, *, margin: float = 300.0) -> float:
    """The start of the next local day plus ``margin`` seconds."""
    d = datetime.fromtimestamp(ts, tz)
    midnight = datetime(d.year, d.month, d.day, tzinfo=tz) + timedelta(days=1)
    return midnight.timestamp() + margin


class TransferEngine:
    def __init__(
        self,
        jobs: JobStore,
        transfers: TransferStore,
        client: WeComClient,
        timers: TimerStore,
        clock: Clock,
        notifier: Notifier,
        *,
        instance_id: str,
        tz: tzinfo,
        lease_seconds: float = 30.0,
        scan_interval: float = 5.0,
        batch_size: int = 100,
        parallel: int | None = None,
        group_day_limit: int = 300,
        backoff_base: float = 1.0,
        backoff_max: float = 60.0,
        max_transient: int = 5,
        transient_pause: float = 300.0,
        notice_retry: float = 120.0,
        poll_offsets: Sequence[float] = (600.0, 3600.0, 21600.0, 86400.0 + 300.0),
        poll_every: float = 21600.0,
        give_up_after: float = 7 * 86400.0,
        names: NameSource | None = None,
    ) -> None:
        if not 1 <= batch_size <= 100:
            raise ValueError("batch_size must be 1..100 (platform limit)")
        if not instance_id or ":" in instance_id:
            raise ValueError("instance_id must be non-empty and contain no ':'")
        self.jobs = jobs
        self.transfers = transfers
        self.client = client
        self.timers = timers
        self.clock = clock
        self.notifier = notifier
        self.instance_id = instance_id
        self.tz = tz
        self.lease_seconds = lease_seconds
        self.scan_interval = scan_interval
        self.batch_size = batch_size
        # Never more batches in flight than the client's externalcontact concurrency cap: more
        # would only queue on the cap (45033 guard) and poll for slots.
        self.parallel = max(1, min(parallel or 99, client.limits.externalcontact_concurrency))
        # One lane more than calls in flight: its batch is checkpointed and waits on deck, so a slot
        # that frees is refilled at once (handed over in-process, bot/wecom/slots.py) instead of
        # after the landed lane's bookkeeping and two Redis round trips.
        self.lanes = self.parallel + 1
        self.group_day_limit = group_day_limit
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.max_transient = max_transient
        self.transient_pause = transient_pause
        self.notice_retry = notice_retry
        self.poll_offsets = tuple(poll_offsets)
        self.poll_every = poll_every
        self.give_up_after = give_up_after
        self.names = names
        self._prefix = f"{instance_id}:"
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop_task: asyncio.Task[None] | None = None
        self._active: dict[str, asyncio.Task[bool]] = {}
        self._lost: set[str] = set()
        self._held: dict[str, str] = {}  # job id → our lease token while we hold it (the fence)
        self._transient_jobs: set[str] = set()

    # --- lifecycle -----------------------------------------------------------------------------
    def wake(self) -> None:
        """Look for work now (e.g. right after an approval)."""
        self._wake.set()

    def start(self) -> None:
        if self._loop_task is not None and not self._loop_task.done():
            return
        self._stopping = False
        self._wake = asyncio.Event()
        self._loop_task = asyncio.create_task(self._loop(), name=f"transfer-engine-{self.instance_id}")

    async def stop(self, grace: float = 60.0) -> None:
        """Finish the batches in hand, release the leases, return."""
        self._stopping = True
        self._wake.set()
        task, self._loop_task = self._loop_task, None
        pending = [t for t in [task, *self._active.values()] if t is not None]
        if not pending:
            return
        _, still = await asyncio.wait(pending, timeout=grace)
        for t in still:
            t.cancel()
        for t in still:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t

    async def run_once(self) -> int:
        """Scan once and work every job this instance can lease until it submits, pauses or
        stops. Returns how many jobs were worked."""
        ids = [j for j in await self._candidates() if j not in self._active]
        results = await asyncio.gather(*(self._try(j) for j in ids))
        return sum(1 for r in results if r)

    async def _loop(self) -> None:
        while not self._stopping:
            # clear before scanning: a wake() or stop() that lands during the scan is kept
            self._wake.clear()
            try:
                for job_id in await self._candidates():
                    if job_id not in self._active and not self._stopping:
                        task = asyncio.create_task(self._try(job_id), name=f"transfer-{job_id}")
                        self._active[job_id] = task
                        task.add_done_callback(self._forget)
            except Exception:
                log.exception("transfer engine scan failed")
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.scan_interval)

    def _forget(self, task: asyncio.Task[bool]) -> None:
        for job_id, t in list(self._active.items()):
            if t is task:
                del self._active[job_id]

    async def _candidates(self) -> list[str]:
        found = await self.jobs.list_states(["approved", "running", "paused", "stopped"])
        rows = await self.transfers.meta_many([j.id for j in found], ["resume_at", "snap", "done"])
        now = self.clock.now()
        out = []
        for job, (resume_at, snap, done) in zip(found, rows, strict=True):
            if job.state == "paused" and resume_at and float(resume_at) > now:
                continue
            if job.state == "stopped" and (not snap or done):
                continue
            out.append(job.id)
        return out

    # --- one job under its lease --------------------------------------------------------------
    async def _try(self, job_id: str) -> bool:
        token = self._prefix + secrets.token_hex(6)
        try:
            if not await self.transfers.lease("acquire", job_id, token, self.lease_seconds, self._prefix):
                return False
        except INFRA_ERRORS:
            log.warning("lease for %s: Redis unavailable", job_id, exc_info=True)
            return False
        self._lost.discard(job_id)
        self._held[job_id] = token
        renew = asyncio.create_task(self._renew(job_id, token))
        try:
            await self._work(job_id, token)
        except LeaseLost:
            log.warning("lost the lease of %s; another instance continues it", job_id)
        except Exception:
            log.exception("transfer job %s interrupted; it resumes on a later scan", job_id)
        finally:
            self._held.pop(job_id, None)
            renew.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renew
            with contextlib.suppress(Exception):
                await self.transfers.lease("release", job_id, token, self.lease_seconds)
        return True

    async def _renew(self, job_id: str, token: str) -> None:
        while True:
            await asyncio.sleep(self.lease_seconds / 3)
            try:
                if not await self.transfers.lease("renew", job_id, token, self.lease_seconds):
                    self._lost.add(job_id)
                    return
            except INFRA_ERRORS:  # Redis away: the lease may lapse; begin_batch is fenced anyway
                log.warning("could not renew the lease of %s", job_id)

    async def _work(self, job_id: str, token: str) -> None:
        job = await self.jobs.get(job_id)
        if job is None:
            return
        if job.state == "stopped":
            await self._on_stopped(job, token)
            return
        if job.state in ("approved", "paused"):
            told = ""
            if job.state == "paused":
                meta = await self.transfers.meta(job_id)
                if meta.get("resume_at") and float(meta["resume_at"]) > self.clock.now():
                    return
                told = meta.get("pause_told", "")
            if told:  # the requester heard of the pause: the resumption is a milestone too
                result = await self._transition_with(job, f"resumed:{told}", "running", expected_from={job.state})
            else:
                result = await self.jobs.transition(job_id, to="running", actor=ACTOR, expected_from={job.state},
                                                    lease_token=self._held.get(job_id, ""))  # fmt: skip
            if not result.applied or result.job is None:
                return
            job = result.job
            await self.transfers.del_meta(job_id, "resume_at", "pause_reason", "pause_told")
        if job.state != "running":
            return
        meta = await self.transfers.meta(job_id)
        if not meta.get("snap") and not await self._snapshot(job):
            return
        await self._execute(job, token)

    # --- snapshot -------------------------------------------------------------------------------
    async def _snapshot(self, job: Job) -> bool:
        while True:
            try:
                snap = await take_snapshot(self.client, job)
                break
            except WeComAPIError as exc:
                if exc.kind == "permanent":
                    why = reasons.reason_text(exc.errcode, job.lang)
                    await self._fail_start(job, SNAPSHOT_FAILED(job.lang, job=job.id, why=why,
                                                                handover=await self._name(job.handover, job.lang)))
                    return False
                if not await self._after_error(job, exc):
                    return False
        now = self.clock.now()
        customers, outside = (await Lanes.load(self.jobs, job)).order(snap.customers)
        await self.transfers.save_snapshot(
            job.id, handover=job.handover, takeover=job.takeover, path=job.path, requester=job.requester,
            customers=customers, groups=snap.groups, skipped={**snap.skipped, **outside}, at=now,
            takeovers=job.takeovers if job.split is not None else (), group_takeover=job.group_takeover,
        )  # fmt: skip
        if snap.empty:
            text = NOTHING(job.lang, job=job.id, handover=await self._name(job.handover, job.lang))
            await self._fail_start(job, text)
            return False
        return True

    async def _fail_start(self, job: Job, text: str) -> None:
        result = await self._transition_with(job, "start_failed", "failed", expected_from={"running"}, fail_text=text)
        if result.applied:
            await self.transfers.set_meta(job.id, {"done": 1, "fail_text": text})

    # --- batches -----------------------------------------------------------------------------------
    async def _execute(self, job: Job, token: str) -> None:
        """Run ``lanes`` lanes; each plans the next batch (one lane at a time, so cursors
        advance in order), sends it and records its outcome, then plans again. A lane that lands
        refills its slot at once, while the others' calls are still in flight. Any non-permanent
        error or crash stops new batches; the ones in hand are drained and recorded, then we back
        off or pause."""
        lanes = await Lanes.load(self.jobs, job)
        while True:
            run = _Run(resend=[Batch(b.seq, b.kind, b.ids, lanes.takeover(b.kind, b.ids), resent=True)
                               for b in await self.transfers.inflight(job.id)], lanes=lanes)  # fmt: skip
            plan_lock = asyncio.Lock()
            await asyncio.gather(*(self._lane(job, token, run, plan_lock) for _ in range(self.lanes)))
            if run.crash is not None:
                raise run.crash
            if run.clean and run.error is None and job.id in self._transient_jobs:
                self._transient_jobs.discard(job.id)  # a clean run ends a series of transient errors
                await self.transfers.del_meta(job.id, "transient")
            if run.error is not None:
                if await self._after_error(job, run.error):
                    continue
                return
            if run.stopped is not None:
                await self._on_stopped(run.stopped, token)
            elif run.end == "lease_lost":
                raise LeaseLost(job.id)
            elif run.end == "day_limit":
                await self._pause(job, next_local_day(self.clock.now(), self.tz), "day_limit")
            elif run.end == "done":
                if not all_sent(await self.transfers.meta(job.id)):
                    continue  # a batch that landed after the last plan left work (deferred groups)
                await self._all_sent(job)
            return

    async def _lane(self, job: Job, token: str, run: _Run, plan_lock: asyncio.Lock) -> None:
        landed = _Landed(self.transfers, token)  # this lane's last outcome, stored before its next begin
        while True:
            async with plan_lock:
                try:
                    batch = await self._plan(job, token, run, landed)
                except Exception as failure:  # Redis gone while planning: the others drain
                    run.crash = run.crash or failure
                    return
                if batch is None:
                    return
            try:
                result = await self._send(job, batch, run.lanes)
            except WeComAPIError as exc:
                if exc.kind == "permanent":
                    landed.record = self._failure_outcome(job, batch, exc.errcode)
                elif run.error is None or exc.kind == "rate_limited":
                    run.error = exc
                continue
            except Exception as failure:
                run.crash = run.crash or failure
                return
            try:
                landed.record = await self._outcome(job, batch, result)
                run.clean += 1
            except Exception as failure:  # Redis gone (exhaust_group_day): drain, then re-raise
                run.crash = run.crash or failure
                return

    async def _plan(self, job: Job, token: str, run: _Run, landed: _Landed) -> Batch | None:
        """Store the lane's landed outcome and begin its next batch (one round trip for both on
        the customers' path), or return None, with ``run`` saying why no further batch begins.
        A person may stop the job between batches: begin_batch checks the state atomically."""
        batch = await self._plan_next(job, token, run, landed)
        await landed.flush()  # not taken by a begin: stored on its own
        return batch

    async def _plan_next(self, job: Job, token: str, run: _Run, landed: _Landed) -> Batch | None:
        if run.over:
            return None
        if self._stopping:
            run.end = "halt"
            return None
        if job.id in self._lost:
            run.end = "lease_lost"
            return None
        nxt: Batch | WaveEnd | None
        if run.resend:
            current = await self.jobs.get(job.id)
            nxt = run.resend.pop(0) if current is not None and current.state == "running" else None
        else:
            nxt = await self._next_batch(job, token, run, landed)
        if isinstance(nxt, Batch):
            return nxt
        if nxt is None:  # the job left ``running``
            current = await self.jobs.get(job.id)
            if current is not None and current.state == "stopped":
                run.stopped = current
            else:
                run.end = "halt"
            return None
        run.end = nxt
        return None

    async def _after_error(self, job: Job, exc: WeComAPIError) -> bool:
        """Back off after a non-permanent error. True: try again now; False: the job was paused."""
        if exc.kind == "rate_limited":
            wait = exc.retry_after if exc.retry_after is not None else 60.0
            await self._pause(job, self.clock.now() + max(wait, 1.0), "rate_limited")
            return False
        n = await self.transfers.bump_meta(job.id, "transient")
        self._transient_jobs.add(job.id)
        if n >= self.max_transient:
            await self.transfers.del_meta(job.id, "transient")
            await self._pause(job, self.clock.now() + self.transient_pause, "transient")
            return False
        delay = min(self.backoff_max, self.backoff_base * 2 ** (n - 1))
        log.warning("job %s: %s; retrying in %.1fs", job.id, exc, delay)
        await asyncio.sleep(delay)
        return True

    async def _customer_ids(self, job: Job, cur: _CustomerCursor) -> list[str]:
        end = min(cur.next + self.batch_size, cur.total)
        if not cur.chunk_start <= cur.next or end > cur.chunk_start + len(cur.chunk):
            cur.chunk_start = cur.next
            cur.chunk = await self.transfers.slice(job.id, "c", cur.next, self.batch_size * CURSOR_CHUNK_BATCHES)
        return cur.chunk[cur.next - cur.chunk_start : end - cur.chunk_start]

    async def _next_batch(self, job: Job, token: str, run: _Run, landed: _Landed) -> Batch | WaveEnd | None:
        """Checkpoint the next batch as in flight (customers: after storing ``landed`` in the same
        step); None when the job is no longer running."""
        while True:
            if run.cursor is None:
                meta = await self.transfers.meta(job.id)
                run.cursor = _CustomerCursor(int(meta.get("c_next", 0)), int(meta.get("n_c", 0)))
            cur = run.cursor
            now = self.clock.now()
            if cur.next < cur.total:
                ids = run.lanes.cut(await self._customer_ids(job, cur))
                if not ids:  # the list is shorter than its recorded size (never written so): no hot loop
                    raise RuntimeError(f"job {job.id}: the customer list ends at {cur.next} of {cur.total}")
                skipped: dict[str, Item] = {}
                if job.path == "onjob":
                    counts = await self.transfers.recent_onjob_transfers(ids, now - NINETY_DAYS, job.id)
                    skipped = {
                        item_field("c", i): Item(k="c", s="skipped", r=reasons.ONJOB_90_DAYS)
                        for i in ids if counts.get(i, 0) >= ONJOB_MAX_PER_90_DAYS
                    }  # fmt: skip
                send = [i for i in ids if item_field("c", i) not in skipped]
                seq = await self.transfers.begin_batch(
                    job.id, token=token, kind="c", ids=send, now=now, holder=self.instance_id,
                    cursor=("c_next", cur.next + len(ids)), skipped=skipped, require_state="running",
                    after=landed.take(),
                )  # fmt: skip
                if seq == LEASE_LOST:
                    return "lease_lost"
                if seq == NOT_RUNNING:
                    return None
                cur.next += len(ids)
                if seq == 0:
                    continue  # every id of this slice was skipped
                return Batch(seq, "c", send, run.lanes.takeover("c", ids))
            await landed.flush()  # groups: an outcome may add deferred ones to the meta read next
            meta = await self.transfers.meta(job.id)
            deferred: list[str] = json.loads(meta.get("g_deferred") or "[]")
            g_next, n_g = int(meta.get("g_next", 0)), int(meta.get("n_g", 0))
            if not deferred and g_next >= n_g:
                return "done"
            day = _local_day(now, self.tz)
            room = self.group_day_limit - await self.transfers.group_day_count(job.handover, day)
            if room <= 0:
                return "day_limit"
            take = min(self.batch_size, room)
            consumed: list[str] = []
            cursor: tuple[str, int] | None = None
            if deferred:
                ids = consumed = deferred[:take]
            else:
                ids = await self.transfers.slice(job.id, "g", g_next, take)
                cursor = ("g_next", g_next + len(ids))
            seq = await self.transfers.begin_batch(
                job.id, token=token, kind="g", ids=ids, now=now, holder=self.instance_id, cursor=cursor,
                day=(job.handover, day, len(ids)), deferred_consumed=consumed, require_state="running",
            )  # fmt: skip
            if seq == LEASE_LOST:
                return "lease_lost"
            if seq == NOT_RUNNING:
                return None
            if seq == 0:
                continue
            return Batch(seq, "g", ids, run.lanes.takeover("g", ids))

    async def _send(
        self, job: Job, batch: Batch, lanes: Lanes
    ) -> list[CustomerTransferOutcome] | list[GroupTransferFailure]:
        c, to = self.client, batch.takeover
        if batch.kind == "c":
            if job.path == "resigned":
                return await c.transfer_resigned_customers(job.handover, to, batch.ids)
            return await c.transfer_onjob_customers(job.handover, to, batch.ids, lanes.greeting(to))
        if job.path == "resigned":
            return await c.transfer_resigned_groups(batch.ids, to)
        return await c.transfer_onjob_groups(batch.ids, to)

    async def _outcome(
        self, job: Job, batch: Batch, result: list[CustomerTransferOutcome] | list[GroupTransferFailure]
    ) -> BatchRecord:
        """What a landed batch's answer means for each of its items (stored by the lane)."""
        now = self.clock.now()
        items: dict[str, Item] = {}
        counters = {"started": 0, "failed": 0, "capped": 0, "taken_over": 0}
        started: list[str] = []
        deferred: list[str] = []
        if batch.kind == "c":
            outcomes = {o.external_userid: o for o in result if isinstance(o, CustomerTransferOutcome)}
            for eid in batch.ids:
                o = outcomes.get(eid)
                f = item_field("c", eid)
                if o is None:  # not in the answer: treat as unknown, polling decides
                    items[f] = Item(k="c", s="started", r=reasons.UNKNOWN_OUTCOME, b=batch.seq, t=now)
                elif o.started:
                    items[f] = Item(k="c", s="started", r=o.errcode or None, b=batch.seq, t=now)
                elif o.errcode == CAP_ERRCODE:
                    items[f] = Item(k="c", s="capped", r=o.errcode, b=batch.seq, f=now)
                    counters["capped"] += 1
                    continue
                else:
                    items[f] = Item(k="c", s="failed", r=o.errcode, b=batch.seq, f=now)
                    counters["failed"] += 1
                    continue
                counters["started"] += 1
                started.append(eid)
        else:
            failures = {g.chat_id: g for g in result if isinstance(g, GroupTransferFailure)}
            for chat_id in batch.ids:
                f = item_field("g", chat_id)
                fail = failures.get(chat_id)
                if fail is None:
                    items[f] = Item(k="g", s="moved", b=batch.seq, t=now, f=now)
                elif fail.errcode in GROUP_DONE_ERRCODES:
                    items[f] = await self._check_group(job, chat_id, fail.errcode, batch.seq, now)
                elif fail.errcode == GROUP_DAY_ERRCODE:
                    items[f] = Item(k="g", s="deferred", r=fail.errcode, b=batch.seq)
                    deferred.append(chat_id)
                    continue
                else:
                    items[f] = Item(k="g", s="failed", r=fail.errcode, b=batch.seq, f=now)
                if items[f].s == "moved":
                    counters["started"] += 1
                    counters["taken_over"] += 1
                else:
                    counters["failed"] += 1
        if deferred:  # the platform counts more for today than we did (e.g. console transfers)
            await self.transfers.exhaust_group_day(job.handover, _local_day(now, self.tz), self.group_day_limit)
        return BatchRecord(
            job.id, batch.seq, items, started_customers=started, path=job.path, takeover=batch.takeover,
            now=now, counters=counters, waiting_delta=len(started), deferred=deferred,
        )  # fmt: skip

    async def _check_group(self, job: Job, chat_id: str, errcode: int, seq: int, now: float) -> Item:
        """90504/90507/90508: moved already (our earlier, unanswered call) or by someone else?"""
        try:
            chat = await self.client.get_group_chat(chat_id, need_name=False)
        except WeComAPIError:
            return Item(k="g", s="moved", r=errcode, b=seq, t=now, f=now)  # documented assumption
        if chat.owner == job.group_takeover:
            return Item(k="g", s="moved", r=errcode, b=seq, t=now, f=now)
        return Item(k="g", s="failed", r=reasons.GROUP_ELSEWHERE, b=seq, f=now)

    def _failure_outcome(self, job: Job, batch: Batch, errcode: int) -> BatchRecord:
        """A permanent error on a batch: its items failed (capped for 40099)."""
        now = self.clock.now()
        items = {item_field(batch.kind, i): Item(k=batch.kind, s="failed", r=errcode, b=batch.seq, f=now)
                 for i in batch.ids}  # fmt: skip
        if batch.kind == "c" and errcode == CAP_ERRCODE:
            items = {f: it.but(s="capped") for f, it in items.items()}
            counters = {"capped": len(items)}
        else:
            counters = {"failed": len(items)}
        return BatchRecord(
            job.id, batch.seq, items, started_customers=(), path=job.path, takeover=batch.takeover,
            now=now, counters=counters, waiting_delta=0,
        )  # fmt: skip

    # --- pause / submitted / stopped ---------------------------------------------------------------
    async def _pause(self, job: Job, until: float, why: str) -> None:
        if why == "day_limit":
            notice: str | None = f"deferred:{_local_day(until, self.tz)}"
        else:
            notice = f"paused:{int(until)}" if until - self.clock.now() >= 600 else None
        told = {"pause_told": notice.replace(":", "-")} if notice else {}
        await self.transfers.set_meta(job.id, {"resume_at": repr(until), "pause_reason": why, **told})
        await self.timers.schedule(coalesce_key(RESUME_KIND, job.id), until, RESUME_KIND, {"job_id": job.id})
        if notice is None:
            result = await self.jobs.transition(job.id, to="paused", actor=ACTOR, expected_from={"running"}, note=why,
                                                lease_token=self._held.get(job.id, ""))  # fmt: skip
        else:
            result = await self._transition_with(job, notice, "paused", expected_from={"running"}, note=why)
        if result.applied:
            log.info("job %s paused until %s (%s)", job.id, until, why)

    async def _all_sent(self, job: Job) -> None:
        meta = await self.transfers.meta(job.id)
        waiting = int(meta.get("waiting", 0))
        if waiting <= 0:
            await self.finish(job.id)
            return
        submitted_at = float(meta.get("submitted_at") or self.clock.now())
        if "submitted_at" not in meta:
            await self.transfers.set_meta(job.id, {"submitted_at": repr(submitted_at)})
        await self.timers.schedule(
            coalesce_key(POLL_KIND, job.id), self.next_poll_at(submitted_at, self.clock.now()), POLL_KIND,
            {"job_id": job.id}, replace=False,
        )  # fmt: skip
        await self._transition_with(job, "submitted", "submitted", expected_from={"running"})

    def next_poll_at(self, submitted_at: float, now: float) -> float:
        """+10 min, +1 h, +6 h, +24 h 5 min after submission, then every 6 h."""
        for offset in self.poll_offsets:
            if submitted_at + offset > now:
                return submitted_at + offset
        last = submitted_at + self.poll_offsets[-1]
        steps = int((now - last) // self.poll_every) + 1
        return last + steps * self.poll_every

    async def _on_stopped(self, job: Job, token: str) -> None:
        """A person stopped the job between batches: settle what is unsent, report once."""
        meta = await self.transfers.meta(job.id)
        if not meta.get("snap") or meta.get("done"):
            return
        now = self.clock.now()
        lanes = await Lanes.load(self.jobs, job)
        for batch in await self.transfers.inflight(job.id):
            to = lanes.takeover(batch.kind, batch.ids)
            # Sent or not? Do not send again after a stop; let the platform's record decide.
            if batch.kind == "c":
                items = {item_field("c", i): Item(k="c", s="started", r=reasons.UNKNOWN_OUTCOME, b=batch.seq, t=now)
                         for i in batch.ids}  # fmt: skip
                await self.transfers.record_batch(
                    job.id, batch.seq, items, started_customers=batch.ids, path=job.path, takeover=to,
                    now=now, counters={"started": len(items)}, waiting_delta=len(items), fence=token,
                )  # fmt: skip
            else:
                groups = {item_field("g", i): await self._check_group(job, i, 0, batch.seq, now) for i in batch.ids}
                groups = {f: (it if it.s == "moved" else Item(k="g", s="skipped", r=reasons.STOPPED, b=batch.seq))
                          for f, it in groups.items()}  # fmt: skip
                moved = sum(1 for it in groups.values() if it.s == "moved")
                await self.transfers.record_batch(
                    job.id, batch.seq, groups, started_customers=(), path=job.path, takeover=to,
                    now=now, counters={"started": moved, "taken_over": moved}, waiting_delta=0, fence=token,
                )  # fmt: skip
        meta = await self.transfers.meta(job.id)
        rest_c = await self.transfers.slice(job.id, "c", int(meta.get("c_next", 0)), 10**9)
        rest_g = await self.transfers.slice(job.id, "g", int(meta.get("g_next", 0)), 10**9)
        rest_g += json.loads(meta.get("g_deferred") or "[]")
        skipped = {item_field("c", i): Item(k="c", s="skipped", r=reasons.STOPPED) for i in rest_c}
        skipped |= {item_field("g", i): Item(k="g", s="skipped", r=reasons.STOPPED) for i in rest_g}
        if skipped:
            seq = await self.transfers.begin_batch(
                job.id, token=token, kind="c", ids=[], now=now, holder=self.instance_id,
                cursor=("c_next", int(meta.get("n_c", 0))), skipped=skipped,
                deferred_consumed=json.loads(meta.get("g_deferred") or "[]"),
            )  # fmt: skip
            if seq == LEASE_LOST:
                raise LeaseLost(job.id)
            await self.transfers.set_meta(job.id, {"g_next": int(meta.get("n_g", 0))})
        await self.deliver(job.id, "stopped")
        meta = await self.transfers.meta(job.id)
        if int(meta.get("waiting", 0)) > 0:
            submitted_at = float(meta.get("submitted_at") or now)
            await self.transfers.set_meta(job.id, {"submitted_at": repr(submitted_at)})
            await self.timers.schedule(
                coalesce_key(POLL_KIND, job.id), self.next_poll_at(submitted_at, now), POLL_KIND,
                {"job_id": job.id}, replace=False,
            )  # fmt: skip
        else:
            await self.transfers.set_meta(job.id, {"done": 1})

    # --- the end -------------------------------------------------------------------------------------
    async def finish(self, job_id: str) -> JobState | None:
        """Every item is final: close the job (completed / completed_with_failures / failed) and
        send the report, once. A stopped job only gets marked done (its report was the stop)."""
        job = await self.jobs.get(job_id)
        if job is None:
            return None
        if job.state == "stopped":
            await self.transfers.set_meta(job_id, {"done": 1})
            return job.state
        if job.state not in ("running", "submitted"):
            return job.state
        s = await self._summary(job_id)
        if s.moved == 0:
            final: JobState = "failed"
        elif s.failures == 0:
            final = "completed"
        else:
            final = "completed_with_failures"
        result = await self._transition_with(job, "final", final, expected_from={"running", "submitted"})
        if result.applied:
            await self.transfers.set_meta(job_id, {"done": 1, "finished_at": repr(self.clock.now())})
            await self.timers.cancel(coalesce_key(POLL_KIND, job_id))
            await self.send_attachment(job_id)
        return result.job.state if result.job else None

    # --- messages ------------------------------------------------------------------------------------
    # A milestone's notice is an outbox entry per recipient (id ``<job>:<notice>:<userid>``) written
    # in the same atomic step as the state change it reports (``transition(notices=…)``), so a crash
    # can neither lose it nor write it twice; the outbox delivers it once (bot/outbox.py: the
    # platform's duplicate check on a text that names the job and the milestone).
    async def notices(self, job: Job, notice: str, *, fail_text: str = "") -> list[Post]:
        at = time.time()
        return [Post(u, OutboxEntry(f"{job.id}:{notice}:{u}", text, at, once=True))
                for users, text in await self._render(job, notice, fail_text) for u in users]  # fmt: skip

    async def _transition_with(self, job: Job, notice: str, to: JobState, *, expected_from: set[str],
                               note: str | None = None, fail_text: str = "") -> TransitionResult:  # fmt: skip
        """The state change and its notice in one step; the notice goes out at once if it can."""
        posts = await self.notices(job, notice, fail_text=fail_text)
        result = await self.jobs.transition(job.id, to=to, actor=ACTOR, expected_from=expected_from, note=note,
                                            notices=posts, lease_token=self._held.get(job.id, ""))  # fmt: skip
        if result.applied:
            await self.notifier.flush([p.userid for p in posts])
        return result

    async def deliver(self, job_id: str, notice: str) -> bool:
        """A notice that follows no state change of its own (the stop report): into the outbox
        once (the entry ids make a repeat a no-op), delivered from there. True when queued."""
        job = await self.jobs.get(job_id)
        if job is None:
            return False
        await self.notifier.post(await self.notices(job, notice))
        return True

    async def send_attachment(self, job_id: str) -> bool:
        """The final report's file (not an outbox text): sent once, flagged after the send, with a
        safety timer that re-sends it if we die before the flag (at least once)."""
        flag = "sent:final_file"
        if (await self.transfers.meta(job_id)).get(flag):
            return True
        safety = coalesce_key(NOTICE_KIND, job_id, "final_file")
        await self.timers.schedule(safety, self.clock.now() + self.notice_retry, NOTICE_KIND,
                                   {"job_id": job_id, "notice": "final_file"}, replace=False)  # fmt: skip
        try:
            await self._send_file(job_id)
        except INFRA_ERRORS:
            raise
        except Exception:
            log.warning("report file of %s not sent; the safety timer retries", job_id, exc_info=True)
            return False
        await self.transfers.set_meta(job_id, {flag: repr(self.clock.now())})
        await self.timers.cancel(safety)
        return True

    async def send_notice_from_timer(self, job_id: str, notice: str) -> None:
        if notice == "final_file":
            if not await self.send_attachment(job_id):
                raise RuntimeError(f"report file of {job_id} not sent")  # the timer service retries
            return
        # a safety timer of a version that sent milestones itself: the outbox takes it over
        if not (await self.transfers.meta(job_id)).get(f"sent:{notice}"):
            await self.deliver(job_id, notice)

    def _people(self, job: Job) -> list[str]:
        approvers = [a.userid for a in job.approvals] or list(job.approvers)
        return list(dict.fromkeys([job.requester, *approvers]))

    async def _render(self, job: Job, notice: str, fail_text: str = "") -> list[tuple[list[str], str]]:
        """(recipients, text) of one milestone notice."""
        lang: Lang = job.lang
        people = self._people(job)
        if notice == "start_failed":
            return [(people, fail_text or (await self.transfers.meta(job.id)).get("fail_text", ""))]
        s = await self._summary(job.id, job)
        takeover = await self._name(job.group_takeover if notice == "submitted" else job.takeover, lang)
        if notice == "submitted":
            return [([job.requester], submitted_text(job, s, takeover))]
        if notice.startswith("deferred:"):
            meta = await self.transfers.meta(job.id)
            when = datetime.fromtimestamp(float(meta.get("resume_at") or 0), self.tz).strftime("%m-%d %H:%M")
            n = s.group_status["pending"] + s.group_status["deferred"]
            return [([job.requester], DEFERRED(lang, job=job.id, n=n, when=when))]
        if notice.startswith("paused:"):
            when = datetime.fromtimestamp(float(notice.split(":", 1)[1]), self.tz).strftime("%m-%d %H:%M")
            return [([job.requester], PAUSED(lang, job=job.id, when=when))]
        if notice.startswith("resumed:"):
            when = datetime.fromtimestamp(self.clock.now(), self.tz).strftime("%m-%d %H:%M")
            return [([job.requester], RESUMED(lang, job=job.id, when=when))]
        if notice == "stopped":
            return [(people, stopped_text(job, s))]
        if notice == "final":
            handover = await self._name(job.handover, lang)
            names = await self._names(job)
            return [(people, final_report(job, s, handover=handover, takeover=takeover, tz=self.tz, names=names).text)]
        raise ValueError(f"unknown notice {notice!r}")

    async def _send_file(self, job_id: str) -> None:
        job = await self.jobs.get(job_id)
        if job is None:
            return
        s = await self._summary(job_id, job)
        names = await self._name(job.handover, job.lang), await self._name(job.takeover, job.lang)
        report = final_report(job, s, handover=names[0], takeover=names[1], tz=self.tz, names=await self._names(job))
        if report.attachment is not None:
            await self.notifier.send_file(self._people(job), *report.attachment)

    async def _summary(self, job_id: str, job: Job | None = None) -> Summary:
        tally, not_moved = await self.transfers.tally_and_records(job_id, NOT_MOVED)
        if job is None or job.split is None:
            return summarize(tally, not_moved)
        return summarize(tally, not_moved, by_receiver(await self.transfers.records(job_id), job.takeovers))

    async def _names(self, job: Job) -> dict[str, str]:
        return {u: await self._name(u, job.lang) for u in job.takeovers}

    async def _name(self, userid: str, lang: Lang) -> str:
        if self.names is None:
            return userid
        try:
            found = await self.names.get_many([userid])
        except Exception:
            return userid
        member = found.get(userid)
        if member is None:
            return userid
        from bot.directory.describe import display_name  # pulls in pypinyin's tables: load lazily

        return display_name(member, lang)

    # --- following (bot/engine/follow.py) ----------------------------------------------------------
    async def poll(self, job_id: str) -> bool:
        """Poll transfer_result once for a job; True when nothing is left to follow."""
        return await poll_job(self, job_id)

    async def on_transfer_fail(self, takeover_userid: str, external_userid: str, reason: str) -> bool:
        """The ``transfer_fail`` event (FailReason customer_refused / customer_limit_exceed)."""
        return await transfer_failed(self, takeover_userid, external_userid, reason)
