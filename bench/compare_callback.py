"""Our callback edge vs the server a typical integrator writes (bench, not a test).

Each round starts both servers fresh and drives each, one after the other (alternating who goes
first), with distinct encrypted, signed text callbacks at the given concurrency:

- ours: ``python -m bot serve --workers 0 --no-background`` with its own embedded Redis
  (verify, decrypt, parse, dedupe + durable enqueue in one Lua step, then ack);
- baseline: bench/baseline_server.py (aiohttp + wechatpy: verify, decrypt, parse, ack; nothing kept).

Load generator: wrk (C) replaying pre-generated requests (bench/wrkload.py, bench/callbacks.lua),
for ``--seconds`` after a short warm-up; without wrk, the Python aiohttp driver of bench/callback.py
(which itself needs about a core, so on a small machine it understates both servers).

``--pin`` puts the server's Python process on CPU 0 and the load generator (and our redis-server)
on CPU 1, so the two Python servers each get one whole core; without it everything floats.

Per server it prints req/s, p50/p99, the server's CPU use (and our redis-server's), the whole
machine's busy share during the run, the 1-minute load average before it, and the server's peak RSS.

    .venv/bin/pip install wechatpy   # bench-only
    .venv/bin/python bench/compare_callback.py --concurrency 32 --rounds 3 [--pin] [--driver python]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import callback as edge_bench  # noqa: E402  (bench/callback.py: server start, readiness, Python driver)
import wrkload  # noqa: E402

from storage.embedded import free_port  # noqa: E402
from tests.support.wire import AES_KEY, CORP_ID, TOKEN, signed_post, text_xml  # noqa: E402

SERVER_CPU, LOADGEN_CPU = {0}, {1}


@dataclass(frozen=True)
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    load: float  # 1-minute load average just before the run
    server_cpu: float  # share of one core used by the server's Python process during the run
    redis_cpu: float  # same for our redis-server (0 for the baseline)
    machine_busy: float  # share of all CPUs busy during the run
    rss_mb: float  # peak RSS of the server's Python process during the run
    redis_rss_mb: float  # peak RSS of our redis-server during the run (0 for the baseline)
    requests: int
    errors: int  # non-200 answers and socket errors
    repeats: int  # requests that had to repeat an earlier callback (file too short for the run)

    @property
    def cpu_us_per_request(self) -> float:
        """Server CPU time per answered request: steadier than req/s when other work shares the CPUs."""
        return self.server_cpu / self.rps * 1e6 if self.rps else 0.0


def start_baseline(port: int, cpus: set[int] | None = None, loop: str = "asyncio") -> subprocess.Popen[bytes]:
    env = {**os.environ, "WECOM_TOKEN": TOKEN, "WECOM_AES_KEY": AES_KEY, "WECOM_CORP_ID": CORP_ID}
    return subprocess.Popen(
        [sys.executable, str(HERE / "baseline_server.py"), "--host", "127.0.0.1", "--port", str(port),
         "--loop", loop],
        cwd=ROOT, env=env, preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )


def start_ours(port: int, data_dir: str, cpus: set[int] | None, loop: str | None) -> subprocess.Popen[bytes]:
    return edge_bench.start_server(port, data_dir, cpus, loop)


async def warm_up_python(url: str, concurrency: int) -> None:
    """Distinct message ids from the measured run, so ours never sees the measured ones as duplicates."""
    import aiohttp

    reqs = [signed_post(text_xml("warmup", f"warm {i}", msg_id=9 * 10**17 + i)) for i in range(300)]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as s:

        async def one(i: int) -> None:
            async with s.post(url + "/wecom/callback", params=reqs[i].query, data=reqs[i].body) as r:
                await r.read()
                if r.status != 200:
                    raise RuntimeError(f"warm-up got {r.status}")

        await asyncio.gather(*(one(i) for i in range(len(reqs))))


@dataclass(frozen=True)
class Plan:
    driver: str  # "wrk" or "python"
    concurrency: int
    seconds: float  # wrk: measured duration
    n: int  # python driver: requests per run
    pin: bool
    files: tuple[Path, Path] | None = None  # wrk: (warm-up requests, measured requests)
    pace_rps: float = 0  # wrk only: offer about this many req/s in total instead of saturating


def uvloop_available() -> bool:
    return importlib.util.find_spec("uvloop") is not None


def default_servers() -> list[str]:
    return ["ours/asyncio", *(["ours/uvloop"] if uvloop_available() else []), "baseline"]


async def measure(name: str, proc: subprocess.Popen[bytes], port: int, plan: Plan) -> Result:
    url = f"http://127.0.0.1:{port}"
    redis_pid: int | None = None
    try:
        await edge_bench.wait_ready(url)
        if name.startswith("ours"):
            redis_pid = wrkload.find_child(proc.pid, "redis-server")
            if redis_pid is not None and plan.pin:
                wrkload.pin(redis_pid, LOADGEN_CPU)
        loadgen_cpus = LOADGEN_CPU if plan.pin else None
        if plan.driver == "wrk":
            assert plan.files is not None
            await asyncio.to_thread(wrkload.run_wrk, url, plan.files[0], connections=plan.concurrency,
                                    seconds=2, cpus=loadgen_cpus)  # fmt: skip
        else:
            await warm_up_python(url, plan.concurrency)
        load = os.getloadavg()[0]
        busy0, total0 = wrkload.machine_busy()
        cpu0 = wrkload.cpu_seconds(proc.pid)
        rcpu0 = wrkload.cpu_seconds(redis_pid) if redis_pid else 0.0
        t0 = time.perf_counter()
        with wrkload.RssSampler(proc.pid) as rss, wrkload.RssSampler(redis_pid or 0) as redis_rss:
            if plan.driver == "wrk":
                assert plan.files is not None
                w = await asyncio.to_thread(wrkload.run_wrk, url, plan.files[1], connections=plan.concurrency,
                                            seconds=plan.seconds, cpus=loadgen_cpus, pace_rps=plan.pace_rps)
                rps, p50, p99, requests, errors, repeats = (
                    w.rps, w.p50_ms, w.p99_ms, w.requests, w.status_errors + w.socket_errors, w.repeats)
            else:
                wall, lat = await edge_bench.drive(url, plan.n, plan.concurrency)
                rps, p50, p99 = plan.n / wall, edge_bench.pct(lat, 0.50) * 1000, edge_bench.pct(lat, 0.99) * 1000
                requests, errors, repeats = plan.n, 0, 0
        wall_s = time.perf_counter() - t0
        server_cpu = (wrkload.cpu_seconds(proc.pid) - cpu0) / wall_s
        redis_cpu = (wrkload.cpu_seconds(redis_pid) - rcpu0) / wall_s if redis_pid else 0.0
        busy1, total1 = wrkload.machine_busy()
    finally:
        proc.terminate()
        proc.wait(15)
    return Result(name, rps, p50, p99, load, server_cpu, redis_cpu, (busy1 - busy0) / max(1, total1 - total0),
                  rss.peak_mb, redis_rss.peak_mb, requests, errors, repeats)  # fmt: skip


async def one_round(index: int, plan: Plan, servers: list[str]) -> dict[str, Result]:
    results: dict[str, Result] = {}
    shift = index % len(servers)
    order = servers[shift:] + servers[:shift]  # rotate who goes first
    cpus = SERVER_CPU if plan.pin else None
    for name in order:
        port = free_port()
        if name.startswith("ours"):
            loop = name.partition("/")[2] or None
            with tempfile.TemporaryDirectory() as data_dir:
                results[name] = await measure(name, start_ours(port, data_dir, cpus, loop), port, plan)
        else:
            results[name] = await measure(name, start_baseline(port, cpus, name.partition("/")[2] or "asyncio"),
                                          port, plan)  # fmt: skip
    return {name: results[name] for name in servers}


def prepare_files(tmp: Path, plan_seconds: float, first_msg_id: int) -> tuple[Path, Path]:
    """Enough distinct callbacks for 16,000 req/s over the run (more than either server does on 2 cores;
    8,000 was outrun on a fast day, and the repeats took our cheaper duplicate path)."""
    n = int(16000 * plan_seconds)
    warm = wrkload.write_requests(tmp / "warm.txt", 6000, first_msg_id=first_msg_id)
    measured = wrkload.write_requests(tmp / "measured.txt", n, first_msg_id=first_msg_id + 10**6)
    return warm, measured


Round = dict[str, Result]


async def compare(*, concurrency: int = 32, rounds: int = 3, seconds: float = 10, n: int = 5000,
                  pin: bool = False, driver: str | None = None, servers: list[str] | None = None,
                  pace_rps: float = 0) -> list[Round]:  # fmt: skip
    """Run the rounds; per round, a Result per server. ``driver`` None: wrk when installed."""
    driver = driver or ("wrk" if wrkload.wrk_path() else "python")
    servers = servers or default_servers()
    out: list[Round] = []
    with tempfile.TemporaryDirectory(prefix="bench-cb-") as tmp:
        for i in range(rounds):
            files = None
            if driver == "wrk":
                # fresh per round: timestamps must stay inside the edge's 300 s replay window
                files = prepare_files(Path(tmp), seconds, first_msg_id=10**15 + i * 10**8)
            plan = Plan(driver, concurrency, seconds, n, pin, files, pace_rps if driver == "wrk" else 0)
            out.append(await one_round(i, plan, servers))
    return out


def describe(driver: str, pin: bool) -> str:
    gen = ("wrk (C, 1 thread) replaying pre-generated distinct signed callbacks" if driver == "wrk"
           else "Python aiohttp client (needs ~1 core itself; understates both servers on a small machine)")
    where = ("pinned: server on CPU 0, load generator + redis-server on CPU 1" if pin
             else "unpinned: server, redis-server and load generator share all CPUs")
    return f"load generator: {gen}; {where}; {os.cpu_count()} CPUs"


def print_round(index: int, results: Round) -> None:
    print(f"round {index + 1}")
    print(f"  {'':18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'srv CPU':>9}{'µs/req':>8}{'redis':>7}{'busy':>6}"
          f"{'load1':>7}{'RSS MB':>8}{'reqs':>8}{'errors':>7}{'repeat':>7}")  # fmt: skip
    for r in results.values():
        print(f"  {r.name:18}{r.rps:>9,.0f}{r.p50_ms:>9.2f}{r.p99_ms:>9.2f}{r.server_cpu:>9.0%}"
              f"{r.cpu_us_per_request:>8.0f}{r.redis_cpu:>7.0%}{r.machine_busy:>6.0%}{r.load:>7.2f}{r.rss_mb:>8.0f}"
              f"{r.requests:>8}{r.errors:>7}{r.repeats:>7}")  # fmt: skip
    base = results.get("baseline")
    if base is not None:
        for r in results.values():
            if r is not base:
                label = f"{r.name}÷base"
                print(f"  {label:18}{r.rps / base.rps:>9.2f}{r.p50_ms / base.p50_ms:>9.2f}"
                      f"{r.p99_ms / base.p99_ms:>9.2f}")


def median_result(rounds: list[Round], name: str) -> Result:
    """Field-wise median over the rounds (each figure its own median)."""
    rs = [r[name] for r in rounds]
    med = statistics.median
    return Result(
        name, med(r.rps for r in rs), med(r.p50_ms for r in rs), med(r.p99_ms for r in rs),
        med(r.load for r in rs), med(r.server_cpu for r in rs), med(r.redis_cpu for r in rs),
        med(r.machine_busy for r in rs), max(r.rss_mb for r in rs), max(r.redis_rss_mb for r in rs),
        sum(r.requests for r in rs),
        sum(r.errors for r in rs), sum(r.repeats for r in rs),
    )  # fmt: skip


def median_cpu_per_request(rounds: list[Round], name: str) -> float:
    return statistics.median(r[name].cpu_us_per_request for r in rounds)


def print_median(rounds: list[Round]) -> None:
    names = list(rounds[0])
    print(f"median over {len(rounds)} rounds:")
    for name in names:
        m = median_result(rounds, name)
        ratio = ""
        if name != "baseline" and "baseline" in rounds[0]:
            ratio = f", ratio to baseline {statistics.median(r[name].rps / r['baseline'].rps for r in rounds):.2f}"
        print(f"  {name:18} {m.rps:,.0f} req/s, p50 {m.p50_ms:.2f} ms, p99 {m.p99_ms:.2f} ms, "
              f"{median_cpu_per_request(rounds, name):.0f} µs CPU/req{ratio}")


def baseline_missing() -> bool:
    if importlib.util.find_spec("wechatpy") is None:
        print("compare_callback: the baseline needs wechatpy (bench-only, not a project dependency):\n"
              "    .venv/bin/pip install wechatpy", file=sys.stderr)
        return True
    return False


async def main() -> int:
    if baseline_missing():
        return 2
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=10, help="wrk: measured seconds per server per round")
    ap.add_argument("--n", type=int, default=5000, help="python driver: requests per server per round")
    ap.add_argument("--pin", action="store_true", help="server on CPU 0; load generator and redis on CPU 1")
    ap.add_argument("--driver", choices=["wrk", "python"], default=None, help="default: wrk when installed")
    ap.add_argument("--servers", default="", help="comma list of ours/asyncio, ours/uvloop, ours (serve's own "
                    "choice), baseline, baseline/uvloop; default: ours/asyncio, ours/uvloop (if installed), baseline")
    ap.add_argument("--pace", type=float, default=0, help="wrk: offer about this many req/s in total (latency "
                    "below saturation) instead of as many as the server takes")
    args = ap.parse_args()
    driver = args.driver or ("wrk" if wrkload.wrk_path() else "python")
    if driver == "wrk" and not wrkload.wrk_path():
        print("compare_callback: wrk is not installed (apt-get install -y wrk)", file=sys.stderr)
        return 2
    pace = f"paced at ~{args.pace:,.0f} req/s offered; " if args.pace and driver == "wrk" else "saturating; "
    print(f"concurrency {args.concurrency}; " + pace + describe(driver, args.pin))
    servers = args.servers.split(",") if args.servers else default_servers()
    rounds = await compare(concurrency=args.concurrency, rounds=args.rounds, seconds=args.seconds, n=args.n,
                           pin=args.pin, driver=driver, servers=servers, pace_rps=args.pace)  # fmt: skip
    for i, results in enumerate(rounds):
        print_round(i, results)
    if len(rounds) > 1:
        print_median(rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
