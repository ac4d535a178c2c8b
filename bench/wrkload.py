"""Load generation for the callback benches with wrk (C, one thread) instead of a Python client.

A Python aiohttp client spends about a core of its own to produce a few thousand requests/s; on a
small machine it competes with the servers it measures. wrk does the same work for a fraction of
that. Requests are generated here (encrypted, signed, distinct MsgIds) and written to a file that
bench/callbacks.lua replays; each connection's callbacks are distinct, so ours never takes the
cheaper duplicate path unless a run outlasts the file (the result says how many repeats there were).

Also here: reading a process's RSS and CPU time from /proc, finding the embedded redis-server the
bot starts, and pinning processes to CPUs (taskset semantics via os.sched_setaffinity).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.support.wire import signed_post, text_xml  # noqa: E402

LUA = HERE / "callbacks.lua"


def wrk_path() -> str | None:
    return shutil.which("wrk")


def write_requests(path: Path, n: int, *, first_msg_id: int, users: int = 500) -> Path:
    """N distinct signed text callbacks, one per line: ``/wecom/callback?query<TAB>body``."""
    from urllib.parse import urlencode

    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            req = signed_post(
                text_xml(f"user{i % users}", f"benchmark message {i}", msg_id=first_msg_id + i),
                nonce=str(1_000_000_000 + i),
            )
            body = req.body.decode("utf-8")
            assert "\n" not in body and "\t" not in body
            f.write(f"/wecom/callback?{urlencode(req.query)}\t{body}\n")
    return path


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    status_errors: int
    socket_errors: int
    repeats: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds


def run_wrk(
    url: str, requests_file: Path, *, connections: int, seconds: float, threads: int = 1,
    cpus: set[int] | None = None, pace_rps: float = 0,
) -> WrkResult:
    """One bounded wrk run; latency percentiles come from the Lua ``done`` hook. ``pace_rps``: each
    connection pauses so that about that many requests/s are offered in total (0: saturate)."""
    wrk = wrk_path()
    if wrk is None:
        raise RuntimeError("wrk is not installed (apt-get install -y wrk)")
    script = LUA
    if pace_rps:
        script = requests_file.with_suffix(".paced.lua")
        script.write_text(LUA.read_text() + "\nfunction delay()\n  return next_pause()\nend\n")
    argv = [wrk, "-t", str(threads), "-c", str(connections), "-d", f"{max(1, round(seconds))}s", "--timeout", "10s",
            "-s", str(script), url, "--", str(requests_file), str(threads),
            str(round(connections * 1000 / pace_rps)) if pace_rps else "0"]  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)  # fmt: skip
    out, err = proc.communicate(timeout=seconds + 120)
    line = next((ln for ln in out.splitlines() if ln.startswith("WRKJSON ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({proc.returncode}): {err.strip() or out.strip()}")
    d = json.loads(line.removeprefix("WRKJSON "))
    return WrkResult(
        requests=d["requests"], seconds=d["duration_us"] / 1e6, p50_ms=d["p50_us"] / 1000,
        p90_ms=d["p90_us"] / 1000, p99_ms=d["p99_us"] / 1000, max_ms=d["max_us"] / 1000,
        status_errors=d["status_errors"], socket_errors=d["socket_errors"], repeats=d["repeats"],
    )  # fmt: skip


# --- /proc helpers --------------------------------------------------------------------------------
_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def machine_busy() -> tuple[int, int]:
    """(busy, total) jiffies over all CPUs since boot; diff two readings for the load of a run."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = parts[3] + parts[4]
    total = sum(parts[:8])
    return total - idle, total


def children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        out.extend(int(x) for x in text)
    return out


def find_child(pid: int, name: str, timeout: float = 10.0) -> int | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in children(pid):
            try:
                if name in Path(f"/proc/{child}/comm").read_text():
                    return child
            except FileNotFoundError:
                continue
        time.sleep(0.05)
    return None


def pin(pid: int, cpus: set[int]) -> None:
    """Pin every thread of a process (taskset -a -p)."""
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            os.sched_setaffinity(int(task.name), cpus)
        except ProcessLookupError:
            pass


@dataclass
class RssSampler:
    """Samples a process's RSS every ``interval`` seconds in a background thread; keeps the peak.
    pid 0: samples nothing (peak stays 0)."""

    pid: int
    interval: float = 0.1
    peak_mb: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> RssSampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while self.pid and not self._stop.is_set():
            try:
                self.peak_mb = max(self.peak_mb, rss_mb(self.pid))
            except (FileNotFoundError, ProcessLookupError):
                return
            self._stop.wait(self.interval)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
