"""A few real ``python -m bot serve`` processes behind an imaginary load balancer.

Each instance keeps its port across restarts (the balancer's backend list does not change) but
every start is a new process: a new pid, hence a new inbox consumer name and engine instance id.
All of them share one Redis (``REDIS_URL``) and one sandbox WeCom served by the test's own loop.
Logs go to one file per start under ``log_dir`` (read them when a test fails).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import aiohttp

from bot.sandbox import SandboxWorld
from storage.embedded import free_port

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 60.0


@dataclass
class Instance:
    index: int
    port: int
    proc: asyncio.subprocess.Process | None = None
    log: IO[bytes] | None = None
    starts: int = 0
    pids: list[int] = field(default_factory=list)

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    @property
    def callback_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/wecom/callback"

    @property
    def contacts_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/wecom/contacts"


def bot_env(world: SandboxWorld, api_base: str, redis_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    c = world.credentials
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "WECOM_CORP_ID": c.corp_id,
        "WECOM_AGENT_ID": str(c.agent_id),
        "WECOM_SECRET": c.secret,
        "WECOM_TOKEN": c.token,
        "WECOM_AES_KEY": c.aes_key,
        "WECOM_CONTACTS_TOKEN": c.contacts_token,
        "WECOM_CONTACTS_AES_KEY": c.contacts_aes_key,
        "WECOM_API_BASE": api_base,
        "REDIS_URL": redis_url,
        "HANDOVER_DATA_DIR": str(data_dir),
        "HANDOVER_CALLBACK_MAX_SKEW": "0",
        "HANDOVER_ADMINS": "wangfang,tangyue",
        "HANDOVER_APPROVERS": "sunhong",
        "HANDOVER_LOG_FORMAT": "text",
        "HANDOVER_LOG_LEVEL": "INFO",
        "HANDOVER_AUDIT_KEY": "reliability-audit-key-0123456789abcdef",
    }
    env.update(extra)
    return env


class BotCluster:
    def __init__(self, env: dict[str, str], size: int, log_dir: Path) -> None:
        self.env = env
        self.log_dir = log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        self.instances = [Instance(i, free_port()) for i in range(size)]
        self.kills: list[tuple[int, int]] = []  # (instance index, pid) in kill order

    # --- lifecycle ---------------------------------------------------------------------------
    async def start(self) -> None:
        await asyncio.gather(*(self.start_one(i) for i in range(len(self.instances))))

    async def start_one(self, index: int) -> None:
        inst = self.instances[index]
        assert not inst.alive, f"instance {index} is already running"
        inst.starts += 1
        if inst.log is not None:
            inst.log.close()
        inst.log = (self.log_dir / f"bot{index}-{inst.starts}.log").open("wb")  # closed on stop
        inst.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(inst.port),
            # one instance id per slot (they share a host and a data dir), kept across restarts
            cwd=ROOT, env={**self.env, "HANDOVER_INSTANCE_ID": f"bot{index}"},
            stdin=asyncio.subprocess.DEVNULL, stdout=inst.log, stderr=inst.log,
        )  # fmt: skip
        inst.pids.append(inst.proc.pid)
        await self._wait_ready(inst)

    async def _wait_ready(self, inst: Instance) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_TIMEOUT
        async with aiohttp.ClientSession() as session:
            while loop.time() < deadline:
                if not inst.alive:
                    raise AssertionError(f"bot {inst.index} exited at start; see {self.log_dir}")
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with session.get(f"http://127.0.0.1:{inst.port}/readyz",
                                           timeout=aiohttp.ClientTimeout(total=2)) as r:  # fmt: skip
                        if r.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise AssertionError(f"bot {inst.index} never became ready; see {self.log_dir}")

    async def kill(self, index: int) -> int:
        """SIGKILL one instance (only the process this cluster started); returns its pid."""
        inst = self.instances[index]
        assert inst.proc is not None and inst.alive
        pid = inst.proc.pid
        inst.proc.send_signal(signal.SIGKILL)
        await inst.proc.wait()
        self.kills.append((index, pid))
        return pid

    async def restart(self, index: int) -> None:
        await self.start_one(index)

    async def stop(self) -> list[int | None]:
        """SIGTERM every live instance and wait; returns their exit codes."""
        codes: list[int | None] = []
        for inst in self.instances:
            if inst.alive and inst.proc is not None:
                inst.proc.send_signal(signal.SIGTERM)
        for inst in self.instances:
            if inst.proc is not None:
                try:
                    codes.append(await asyncio.wait_for(inst.proc.wait(), 30))
                except TimeoutError:
                    inst.proc.send_signal(signal.SIGKILL)
                    codes.append(await inst.proc.wait())
            if inst.log is not None:
                inst.log.close()
                inst.log = None
        return codes

    # --- where callbacks go ------------------------------------------------------------------
    def urls(self) -> list[str]:
        """Every backend, dead or alive: a balancer does not know at once that one died."""
        return [inst.callback_url for inst in self.instances]

    def contacts_urls(self) -> list[str]:
        return [inst.contacts_url for inst in self.instances]

    def log_tail(self, chars: int = 3000) -> str:
        out = []
        for path in sorted(self.log_dir.glob("bot*.log")):
            text = path.read_text(errors="replace")
            out.append(f"--- {path.name}\n{text[-chars:]}")
        return "\n".join(out)
