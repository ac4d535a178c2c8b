"""Redis memory per job, per audit entry and per customer moved, and the sizing it implies (bench,
not a test). Every figure is a delta of ``INFO memory`` used_memory on a real redis-server (the
embedded one the bot starts), over many items, plus ``MEMORY USAGE`` of sample keys:

1. audit entries: ``AuditLog.append`` chained entries about a job (global stream + the job's copy);
2. jobs: created, approved, run and completed through ``JobStore`` — the record, its indexes and
   its own audit entries (create, decide, two transitions), without transfers;
3. customers moved: one 离职继承 job of ``--customers`` customers through the real engine against
   the sandbox WeCom (bench/engine.py's child, ``--latency`` per call) until every customer is
   sent for takeover — per-customer records, the customer's transfer history, the takeover map,
   the snapshot and batch log, the engine's audit entries; then again after the retention sweep
   of the per-batch details (what stays until ``audit archive``).

    .venv/bin/python bench/memory.py [--jobs 2000] [--entries 20000] [--customers 5000] [--latency 0.002]

The sizing table multiplies the per-item figures: 10,000 jobs a year and 1,000,000 customers moved.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEIJING = timezone(timedelta(hours=8))
MB = 1024 * 1024


async def used(redis: Any) -> int:
    info = await redis.info("memory")
    return int(info["used_memory"])


async def usage(redis: Any, key: str) -> int:
    return int(await redis.memory_usage(key, samples=0) or 0)


async def measure_audit(redis: Any, keys: Any, n: int) -> float:
    from storage.audit import AuditLog

    log = AuditLog(redis, keys)
    before = await used(redis)
    for i in range(n):
        await log.append(ts=1_764_000_000.0 + i, actor="engine", action="batch_sent", job_id=f"H-{1 + i // 20}",
                         note="batch 3: 100 customers", extra={"batch": 3, "size": 100})  # fmt: skip
    return (await used(redis) - before) / n


async def measure_jobs(redis: Any, keys: Any, n: int) -> tuple[float, int, dict[str, int]]:
    from bot.clock import ManualClock
    from bot.models.jobs import JobDraft
    from storage.jobs import JobStore

    clock = ManualClock(1_764_000_000.0)
    jobs = JobStore(redis, keys, clock)
    before_entries = await redis.xlen(keys.audit())
    before = await used(redis)
    last = ""
    for i in range(n):
        draft = JobDraft(requester="hr", handover=f"leaver{i:05d}", takeover=f"taker{i % 50:02d}", path="resigned",
                         scope=["customers", "groups"], approvers=["boss"], customer_count=120, group_count=3,
                         transfer_success_msg="您好，我的工作已交接给同事，后续由他为您服务。")  # fmt: skip
        job = await jobs.create(draft, actor="hr")
        await jobs.decide(job.id, actor="boss", decision="approve", level=1)
        await jobs.transition(job.id, to="running", actor="engine")
        await jobs.transition(job.id, to="completed", actor="engine")
        clock.advance(3600)
        last = job.id
    per_job = (await used(redis) - before) / n
    entries = (await redis.xlen(keys.audit()) - before_entries) // n
    sample = {"job hash": await usage(redis, keys.job(last)), "job's audit stream": await usage(
        redis, keys.audit_for_job(last))}
    return per_job, entries, sample


async def measure_customers(redis: Any, keys: Any, args: argparse.Namespace) -> tuple[float, float, dict[str, int]]:
    from bench.engine import BOSS, HR, LEAVER, TAKER
    from bot.clock import SystemClock
    from bot.engine import ClientNotifier, TransferEngine
    from bot.models.jobs import JobDraft
    from bot.wecom import RateLimits, WeComClient, api_session
    from storage.embedded import free_port
    from storage.jobs import JobStore
    from storage.retention import RetentionStore
    from storage.timers import TimerStore
    from storage.transfers import TransferStore

    port = free_port()
    child = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "engine.py"), "--serve-sandbox", str(port), "--customers",
        str(args.customers), "--groups", "0", "--latency", str(args.latency), stdout=asyncio.subprocess.PIPE)
    assert child.stdout is not None
    try:
        _, corp_id, secret = (await asyncio.wait_for(child.stdout.readline(), 300)).decode().split()
        async with api_session() as session:
            client = WeComClient(session, redis, keys, api_base=f"http://127.0.0.1:{port}", corp_id=corp_id,
                                 secret=secret, agent_id=1000002, limits=RateLimits())  # fmt: skip
            await client.get_token()  # the token's own key is not a customer's
            clock = SystemClock()
            jobs = JobStore(redis, keys, clock)
            draft = JobDraft(requester=HR, handover=LEAVER, takeover=TAKER, path="resigned", scope=["customers"],
                             approvers=[BOSS], customer_count=args.customers)  # fmt: skip
            job = await jobs.create(draft)
            await jobs.decide(job.id, actor=BOSS, decision="approve", level=1)
            engine = TransferEngine(jobs, TransferStore(redis, keys), client, TimerStore(redis, keys), clock,
                                    ClientNotifier(client), instance_id="bench", tz=BEIJING)  # fmt: skip
            before = await used(redis)
            await engine.run_once()
            done = await jobs.get(job.id)
            assert done is not None and done.exec.started == args.customers, done
            moved = (await used(redis) - before) / args.customers
            sample = {"per-customer records (xfer_items)": await usage(redis, keys.xfer_items(job.id)),
                      "snapshot list": await usage(redis, keys.xfer_customers(job.id)),
                      "batch log": await usage(redis, keys.xfer_batches(job.id)),
                      "one customer's transfer history": await usage(redis, keys.xfer_history("wmBench000000")),
                      "takeover map": await usage(redis, keys.xfer_by_takeover(TAKER))}  # fmt: skip
            await jobs.transition(job.id, to="completed", actor="bench", expected_from={"submitted"})
            retention = RetentionStore(redis, keys)
            await retention.sweep_batch_details(clock.now() + 1)
            kept = (await used(redis) - before) / args.customers
    finally:
        child.kill()
        await child.wait()
    return moved, kept, sample


async def run(args: argparse.Namespace) -> None:
    from storage.connection import connect
    from storage.embedded import EmbeddedRedis
    from storage.keys import Keys

    tmp = tempfile.TemporaryDirectory(prefix="bench-memory-")
    server = EmbeddedRedis(data_dir=Path(tmp.name) / "redis")
    server.start()
    redis = connect(server.url)
    try:
        version = (await redis.info("server"))["redis_version"]
        keys = Keys.for_app("bench", "wwbench0001", 1000002)
        entry = await measure_audit(redis, keys, args.entries)
        per_job, entries_per_job, job_sample = await measure_jobs(redis, keys, args.jobs)
        moved, kept, customer_sample = await measure_customers(redis, Keys.for_app("bench2", "wwbench0001", 1000002),
                                                               args)  # fmt: skip
    finally:
        await redis.aclose()
        server.stop()
        tmp.cleanup()
    print(f"redis-server {version}; used_memory deltas over {args.entries} audit entries, {args.jobs} jobs, "
          f"{args.customers} customers moved (latency {args.latency * 1000:.0f} ms per call)")
    print(f"per audit entry (global chain + the job's copy): {entry:,.0f} B")
    print(f"per job (record, indexes, its {entries_per_job} audit entries, no transfers): {per_job:,.0f} B")
    print(f"per customer moved (records, history, takeover map, snapshot, batch log, engine audit): {moved:,.0f} B;"
          f" after the retention sweep of per-batch details: {kept:,.0f} B")
    print("sample keys (MEMORY USAGE): " + "; ".join(f"{k} {v:,} B" for k, v in {**job_sample,
                                                                                 **customer_sample}.items()))
    rows = [("jobs (record + their audit entries)", 10_000, per_job),
            ("customers moved (until archived)", 1_000_000, kept),
            ("customers moved (within the retention window)", 1_000_000, moved)]
    print()
    print(f"| {'what':48} | {'per item':>10} | {'count/year':>10} | {'MB/year':>8} |")
    print(f"|{'-' * 50}|{'-' * 12}|{'-' * 12}|{'-' * 10}|")
    for what, count, each in rows:
        print(f"| {what:48} | {each:>8,.0f} B | {count:>10,} | {each * count / MB:>8,.0f} |")
    total = per_job * 10_000 + moved * 1_000_000
    print(f"| {'a year: 10,000 jobs + 1,000,000 customers moved':48} | {'':>10} | {'':>10} | {total / MB:>8,.0f} |")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--jobs", type=int, default=2000)
    p.add_argument("--entries", type=int, default=20_000)
    p.add_argument("--customers", type=int, default=5000)
    p.add_argument("--latency", type=float, default=0.002, help="sandbox response time per call (s)")
    asyncio.run(run(p.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
