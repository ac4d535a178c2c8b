"""Shared fixtures. Every test session starts its own real redis-server through the product's
embedded launcher (never a fake, never the machine's 6379) and flushes it between tests."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from storage.connection import Redis, connect
from storage.embedded import EmbeddedRedis
from storage.keys import Keys

# No timed assertions: Hypothesis' default 200 ms deadline per example failed the suite on this
# shared 2-core machine under load (a crypto property took 377 ms once, 2.5 ms on re-run).
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedRedis]:
    server = EmbeddedRedis(data_dir=Path(tmp_path_factory.mktemp("redis")))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: EmbeddedRedis) -> str:
    return redis_server.url


@pytest.fixture
async def redis(redis_server: EmbeddedRedis) -> AsyncIterator[Redis]:
    client = connect(redis_server.url)
    await client.flushall()
    yield client
    await client.aclose()


@pytest.fixture
def keys() -> Keys:
    return Keys.for_app("test", "wwcorp", 1000002)


@pytest.fixture
async def stack(redis_url: str, redis: Redis) -> AsyncIterator[object]:
    """The bot wired to the sandbox demo org through real encrypted callbacks."""
    from tests.support.stack import start_stack, stop_stack

    s, closers = await start_stack(redis_url)
    yield s
    await stop_stack(closers)
