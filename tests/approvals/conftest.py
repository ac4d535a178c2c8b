"""Approval scenarios look at the approval step alone: the transfer engine is stopped so that
its progress messages do not interleave with the approval conversation (the full story, engine
included, is tests/scenarios/test_story.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage.connection import Redis
from tests.support.stack import Stack, start_stack, stop_stack


@pytest.fixture
async def stack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    s, closers = await start_stack(redis_url)
    await s.runtime.services["engine"].stop()
    yield s
    await stop_stack(closers)
