"""The filer's interface (bot/approvals/filing.py provides the service ``filer``), as the
handover conversation uses it."""

from __future__ import annotations

from typing import Protocol

from bot.approvals.filing import ApproverPlan, Duplicate, Filed, HandoverRequest, Refused, SplitRequest

__all__ = ["ApproverPlan", "Duplicate", "Filed", "Filer", "HandoverRequest", "Refused", "SplitRequest"]


class Filer(Protocol):
    """What the conversation needs from ``bot.approvals.filing.HandoverFiler``."""

    async def plan(self, request: HandoverRequest) -> ApproverPlan: ...

    async def file(self, request: HandoverRequest) -> Filed | Duplicate | Refused: ...
