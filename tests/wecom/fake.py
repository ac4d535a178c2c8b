"""A small scriptable WeCom server for the client tests (until/besides bot.sandbox).

Every request is recorded (endpoint, query, body, server-side monotonic time). ``script()``
queues one-shot behaviours per endpoint; otherwise ``handlers`` or an ``{"errcode": 0}`` answer.
Non-gettoken calls need a token the fake issued and has not expired (else 42001).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

CORP_ID = "wwcorp"
SECRET = "s3cret-VALUE-0123456789"

Step = Callable[[web.Request], Awaitable[web.StreamResponse]]
Handler = Callable[["Call"], Any]


@dataclass
class Call:
    endpoint: str
    method: str
    query: dict[str, str]
    body: bytes
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def errcode(code: int, errmsg: str = "scripted", **extra: Any) -> Step:
    async def step(request: web.Request) -> web.StreamResponse:
        return web.json_response({"errcode": code, "errmsg": errmsg, **extra})

    return step


def http_status(status: int) -> Step:
    async def step(request: web.Request) -> web.StreamResponse:
        return web.Response(status=status, text="upstream trouble")

    return step


def raw(text: str) -> Step:
    async def step(request: web.Request) -> web.StreamResponse:
        return web.Response(status=200, text=text, content_type="text/html")

    return step


def hang(seconds: float) -> Step:
    async def step(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(seconds)
        return web.json_response({"errcode": 0, "errmsg": "late"})

    return step


def reset() -> Step:
    async def step(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.abort()
        raise asyncio.CancelledError

    return step


@dataclass
class FakeWeCom:
    secret: str = SECRET
    expires_in: int = 7200
    gettoken_delay: float = 0.0
    calls: list[Call] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    issued: list[str] = field(default_factory=list)
    handlers: dict[str, Handler] = field(default_factory=dict)
    scripts: dict[str, deque[Step]] = field(default_factory=lambda: defaultdict(deque))
    base_url: str = ""

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/cgi-bin/{tail:.*}", self._handle)
        return app

    def script(self, endpoint: str, *steps: Step) -> None:
        self.scripts[endpoint].extend(steps)

    def calls_to(self, endpoint: str) -> list[Call]:
        return [c for c in self.calls if c.endpoint == endpoint]

    def count(self, endpoint: str) -> int:
        return len(self.calls_to(endpoint))

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        endpoint = request.match_info["tail"]
        body = await request.read()
        call = Call(endpoint, request.method, dict(request.query), body, time.monotonic())
        self.calls.append(call)
        if self.scripts[endpoint]:
            return await self.scripts[endpoint].popleft()(request)
        if endpoint == "gettoken":
            return await self._gettoken(request)
        assert b"access_token" not in body, "the token must travel in the query string only"
        if request.query.get("access_token") not in self.valid_tokens:
            return web.json_response({"errcode": 42001, "errmsg": "access_token expired"})
        handler = self.handlers.get(endpoint)
        result = handler(call) if handler else {}
        if asyncio.iscoroutine(result):
            result = await result
        return web.json_response({"errcode": 0, "errmsg": "ok", **result})

    async def _gettoken(self, request: web.Request) -> web.StreamResponse:
        if self.gettoken_delay:
            await asyncio.sleep(self.gettoken_delay)
        if request.query.get("corpid") != CORP_ID or request.query.get("corpsecret") != self.secret:
            return web.json_response({"errcode": 40001, "errmsg": "invalid credential"})
        token = f"TOKEN{len(self.issued) + 1:04d}-abcdefghijklmnop"
        self.issued.append(token)
        self.valid_tokens.add(token)
        return web.json_response(
            {"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": self.expires_in}
        )


def cursor_pages(items: list[Any], field_name: str, page_size: int) -> Handler:
    """A cursor-paged handler: the cursor is the next offset as a string."""

    def handler(call: Call) -> dict[str, Any]:
        body = call.json or {}
        start = int(body.get("cursor") or 0)
        end = start + page_size
        return {field_name: items[start:end], "next_cursor": str(end) if end < len(items) else ""}

    return handler
