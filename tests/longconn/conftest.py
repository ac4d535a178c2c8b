from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

import aiohttp
import pytest

from bot.sandbox import SandboxGateway
from tests.longconn.support import HANG_GUARD, start_gateway


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
