"""Every performance figure of issue 9 in one run and one table (bench, not a test).

1. The callback edge against the baseline a typical integrator writes (bench/compare_callback.py:
   aiohttp + wechatpy, no durability), at 32 concurrent connections: req/s, p50/p99, the ratio,
   server CPU, and the bot's RSS during the run. First saturating (as many requests as the server
   takes: at a fixed connection count, latency is then just connections ÷ throughput), then paced
   below saturation (the latency an acknowledgement takes when the server is not queueing).
2. The transfer engine's 10,000-customer run against its floor, and its peak RSS (bench/engine.py,
   run as its own process so its RSS is its own).

Load generator: wrk when installed (apt-get install -y wrk), else the Python driver, with a note.
The baseline needs wechatpy (bench-only): .venv/bin/pip install wechatpy.

    .venv/bin/python bench/all.py [--rounds 3] [--seconds 10] [--pin] [--pace 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import compare_callback as cb  # noqa: E402
import wrkload  # noqa: E402

CONCURRENCY = 32
P99_TARGET_MS = 10.0


def serve_default() -> str:
    """The server as ``serve`` runs it: on uvloop when installed (bot/eventloop.py)."""
    return "ours/uvloop" if cb.uvloop_available() else "ours/asyncio"


@dataclass(frozen=True)
class EngineRun:
    wall: float
    floor: float
    observed_floor: float
    cpu: float
    rss_mb: float
    state: str
    started: int
    failed: int


def run_engine(customers: int, groups: int, latency: float, pin: int | None = None) -> EngineRun | None:
    """bench/engine.py in its own process (so the RSS it reports is the engine's alone); the
    median of its rounds. ``pin``: the engine, the sandbox and Redis all on that CPU."""
    proc = subprocess.run(
        [sys.executable, str(HERE / "engine.py"), "--json", "--customers", str(customers), "--groups", str(groups),
         "--latency", str(latency), *(["--pin", str(pin)] if pin is not None else [])],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("ENGINEJSON ")), None)
    if line is None:
        print(f"engine bench failed (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
        return None
    d = json.loads(line.removeprefix("ENGINEJSON "))
    return EngineRun(float(d["wall"]), float(d["floor"]), float(d["observed_floor"]), float(d["cpu"]),
                     float(d["rss_mb"]), str(d["state"]), int(d["started"]), int(d["failed"]))  # fmt: skip


def callback_table(title: str, rounds: list[cb.Round], *, paced: bool) -> None:
    print(f"\n{title}")
    print(f"  {'server':16}{'req/s':>9}{'÷base':>7}{'p50 ms':>9}{'p99 ms':>9}{'srv CPU':>9}{'µs/req':>8}"
          f"{'redis CPU':>10}{'bot RSS MB':>12}{'redis RSS':>10}{'errors':>8}")  # fmt: skip
    names = list(rounds[0])
    for name in names:
        m = cb.median_result(rounds, name)
        ratio = "-"
        if "baseline" in rounds[0] and name != "baseline":
            ratio = f"{statistics.median(r[name].rps / r['baseline'].rps for r in rounds):.2f}"
        mark = " *" if name == serve_default() else ""
        print(f"  {name + mark:16}{m.rps:>9,.0f}{ratio:>7}{m.p50_ms:>9.2f}{m.p99_ms:>9.2f}{m.server_cpu:>9.0%}"
              f"{cb.median_cpu_per_request(rounds, name):>8.0f}{m.redis_cpu:>10.0%}{m.rss_mb:>12.0f}"
              f"{m.redis_rss_mb:>10.0f}{m.errors + m.repeats:>8}")  # fmt: skip
    print("  µs/req = the server process's CPU time per answered request (user + system); steadier than req/s "
          "when other work shares the CPUs")
    if not paced:
        busy = statistics.median(r.machine_busy for rr in rounds for r in rr.values())
        load = statistics.median(r.load for rr in rounds for r in rr.values())
        print(f"  machine during the runs: {busy:.0%} of all CPUs busy (median), 1-min load average {load:.2f}")


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3, help="saturating rounds per server (median shown)")
    ap.add_argument("--seconds", type=float, default=10, help="measured seconds per server per run (wrk)")
    ap.add_argument("--n", type=int, default=5000, help="requests per server per run (Python driver only)")
    ap.add_argument("--pin", action="store_true", help="server on CPU 0; load generator and redis on CPU 1")
    ap.add_argument("--pace", type=float, default=1000, help="offered req/s of the paced run (0: skip it)")
    ap.add_argument("--servers", default="", help="as in compare_callback.py; default: ours/asyncio, "
                    "ours/uvloop (if installed), baseline, baseline/uvloop (if installed)")  # fmt: skip
    ap.add_argument("--customers", type=int, default=10_000)
    ap.add_argument("--groups", type=int, default=300)
    ap.add_argument("--latency", type=float, default=0.03, help="engine bench: sandbox latency per call (s)")
    args = ap.parse_args()

    driver = "wrk" if wrkload.wrk_path() else "python"
    servers = args.servers.split(",") if args.servers else [
        *cb.default_servers(), *(["baseline/uvloop"] if cb.uvloop_available() else [])]
    notes = []
    if cb.baseline_missing():
        servers = [s for s in servers if not s.startswith("baseline")]
        notes.append("baseline skipped: wechatpy is not installed")
    if not cb.uvloop_available():
        notes.append("uvloop is not installed: no uvloop rows (to compare: .venv/bin/pip install uvloop)")
    if driver == "python":
        notes.append("wrk is not installed (apt-get install -y wrk): the Python driver is used; it needs about a "
                     "core itself, so on a small machine every server's figures are understated; no paced run")
    load_before = os.getloadavg()
    print(f"{os.cpu_count()} CPUs; load average before: {load_before[0]:.2f} {load_before[1]:.2f} "
          f"{load_before[2]:.2f}; " + cb.describe(driver, args.pin))
    for note in notes:
        print(f"NOTE: {note}")
    print(f"* = what `serve` runs ({serve_default()}: uvloop when installed, bot/eventloop.py); the other "
          "ours/ row is the same code on the other loop; baseline/uvloop = the baseline given the same advantage")

    saturated = await cb.compare(concurrency=CONCURRENCY, rounds=args.rounds, seconds=args.seconds, n=args.n,
                                 pin=args.pin, driver=driver, servers=servers)  # fmt: skip
    paced: list[cb.Round] = []
    if args.pace and driver == "wrk":
        paced = await cb.compare(concurrency=CONCURRENCY, rounds=1, seconds=args.seconds, pin=args.pin,
                                 driver=driver, servers=servers, pace_rps=args.pace)  # fmt: skip
    engines = {"unpinned": run_engine(args.customers, args.groups, args.latency),
               "on CPU 0": run_engine(args.customers, args.groups, args.latency, pin=0)}  # fmt: skip

    how = f"{args.seconds:.0f} s each" if driver == "wrk" else f"{args.n} requests each"
    callback_table(f"== callback edge, {CONCURRENCY} connections, saturating: median of {args.rounds} rounds, "
                   f"{how} ==", saturated, paced=False)  # fmt: skip
    if paced:
        callback_table(f"== callback edge, {CONCURRENCY} connections, paced at ~{args.pace:,.0f} req/s offered "
                       f"(1 round, {how}) ==", paced, paced=True)  # fmt: skip
    print(f"\n== transfer engine: {args.customers:,} customers + {args.groups} groups, "
          f"{args.latency * 1000:.0f} ms per API call ==")
    print(f"  {'where':10}{'wall s':>8}{'floor s':>9}{'ratio':>7}{'observed floor s':>18}{'ratio':>7}"
          f"{'engine CPU s':>14}{'peak RSS MB':>13}  state")  # fmt: skip
    for where, e in engines.items():
        if e is not None:
            print(f"  {where:10}{e.wall:>8.2f}{e.floor:>9.2f}{e.wall / e.floor:>7.2f}{e.observed_floor:>18.2f}"
                  f"{e.wall / e.observed_floor:>7.2f}{e.cpu:>14.2f}{e.rss_mb:>13.0f}  {e.state}, "
                  f"started {e.started}, failed {e.failed}")  # fmt: skip
    print("  median of 3 rounds each; floor = latency × the calls that must run one after another (see "
          "bench/engine.py); observed floor = the same chain with this machine's measured call times; "
          "'on CPU 0' = engine, sandbox and Redis share one CPU (cross-CPU wake-ups cost more on this VM)")

    print("\n== targets (issue 9) ==")
    ours = serve_default()
    first = saturated[0]
    if ours in first and "baseline" in first:
        ratio = statistics.median(r[ours].rps / r["baseline"].rps for r in saturated)
        print(f"  throughput ≥ baseline ({ours}): ratio {ratio:.2f} → {'met' if ratio >= 1 else 'NOT met'}")
        if ours == "ours/uvloop" and "baseline/uvloop" in first:
            same = statistics.median(r[ours].rps / r["baseline/uvloop"].rps for r in saturated)
            print(f"    like for like, both on uvloop: ratio {same:.2f}")
    if ours in first:
        p99 = cb.median_result(saturated, ours).p99_ms
        print(f"  p99 < {P99_TARGET_MS:.0f} ms at {CONCURRENCY} connections, saturating ({ours}): {p99:.2f} ms → "
              f"{'met' if p99 < P99_TARGET_MS else 'NOT met'}")
        if "baseline" in first:
            print(f"    (baseline, same load: {cb.median_result(saturated, 'baseline').p99_ms:.2f} ms; "
                  f"saturated, p50 ≈ {CONCURRENCY} ÷ req/s by Little's law)")
    if ours in first and "baseline" in first:
        cpu = cb.median_cpu_per_request(saturated, ours) / cb.median_cpu_per_request(saturated, "baseline")
        print(f"    CPU per request, {ours} ÷ baseline: {cpu:.2f} (the same comparison, less sensitive to other load)")
    if paced and ours in paced[0]:
        m = paced[0][ours]
        print(f"  p99 < {P99_TARGET_MS:.0f} ms at {CONCURRENCY} connections, paced ~{m.rps:,.0f} req/s ({ours}): "
              f"{m.p99_ms:.2f} ms → {'met' if m.p99_ms < P99_TARGET_MS else 'NOT met'}")
    for where, e in engines.items():
        if e is not None:
            ratio = e.wall / e.floor
            print(f"  engine wall ≤ 1.2 × floor ({where}): {ratio:.2f} → {'met' if ratio <= 1.2 else 'NOT met'}; "
                  f"engine peak RSS < 150 MB: {e.rss_mb:.0f} MB → {'met' if e.rss_mb < 150 else 'NOT met'}")
    load_after = os.getloadavg()
    print(f"\nload average after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
