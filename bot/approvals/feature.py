"""The approvals feature: services ``filer`` (HandoverFiler) and ``approvals`` (ApprovalDesk),
and the timer kinds of approval expiry, the halfway reminder and the rejection notice."""

from __future__ import annotations

from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler


class ApprovalsFeature(Feature):
    name = "approvals"

    def services(self, base: Services) -> dict[str, Any]:
        from bot.approvals.desk import ApprovalDesk
        from bot.approvals.filing import HandoverFiler
        from bot.approvals.marks import ApprovalMarks

        redis, keys = base["redis"], base["keys"]
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
            outbox=base["outbox"],
            bot_cards=base.get("bot_cards"),
        )
        return {"approvals": desk, "filer": HandoverFiler(desk, base)}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        from bot.approvals.expiry import timer_handlers

        return timer_handlers(services["approvals"])
