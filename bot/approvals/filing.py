"""Filing a handover for approval: who approves, the job, the cards, the reminder.

The handover conversation (bot/handover) calls ``plan`` for its preview and ``file`` to submit;
this module owns the approval rules:
- approvers are the handover member's direct leaders (those still here), else HANDOVER_APPROVERS;
- separation of duties: the requester, the handover and the takeover member never approve (if
  that leaves nobody, HANDOVER_APPROVERS minus them; else the request is refused, saying why);
- two-person rule: more than ``second_approval_over`` customers, or any important customer
  (HANDOVER_IMPORTANT_TAGS; service ``important``, bot/backup/important.py), needs a second,
  different approver from HANDOVER_APPROVERS after the first approval. Both can hold at once;
  the job keeps what the important rule found, so cards and previews say why.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pydantic import ValidationError

from bot.approvals import texts
from bot.approvals.desk import REMINDER_TIMER_KIND, SYSTEM_ACTOR, ApprovalDesk, reminder_timer_id
from bot.approvals.people import People
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.models.jobs import MAX_SUCCESS_MSG, ImportantCustomers, Job, JobDraft, JobSplit, SplitMode, SplitPart
from bot.wecom.errors import WeComAPIError
from storage.jobs import DuplicateJob

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SplitRequest:
    """One member's customers among several successors: ``successors`` in the order named
    (``HandoverRequest.takeover`` is the first), ``parts`` external_userid → successor index."""

    mode: SplitMode
    successors: tuple[DirectoryMember, ...]
    parts: Mapping[str, int]
    counts: tuple[int, ...]
    tag: str | None = None
    groups_to: str | None = None  # a successor's userid; None: the first successor
    ordered_by: Literal["createtime", "id"] = "createtime"
    untagged_unknown: int = 0

    def ids_of(self, index: int) -> list[str]:
        return [eid for eid, part in self.parts.items() if part == index]


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
    split: SplitRequest | None = None

    @property
    def receivers(self) -> tuple[DirectoryMember, ...]:
        return self.split.successors if self.split is not None else (self.takeover,)


@dataclass(frozen=True)
class ApproverPlan:
    approvers: tuple[str, ...]
    second_approvers: tuple[str, ...]
    needs_second: bool
    refusal: str | None
    important: ImportantCustomers | None = None
    important_parts: tuple[ImportantCustomers | None, ...] = ()  # a split: per successor


class ImportantLookup(Protocol):
    """``bot.backup.important.ImportantFinder`` as the filer uses it."""

    async def find(
        self, userid: str, *, departed: bool, customers: Sequence[str] | None
    ) -> ImportantCustomers | None: ...


@dataclass(frozen=True)
class Filed:
    job: Job


@dataclass(frozen=True)
class Duplicate:
    existing: Job


@dataclass(frozen=True)
class Refused:
    text: str


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(u for u in items if u))


class HandoverFiler:
    def __init__(self, desk: ApprovalDesk, services: Mapping[str, Any] | None = None) -> None:
        self.desk = desk
        # the live catalogue: ``important`` may be wired by a later feature
        self._services: Mapping[str, Any] = services if services is not None else {}

    async def important(self, request: HandoverRequest) -> ImportantCustomers | None:
        finder: ImportantLookup | None = self._services.get("important")
        if finder is None or "customers" not in request.scope:
            return None
        return await finder.find(
            request.handover.userid, departed=request.path == "resigned",
            customers=list(request.subset) if request.subset is not None else None,
        )  # fmt: skip

    async def important_parts(self, request: HandoverRequest) -> tuple[ImportantCustomers | None, ...]:
        """A split: the important customers each successor would get."""
        finder: ImportantLookup | None = self._services.get("important")
        if finder is None or request.split is None:
            return ()
        departed = request.path == "resigned"
        return tuple([
            await finder.find(request.handover.userid, departed=departed, customers=request.split.ids_of(i))
            for i in range(len(request.split.successors))
        ])  # fmt: skip

    async def plan(self, request: HandoverRequest) -> ApproverPlan:
        settings, lang = self.desk.settings, request.lang
        important = await self.important(request)
        # separation of duties: the requester, the handover member and every receiver
        conflicted = {request.requester, request.handover.userid, *(m.userid for m in request.receivers)}
        leaders = _unique(list(request.handover.direct_leaders))
        known = await self.desk.directory.get_many(leaders)
        leaders = [u for u in leaders if not (u in known and known[u].departed)]
        configured = _unique(list(settings.approvers))
        approvers = [u for u in (leaders or configured) if u not in conflicted]
        if not approvers:
            approvers = [u for u in configured if u not in conflicted]
        over = "customers" in request.scope and request.customer_count > settings.second_approval_over
        needs_second = over or (important is not None and important.needs_second)
        second = [u for u in configured if u not in conflicted] if needs_second else []
        if needs_second:
            # a first approver must leave someone else for the review
            approvers = [a for a in approvers if any(s != a for s in second)]
        refusal = None
        if not approvers or (needs_second and not second):
            people = await People.load(self.desk.directory, [*conflicted, *leaders, *configured], lang)
            candidates = _unique([*leaders, *configured])
            excluded = [u for u in candidates if u in conflicted]
            eligible = [u for u in candidates if u not in conflicted]
            if needs_second and eligible:
                why = texts.REFUSE_WHY_OVER(lang, limit=settings.second_approval_over) if over else (
                    texts.REFUSE_WHY_IMPORTANT(lang))
                refusal = texts.REFUSE_NO_SECOND(lang, why=why, who=people.names(eligible))
            elif excluded:
                refusal = texts.REFUSE_NO_APPROVER(lang, who=people.names(excluded))
            else:
                refusal = texts.REFUSE_NO_APPROVER_CONFIG(lang, name=display_name(request.handover, lang))
        return ApproverPlan(
            approvers=tuple(approvers) if refusal is None else (),
            second_approvers=tuple(second) if refusal is None else (),
            needs_second=needs_second,
            refusal=refusal,
            important=important,
            important_parts=await self.important_parts(request) if refusal is None else (),
        )

    async def file(self, request: HandoverRequest) -> Filed | Duplicate | Refused:
        desk, lang = self.desk, request.lang
        plan = await self.plan(request)
        if plan.refusal is not None:
            return Refused(plan.refusal)
        if request.handover.userid == request.takeover.userid:
            return Refused(texts.REFUSE_SAME_PERSON(lang))
        greeting = texts.SUCCESS_MSG(lang, name=display_name(request.takeover, lang))[:MAX_SUCCESS_MSG]
        try:
            split = _job_split(request, plan)
            draft = JobDraft(
                requester=request.requester,
                handover=request.handover.userid,
                takeover=request.takeover.userid,
                path=request.path,
                scope=list(request.scope),
                subset=list(request.subset) if request.subset is not None else None,
                parent_job=request.parent_job,
                customer_count=request.customer_count,
                group_count=request.group_count,
                transfer_success_msg=greeting,
                approvers=list(plan.approvers),
                second_approvers=list(plan.second_approvers),
                needs_second_approval=plan.needs_second,
                important=plan.important,
                split=split,
                reason=request.reason or None,
                lang=lang,
            )
        except ValidationError as exc:
            why = "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
            return Refused(texts.REFUSE_INVALID(lang, why=why))
        expires_at = desk.clock.now() + desk.settings.approval_ttl
        try:
            assignment = dict(request.split.parts) if request.split is not None else None
            job = await desk.jobs.create(draft, actor=request.requester, expires_at=expires_at, assignment=assignment)
        except DuplicateJob as dup:
            existing = await desk.jobs.get(dup.existing_job_id)
            if existing is None:
                return Refused(texts.REFUSE_GONE(lang))
            if not await self._unfinished(existing, request):
                return Duplicate(existing)
            job = existing  # our own earlier attempt whose cards did not go out: finish it
        due = job.created_at + desk.settings.approval_ttl / 2
        await desk.timers.schedule(reminder_timer_id(job.id), due, REMINDER_TIMER_KIND, {"job_id": job.id})
        try:
            await desk.send_cards(job, 1)
        except WeComAPIError as exc:
            if exc.kind != "permanent":
                raise  # the event is retried; the duplicate path above finishes this job
            log.error("approval card for %s failed: errcode %s", job.id, exc.errcode)
            await desk.jobs.transition(
                job.id, to="cancelled", actor=SYSTEM_ACTOR, expected_from={"pending_approval"},
                note=f"approval card not delivered (errcode {exc.errcode})",
            )  # fmt: skip
            people = await People.load(desk.directory, list(plan.approvers), lang)
            return Refused(texts.REFUSE_CARD_FAILED(
                lang, who=people.names(list(plan.approvers)), errcode=exc.errcode, job=job.id))  # fmt: skip
        return Filed(job)

    async def _unfinished(self, job: Job, request: HandoverRequest) -> bool:
        return (
            job.state == "pending_approval"
            and job.requester == request.requester
            and job.takeover == request.takeover.userid
            and not job.approvals
            and not await self.desk.jobs.cards(job.id)
        )


def _job_split(request: HandoverRequest, plan: ApproverPlan) -> JobSplit | None:
    """What the job keeps of a split (the assignment itself is stored beside it). Each part
    carries its successor's greeting: 在职继承 sends it to the customers that successor gets."""
    split = request.split
    if split is None:
        return None
    lang = request.lang
    important = plan.important_parts or (None,) * len(split.successors)
    parts = [
        SplitPart(takeover=m.userid, count=n, important=imp,
                  greeting=texts.SUCCESS_MSG(lang, name=display_name(m, lang))[:MAX_SUCCESS_MSG])
        for m, n, imp in zip(split.successors, split.counts, important, strict=True)
    ]  # fmt: skip
    return JobSplit(mode=split.mode, tag=split.tag, parts=parts, groups_to=split.groups_to,
                    ordered_by=split.ordered_by, untagged_unknown=split.untagged_unknown)  # fmt: skip
