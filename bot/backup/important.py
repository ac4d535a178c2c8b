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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.backup.book import BookReader
from bot.models.jobs import IMPORTANT_NAMES_SHOWN, ImportantCustomers
from bot.wecom.errors import WeComAPIError
from storage.backup import BackedUpCustomer, BackedUpTag


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


class ImportantFinder:
    """Service ``important``: the rule applied to one handover."""

    def __init__(self, rule: ImportantRule, books: BookReader) -> None:
        self.rule = rule
        self._books = books

    async def find(
        self, userid: str, *, departed: bool, customers: Sequence[str] | None
    ) -> ImportantCustomers | None:
        """``customers``: the external_userids the job moves (None: all of the member's).
        None when no rule is configured."""
        if not self.rule.enabled:
            return None
        try:
            book = await self._books.read(userid, departed=departed, customers=customers)
        except WeComAPIError as exc:
            if exc.kind != "permanent":
                raise  # the event is retried
            return ImportantCustomers(source="unreadable")
        if book.source == "missing":
            return ImportantCustomers(source="missing")
        if book.source == "live":  # a customer added a moment ago and not yet listed is not a gap
            return self.rule.summarize(book.described(), source="live")
        return self.rule.summarize(book.described(), source="backup", uncovered=book.unknown, at=book.backed_up_at)
