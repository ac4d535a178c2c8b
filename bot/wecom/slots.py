"""Hand a finished call's concurrency slot straight to a call of this process that waits for one.

The externalcontact slots live in Redis (``storage.ratelimit.Semaphore``) so that every instance
shares the cap. Giving a slot back and taking it again costs two round trips on the critical path
of a busy engine (its lanes wait for each other's slots); between calls of one process that is
needless: the finishing call passes its holder id to the longest-waiting local call instead, and
the Redis entry simply stays. A slot is handed on only for a short while after it was taken
through Redis (``HAND_ON_FOR``): then it goes back to Redis, so that other instances' calls get
their turn and a chain of hand-offs never comes near the end of the lease that protects them. A
waiter is woken by any release of this process to retry through Redis at once; another instance's
release is seen by its next poll.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

log = logging.getLogger("bot.wecom")


# Seconds a slot taken through Redis may be handed from call to call before it goes back.
HAND_ON_FOR = 2.0


@dataclass(frozen=True, slots=True)
class HeldSlot:
    holder: str
    taken: float  # time.monotonic() when it was taken through Redis (its lease started)


class SlotRelay:
    def __init__(self, release: Callable[[str], Awaitable[None]], lease_seconds: float) -> None:
        self._release = release
        # The receiving call ends (≤ its timeout, which the lease is at least twice) long before
        # the entry could expire.
        self._hand_on_for = min(HAND_ON_FOR, lease_seconds / 2)
        self._waiters: deque[asyncio.Future[HeldSlot | None]] = deque()
        self._orphans: set[asyncio.Task[None]] = set()

    def taken(self, holder: str) -> HeldSlot:
        """A slot just taken through Redis (its lease starts now)."""
        return HeldSlot(holder, time.monotonic())

    async def wait(self, pause: float) -> HeldSlot | None:
        """A slot handed over by a call of this process, or None (after ``pause``, or when a slot
        was released to Redis meanwhile): then try Redis again."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[HeldSlot | None] = loop.create_future()
        self._waiters.append(waiter)
        # A plain timer, not wait_for: on 3.11 wait_for can swallow a cancellation that races a result.
        timer = loop.call_later(pause, _resolve, waiter, None)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and (slot := waiter.result()) is not None:
                self._give_back(slot)  # handed to us as we were cancelled: not ours to keep
            raise
        finally:
            timer.cancel()
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    async def done(self, slot: HeldSlot, *, hand_on: bool) -> None:
        """The call that held ``slot`` is over: hand the slot to a waiting call (when ``hand_on``
        and it is young enough), else release it and wake a waiter to retry through Redis."""
        if hand_on and self._young(slot) and self._wake(slot):
            return
        await self._release(slot.holder)
        self._wake(None)

    def _young(self, slot: HeldSlot) -> bool:
        return time.monotonic() - slot.taken < self._hand_on_for

    def _wake(self, value: HeldSlot | None) -> bool:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(value)
                return True
        return False

    def _give_back(self, slot: HeldSlot) -> None:
        if self._young(slot) and self._wake(slot):
            return
        task = asyncio.get_running_loop().create_task(self._release_and_wake(slot.holder))
        self._orphans.add(task)
        task.add_done_callback(self._orphans.discard)

    async def _release_and_wake(self, holder: str) -> None:
        try:
            await self._release(holder)
        except Exception:  # Redis away: the lease frees the slot when it runs out
            log.warning("could not release a concurrency slot; its lease will free it", exc_info=True)
        self._wake(None)


def _resolve(waiter: asyncio.Future[HeldSlot | None], value: HeldSlot | None) -> None:
    if not waiter.done():
        waiter.set_result(value)
