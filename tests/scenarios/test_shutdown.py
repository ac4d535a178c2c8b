"""`wecom-handover serve` stops cleanly on SIGTERM: within a bound, exit 0, nothing lost."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from bot.clock import ManualClock
from bot.sandbox import CallbackSender, SandboxWorld, create_sandbox_api
from storage.embedded import free_port
from tests.support.stack import DEMO_START

ROOT = Path(__file__).resolve().parents[2]


async def test_sigterm_finishes_in_flight_work_and_exits_zero(redis_url: str, redis, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world = SandboxWorld.demo(ManualClock(DEMO_START, follow_real_time=True))
    world.faults.add("message/send", latency=1.0)  # the reply is in flight when SIGTERM arrives
    api = TestServer(create_sandbox_api(world), host="127.0.0.1")
    await api.start_server()
    port = free_port()
    c = world.credentials
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WECOM_CORP_ID": c.corp_id, "WECOM_AGENT_ID": str(c.agent_id),
           "WECOM_SECRET": c.secret, "WECOM_TOKEN": c.token, "WECOM_AES_KEY": c.aes_key,
           "WECOM_API_BASE": str(api.make_url("")).rstrip("/"), "REDIS_URL": redis_url,
           "HANDOVER_DATA_DIR": str(tmp_path), "HANDOVER_CALLBACK_MAX_SKEW": "0", "HANDOVER_LOG_FORMAT": "text",
           "HANDOVER_AUDIT_KEY": "shutdown-test-audit-key-0123456789ab"}
    log_path = tmp_path / "serve.log"
    log_file = log_path.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stderr=log_file, stdout=log_file)  # fmt: skip
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(200):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/readyz") as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
            sender = CallbackSender(world, session, f"http://127.0.0.1:{port}/wecom/callback", retries=0)
            await sender.send_text("lina", "help")
            await asyncio.sleep(0.5)  # the worker is now waiting on the slow message/send
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            rc = await asyncio.to_thread(proc.wait, 30)
            elapsed = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
        log_file.close()
        await api.close()
    assert "event loop: uvloop" in log_path.read_text()  # serve's default where uvloop is installed
    assert rc == 0
    assert elapsed < 20
    # the in-flight reply was finished, not dropped
    assert any("hand over" in (m.content or "") for m in world.delivered("lina"))
