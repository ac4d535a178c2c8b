"""The checklist feature: services ``checklists`` (ChecklistService) and ``checklist_departures``,
the departure hook, and the timer kinds of the reminder series and the departure poll."""

from __future__ import annotations

from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler


class ChecklistFeature(Feature):
    name = "checklists"

    def services(self, base: Services) -> dict[str, Any]:
        from bot.checklists.departure import Departures
        from bot.checklists.service import ChecklistService
        from bot.checklists.templates import load_template
        from storage.checklists import ChecklistStore

        settings = base["settings"]
        template = load_template(settings.checklist_template)  # a bad file stops startup here
        redis, keys = base["redis"], base["keys"]
        service = ChecklistService(
            store=ChecklistStore(redis, keys), template=template, settings=settings, client=base["client"],
            clock=base["clock"], directory=base["directory"], timers=base["timers"], outbox=base["outbox"],
            bot_cards=base.get("bot_cards"),
        )
        departures = Departures(service, base)
        base["departure_hooks"].append(departures.on_departure)
        return {"checklists": service, "checklist_departures": departures}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        from bot.checklists.departure import POLL_KIND
        from bot.checklists.reminders import Reminders
        from bot.checklists.service import REMINDER_KIND

        reminders = Reminders(services["checklists"])
        return {REMINDER_KIND: reminders.on_timer, POLL_KIND: services["checklist_departures"].on_poll}

    async def start(self, services: Services) -> None:
        from bot.checklists.departure import POLL_EVERY, POLL_KIND

        due = services["clock"].now() + POLL_EVERY
        await services["timers"].schedule(POLL_KIND, due, POLL_KIND, {}, replace=False)
