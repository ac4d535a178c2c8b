"""Services the handover conversation uses but other features provide, looked up when used.

The filer (bot/approvals) and the transfer engine's ``transfers`` may be wired after this
feature, or not at all in a given deployment (re-assignment then says it is unavailable). The
dispatcher injects only names that exist at composition, so the handlers ask for
``handover_links`` and read the others through it at call time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from bot.backup.book import Book
from bot.features import Feature, Services
from bot.handover.contract import Filer
from bot.texts import Lang


class Leftovers(Protocol):
    async def leftovers(self, job_id: str) -> list[str]: ...


class Books(Protocol):
    """``bot.backup.book.BookReader``: what a split reads of the member's customers."""

    async def read(self, userid: str, *, departed: bool, customers: Sequence[str] | None = None) -> Book: ...


class Withdrawal(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def outcome(self) -> str: ...  # "cancelled" when the job was withdrawn


class Withdrawer(Protocol):
    """``bot.approvals.desk.ApprovalDesk``: withdrawing a job, with the same checks as "取消 H-12"."""

    async def cancel(
        self, job_id: str, actor: str, *, admin: bool, lang: Lang, pending_only: bool = False
    ) -> Withdrawal: ...


class HandoverLinks:
    def __init__(self, services: Mapping[str, Any]) -> None:
        # The composition root's live catalogue: later features and test overrides land in it.
        self._services = services

    @property
    def filer(self) -> Filer | None:
        filer: Filer | None = self._services.get("filer")
        return filer

    @property
    def approvals(self) -> Withdrawer | None:
        approvals: Withdrawer | None = self._services.get("approvals")
        return approvals

    @property
    def books(self) -> Books | None:
        books: Books | None = self._services.get("books")
        return books

    @property
    def transfers(self) -> Leftovers | None:
        transfers = self._services.get("transfers")
        return transfers if transfers is not None and hasattr(transfers, "leftovers") else None


class HandoverFeature(Feature):
    name = "handover"

    def services(self, base: Services) -> dict[str, Any]:
        return {"handover_links": HandoverLinks(base)}
