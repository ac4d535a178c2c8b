"""The callback edge on its own (workers=0, no background loops) plus helpers that speak raw HTTP.

The edge is served exactly as `serve` serves it (bot.serving: the guarded site and its limits), not
by aiohttp's test server. Hostile input must never reach the inbox stream, so every helper here can
look at it directly. Every test here also holds to: no 5xx answer and no ERROR log line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import BaseTestServer, TestClient
from yarl import URL

from bot.app import RUNTIME, AppOptions, create_app
from bot.serving import EdgeLimits, GuardedSite, start_site
from tests.support.app import make_settings

PATH = "/wecom/callback"
# Every answer the edge may give to input it refuses (503 is only for Redis outages).
REFUSED = frozenset({400, 403, 413, 415})
STATUSES = web.AppKey("statuses", list[int])

Client = TestClient[web.Request, web.Application]


def edge_app(redis_url: str) -> web.Application:
    settings = make_settings("http://127.0.0.1:9")
    app = create_app(settings, AppOptions(redis_url=redis_url, workers=0, background=False))
    app[STATUSES] = []

    async def record(request: web.Request, response: web.StreamResponse) -> None:
        app[STATUSES].append(response.status)

    app.on_response_prepare.append(record)
    return app


class ServedEdge(BaseTestServer):
    """The production serving path (bot.serving.start_site) behind aiohttp's test client."""

    def __init__(self, app: web.Application, limits: EdgeLimits | None = None) -> None:
        super().__init__(host="127.0.0.1")
        self.app = app
        self.limits = limits or EdgeLimits()
        self.site: GuardedSite | None = None

    async def start_server(self, loop: asyncio.AbstractEventLoop | None = None, **kwargs: Any) -> None:
        if self.runner:
            return
        port = _free_port()
        self.runner, self.site = await start_site(self.app, self.host, port, self.limits, shutdown_timeout=2)
        self.port = port
        self.scheme = "http"
        self._root = URL(f"http://{self.host}:{port}")

    async def _make_runner(self, **kwargs: Any) -> web.AppRunner:  # pragma: no cover - start_server does it
        raise NotImplementedError


def _free_port() -> int:
    from storage.embedded import free_port

    return free_port()


async def served_client(aiohttp_client: Any, redis_url: str, limits: EdgeLimits | None = None) -> Client:
    client: Client = await aiohttp_client(ServedEdge(edge_app(redis_url), limits))
    return client


def assert_no_5xx(client: Client) -> None:
    assert client.app is not None
    answered_5xx = [s for s in client.app[STATUSES] if s >= 500]
    assert not answered_5xx, f"5xx answers: {answered_5xx}"


@pytest.fixture
async def edge(aiohttp_client, redis_url, redis) -> AsyncIterator[Client]:  # type: ignore[no-untyped-def]
    client = await served_client(aiohttp_client, redis_url)
    yield client
    assert_no_5xx(client)


@pytest.fixture(autouse=True)
def no_error_log(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.INFO)
    yield
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.get_records("call") if r.levelno >= logging.ERROR]
    assert not errors, f"ERROR log lines: {errors}"


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
