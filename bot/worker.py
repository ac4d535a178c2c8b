"""Inbox workers: read the durable inbox through a consumer group and hand events to the dispatcher.

An entry is acknowledged only after its handler finished. Entries of one sender run in order
(only the head of the sender's order list may run); different senders run concurrently. A
worker that dies leaves its entries pending; another worker reclaims them after ``claim_idle``.
A live worker keeps its in-flight entries fresh so that nobody reclaims work still under way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from pydantic import ValidationError

from bot.logs import correlation_id
from bot.models.events import EVENT_ADAPTER, InboundEvent
from bot.wecom.errors import CLIENT_BUDGET_ERRCODE
from storage.inbox import Inbox, InboxEntry

log = logging.getLogger(__name__)

Handle = Callable[[InboundEvent], Awaitable[None]]


def _budget_wait(exc: BaseException, cap: float = 60.0) -> float:
    """Seconds until the recipients' message budget reopens, for a send the client refused for it
    (MessageBudgetExceeded); 0 for any other failure. Capped: the worker looks again meanwhile."""
    if getattr(exc, "errcode", None) != CLIENT_BUDGET_ERRCODE:
        return 0.0
    return min(cap, max(0.1, float(getattr(exc, "retry_after", 0.0) or 0.0)))


class InboxWorker:
    def __init__(
        self,
        inbox: Inbox,
        handle: Handle,
        *,
        consumer: str,
        concurrency: int = 16,
        claim_idle: float = 30.0,
        max_attempts: int = 5,
        block_ms: int = 500,
    ) -> None:
        self._inbox = inbox
        self._handle = handle
        self.consumer = consumer
        self._concurrency = concurrency
        self._claim_idle = claim_idle
        self._max_attempts = max_attempts
        self._block_ms = block_ms
        self._inflight: dict[str, asyncio.Task[None]] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = asyncio.Event()
        self.last_loop_at = 0.0
        self.handled = 0
        self.on_handled: Callable[[InboundEvent, float], None] | None = None

    @property
    def running(self) -> bool:
        return bool(self._tasks) and not any(t.done() for t in self._tasks)

    async def start(self) -> None:
        await self._inbox.ensure_group()
        self._stopping.clear()
        self._tasks = [
            asyncio.create_task(self._read_loop(), name=f"inbox-read-{self.consumer}"),
            asyncio.create_task(self._keepalive_loop(), name=f"inbox-keepalive-{self.consumer}"),
        ]

    async def stop(self, timeout: float = 10.0) -> None:
        """Stop reading, let in-flight handlers finish within ``timeout``; the rest stay pending
        in Redis and are reclaimed by another worker (nothing is lost)."""
        self._stopping.set()
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
        self._tasks = []
        pending = list(self._inflight.values())
        if pending:
            _done, not_done = await asyncio.wait(pending, timeout=timeout)
            for t in not_done:
                t.cancel()
            for t in not_done:
                with contextlib.suppress(asyncio.CancelledError):
                    await t

    async def _read_loop(self) -> None:
        last_reclaim = 0.0
        own_pending = True  # first: what this consumer name had in hand when its process died
        while not self._stopping.is_set():
            self.last_loop_at = time.time()
            free = self._concurrency - len(self._inflight)
            if free <= 0:
                await asyncio.wait(list(self._inflight.values()), return_when=asyncio.FIRST_COMPLETED)
                continue
            try:
                entries: list[InboxEntry] = []
                if time.monotonic() - last_reclaim >= max(self._claim_idle / 2, 0.05):
                    last_reclaim = time.monotonic()
                    entries += await self._inbox.reclaim(
                        self.consumer, min_idle_ms=int(self._claim_idle * 1000), count=free
                    )
                if own_pending:
                    entries += await self._inbox.read(self.consumer, count=free, block_ms=0, own_pending=True)
                    own_pending = len(entries) >= free  # a full page: more may be left
                if not entries:
                    entries = await self._inbox.read(self.consumer, count=free, block_ms=self._block_ms)
            except asyncio.CancelledError:
                raise
            except Exception:  # Redis down or restarting: back off, never spin
                log.warning("inbox read failed; retrying", exc_info=True)
                await asyncio.sleep(1.0)
                continue
            for entry in entries:
                if entry.id not in self._inflight:
                    task = asyncio.create_task(self._process(entry))
                    self._inflight[entry.id] = task
                    task.add_done_callback(self._forget(entry.id))

    def _forget(self, entry_id: str) -> Callable[[asyncio.Task[None]], None]:
        def done(_task: asyncio.Task[None]) -> None:
            self._inflight.pop(entry_id, None)

        return done

    async def _keepalive_loop(self) -> None:
        interval = max(self._claim_idle / 3, 0.05)
        while not self._stopping.is_set():
            await asyncio.sleep(interval)
            try:
                await self._inbox.touch(self.consumer, list(self._inflight))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("inbox keepalive failed", exc_info=True)

    async def _wait_for_turn(self, entry: InboxEntry) -> bool:
        deadline = time.monotonic() + self._claim_idle
        delay = 0.005
        while not await self._inbox.is_head(entry):
            if time.monotonic() > deadline or self._stopping.is_set():
                return False  # stays pending; reclaimed later, still in order
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)
        return True

    async def _process(self, entry: InboxEntry) -> None:
        correlation_id.set(f"ev-{entry.id}")  # this task's context only
        try:
            event = EVENT_ADAPTER.validate_json(entry.event_json)
        except ValidationError:
            log.error("inbox entry %s is unreadable; parked", entry.id)
            await self._inbox.park(entry, "unreadable event")
            return
        # Retried here with backoff (the entry stays ours: the keepalive covers it), so a failed
        # event — or Redis gone for a moment — does not wait for another worker's reclaim.
        delay = 0.2
        while not self._stopping.is_set():
            try:
                if not await self._wait_for_turn(entry):
                    return  # stays pending; reclaimed later, still in order
                if await self._attempt(entry, event):
                    return
            except asyncio.CancelledError:
                raise
            except Exception:  # the bookkeeping itself failed: Redis unreachable
                log.warning("inbox bookkeeping for %s failed; retrying", entry.id, exc_info=True)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)

    async def _attempt(self, entry: InboxEntry, event: InboundEvent) -> bool:
        """One try; True when the entry is done with (handled or parked)."""
        started = time.perf_counter()
        try:
            await self._handle(event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            wait = _budget_wait(exc)
            if wait:  # a member's message budget: not a failure, it reopens (API.md §3.2)
                log.info("event %s waits %.0fs for a member's message budget", entry.id, wait)
                await asyncio.sleep(wait)
                return False
            attempts = await self._inbox.record_failure(entry)
            if attempts >= self._max_attempts:
                log.error(
                    "event %s (%s from %s) failed %d times; parked: %s",
                    entry.id, event.kind, event.from_user, attempts, type(exc).__name__,
                    exc_info=True,
                )
                await self._inbox.park(entry, f"{type(exc).__name__}: {exc}")
                return True
            log.warning(
                "event %s (%s) failed (attempt %d/%d); will retry",
                entry.id, event.kind, attempts, self._max_attempts, exc_info=True,
            )
            return False
        await self._inbox.finish(entry)
        self.handled += 1
        if self.on_handled is not None:
            self.on_handled(event, time.perf_counter() - started)
        return True
