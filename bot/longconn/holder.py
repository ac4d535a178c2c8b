"""One process of a deployment holds the long connection; the others stand by.

The gateway allows one live subscription per bot and a second one kicks the first, so two
processes both subscribing would kick each other forever. The holder is whoever holds a Redis
lease (storage/leases.py): it subscribes only after acquiring it, renews it every third of its
TTL while connected, and drops the connection the moment a renewal is refused (the lease went to
another process: that one subscribes next). A standby polls; a holder that stops releases the
lease (the standby takes over within a poll), one that dies lets it lapse (within the TTL), and a
restart of the same instance id takes its own lease back at once.

When the gateway says another subscription replaced ours (``disconnected_event``) while our lease
is still ours, the replacement is outside this deployment (another copy with the same bot
secret): the holder keeps the lease and stays off the socket, so no standby of ours kicks back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable

from bot.longconn.client import LongConnection, NotConnected
from bot.longconn.frames import Frame
from bot.tasks import finish
from storage.leases import Lease

log = logging.getLogger(__name__)

_REDIS_BOUND = 5.0  # seconds for one lease command; a stalled Redis must not hold up a stop


class ConnectionHolder:
    def __init__(self, lease: Lease, connect: Callable[[], LongConnection], *, standby_poll: float = 1.0,
                 stop_grace: float = 20.0) -> None:
        self.lease = lease
        self._connect = connect
        self.standby_poll = standby_poll
        self.stop_grace = stop_grace  # a connection's own stop: drain what was read, close the socket
        self.state = "idle"  # standby | holding | replaced | stopped
        self.connection: LongConnection | None = None
        self.terms = 0  # times this process became the holder
        self.standby_polls = 0  # refused acquisitions (another process holds the connection)
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="longconn-holder")

    async def stop(self) -> None:
        """Bounded: a holder that has not stopped within ``stop_grace`` (plus a little for the
        lease release) is cancelled."""
        self._stopping.set()
        if self._task is not None:
            await finish([self._task], grace=self.stop_grace + _REDIS_BOUND, what="long-connection holder")

    async def request(self, frame: Frame) -> Frame:
        """A command (a reply, a card update, a push) on the live connection; its ack is returned
        (errcode inside). Raises NotConnected on a standby or between connections: the caller
        falls back to the app's message/send (or waits)."""
        conn = self.connection
        if conn is None:
            raise NotConnected("this process does not hold the long connection")
        return await conn.request(frame)

    async def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                if not await self._try_acquire():
                    self.state = "standby"
                    self.standby_polls += 1
                    await self._pause(self.standby_poll)
                    continue
                self.terms += 1
                if await self._hold() == "done":
                    break
                await self._pause(self.standby_poll)  # a crash-looping connection must not spin
        finally:
            self.state = "stopped"
            with contextlib.suppress(Exception):
                async with asyncio.timeout(_REDIS_BOUND):
                    await self.lease.release()

    async def _try_acquire(self) -> bool:
        try:
            async with asyncio.timeout(_REDIS_BOUND):
                return await self.lease.acquire()
        except Exception:
            log.warning("long connection lease: Redis unavailable", exc_info=True)
            return False

    async def _hold(self) -> str:
        """One term as the holder: "done" (stopping) or "again" (lost the lease: stand by)."""
        self.state = "holding"
        conn = self.connection = self._connect()
        running = asyncio.create_task(conn.run(), name="longconn-run")
        keeping = asyncio.create_task(self._keep(), name="longconn-lease")
        stopping = asyncio.create_task(self._stopping.wait())
        try:
            done, _ = await asyncio.wait({running, keeping, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if running in done and _ended(running) == "replaced":
                self.state = "replaced"
                done, _ = await asyncio.wait({keeping, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if keeping in done:
                log.warning("long connection lease lost; dropping the connection and standing by")
            return "done" if stopping in done else "again"
        finally:
            conn.stop()
            await finish([keeping, stopping], grace=0, what="long-connection holder")
            forced = (task := asyncio.current_task()) is not None and task.cancelling() > 0  # our own stop timed out
            await finish([running], grace=0 if forced else self.stop_grace, what="long connection")
            self.connection = None

    async def _keep(self) -> None:
        """Renew until refused (returns), or until Redis has been unreachable for a whole TTL (the
        lease may have lapsed and gone to a standby: better no connection than two)."""
        last_ok = time.monotonic()
        while True:
            await asyncio.sleep(self.lease.ttl / 3)
            try:
                async with asyncio.timeout(self.lease.ttl / 3):  # a stalled Redis counts as a failed renewal
                    if not await self.lease.renew():
                        return
                last_ok = time.monotonic()
            except Exception:
                log.warning("long connection lease: renewal failed", exc_info=True)
                if time.monotonic() - last_ok >= self.lease.ttl:
                    return

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)


def _ended(task: asyncio.Task[str]) -> str:
    """How a connection's run ended; a crash counts as lost (the holder acquires and connects again)."""
    if task.cancelled() or task.exception() is not None:
        if not task.cancelled():
            log.error("long connection crashed", exc_info=task.exception())
        return "lost"
    return task.result()
