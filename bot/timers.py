"""Runs durable timers: claims due ones from Redis and calls the handler registered for each kind.

Delivery is at-least-once (see storage/timers.py): a handler may run again after a crash or an
expired lease, so it must be idempotent — re-read the job and act only if the work is still due.
A failing handler is retried with exponential backoff up to ``max_attempts`` deliveries, then the
timer is parked with a log line; a timer of a kind nobody handles is parked at once.

Recurring work (checklist reminders): schedule under ``coalesce_key(kind, series…)`` and let the
handler schedule the next occurrence computed from ``clock.now()`` under the same id (before it
returns). After downtime the series fires once, then continues at its next future occurrence.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping

from bot.clock import Clock
from storage.timers import Timer, TimerStore, coalesce_key

__all__ = ["TimerHandler", "TimerService", "coalesce_key"]

log = logging.getLogger(__name__)

TimerHandler = Callable[[Timer], Awaitable[None]]


class TimerService:
    def __init__(
        self,
        store: TimerStore,
        clock: Clock,
        handlers: Mapping[str, TimerHandler],
        poll_interval: float = 0.5,
        *,
        batch_size: int = 50,
        lease_seconds: float = 120.0,
        max_attempts: int = 5,
        backoff_base: float = 5.0,
        backoff_max: float = 600.0,
        owner: str | None = None,
        instance: str | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._handlers = dict(handlers)
        self._poll = poll_interval
        self._batch = batch_size
        self._lease = lease_seconds
        self._max_attempts = max_attempts
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        # '<instance>:<incarnation>': a restart of the same instance takes its dead claims back
        self._instance = instance
        self.owner = owner or f"{instance or socket.gethostname() + '-' + str(os.getpid())}:{secrets.token_hex(4)}"
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        if self.running:
            return
        self._stopping = asyncio.Event()
        self._task = asyncio.create_task(self._loop(), name="timer-service")

    async def stop(self, grace: float = 10.0) -> None:
        """Finish the batch in hand, then return. Past ``grace`` seconds the loop is cancelled; its
        claimed timers come back when their leases expire."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), grace)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            log.warning("timer service cancelled after %.1fs; its claims return after their lease", grace)

    async def take_back(self) -> int:
        """Timers this instance's previous (dead) incarnation held: due again now, not after
        their lease. Only meaningful with a stable ``instance`` (one live process per id)."""
        if not self._instance:
            return 0
        return await self._store.take_back(f"{self._instance}:", self.owner, self._clock.now())

    async def run_once(self) -> int:
        """Claim what is due now and run it; returns how many timers were claimed."""
        timers = await self._store.claim_due(self._clock.now(), self._batch, self._lease, self.owner)
        if timers:
            await asyncio.gather(*(self._run(t) for t in timers))
        return len(timers)

    def backoff(self, attempt: int) -> float:
        return float(min(self._backoff_max, self._backoff_base * 2 ** max(0, attempt - 1)))

    async def _loop(self) -> None:
        try:
            if n := await self.take_back():
                log.info("took back %d timer(s) of this instance's previous process", n)
        except Exception:
            log.warning("could not take back the previous process's timers", exc_info=True)
        while not self._stopping.is_set():
            try:
                claimed = await self.run_once()
            except Exception:  # Redis unreachable etc.: keep the loop alive, try again later
                log.exception("timer claim failed")
                claimed = 0
            if claimed < self._batch:  # a full batch means more may be waiting right now
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), self._poll)

    async def _run(self, timer: Timer) -> None:
        handler = self._handlers.get(timer.kind)
        if handler is None:
            log.error("timer %s has unknown kind %r: parked", timer.id, timer.kind)
            await self._store.park(timer, self.owner, "unknown_kind", self._clock.now())
            return
        try:
            await handler(timer)
        except Exception as exc:
            if timer.attempt >= self._max_attempts:
                log.error(
                    "timer %s (%s) failed %d times, parked: %r", timer.id, timer.kind, timer.attempt, exc
                )
                await self._store.park(timer, self.owner, f"failed: {exc!r}"[:500], self._clock.now())
            else:
                delay = self.backoff(timer.attempt)
                log.warning(
                    "timer %s (%s) failed (attempt %d), retry in %.0fs: %r",
                    timer.id, timer.kind, timer.attempt, delay, exc,
                )  # fmt: skip
                await self._store.retry(timer.id, self.owner, self._clock.now() + delay)
            return
        await self._store.complete(timer.id, self.owner)
