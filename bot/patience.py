"""Waiting Redis out for a write that must land: after a message went out, its record is what
keeps it from going out again, so a moment without Redis is waited for rather than turned into a
repeat."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from redis.exceptions import RedisError

log = logging.getLogger(__name__)

T = TypeVar("T")


async def outlast_redis(step: Callable[[], Awaitable[T]], what: str, *, patience: float = 30.0) -> T:
    """Run ``step`` until it gets through, retrying Redis/connection errors for ``patience``
    seconds (backoff 0.1 s doubling to 2 s); then the error is raised."""
    delay, waited = 0.1, 0.0
    while True:
        try:
            return await step()
        except (RedisError, ConnectionError, OSError):
            if waited >= patience:
                raise
            log.warning("Redis unreachable; retrying %s", what)
            await asyncio.sleep(delay)
            waited += delay
            delay = min(delay * 2, 2.0)
