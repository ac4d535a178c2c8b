"""Our callback edge vs the server a typical integrator writes (bench, not a test).

Each round starts both servers fresh and drives each, one after the other, with the same N
distinct encrypted, signed text callbacks at the given concurrency:

- ours: ``python -m bot serve --workers 0 --no-background`` with its own embedded Redis
  (verify, decrypt, parse, dedupe + durable enqueue in one Lua step, then ack);
- baseline: bench/baseline_server.py (aiohttp + wechatpy: verify, decrypt, parse, ack; nothing kept).

It prints req/s, p50 and p99 per server and the ratio ours/baseline, plus the 1-minute load
average before each run (other work on the machine skews single numbers; look at all rounds).

    .venv/bin/pip install wechatpy   # bench-only
    .venv/bin/python bench/compare_callback.py --n 5000 --concurrency 32 --rounds 3
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
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import callback as edge_bench  # noqa: E402  (bench/callback.py: server start, readiness, driver)

from storage.embedded import free_port  # noqa: E402
from tests.support.wire import AES_KEY, CORP_ID, TOKEN, signed_post, text_xml  # noqa: E402


@dataclass(frozen=True)
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    load: float


def start_baseline(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WECOM_TOKEN": TOKEN, "WECOM_AES_KEY": AES_KEY, "WECOM_CORP_ID": CORP_ID}
    return subprocess.Popen(
        [sys.executable, str(HERE / "baseline_server.py"), "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env,
    )


async def warm_up(url: str, concurrency: int) -> None:
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


async def measure(name: str, proc: subprocess.Popen[bytes], port: int, n: int, concurrency: int) -> Result:
    url = f"http://127.0.0.1:{port}"
    try:
        await edge_bench.wait_ready(url)
        await warm_up(url, concurrency)
        load = os.getloadavg()[0]
        wall, lat = await edge_bench.drive(url, n, concurrency)
    finally:
        proc.terminate()
        proc.wait(15)
    return Result(name, n / wall, edge_bench.pct(lat, 0.50) * 1000, edge_bench.pct(lat, 0.99) * 1000, load)


async def one_round(index: int, n: int, concurrency: int) -> tuple[Result, Result]:
    results: dict[str, Result] = {}
    order = ["ours", "baseline"] if index % 2 == 0 else ["baseline", "ours"]  # alternate who goes first
    for name in order:
        port = free_port()
        if name == "ours":
            with tempfile.TemporaryDirectory() as data_dir:
                results[name] = await measure(name, edge_bench.start_server(port, data_dir), port, n, concurrency)
        else:
            results[name] = await measure(name, start_baseline(port), port, n, concurrency)
    return results["ours"], results["baseline"]


def print_round(index: int, ours: Result, base: Result) -> None:
    print(f"round {index + 1}")
    print(f"  {'':10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'load1':>8}")
    for r in (ours, base):
        print(f"  {r.name:10}{r.rps:>10,.0f}{r.p50_ms:>10.2f}{r.p99_ms:>10.2f}{r.load:>8.2f}")
    print(f"  {'ours/base':10}{ours.rps / base.rps:>10.2f}{ours.p50_ms / base.p50_ms:>10.2f}"
          f"{ours.p99_ms / base.p99_ms:>10.2f}")


async def main() -> int:
    if importlib.util.find_spec("wechatpy") is None:
        print("compare_callback: the baseline needs wechatpy (bench-only, not a project dependency):\n"
              "    .venv/bin/pip install wechatpy", file=sys.stderr)
        return 2
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    print(f"{args.n} distinct signed callbacks per server per round, concurrency {args.concurrency}, "
          f"{os.cpu_count()} CPUs")
    rounds = []
    for i in range(args.rounds):
        ours, base = await one_round(i, args.n, args.concurrency)
        print_round(i, ours, base)
        rounds.append((ours, base))
    if len(rounds) > 1:
        med = statistics.median
        print(f"median over {len(rounds)} rounds: ours {med(o.rps for o, _ in rounds):,.0f} req/s "
              f"(p99 {med(o.p99_ms for o, _ in rounds):.2f} ms), baseline {med(b.rps for _, b in rounds):,.0f} req/s "
              f"(p99 {med(b.p99_ms for _, b in rounds):.2f} ms), ratio ours/baseline "
              f"{med(o.rps / b.rps for o, b in rounds):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
