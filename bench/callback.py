"""Callback edge benchmark (not a test).

Starts ``wecom-handover serve --workers 0`` (edge only) on a free port with its own embedded
Redis, then POSTs N distinct encrypted, signed text callbacks at the given concurrency and prints
requests/s and p50/p99 acknowledgement latency. Every request must come back 200.

    .venv/bin/python bench/callback.py --n 5000 --concurrency 32
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.embedded import free_port  # noqa: E402
from tests.support.wire import AES_KEY, AGENT_ID, CORP_ID, SECRET, TOKEN, signed_post, text_xml  # noqa: E402


def start_server(port: int, data_dir: str, cpus: set[int] | None = None, loop: str | None = None,
                 ) -> subprocess.Popen[bytes]:  # fmt: skip
    """The edge alone (``serve --workers 0 --no-background``) with its own embedded Redis.
    ``loop``: None = what ``serve`` picks (uvloop when installed), or "asyncio" / "uvloop"
    (HANDOVER_EVENT_LOOP)."""
    env = {
        **os.environ,
        "WECOM_CORP_ID": CORP_ID, "WECOM_AGENT_ID": str(AGENT_ID), "WECOM_SECRET": SECRET,
        "WECOM_TOKEN": TOKEN, "WECOM_AES_KEY": AES_KEY, "WECOM_API_BASE": "http://127.0.0.1:9",
        "HANDOVER_DATA_DIR": data_dir, "HANDOVER_LOG_LEVEL": "WARNING",
        "HANDOVER_AUDIT_KEY": "bench-audit-key-0123456789abcdef0123456789",  # serve requires one (#20)
    }  # fmt: skip
    env.pop("REDIS_URL", None)
    if loop is not None:
        env["HANDOVER_EVENT_LOOP"] = loop
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "0",
         "--no-background"],
        cwd=ROOT, env=env, preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )


async def wait_ready(url: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while time.monotonic() < deadline:
            try:
                async with s.get(url + "/healthz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError("server did not start")


async def drive(url: str, n: int, concurrency: int) -> tuple[float, list[float]]:
    requests = [signed_post(text_xml(f"user{i % 500}", f"benchmark message {i}", msg_id=10**15 + i)) for i in range(n)]
    latencies: list[float] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(n):
        queue.put_nowait(i)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def one_client() -> None:
            while not queue.empty():
                req = requests[queue.get_nowait()]
                t0 = time.perf_counter()
                async with session.post(url + "/wecom/callback", params=req.query, data=req.body) as resp:
                    await resp.read()
                    if resp.status != 200:
                        raise RuntimeError(f"status {resp.status}")
                latencies.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client() for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    return wall, latencies


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * p))]


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=32)
    args = ap.parse_args()
    port = free_port()
    with tempfile.TemporaryDirectory() as data_dir:
        proc = start_server(port, data_dir)
        try:
            url = f"http://127.0.0.1:{port}"
            await wait_ready(url)
            await drive(url, 200, args.concurrency)  # warm-up
            wall, lat = await drive(url, args.n, args.concurrency)
        finally:
            proc.terminate()
            proc.wait(15)
    print(f"callbacks: {args.n} at concurrency {args.concurrency}")
    print(f"throughput: {args.n / wall:,.0f} req/s")
    print(f"ack latency: p50 {pct(lat, 0.50) * 1000:.2f} ms, p99 {pct(lat, 0.99) * 1000:.2f} ms, "
          f"mean {statistics.mean(lat) * 1000:.2f} ms")


if __name__ == "__main__":
    asyncio.run(main())
