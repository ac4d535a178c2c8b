"""The daily retention sweep (HANDOVER_RETENTION_DAYS): conversations, dialog state and per-batch
transfer details older than that are deleted (storage/retention.py says exactly what). Audit
entries and job records are not: they go only with ``wecom-handover audit archive --before D``.

One series (timer ``retention_sweep``), first run ten minutes after the first start, then daily;
a sweep is idempotent, so a re-delivery or a second instance sweeping too is harmless.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler
from storage.retention import RetentionStore
from storage.timers import Timer

log = logging.getLogger(__name__)

TIMER = "retention_sweep"
EVERY = 86400.0
FIRST_AFTER = 600.0


async def sweep(store: RetentionStore, inbox: Any, now: float, days: int) -> dict[str, int]:
    cutoff = now - days * 86400
    counts = {
        "conversations": await store.sweep_inbox(cutoff, await inbox.oldest_unhandled()),
        "dialogs": await store.sweep_dialogs(cutoff),
        "batch_details": await store.sweep_batch_details(cutoff),
    }
    await store.record(now, cutoff, counts)
    return counts


class RetentionFeature(Feature):
    name = "retention"

    def services(self, base: Services) -> dict[str, Any]:
        return {"retention": RetentionStore(base["redis"], base["keys"])}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        async def daily(timer: Timer) -> None:
            clock = services["clock"]
            try:
                from storage.inbox import Inbox

                inbox = Inbox(services["redis"], services["keys"])
                counts = await sweep(services["retention"], inbox, clock.now(), services["settings"].retention_days)
                log.info("retention sweep: %s", counts)
            finally:
                await services["timers"].schedule(TIMER, clock.now() + EVERY, TIMER, {})

        return {TIMER: daily}

    async def start(self, services: Services) -> None:
        await services["timers"].schedule(TIMER, services["clock"].now() + FIRST_AFTER, TIMER, {}, replace=False)
