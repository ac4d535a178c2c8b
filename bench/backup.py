"""Customer backup benchmark (not a test): the nightly full run of a 5,000-member corp with 200,000
customers, against the sandbox WeCom in a child process answering every call ``latency`` after it
arrived (default 30 ms), with the client's production limits (``RateLimits()``: 10,000 calls/min
and 150,000/h per API, 4 concurrent externalcontact calls) on an embedded Redis.

The floor the documented limits allow (API.md §3.2, §7; doc 92994):

    calls  = 1 gettoken + 1 get_follow_user_list + 1 get_corp_tag_list
             + chunks × pages,  chunks = ⌈members / 100⌉ (userid_list ≤ 100),
                                pages  = ⌈customers of the chunk / 100⌉ (limit ≤ 100)
    floor  = latency × (3 + ⌈chunks / P⌉ × pages)      (a chunk's cursor walk is sequential;
                                                        P chunks walk side by side)
             + 60 s × (⌈batch calls / 10,000⌉ − 1)     (the per-minute window, if it binds)

P is the backup's parallelism (2: it leaves two of the four externalcontact slots to the transfer
engine and chat previews). 2,000 batch calls fit one minute's window, so latency is the bound.

    .venv/bin/python bench/backup.py [--members 5000] [--customers 200000] [--latency 0.03]
                                     [--parallel 2] [--rounds 1]

Harness note: the sandbox finds a walk's (customer, follower) pairs by scanning every customer;
the child gives it a prebuilt follower index (``world.follower_index``) so the simulator's own CPU
stays out of the figure, as bench/engine.py does for its cap count.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEIJING = timezone(timedelta(hours=8))
TAGS = [("客户等级", "A类"), ("客户等级", "B类"), ("客户等级", "C类"), ("来源", "展会"), ("来源", "转介绍"),
        ("VIP", "VIP")]  # fmt: skip


async def serve_sandbox(port: int, members: int, customers: int, latency: float) -> None:
    from aiohttp import web

    from bot.clock import ManualClock
    from bot.sandbox import SandboxWorld, create_sandbox_api
    from bot.sandbox.org import Corp, Customer, Department, FollowUser, Member

    corp = Corp(corp_id="wwbenchbackup", name="Bench")
    corp.add_department(Department(1, "Bench"))
    corp.tag_groups = [
        {"group_id": f"etGrp{g}", "group_name": g, "order": i,
         "tag": [{"id": f"etTag{j}", "name": n, "order": j} for j, (gg, n) in enumerate(TAGS) if gg == g]}
        for i, g in enumerate(dict.fromkeys(g for g, _ in TAGS))
    ]  # fmt: skip
    userids = [f"m{i:05d}" for i in range(members)]
    for userid in userids:
        corp.add_member(Member(userid=userid, name=userid, department=[1]))
    index: dict[str, list[str]] = {u: [] for u in userids}
    for i in range(customers):
        owner = userids[i % members]
        group, name = TAGS[i % len(TAGS)]
        tags = [{"group_name": group, "tag_name": name, "type": 1, "tag_id": f"etTag{i % len(TAGS)}"}]
        eid = f"wmBench{i:07d}"
        corp.add_customer(Customer(eid, f"客户{i}", corp_name="某公司", follow=[
            FollowUser(owner, remark=f"备注{i}", createtime=1_700_000_000 + i, tags=tags, add_way=1)]))
        index[owner].append(eid)
    world = SandboxWorld(corp, ManualClock(follow_real_time=True), refusal_rate=0.0)
    world.follower_index = {u: sorted(e) for u, e in index.items()}
    world.faults.add("*", response_time=latency)
    runner = web.AppRunner(create_sandbox_api(world))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    print(f"ready {world.credentials.corp_id} {world.credentials.secret}", flush=True)
    await asyncio.Event().wait()


def floor_seconds(members: int, customers: int, latency: float, parallel: int) -> tuple[float, int]:
    chunks = math.ceil(members / 100)
    per_member = customers / members
    pages = max(1, math.ceil(100 * per_member / 100))
    batch_calls = chunks * pages
    rounds = math.ceil(chunks / parallel) * pages
    extra = 60.0 * (math.ceil(batch_calls / 10_000) - 1)
    return latency * (3 + rounds) + extra, batch_calls


async def run(args: argparse.Namespace) -> dict[str, float]:
    from bot.backup.runner import CustomerBackup
    from bot.clock import SystemClock
    from bot.wecom import RateLimits, WeComClient, api_session
    from storage.backup import CustomerBackupStore
    from storage.connection import connect
    from storage.embedded import EmbeddedRedis, free_port
    from storage.keys import Keys

    tmp = tempfile.TemporaryDirectory(prefix="bench-backup-")
    server = EmbeddedRedis(data_dir=Path(tmp.name) / "redis")
    server.start()
    port = free_port()
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--serve-sandbox", str(port), "--members", str(args.members),
        "--customers", str(args.customers), "--latency", str(args.latency), stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None
    _, corp_id, secret = (await asyncio.wait_for(child.stdout.readline(), 600)).decode().split()
    redis = connect(server.url)
    keys = Keys.for_app("bench", corp_id, 1000002)
    calls: Counter[str] = Counter()
    durations: dict[str, list[float]] = {}

    def on_call(endpoint: str, errcode: int, seconds: float) -> None:
        calls.update([endpoint])
        durations.setdefault(endpoint, []).append(seconds)

    try:
        async with api_session() as session:
            client = WeComClient(
                session, redis, keys, api_base=f"http://127.0.0.1:{port}", corp_id=corp_id, secret=secret,
                agent_id=1000002, limits=RateLimits(), on_call=on_call,
            )  # fmt: skip
            store = CustomerBackupStore(redis, keys)
            backup = CustomerBackup(store, client, clock=SystemClock(), tz=BEIJING, keep_days=7, holder="bench",
                                    parallel=args.parallel)  # fmt: skip
            t0 = time.perf_counter()
            cpu0 = time.process_time()
            report = await backup.run()
            wall = time.perf_counter() - t0
            cpu = time.process_time() - cpu0
            used = (await redis.info("memory"))["used_memory"] / 2**20
    finally:
        await redis.aclose()
        child.kill()
        await child.wait()
        server.stop()
        tmp.cleanup()
    gen = report.generation
    assert gen is not None and gen.members == args.members and gen.customers == args.customers, gen
    floor, batch_calls = floor_seconds(args.members, args.customers, args.latency, args.parallel)
    batch = durations.get("externalcontact/batch/get_by_user", [])
    observed = sum(sum(v) for e, v in durations.items() if e != "externalcontact/batch/get_by_user")
    observed += sum(batch) / args.parallel
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"generation {gen.id}: {gen.members} members, {gen.customers} customers; calls: "
          + ", ".join(f"{e} {n}" for e, n in sorted(calls.items())))
    print(f"floor = {args.latency * 1000:.0f} ms × (3 + ⌈chunks/P⌉ × pages) with {batch_calls} batch calls, P="
          f"{args.parallel}: {floor:.2f} s")
    print(f"wall {wall:.2f} s | floor {floor:.2f} s | ratio {wall / floor:.2f} | observed floor (measured call "
          f"times) {observed:.2f} s, ratio {wall / observed:.2f} | bot CPU {cpu:.2f} s")
    print(f"peak RSS of the backup process {rss_mb:.0f} MB | Redis used_memory after one generation {used:.0f} MB")
    return {"wall": wall, "floor": floor, "rss": rss_mb, "observed": observed}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--members", type=int, default=5000)
    p.add_argument("--customers", type=int, default=200_000)
    p.add_argument("--latency", type=float, default=0.03)
    p.add_argument("--parallel", type=int, default=2)
    p.add_argument("--rounds", type=int, default=1)
    p.add_argument("--serve-sandbox", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve_sandbox:
        asyncio.run(serve_sandbox(args.serve_sandbox, args.members, args.customers, args.latency))
        return 0
    walls = []
    for i in range(args.rounds):
        print(f"--- round {i + 1}/{args.rounds}")
        walls.append(asyncio.run(run(args)))
    median = statistics.median(w["wall"] for w in walls)
    print(f"=== {args.rounds} round(s): wall median {median:.2f} s | floor {walls[0]['floor']:.2f} s | "
          f"ratio {median / walls[0]['floor']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
