"""The backup feature: services ``backup_store``, ``customer_backup``, ``books`` and ``important``; the nightly
timer; the first backup at startup.

A full run can take minutes on a big corp, so it never runs inside a timer handler or startup
itself: both only *kick* a background task on this instance (one per instance; the store's lease
lets one instance work at a time). The durable timers make it survive crashes:
- ``NIGHTLY`` fires at HANDOVER_BACKUP_TIME every day and schedules the next;
- ``CHECK`` fires a while after every kick: a run still recorded (its instance died, or it hit
  rate limits) is resumed, and the check is scheduled again until no run is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from datetime import datetime, time, timedelta
from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler
from storage.timers import Timer

log = logging.getLogger(__name__)

TIMER_KIND = "customer_backup"
NIGHTLY = "customer_backup:nightly"
CHECK = "customer_backup:check"
CHECK_AFTER = 900.0


def next_daily(now: float, tz: Any, hhmm: str) -> float:
    """The next local HH:MM strictly after ``now``."""
    hour, minute = (int(p) for p in hhmm.split(":"))
    local = datetime.fromtimestamp(now, tz)
    when = datetime.combine(local.date(), time(hour, minute), tzinfo=tz)
    if when.timestamp() <= now:
        when = datetime.combine(local.date() + timedelta(days=1), time(hour, minute), tzinfo=tz)
    return when.timestamp()


class BackupFeature(Feature):
    name = "backup"

    def __init__(self) -> None:
        self._task: asyncio.Task[None] | None = None
        self._services: Services = {}

    def services(self, base: Services) -> dict[str, Any]:
        from bot.backup.book import BookReader
        from bot.backup.important import ImportantFinder, ImportantRule
        from bot.backup.runner import CustomerBackup
        from storage.backup import CustomerBackupStore

        settings = base["settings"]
        store = CustomerBackupStore(base["redis"], base["keys"])
        holder = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(4)}"
        runner = CustomerBackup(store, base["client"], clock=base["clock"], tz=settings.tz,
                                keep_days=settings.backup_keep_days, holder=holder)  # fmt: skip
        books = BookReader(base["client"], store)
        finder = ImportantFinder(ImportantRule(settings.important_tags), books)
        return {"backup_store": store, "customer_backup": runner, "books": books, "important": finder,
                "backup_feature": self}  # fmt: skip

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        self._services = services

        async def fire(timer: Timer) -> None:
            settings, clock, timers = services["settings"], services["clock"], services["timers"]
            if timer.id == NIGHTLY:
                due = next_daily(clock.now(), settings.tz, settings.backup_time)
                await timers.schedule(NIGHTLY, due, TIMER_KIND, {})
                await self.kick()
            elif await services["backup_store"].run() is not None:
                await self.kick()

        return {TIMER_KIND: fire}

    async def start(self, services: Services) -> None:
        self._services = services
        store, timers, clock = services["backup_store"], services["timers"], services["clock"]
        settings = services["settings"]
        due = next_daily(clock.now(), settings.tz, settings.backup_time)
        await timers.schedule(NIGHTLY, due, TIMER_KIND, {}, replace=False)
        # A new install protects the corp at once; an interrupted run carries on.
        if not await store.has_generation() or await store.run() is not None:
            await self.kick()

    async def kick(self) -> None:
        """Run (or resume) the full backup in the background on this instance, unless it already is."""
        timers, clock = self._services["timers"], self._services["clock"]
        # looked at again later whatever happens here: if this instance dies, another carries on
        await timers.schedule(CHECK, clock.now() + CHECK_AFTER, TIMER_KIND, {})
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.create_task(self._run(), name="customer-backup")

    async def settled(self) -> None:
        """Wait for this instance's background run (tests, the CLI)."""
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(self._task)

    async def _run(self) -> None:
        try:
            report = await self._services["customer_backup"].run()
            if report.generation is None:
                log.info("customer backup: another instance is running it")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # progress is kept; the CHECK timer resumes it
            log.warning("customer backup interrupted (%s: %s); it resumes from the timer", type(exc).__name__, exc)

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
