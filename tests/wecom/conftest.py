from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import aiohttp
import pytest

from bot.wecom import RateLimits, RetryPolicy, WeComClient
from storage.connection import Redis
from storage.keys import Keys
from tests.wecom.fake import CORP_ID, SECRET, FakeWeCom

FAST_RETRY = RetryPolicy(
    base_delay=0.001, max_delay=0.01, total_budget=10.0, token_wait=5.0, token_poll_interval=0.01
)


@pytest.fixture
async def fake(aiohttp_server: Any) -> FakeWeCom:
    world = FakeWeCom()
    server = await aiohttp_server(world.app())
    world.base_url = str(server.make_url("")).rstrip("/")
    return world


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


MakeClient = Callable[..., WeComClient]


@pytest.fixture
def make_client(session: aiohttp.ClientSession, redis: Redis, keys: Keys, fake: FakeWeCom) -> MakeClient:
    def build(**overrides: Any) -> WeComClient:
        options: dict[str, Any] = {
            "api_base": fake.base_url,
            "corp_id": CORP_ID,
            "secret": SECRET,
            "agent_id": 1000002,
            "retry": FAST_RETRY,
            "limits": RateLimits(),
            "request_timeout": 2.0,
        }
        options.update(overrides)
        return WeComClient(session, redis, keys, **options)

    return build


@pytest.fixture
def client(make_client: MakeClient) -> WeComClient:
    return make_client()
