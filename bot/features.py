"""Features plug into the composition root here: each contributes services (by name, to the
handlers' catalogue), durable-timer handlers, and background work with a start/stop.

``FEATURES`` is the one list of what is wired; its order is the start order (stop is reversed).
A feature's ``services`` sees everything built before it (the base services and earlier features).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from bot.timers import TimerHandler
from storage.timers import Timer

log = logging.getLogger(__name__)

Services = Mapping[str, Any]


class Feature:
    """Override what you need; every hook is optional."""

    name = "feature"

    def services(self, base: Services) -> dict[str, Any]:
        return {}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        return {}

    async def start(self, services: Services) -> None:
        return None

    async def stop(self) -> None:
        return None


DIRECTORY_SYNC_TIMER = "directory_sync"
DIRECTORY_SYNC_EVERY = 3600.0


class DirectoryFeature(Feature):
    """The directory snapshot: synced at startup, hourly, and from contact-change events."""

    name = "directory"

    def services(self, base: Services) -> dict[str, Any]:
        from bot.directory.lookup import DirectoryLookup
        from bot.directory.sync import DirectorySync

        store = base["directory"]
        return {
            "lookup": DirectoryLookup(store),
            "directory_sync": DirectorySync(store, base["client"], clock=base["clock"]),
        }

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        from storage.timers import TimerStore

        timers: TimerStore = services["timers"]
        clock = services["clock"]

        async def sync(timer: Timer) -> None:
            try:
                report = await services["directory_sync"].full_sync()
                log.info("directory synced: %s members", getattr(report, "members", "?"))
            finally:
                await timers.schedule(timer.id, clock.now() + DIRECTORY_SYNC_EVERY, DIRECTORY_SYNC_TIMER, {})

        return {DIRECTORY_SYNC_TIMER: sync}

    async def start(self, services: Services) -> None:
        from storage.timers import TimerStore

        store = services["directory"]
        timers: TimerStore = services["timers"]
        if not await store.synced_at():
            # First start: people can't be resolved without a snapshot, so wait for one.
            try:
                await services["directory_sync"].full_sync()
            except Exception:
                log.warning("initial directory sync failed; retrying from the timer", exc_info=True)
        due = services["clock"].now() + DIRECTORY_SYNC_EVERY
        await timers.schedule(DIRECTORY_SYNC_TIMER, due, DIRECTORY_SYNC_TIMER, {}, replace=False)


def _features() -> list[Callable[[], Feature]]:
    from bot.approvals.feature import ApprovalsFeature
    from bot.auditing import AuditFeature
    from bot.backup.feature import BackupFeature
    from bot.checklists.feature import ChecklistFeature
    from bot.engine.feature import EngineFeature
    from bot.handover.feature import HandoverFeature
    from bot.permissions.feature import PermissionAuditFeature
    from bot.retention import RetentionFeature

    # The one list. Append a factory per feature module.
    return [DirectoryFeature, EngineFeature, HandoverFeature, ApprovalsFeature, ChecklistFeature, BackupFeature,
            AuditFeature, PermissionAuditFeature, RetentionFeature]


def load_features() -> list[Feature]:
    return [factory() for factory in _features()]
