from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

import aiohttp
import pytest

from bot.app import AppOptions
from bot.clock import ManualClock
from bot.longconn.wiring import HolderTuning
from bot.sandbox import SandboxGateway, SandboxWorld
from storage.connection import Redis
from tests.longconn.support import BOUND, FAST, HANG_GUARD, start_gateway
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Every test here runs inside ``asyncio.timeout(HANG_GUARD)``: a hang anywhere in it fails
    with the traceback of the await it hung on instead of stalling the run (a CI run once sat in
    test_holder's first test until the job's own timeout, with no output)."""
    test = getattr(item, "obj", None)
    if not isinstance(item, pytest.Function) or not inspect.iscoroutinefunction(test):
        return (yield)
    item.obj = _bounded(test)
    try:
        return (yield)
    finally:
        item.obj = test


def _bounded(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., Coroutine[Any, Any, None]]:
    @functools.wraps(test)
    async def guarded(*args: Any, **kwargs: Any) -> None:
        async with asyncio.timeout(HANG_GUARD):
            await test(*args, **kwargs)

    return guarded


@pytest.fixture
async def gateway() -> AsyncIterator[tuple[SandboxGateway, str]]:
    async with asyncio.timeout(HANG_GUARD):
        gw, server, url = await start_gateway()
    yield gw, url
    async with asyncio.timeout(HANG_GUARD):
        await server.close()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    s = aiohttp.ClientSession()
    yield s
    async with asyncio.timeout(HANG_GUARD):
        await s.close()


@pytest.fixture
async def bot_stack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    """The product with WECOM_BOT_ID set: it holds the sandbox gateway's long connection."""
    clock = ManualClock(DEMO_START)
    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0,
                         longconn_tuning=HolderTuning(client=FAST, lease_ttl=2.0, standby_poll=0.05))
    async with asyncio.timeout(HANG_GUARD):
        s, closers = await start_stack(redis_url, world=SandboxWorld.demo(clock), options=options, longconn=True)
    yield s
    await asyncio.wait_for(stop_stack(closers), BOUND)
