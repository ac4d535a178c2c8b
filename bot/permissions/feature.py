"""The monthly permission audit's timer: the first working day of each month at
HANDOVER_REMINDER_TIME (corp time zone), to the HR admins, in Chinese.

One series (timer id ``permission_audit``): the handler delivers the month's run (id
``monthly:YYYY-MM``, so a re-delivery or a second instance sends nothing twice) and schedules the
next month's occurrence under the same id. After downtime across the moment, the missed run
goes out once when the bot is back, then the series continues.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from bot.checklists.workdays import at, is_working_day, parse_hhmm
from bot.features import Feature, Services
from bot.timers import TimerHandler
from storage.timers import Timer

log = logging.getLogger(__name__)

TIMER_KIND = "permission_audit"
TIMER_ID = "permission_audit"
# A month whose run keeps failing is given up after this many deliveries, so the series (next
# month's audit) survives instead of being parked by the timer service.
GIVE_UP_AFTER = 3


def first_working_day(year: int, month: int) -> date:
    day = date(year, month, 1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def next_monthly(now: float, tz: tzinfo, hhmm: str) -> float:
    """The first working day's HH:MM of this month if still ahead, else of next month."""
    local = datetime.fromtimestamp(now, tz).date()
    year, month = local.year, local.month
    while True:
        when = at(first_working_day(year, month), parse_hhmm(hhmm), tz)
        if when > now:
            return when
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


class PermissionAuditFeature(Feature):
    name = "permission_audit"

    def services(self, base: Services) -> dict[str, Any]:
        from bot.permissions.deliver import PermissionAudit
        from storage.permission_audit import PermissionAuditStore

        client = base["client"]
        audit = PermissionAudit(source=client, files=client, directory=base["directory"], jobs=base["jobs"],
                                store=PermissionAuditStore(base["redis"], base["keys"]), outbox=base["outbox"],
                                settings=base["settings"], clock=base["clock"])  # fmt: skip
        return {"permission_audit": audit}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        async def monthly(timer: Timer) -> None:
            settings, clock = services["settings"], services["clock"]
            # the run is the month the occurrence was due in (a late delivery still reports that month)
            month = datetime.fromtimestamp(timer.due, settings.tz).strftime("%Y-%m")
            try:
                await services["permission_audit"].deliver(f"monthly:{month}", settings.admins, "zh", actor="system")
            except Exception:
                if timer.attempt < GIVE_UP_AFTER:
                    raise  # retried with backoff; what was already sent is not sent again
                log.exception("permission audit %s: giving up after %d tries", month, timer.attempt)
            await services["timers"].schedule(TIMER_ID, next_monthly(clock.now(), settings.tz, settings.reminder_time),
                                              TIMER_KIND, {})  # fmt: skip

        return {TIMER_KIND: monthly}

    async def start(self, services: Services) -> None:
        settings = services["settings"]
        due = next_monthly(services["clock"].now(), settings.tz, settings.reminder_time)
        await services["timers"].schedule(TIMER_ID, due, TIMER_KIND, {}, replace=False)
