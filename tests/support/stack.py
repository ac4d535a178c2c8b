"""The whole product on its real path: the sandbox WeCom (served over HTTP) ⇄ the bot app
(encrypted callbacks in, WeComClient out) on the test session's real Redis.

``Stack.say(user, text)`` delivers an encrypted, signed text callback exactly as WeCom does,
waits until the bot's workers have handled it, and returns what the bot sent that user.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.app import RUNTIME, AppOptions, create_app
from bot.clock import ManualClock
from bot.sandbox import CallbackSender, SandboxGateway, SandboxWorld, create_sandbox_api
from bot.sandbox.run import settings_for_world
from bot.sandbox.world import DeliveredMessage
from bot.settings import Settings

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Thursday 2026-11-26 10:00 in Shanghai: a working day, a week before chenjing's last day.
DEMO_START = datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI).timestamp()


def stack_settings(world: SandboxWorld, api_base: str, **overrides: Any) -> Settings:
    return settings_for_world(world, api_base, **overrides)


@dataclass
class Stack:
    world: SandboxWorld
    clock: ManualClock
    sender: CallbackSender
    bot: web.Application
    settings: Settings
    gateway: SandboxGateway | None = None  # the intelligent bot's gateway, when started with longconn
    _seen: dict[str, int] = field(default_factory=dict)

    @property
    def runtime(self) -> Any:
        return self.bot[RUNTIME]

    async def idle(self, timeout: float = 20.0) -> None:
        """Wait until every enqueued event has been handled (or parked)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            lag, _parked = await self.runtime.inbox.depth()
            if lag == 0:
                return
            if loop.time() > deadline:
                raise AssertionError(f"bot did not finish its inbox ({lag} left)")
            await asyncio.sleep(0.01)

    def new_messages(self, userid: str) -> list[DeliveredMessage]:
        delivered = self.world.delivered(userid)
        start = self._seen.get(userid, 0)
        self._seen[userid] = len(delivered)
        return delivered[start:]

    def new_texts(self, userid: str) -> list[str]:
        return [m.content or "" for m in self.new_messages(userid) if m.msgtype in ("text", "markdown")]

    async def say(self, userid: str, text: str) -> list[str]:
        self.new_messages(userid)  # mark what was there before
        await self.sender.send_text(userid, text)
        await self.idle()
        return self.new_texts(userid)

    async def click(self, userid: str, task_id: str, event_key: str, **kw: Any) -> None:
        await self.sender.click_card(userid, task_id, event_key, **kw)
        await self.idle()


async def start_stack(
    redis_url: str,
    *,
    world: SandboxWorld | None = None,
    world_factory: Callable[[ManualClock], SandboxWorld] | None = None,
    options: AppOptions | None = None,
    longconn: bool = False,
    **setting_overrides: Any,
) -> tuple[Stack, list[Any]]:
    """Returns the stack and the things to close (servers, sessions) in order. With ``longconn``
    the sandbox also serves the bot's long-connection gateway and the bot is configured for it."""
    clock = world.clock if world is not None else ManualClock(DEMO_START)
    if world is None:
        world = world_factory(clock) if world_factory else SandboxWorld.demo(clock)
    gateway = SandboxGateway(world) if longconn else None
    sandbox_server = TestServer(create_sandbox_api(world, gateway=gateway), host="127.0.0.1")
    await sandbox_server.start_server()
    api_base = str(sandbox_server.make_url("")).rstrip("/")
    if gateway is not None:
        setting_overrides = {
            "WECOM_BOT_ID": world.credentials.bot_id, "WECOM_BOT_SECRET": world.credentials.bot_secret,
            "HANDOVER_BOT_GATEWAY": str(sandbox_server.make_url("/aibot/ws")).replace("http://", "ws://"),
            **setting_overrides,
        }
    settings = stack_settings(world, api_base, **setting_overrides)
    opts = options or AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0)
    bot_app = create_app(settings, opts)
    bot_server = TestServer(bot_app, host="127.0.0.1")
    await bot_server.start_server()
    session = aiohttp.ClientSession()
    sender = CallbackSender(
        world, session, str(bot_server.make_url("/wecom/callback")),
        str(bot_server.make_url("/wecom/contacts")), timeout=5.0, retries=3, retry_delay=0.05,
    )
    stack = Stack(world=world, clock=clock, sender=sender, bot=bot_app, settings=settings, gateway=gateway)
    backup = stack.runtime.services.get("backup_feature")
    if backup is not None:  # the first customer backup runs in the background: let it finish first
        await backup.settled()
    return stack, [session, bot_server, sandbox_server]


async def stop_stack(closers: list[Any]) -> None:
    for c in closers:
        await c.close()
