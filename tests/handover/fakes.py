"""Stand-ins for services other helpers provide, for unit-level checks of the conversation."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.handover.contract import ApproverPlan, Duplicate, Filed, HandoverRequest, Refused
from bot.models.jobs import JobDraft
from storage.jobs import DuplicateJob, JobStore


@dataclass
class RecordingFiler:
    """Files through the real JobStore (so duplicates behave), approvers like the agreed policy."""

    jobs: JobStore
    fallback: tuple[str, ...] = ("sunhong",)
    second_over: int = 200
    refuse: str | None = None
    requests: list[HandoverRequest] = field(default_factory=list)

    async def plan(self, request: HandoverRequest) -> ApproverPlan:
        first = tuple(request.handover.direct_leaders) or self.fallback
        needs_second = request.customer_count > self.second_over
        return ApproverPlan(first, self.fallback if needs_second else (), needs_second, self.refuse)

    async def file(self, request: HandoverRequest) -> Filed | Duplicate | Refused:
        self.requests.append(request)
        if self.refuse:
            return Refused(self.refuse)
        plan = await self.plan(request)
        draft = JobDraft(
            requester=request.requester, handover=request.handover.userid, takeover=request.takeover.userid,
            path=request.path, scope=list(request.scope), subset=list(request.subset) if request.subset else None,
            parent_job=request.parent_job, customer_count=request.customer_count, group_count=request.group_count,
            approvers=list(plan.approvers), second_approvers=list(plan.second_approvers),
            needs_second_approval=plan.needs_second, lang=request.lang,
        )
        try:
            return Filed(await self.jobs.create(draft))
        except DuplicateJob as exc:
            existing = await self.jobs.get(exc.existing_job_id)
            assert existing is not None
            return Duplicate(existing)


@dataclass
class FakeTransfers:
    left: dict[str, list[str]] = field(default_factory=dict)

    async def leftovers(self, job_id: str) -> list[str]:
        return list(self.left.get(job_id, []))
