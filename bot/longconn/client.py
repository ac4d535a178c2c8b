"""One long connection to the intelligent bot's gateway: connect, subscribe, keep it alive, feed
every callback into the durable inbox, reconnect when it breaks — except when it was replaced.

Liveness is ours, not the library's: a ``ping`` command every ``heartbeat`` seconds, and
``missed_pings`` unanswered in a row mean a dead link (a frozen peer never closes anything). A
close frame or a vanished TCP connection ends the read at once. Then: reconnect after a capped
exponential backoff with jitter (reset once a subscription succeeded). A ``disconnected_event``
means another subscription of the same bot took over: this client stops and reports "replaced"
— reconnecting would kick that one, which would kick back (the mutual kicking seen with an SDK).

Callbacks are handed to ``sink`` (the inbox's enqueue) by one task in arrival order, retried until
Redis takes them: the gateway does not redeliver what we read, so a frame is done only once it is
durably enqueued (or recognised as a duplicate by its msgid).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Literal

import aiohttp

from bot.longconn import frames as f
from bot.models.events import InboundEvent
from bot.tasks import finish

log = logging.getLogger(__name__)

Sink = Callable[[InboundEvent], Awaitable[object]]
Ending = Literal["stopped", "replaced"]
_Round = Literal["stopped", "replaced", "lost", "dead", "refused", "unreachable"]


@dataclass(frozen=True)
class Tuning:
    heartbeat: float = 30.0  # the doc's recommendation
    missed_pings: int = 2  # unanswered pings in a row that make the link dead (as the SDKs do)
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    refused_backoff: float = 60.0  # wrong credentials: subscribes are rate-protected, go slow
    ack_timeout: float = 10.0
    connect_timeout: float = 10.0
    sink_retry: float = 0.5  # first wait before trying Redis again (doubles up to backoff_max)
    drain_grace: float = 5.0  # on stop: time left to enqueue what was already read
    cancel_grace: float = 5.0  # a cancelled task of ours that has not ended by then is left behind


@dataclass
class Stats:
    connects: int = 0
    subscribed: int = 0
    rounds_ended: dict[str, int] = field(default_factory=dict)
    handed: int = 0  # callbacks the sink took (new or duplicate)


class NotConnected(RuntimeError):
    """No subscribed connection to send a command on."""


class LongConnection:
    def __init__(self, session: aiohttp.ClientSession, url: str, bot_id: str, secret: str, sink: Sink, *,
                 tuning: Tuning | None = None, ssl_context: ssl.SSLContext | None = None,
                 rng: Callable[[], float] = random.random,
                 on_handed: Callable[[float], None] | None = None) -> None:
        self._session = session
        self.url = url
        self._bot_id = bot_id
        self._secret = secret
        self._sink = sink
        self.tuning = tuning or Tuning()
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self._rng = rng
        self.stats = Stats()
        self.state = "idle"  # connecting | subscribed | backoff | replaced | stopped
        self.subscribed = asyncio.Event()  # set while a subscription is live
        self._stopping = asyncio.Event()
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._acks: dict[str, asyncio.Future[f.Frame]] = {}
        self._pings: set[str] = set()
        self._unanswered = 0
        self._inbound: asyncio.Queue[tuple[f.Frame, float]] = asyncio.Queue()  # with when it was read
        self.on_handed = on_handed  # seconds from reading a callback to the inbox having it

    # --- public ---------------------------------------------------------------------------
    async def run(self) -> Ending:
        """Until ``stop()`` ("stopped") or another subscription replaced this one ("replaced")."""
        handler = asyncio.create_task(self._hand_over(), name="longconn-sink")
        try:
            return await self._rounds()
        finally:
            self.subscribed.clear()
            await self._drain(handler)

    def stop(self) -> None:
        self._stopping.set()

    async def request(self, frame: f.Frame) -> f.Frame:
        """Send a command on the live connection and wait for its ack (errcode inside)."""
        ws = self._ws
        if ws is None or ws.closed or not self.subscribed.is_set():
            raise NotConnected("no live long connection")
        return await self._exchange(ws, frame)

    # --- the reconnect loop -----------------------------------------------------------------
    async def _rounds(self) -> Ending:
        failures = 0
        while not self._stopping.is_set():
            self.state = "connecting"
            ended, was_subscribed = await self._round()
            self.stats.rounds_ended[ended] = self.stats.rounds_ended.get(ended, 0) + 1
            if ended == "stopped":
                break
            if ended == "replaced":
                self.state = "replaced"
                log.error("long connection replaced by another subscription of bot %s; not reconnecting "
                          "(that would kick it back)", self._bot_id)
                return "replaced"
            failures = 0 if was_subscribed else failures + 1
            delay = self._delay(failures, refused=ended == "refused")
            log.warning("long connection %s; reconnecting in %.1f s", ended, delay)
            self.state = "backoff"
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
        self.state = "stopped"
        return "stopped"

    def _delay(self, failures: int, *, refused: bool) -> float:
        t = self.tuning
        cap = t.refused_backoff if refused else min(t.backoff_max, t.backoff_base * 2 ** max(0, failures - 1))
        return cap * (0.5 + self._rng() / 2)  # jitter: many instances never retry in step

    async def _round(self) -> tuple[_Round, bool]:
        t = self.tuning
        try:
            async with asyncio.timeout(t.connect_timeout):
                ws = await self._session.ws_connect(self.url, ssl=self._ssl, autoping=True, heartbeat=None,
                                                    max_msg_size=f.MAX_FRAME)
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("long connection: cannot reach %s (%s)", self.url, type(exc).__name__)
            return "unreachable", False
        self.stats.connects += 1
        self._ws, self._unanswered = ws, 0
        reader = asyncio.create_task(self._read(ws), name="longconn-read")
        tasks: set[asyncio.Task[_Round]] = {reader}
        try:
            try:
                answer = await self._exchange(ws, f.subscribe(self._bot_id, self._secret), reader)
            except (TimeoutError, ConnectionError, NotConnected):
                ended = reader.result() if reader.done() and not reader.cancelled() and reader.exception() is None \
                    else "lost"
                return ended, False
            if answer.errcode != 0:
                log.error("long connection: subscribe refused (errcode %s: %s)", answer.errcode, answer.errmsg)
                return "refused", False
            self.stats.subscribed += 1
            self.state = "subscribed"
            self.subscribed.set()
            log.info("long connection subscribed (bot %s)", self._bot_id)
            tasks |= {asyncio.create_task(self._heartbeat(ws), name="longconn-heartbeat"),
                      asyncio.create_task(self._until_stopped(), name="longconn-stop")}
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            try:
                return next(iter(done)).result(), True
            except Exception:  # a bug or a library surprise in one task: a new connection, not a dead holder
                log.exception("long connection: a task failed; reconnecting")
                return "lost", True
        finally:
            self.subscribed.clear()
            self._ws = None
            for fut in self._acks.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("long connection closed"))
            self._acks.clear()
            self._pings.clear()
            await finish(tasks, grace=0, cancel_grace=t.cancel_grace, what="long connection")
            with contextlib.suppress(Exception):
                async with asyncio.timeout(1.0):  # a dead peer never answers a close frame
                    await ws.close()

    async def _until_stopped(self) -> _Round:
        await self._stopping.wait()
        return "stopped"

    async def _exchange(self, ws: aiohttp.ClientWebSocketResponse, frame: f.Frame,
                        reader: asyncio.Task[_Round] | None = None) -> f.Frame:
        fut: asyncio.Future[f.Frame] = asyncio.get_running_loop().create_future()
        self._acks[frame.req_id] = fut
        try:
            async with asyncio.timeout(self.tuning.ack_timeout):  # the send too: a peer that stops reading
                await ws.send_str(frame.dump())                    # fills the buffer and blocks it
                if reader is None:
                    return await fut
                waiting: set[asyncio.Future[object]] = {fut, reader}  # type: ignore[arg-type]
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if not fut.done():
                    raise ConnectionError("connection ended before the ack")
                return fut.result()
        finally:
            self._acks.pop(frame.req_id, None)

    # --- reading ------------------------------------------------------------------------------
    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> _Round:
        while True:
            msg = await ws.receive()
            if msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.CLOSED,
                            aiohttp.WSMsgType.ERROR):
                return "lost"
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            try:
                frame = f.parse_frame(msg.data)
            except f.FrameError as exc:
                log.warning("long connection: unreadable frame ignored (%s)", exc)
                continue
            if frame.is_ack:
                self._on_ack(frame)
            elif f.is_disconnected(frame):
                return "replaced"
            elif frame.cmd in (f.MSG_CALLBACK, f.EVENT_CALLBACK):
                self._inbound.put_nowait((frame, time.perf_counter()))
            else:
                log.info("long connection: frame %r ignored", frame.cmd)

    def _on_ack(self, frame: f.Frame) -> None:
        if frame.req_id in self._pings:
            self._pings.clear()
            self._unanswered = 0
            return
        fut = self._acks.get(frame.req_id)
        if fut is not None and not fut.done():
            fut.set_result(frame)

    async def _heartbeat(self, ws: aiohttp.ClientWebSocketResponse) -> _Round:
        while True:
            await asyncio.sleep(self.tuning.heartbeat)
            if self._unanswered >= self.tuning.missed_pings:
                log.warning("long connection: %d pings unanswered; the link is dead", self._unanswered)
                return "dead"
            frame = f.ping()
            self._pings.add(frame.req_id)
            self._unanswered += 1
            try:
                async with asyncio.timeout(self.tuning.ack_timeout):
                    await ws.send_str(frame.dump())
            except TimeoutError:
                log.warning("long connection: a ping could not be written; the link is dead")
                return "dead"
            except (ConnectionError, RuntimeError):
                return "lost"

    # --- into the inbox -----------------------------------------------------------------------
    async def _hand_over(self) -> None:
        while True:
            frame, read_at = await self._inbound.get()
            try:
                await self._hand(frame)
                if self.on_handed is not None:
                    self.on_handed(time.perf_counter() - read_at)
            finally:
                self._inbound.task_done()

    async def _hand(self, frame: f.Frame) -> None:
        event = f.to_event(frame)
        if event is None:
            log.info("long connection: callback without a person's message or event ignored")
            return
        wait = self.tuning.sink_retry
        while True:
            try:
                await self._sink(event)
                self.stats.handed += 1
                return
            except Exception:
                log.warning("long connection: could not enqueue %s; retrying in %.1f s", event.kind, wait,
                            exc_info=True)
                await asyncio.sleep(wait)
                wait = min(wait * 2, self.tuning.backoff_max)

    async def _drain(self, handler: asyncio.Task[None]) -> None:
        """Give what was already read a bounded chance to reach the inbox, then stop."""
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.tuning.drain_grace):
                    await self._inbound.join()
        finally:  # cancelled too: the handler never outlives the connection unasked
            if not self._inbound.empty():
                log.error("long connection: %d callbacks read but not enqueued at shutdown", self._inbound.qsize())
            await finish([handler], grace=0, cancel_grace=self.tuning.cancel_grace, what="long connection")
