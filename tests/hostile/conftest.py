"""The callback edge on its own (workers=0, no background loops) plus helpers that speak raw HTTP.

Hostile input must never reach the inbox stream, so every helper here can look at it directly.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.app import RUNTIME, AppOptions, create_app
from tests.support.app import make_settings

PATH = "/wecom/callback"
# Every answer the edge may give to input it refuses (503 is only for Redis outages).
REFUSED = frozenset({400, 403, 413})

Client = TestClient[web.Request, web.Application]


def edge_app(redis_url: str) -> web.Application:
    settings = make_settings("http://127.0.0.1:9")
    return create_app(settings, AppOptions(redis_url=redis_url, workers=0, background=False))


@pytest.fixture
async def edge(aiohttp_client, redis_url, redis) -> Client:  # type: ignore[no-untyped-def]
    client: Client = await aiohttp_client(edge_app(redis_url))
    return client


async def inbox_size(client: Client) -> int:
    rt = client.app[RUNTIME]
    size: int = await rt.redis.xlen(rt.keys.inbox())
    return size


@dataclass(frozen=True)
class RawResponse:
    status: int
    body: bytes


async def read_response(reader: asyncio.StreamReader) -> RawResponse:
    """One HTTP/1.1 response off a raw socket (Content-Length framed, as aiohttp answers here)."""
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("server closed the connection without answering")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    body = await reader.readexactly(length) if length else b""
    return RawResponse(status, body)


async def open_raw(client: Client) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    server = client.server
    return await asyncio.open_connection(server.host, server.port)


def request_head(target: str, host: str, headers: dict[str, str]) -> bytes:
    lines = [f"POST {target} HTTP/1.1", f"Host: {host}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")
