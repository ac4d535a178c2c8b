from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.sandbox import SandboxGateway
from tests.longconn.support import start_gateway


@pytest.fixture
async def gateway() -> AsyncIterator[tuple[SandboxGateway, str]]:
    gw, server, url = await start_gateway()
    yield gw, url
    await server.close()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s
