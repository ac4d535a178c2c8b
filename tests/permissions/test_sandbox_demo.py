"""The permission audit in the sandbox as `scripts/sandbox` serves it: 张伟 left with his customers and
groups unassigned, 田甜's account is disabled while she still owns customers and a group — the audit
names both, on request in the chat page and on the first working day of the month, and its file
(downloaded as the page does) opens as a spreadsheet."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from bot.app import RUNTIME
from bot.permissions.feature import TIMER_ID
from bot.sandbox.run import SandboxOptions, SandboxRunner
from bot.sandbox.web import setup_web
from storage.connection import Redis
from storage.embedded import free_port
from tests.permissions.test_permission_audit import _sheet
from tests.reliability.story import wait_for


async def test_the_sandbox_audit_names_the_departed_and_the_disabled_member(
    tmp_path: Path, redis_url: str, redis: Redis
) -> None:
    runner = SandboxRunner(SandboxOptions(port=free_port(), data_dir=tmp_path, redis_url=redis_url, save_every=5),
                           web_setup=setup_web)  # fmt: skip
    base = (await asyncio.wait_for(runner.start(), 120)).rstrip("/")
    try:
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{base}/sandbox/api/chat/wangfang/send", json={"text": "权限审计"}) as resp:
                assert resp.status == 200
            await runner.idle()
            async with session.get(f"{base}/sandbox/api/chat/wangfang") as resp:
                messages = (await resp.json())["messages"]
            [answer] = [m["content"] for m in messages if m["from"] == "bot" and m["kind"] == "text"
                        and m["content"].startswith("权限审计")]
            assert "已离职仍有客户或客户群：1 人（客户 250、群 12）\n  张伟" in answer
            assert "已禁用仍有客户或客户群：1 人（客户 6、群 1）\n  田甜" in answer
            [file] = [m["card"] for m in messages if m["kind"] == "file"]
            async with session.get(f"{base}/sandbox/api/media/{file['media_id']}") as resp:
                assert resp.status == 200
                rows = _sheet(await resp.read())
        owners = {r[1]: r[4:7] for r in rows if r[0] in ("已离职仍有客户/群", "已禁用仍有客户/群")}
        assert owners == {"zhangwei": ["departed", "250", "12"], "tiantian": ["disabled", "6", "1"]}

        timers = runner.bot_app[RUNTIME].services["timers"]
        monthly = await timers.get(TIMER_ID)
        assert monthly is not None
        await asyncio.wait_for(runner.advance(monthly.due - runner.clock.now() + 1), 120)

        def told() -> bool:
            # The message and its file are two sends: wait for both before reading either.
            delivered = runner.world.delivered("tangyue")
            return any(m.msgtype == "text" and (m.content or "").startswith("权限审计") for m in delivered) \
                and any(m.msgtype == "file" for m in delivered)

        await wait_for(told, "the monthly audit and its file reached tangyue", timeout=60)
        delivered = runner.world.delivered("tangyue")
        [text] = [m.content or "" for m in delivered if (m.content or "").startswith("权限审计")]
        assert "已离职仍有客户或客户群：1 人" in text and "田甜" in text and "与上次审计" in text
        assert any(m.msgtype == "file" for m in runner.world.delivered("tangyue"))
    finally:
        await runner.stop()
