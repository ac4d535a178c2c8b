"""A member's book as a handover would move it: which customers, and what we know of each (when
they were added, their tags as the member tagged them).

- on the job: the member's customers now (``externalcontact/list``, what 在职继承 moves) with their
  live tags (batch/get_by_user + the tag library);
- departed: his rows of the unassigned list (what 离职继承 moves), described by his last backup
  (storage/backup.py) — after the departure the platform no longer lists them that way. No backup:
  ``source`` "missing", nothing known.
Customers the description lacks stay in ``ids`` (they move all the same) and are counted as unknown.
Used by the important-customer rule and by the split of a book among several successors.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from bot.backup.records import DetailLike, TagGroupLike, from_batch_row, tag_library
from storage.backup import BackedUpCustomer, CustomerBackupStore


class UnassignedRow(Protocol):
    @property
    def handover_userid(self) -> str: ...
    @property
    def external_userid(self) -> str: ...


class LiveSource(Protocol):
    async def corp_tags(self) -> Sequence[TagGroupLike]: ...
    async def list_customers(self, userid: str) -> list[str]: ...
    def iter_customers_by_user(self, userids: list[str]) -> AsyncIterator[DetailLike]: ...
    def iter_unassigned(self) -> AsyncIterator[UnassignedRow]: ...


@dataclass(frozen=True)
class Book:
    source: Literal["live", "backup", "missing"]
    ids: list[str]  # what the handover moves, in the platform's order, each once
    known: dict[str, BackedUpCustomer] = field(default_factory=dict)
    backed_up_at: float | None = None

    @property
    def unknown(self) -> int:
        return sum(1 for i in self.ids if i not in self.known)

    def described(self) -> list[BackedUpCustomer]:
        return [self.known[i] for i in self.ids if i in self.known]


class BookReader:
    """Service ``books``. WeCom errors propagate (the caller decides what a refusal means)."""

    def __init__(self, source: LiveSource, backup: CustomerBackupStore) -> None:
        self._source = source
        self._backup = backup

    async def read(self, userid: str, *, departed: bool, customers: Sequence[str] | None = None) -> Book:
        """``customers``: the ids the handover moves when already known (None: ask the platform)."""
        if departed:
            if customers is None:
                rows = self._source.iter_unassigned()
                customers = [r.external_userid async for r in rows if r.handover_userid == userid]
            ids = list(dict.fromkeys(customers))
            backup = await self._backup.latest(userid)
            if backup is None:
                return Book("missing", ids)
            wanted = set(ids)
            held = {c.external_userid: c for c in backup.customers if c.external_userid in wanted}
            return Book("backup", ids, held, backup.backed_up_at)
        library = tag_library(await self._source.corp_tags())
        known: dict[str, BackedUpCustomer] = {}
        async for detail in self._source.iter_customers_by_user([userid]):
            if detail.follow_user:
                _, customer, _ = from_batch_row(detail, library)
                known[customer.external_userid] = customer
        if customers is None:
            customers = await self._source.list_customers(userid)
        ids = list(dict.fromkeys(customers))
        wanted = set(ids)
        return Book("live", ids, {e: c for e, c in known.items() if e in wanted})
