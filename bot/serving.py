"""Serving the bot's HTTP edge: aiohttp's runner with transport limits for input nobody should send.

aiohttp alone keeps a connection that never finishes a request head for as long as the peer likes
(its keep-alive timer starts at connection only in recent releases), takes any number of them, and
decompresses bodies on request. Here:
- a connection must deliver a complete request head within ``head_timeout`` seconds of connecting,
  and between requests the keep-alive timeout applies (``idle_timeout``);
- one address holds at most ``max_per_peer`` connections and the server ``max_connections``; a
  connection past either is closed at once (the kernel's accept queue is not an HTTP answer);
- bodies are never decompressed (WeCom does not compress; the edge refuses any Content-Encoding);
- a request aiohttp's parser refuses (bad request line, header too long, broken framing) is answered
  400 by aiohttp and logged at INFO as one line without its text (which may carry the query string),
  not as an ERROR traceback: it is the client's fault, not ours.
The body's own read timeout is the callback endpoint's (``bot.callback.BODY_TIMEOUT``).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.web_protocol import RequestHandler

log = logging.getLogger(__name__)


class _ServerLog(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server logger, with the client's malformed requests moved out of ERROR."""

    def exception(self, msg: object, *args: object, exc_info: Any = True, **kwargs: Any) -> None:
        if isinstance(exc_info, HttpProcessingError) and 400 <= (exc_info.code or 400) < 500:
            log.info("refused a malformed request (%s, %s)", type(exc_info).__name__, exc_info.code)
            return
        self.logger.exception(msg, *args, exc_info=exc_info, **kwargs)


SERVER_LOG = _ServerLog(logging.getLogger("aiohttp.server"))


@dataclass(frozen=True)
class EdgeLimits:
    head_timeout: float = 10.0
    idle_timeout: float = 15.0
    max_per_peer: int = 64
    max_connections: int = 2048


@dataclass
class _Gate:
    """Who is connected: counts per address and in all."""

    limits: EdgeLimits
    per_peer: Counter[str] = field(default_factory=Counter)
    total: int = 0
    refused: int = 0

    def admit(self, peer: str) -> bool:
        if self.total >= self.limits.max_connections or self.per_peer[peer] >= self.limits.max_per_peer:
            self.refused += 1
            return False
        self.per_peer[peer] += 1
        self.total += 1
        return True

    def release(self, peer: str) -> None:
        self.total -= 1
        self.per_peer[peer] -= 1
        if self.per_peer[peer] <= 0:
            del self.per_peer[peer]


def _peer(transport: asyncio.BaseTransport) -> str:
    name = transport.get_extra_info("peername")
    if isinstance(name, tuple) and name:
        return str(name[0])
    return str(name or "?")


class _GuardedHandler(RequestHandler):
    """aiohttp's protocol with the gate and the first-request-head deadline."""

    def __init__(self, manager: web.Server, *, gate: _Gate, **kwargs: Any) -> None:
        super().__init__(manager, **kwargs)
        self._gate = gate
        self._peer_name: str | None = None
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer = _peer(transport)
        if not self._gate.admit(peer):
            cast(asyncio.Transport, transport).abort()
            return
        self._peer_name = peer
        super().connection_made(transport)
        self._head_timer = self._loop.call_later(self._gate.limits.head_timeout, self._head_overdue)

    def head_received(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_overdue(self) -> None:
        self._head_timer = None
        log.info("closing a connection from %s: no request head within %.0f s",
                 self._peer_name, self._gate.limits.head_timeout)
        self.force_close()
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: BaseException | None) -> None:
        if self._peer_name is None:
            return  # refused at the gate: aiohttp never saw this connection
        self.head_received()
        self._gate.release(self._peer_name)
        self._peer_name = None
        super().connection_lost(exc)


@web.middleware
async def _mark_head(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                     ) -> web.StreamResponse:
    mark = getattr(request.protocol, "head_received", None)
    if mark is not None:
        mark()
    return await handler(request)


def guard_app(app: web.Application) -> None:
    """Before the app is frozen: lets the guarded protocol see each request head arrive."""
    app.middlewares.insert(0, _mark_head)


class GuardedSite(web.BaseSite):
    """A TCP site whose connections go through the gate (aiohttp's TCPSite otherwise)."""

    __slots__ = ("_gate", "_handler_args", "_host", "_port")

    def __init__(self, runner: web.AppRunner, host: str, port: int, limits: EdgeLimits,
                 handler_args: dict[str, Any]) -> None:
        super().__init__(runner)
        self._host, self._port = host, port
        self._gate = _Gate(limits)
        self._handler_args = handler_args

    @property
    def name(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def refused(self) -> int:
        return self._gate.refused

    @property
    def connections(self) -> int:
        return self._gate.total

    async def start(self) -> None:
        await super().start()
        server = self._runner.server
        assert server is not None
        loop = asyncio.get_running_loop()

        def protocol() -> _GuardedHandler:
            return _GuardedHandler(server, loop=loop, gate=self._gate, **self._handler_args)

        self._server = await loop.create_server(protocol, self._host, self._port, reuse_address=True)


def handler_args(limits: EdgeLimits) -> dict[str, Any]:
    """What every connection's protocol gets: aiohttp's own line/field limits, no decompression."""
    return {"keepalive_timeout": limits.idle_timeout, "auto_decompress": False, "logger": SERVER_LOG,
            "max_line_size": 8190, "max_field_size": 8190, "max_headers": 64, "access_log": None}


async def start_site(app: web.Application, host: str, port: int, limits: EdgeLimits | None = None,
                     shutdown_timeout: float = 15.0) -> tuple[web.AppRunner, GuardedSite]:
    limits = limits or EdgeLimits()
    guard_app(app)
    args = handler_args(limits)
    runner = web.AppRunner(app, shutdown_timeout=shutdown_timeout, **args)
    await runner.setup()
    site = GuardedSite(runner, host, port, limits, args)
    await site.start()
    return runner, site


def run(app: web.Application, host: str, port: int, loop: asyncio.AbstractEventLoop,
        shutdown_timeout: float = 15.0) -> None:
    """`serve`: start, wait for SIGINT/SIGTERM, stop (in-flight requests get ``shutdown_timeout``)."""

    async def main() -> None:
        runner, _ = await start_site(app, host, port, shutdown_timeout=shutdown_timeout)
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(main())
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
