"""The engine feature: services ``transfers`` (TransferStore) and ``engine`` (TransferEngine), the
engine's timer kinds, and its background loop (any number of instances; leases keep one per job)."""

from __future__ import annotations

from typing import Any

from bot.features import Feature, Services
from bot.timers import TimerHandler


class EngineFeature(Feature):
    name = "engine"

    def __init__(self) -> None:
        self._engine: Any = None

    def services(self, base: Services) -> dict[str, Any]:
        from bot.engine import ClientNotifier, TransferEngine
        from storage.transfers import TransferStore

        transfers = TransferStore(base["redis"], base["keys"])
        self._engine = TransferEngine(
            base["jobs"], transfers, base["client"], base["timers"], base["clock"],
            ClientNotifier(base["client"], base["outbox"]),
            # stable per deployment slot (one live process each, bot/app.py checks): a restarted
            # process takes its own leases back at once instead of waiting them out
            instance_id=base["instance_id"],
            tz=base["settings"].tz,
            names=base["directory"],
        )
        return {"transfers": transfers, "engine": self._engine}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        from bot.engine import timer_handlers

        return timer_handlers(services["engine"])

    async def start(self, services: Services) -> None:
        self._engine.start()

    async def stop(self) -> None:
        if self._engine is not None:
            await self._engine.stop(grace=10.0)
