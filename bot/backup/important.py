"""The important-customer rule: customers carrying a tag of HANDOVER_IMPORTANT_TAGS ("A类" matches
that tag name in any group, "客户等级:A类" only in that group) make a job need the second approver.

Which tags a customer carries depends on who asks: tags are per follower. For a member still here
the rule reads them live (batch/get_by_user + the tag library); a departed member's customers are
no longer listed that way, so the rule reads the backup (storage/backup.py). No backup, or moving
customers the backup does not hold, fails safe: the job needs the second approver and says why.

``find_important(member, customers=…)`` takes the exact customers a job moves, so a split of one
member's book among several successors can ask once per successor.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.backup.records import DetailLike, TagGroupLike, from_batch_row, tag_library
from bot.models.jobs import IMPORTANT_NAMES_SHOWN, ImportantCustomers
from bot.wecom.errors import WeComAPIError
from storage.backup import BackedUpCustomer, BackedUpTag, CustomerBackupStore


@dataclass(frozen=True)
class TagPattern:
    group: str | None
    name: str

    @classmethod
    def parse(cls, text: str) -> TagPattern:
        group, sep, name = text.rpartition(":")
        return cls(group=group.strip() if sep else None, name=name.strip())

    def matches(self, tag: BackedUpTag) -> bool:
        return tag.name == self.name and (self.group is None or tag.group == self.group)

    @property
    def label(self) -> str:
        return self.name


class ImportantRule:
    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(TagPattern.parse(p) for p in patterns)

    @property
    def enabled(self) -> bool:
        return bool(self.patterns)

    def labels(self, tags: Sequence[BackedUpTag]) -> list[str]:
        return [p.label for p in self.patterns if any(p.matches(t) for t in tags)]

    def summarize(
        self, customers: Iterable[BackedUpCustomer], *, source: str, uncovered: int = 0, at: float | None = None
    ) -> ImportantCustomers:
        hits: list[BackedUpCustomer] = []
        seen_labels: set[str] = set()
        for c in customers:
            found = self.labels(c.tags)
            if found:
                hits.append(c)
                seen_labels.update(found)
        hits.sort(key=lambda c: (c.name or c.remark, c.external_userid))
        labels = [p.label for p in self.patterns if p.label in seen_labels]
        return ImportantCustomers.model_validate({
            "source": source, "count": len(hits), "names": [c.name or c.remark or c.external_userid
                                                            for c in hits[:IMPORTANT_NAMES_SHOWN]],
            "labels": list(dict.fromkeys(labels)), "uncovered": uncovered, "backed_up_at": at,
        })  # fmt: skip


class UnassignedRow(Protocol):
    @property
    def handover_userid(self) -> str: ...
    @property
    def external_userid(self) -> str: ...


class LiveSource(Protocol):
    async def corp_tags(self) -> Sequence[TagGroupLike]: ...
    def iter_customers_by_user(self, userids: list[str]) -> AsyncIterator[DetailLike]: ...
    def iter_unassigned(self) -> AsyncIterator[UnassignedRow]: ...


class ImportantFinder:
    """Service ``important``: the rule applied to one handover."""

    def __init__(self, rule: ImportantRule, source: LiveSource, backup: CustomerBackupStore) -> None:
        self.rule = rule
        self._source = source
        self._backup = backup

    async def find(
        self, userid: str, *, departed: bool, customers: Sequence[str] | None
    ) -> ImportantCustomers | None:
        """``customers``: the external_userids the job moves (None: all of the member's).
        None when no rule is configured."""
        if not self.rule.enabled:
            return None
        wanted = set(customers) if customers is not None else None
        if departed:
            backup = await self._backup.latest(userid)
            if backup is None:
                return ImportantCustomers(source="missing")
            if wanted is None:  # what 离职继承 will move: the member's rows of the unassigned list
                rows = self._source.iter_unassigned()
                wanted = {r.external_userid async for r in rows if r.handover_userid == userid}
            held = {c.external_userid: c for c in backup.customers}
            chosen = [held[e] for e in wanted if e in held]
            uncovered = len(wanted - held.keys())
            return self.rule.summarize(chosen, source="backup", uncovered=uncovered, at=backup.backed_up_at)
        live: list[BackedUpCustomer] = []
        try:
            library = tag_library(await self._source.corp_tags())
            async for detail in self._source.iter_customers_by_user([userid]):
                if not detail.follow_user:
                    continue
                _, customer, _ = from_batch_row(detail, library)
                if wanted is None or customer.external_userid in wanted:
                    live.append(customer)
        except WeComAPIError as exc:
            if exc.kind != "permanent":
                raise  # the event is retried
            return ImportantCustomers(source="unreadable")
        return self.rule.summarize(live, source="live")
