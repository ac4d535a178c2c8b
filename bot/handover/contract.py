"""The filer's interface, as agreed with bot/approvals (which provides the service ``filer``).

TEMPORARY mirror of bot/approvals/filing.py until that module lands; then this file re-exports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from bot.directory.models import DirectoryMember
from bot.models.jobs import Job


@dataclass(frozen=True)
class HandoverRequest:
    requester: str
    handover: DirectoryMember
    takeover: DirectoryMember
    path: Literal["resigned", "onjob"]
    scope: tuple[Literal["customers", "groups"], ...]
    customer_count: int
    group_count: int
    lang: Literal["zh", "en"]
    reason: str | None = None
    subset: tuple[str, ...] | None = None
    parent_job: str | None = None


@dataclass(frozen=True)
class ApproverPlan:
    approvers: tuple[str, ...]
    second_approvers: tuple[str, ...]
    needs_second: bool
    refusal: str | None


@dataclass(frozen=True)
class Filed:
    job: Job


@dataclass(frozen=True)
class Duplicate:
    existing: Job


@dataclass(frozen=True)
class Refused:
    text: str


class Filer(Protocol):
    """What the conversation needs from ``bot.approvals.filing.HandoverFiler``."""

    async def plan(self, request: HandoverRequest) -> ApproverPlan: ...

    async def file(self, request: HandoverRequest) -> Filed | Duplicate | Refused: ...
