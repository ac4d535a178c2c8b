"""A split job's parts as lanes of one job (issue #19): which successor each batch goes to.

The snapshot orders a split job's customers part by part (the first successor's, then the
second's…), each part in its assignment's order, and a batch never crosses from one part into the
next — the platform takes ONE takeover_userid per call. So every batch, re-sent ones included,
belongs to exactly one successor, found from its first customer. Everything else — the lease,
checkpoints before each call, ≤ 100 per call, exactly-once recording — is the job's, unchanged.
Customers the approved assignment does not name (added to the member's book after approval) are
skipped, not guessed: nobody approved sending them to anyone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from bot.engine.reasons import NOT_IN_SPLIT
from bot.models.jobs import Job, JobDraft
from storage.transfers import Item, ItemKind, item_field


class Assignments(Protocol):
    async def assignment(self, job_id: str) -> dict[str, int]: ...


class Lanes:
    def __init__(self, job: JobDraft, assignment: Mapping[str, int]) -> None:
        self._job = job
        self._takeovers = job.takeovers
        self._part = dict(assignment) if job.split is not None else {}

    @classmethod
    async def load(cls, jobs: Assignments, job: Job) -> Lanes:
        return cls(job, await jobs.assignment(job.id) if job.split is not None else {})

    @property
    def split(self) -> bool:
        return self._job.split is not None

    def takeover(self, kind: ItemKind, ids: Sequence[str]) -> str:
        """Who a batch goes to: the groups' receiver, or the successor of its customers."""
        if kind == "g":
            return self._job.group_takeover
        if not self.split or not ids:
            return self._job.takeover
        return self._takeovers[self._part[ids[0]]]

    def receiver_of(self, external_userid: str) -> str | None:
        """The successor a customer of a split job was assigned to (None: not in the split)."""
        part = self._part.get(external_userid)
        return self._takeovers[part] if part is not None and 0 <= part < len(self._takeovers) else None

    def greeting(self, takeover: str) -> str | None:
        """在职继承's message to the customers: the one of the successor they go to."""
        if self._job.split is not None:
            part = next((p for p in self._job.split.parts if p.takeover == takeover), None)
            if part is not None and part.greeting:
                return part.greeting
        return self._job.transfer_success_msg or None

    def cut(self, ids: list[str]) -> list[str]:
        """The longest prefix of ``ids`` within one part (a batch never spans two successors)."""
        if not self.split or not ids:
            return ids
        first = self._part.get(ids[0])
        end = next((i for i, eid in enumerate(ids) if self._part.get(eid) != first), len(ids))
        return ids[:end]

    def order(self, customers: Sequence[str]) -> tuple[list[str], dict[str, Item]]:
        """The snapshot's customers part by part; those no part names, skipped."""
        if not self.split:
            return list(customers), {}
        by_part: list[list[str]] = [[] for _ in self._takeovers]
        skipped: dict[str, Item] = {}
        for eid in customers:
            part = self._part.get(eid)
            if part is None or not 0 <= part < len(by_part):
                skipped[item_field("c", eid)] = Item(k="c", s="skipped", r=NOT_IN_SPLIT)
            else:
                by_part[part].append(eid)
        return [eid for part in by_part for eid in part], skipped
