"""What the one-shot CLI commands (export, backup) share: the settings' Redis — ``REDIS_URL``, else
the embedded server under the data directory, stopped again afterwards — and writing the result."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from storage.connection import Redis


@asynccontextmanager
async def settings_redis(settings: Any) -> AsyncIterator[Redis]:
    from storage.connection import connect
    from storage.embedded import EmbeddedRedis

    embedded = None
    url = settings.redis_url
    if not url:
        embedded = EmbeddedRedis(data_dir=settings.data_dir / "redis")
        url = await asyncio.to_thread(embedded.start)
    redis = connect(url)
    try:
        yield redis
    finally:
        await redis.aclose()
        if embedded is not None:
            await asyncio.to_thread(embedded.stop)


def write_output(data: bytes, path: str | None) -> None:
    """To the file ``path`` (``-o``), else standard output."""
    if path:
        with open(path, "wb") as f:
            f.write(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
