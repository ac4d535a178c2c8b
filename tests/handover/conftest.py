"""Stacks for the handover conversation: the real app on the sandbox demo org."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.app import AppOptions, Runtime
from bot.clock import ManualClock
from bot.sandbox import SandboxWorld
from storage.connection import Redis
from tests.handover.fakes import FakeTransfers, RecordingFiler
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack


@pytest.fixture
async def fake_stack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    """The demo stack with a recording filer and a fake `transfers` (for unit-level checks)."""
    clock = ManualClock(DEMO_START)
    world = SandboxWorld.demo(clock)

    def extra(rt: Runtime) -> dict[str, Any]:
        return {"filer": RecordingFiler(rt.services["jobs"]), "transfers": FakeTransfers()}

    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0, extra_services=extra)
    s, closers = await start_stack(redis_url, world=world, options=options)
    yield s
    await stop_stack(closers)


async def depart(stack: Stack, userid: str, at: float | None = None) -> None:
    """The member leaves: deleted in WeCom, the delete event arrives, the next sync counts what waits."""
    stack.world.delete_member(userid, at=at if at is not None else stack.clock.now())
    await stack.sender.contact_deleted(userid)
    await stack.idle()
    await stack.runtime.services["directory_sync"].full_sync()
