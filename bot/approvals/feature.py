"""The approvals feature: services ``filer`` (HandoverFiler) and ``approvals`` (ApprovalDesk),
and the timer kinds of approval expiry, the halfway reminder and the rejection notice."""

from __future__ import annotations

from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler


def _redis_and_keys(base: Services) -> tuple[Any, Any]:
    # The base catalogue has no raw Redis client; the job store holds the app's one (same
    # connection pool and key prefix). Prefer explicit "redis"/"keys" services when they exist.
    if "redis" in base and "keys" in base:
        return base["redis"], base["keys"]
    jobs = base["jobs"]
    return jobs._redis, jobs._keys


class ApprovalsFeature(Feature):
    name = "approvals"

    def services(self, base: Services) -> dict[str, Any]:
        from bot.approvals.desk import ApprovalDesk
        from bot.approvals.filing import HandoverFiler
        from bot.approvals.marks import ApprovalMarks

        redis, keys = _redis_and_keys(base)
        desk = ApprovalDesk(
            jobs=base["jobs"],
            client=base["client"],
            directory=base["directory"],
            settings=base["settings"],
            clock=base["clock"],
            timers=base["timers"],
            audit=base["audit"],
            marks=ApprovalMarks(redis, keys, base["clock"]),
            services=base,
        )
        return {"approvals": desk, "filer": HandoverFiler(desk)}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        from bot.approvals.expiry import timer_handlers

        return timer_handlers(services["approvals"])
