"""Stacks for the handover conversation: the real app on the sandbox demo org."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.app import AppOptions, Runtime
from bot.clock import ManualClock
from bot.models.jobs import Job
from bot.sandbox import SandboxWorld
from storage.connection import Redis
from tests.handover.fakes import FakeTransfers, RecordingFiler
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack


@asynccontextmanager
async def open_stack(
    redis_url: str,
    *,
    prepare: Callable[[SandboxWorld], None] | None = None,
    fake_filer: bool = False,
    transfers: FakeTransfers | None = None,
    replace_transfers: bool = False,
) -> AsyncIterator[Stack]:
    """The demo stack; ``prepare`` changes the world before the bot's first directory sync."""
    clock = ManualClock(DEMO_START)
    world = SandboxWorld.demo(clock)
    if prepare is not None:
        prepare(world)

    def extra(rt: Runtime) -> dict[str, Any]:
        services: dict[str, Any] = {}
        if fake_filer:
            services["filer"] = RecordingFiler(rt.services["jobs"])
        if transfers is not None and (replace_transfers or "transfers" not in rt.services):
            services["transfers"] = transfers
        return services

    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0, extra_services=extra)
    s, closers = await start_stack(redis_url, world=world, options=options)
    try:
        yield s
    finally:
        await stop_stack(closers)


@pytest.fixture
async def fake_stack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    """The demo stack with a recording filer and a fake `transfers` (unit-level checks)."""
    async with open_stack(redis_url, fake_filer=True, transfers=FakeTransfers(), replace_transfers=True) as s:
        yield s


async def depart(stack: Stack, userid: str, at: float | None = None) -> None:
    """The member leaves: deleted in WeCom, the delete event arrives, a sync counts what waits."""
    stack.world.delete_member(userid, at=at if at is not None else stack.clock.now())
    await stack.sender.contact_deleted(userid)
    await stack.idle()
    await stack.runtime.services["directory_sync"].full_sync()


async def recent_jobs(stack: Stack) -> list[Job]:
    jobs: list[Job] = await stack.runtime.services["jobs"].recent(50)
    return jobs


async def assert_files_directly(stack: Stack, text: str, handover: str, takeover: str, head: str) -> None:
    """One message files one job, previewed at once (`head`: 交接预览 / Preview), from and to these two."""
    [reply] = await stack.say("wangfang", text)
    [job] = await recent_jobs(stack)
    assert reply.startswith(f"{head} {job.id}\n"), reply
    assert (job.handover, job.takeover) == (handover, takeover)


async def assert_asked_then_filed(stack: Stack, text: str, asked: str, handover: str, takeover: str,
                                  head: str) -> None:
    """A guess: the message only asks (`asked`: the start of "did you mean …? reply 1"), files nothing; "1"
    files it, previewed (`head`), from and to these two."""
    [question] = await stack.say("wangfang", text)
    assert question.startswith(asked), question
    assert await recent_jobs(stack) == []
    [reply] = await stack.say("wangfang", "1")
    [job] = await recent_jobs(stack)
    assert reply.startswith(f"{head} {job.id}\n"), reply
    assert (job.handover, job.takeover) == (handover, takeover)


@pytest.fixture
async def hstack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    """The product as wired (the real filer and approval cards), plus a fake `transfers` where the
    engine does not provide one yet."""
    async with open_stack(redis_url, transfers=FakeTransfers()) as s:
        yield s
