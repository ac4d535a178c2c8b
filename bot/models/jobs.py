"""Handover jobs: the typed record, its states and the ONE transition table.

A job is stored as a flat Redis hash (see storage/jobs.py); execution counters live in the same
hash under an ``x_`` prefix and surface here as the ``exec`` sub-model, so one HGETALL reads a
whole job and the engine can bump a counter with HINCRBY without touching anything else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

JobState = Literal[
    "pending_approval",
    "approved",
    "running",
    "paused",
    "submitted",
    "completed",
    "completed_with_failures",
    "failed",
    "rejected",
    "cancelled",
    "expired",
    "stopped",
]
ALL_STATES: Final[tuple[JobState, ...]] = (
    "pending_approval",
    "approved",
    "running",
    "paused",
    "submitted",
    "completed",
    "completed_with_failures",
    "failed",
    "rejected",
    "cancelled",
    "expired",
    "stopped",
)
HandoverPath = Literal["resigned", "onjob"]
ScopeItem = Literal["customers", "groups"]
Lang = Literal["zh", "en"]
DecisionKind = Literal["approve", "reject"]

# "decision" edges are applied only by JobStore.decide (the approval CAS with its authorization
# checks); "command" edges by JobStore.transition. The pending → pending self-edge is the first of
# two approvals under the two-person rule: the job stays pending and level 2 becomes awaited.
TransitionKind = Literal["decision", "command"]

TRANSITIONS: Final[Mapping[JobState, Mapping[JobState, TransitionKind]]] = {
    "pending_approval": {
        "pending_approval": "decision",  # first approval of two (needs_second_approval)
        "approved": "decision",  # the last required approval
        "rejected": "decision",
        "cancelled": "command",  # withdrawn by the requester or an admin
        "expired": "command",  # approval timer ran out
    },
    "approved": {
        "running": "command",
        "cancelled": "command",  # withdrawn before the engine started
        "failed": "command",  # pre-checks failed (e.g. the takeover member left)
    },
    "running": {
        "paused": "command",  # rate limit / quota: resumes later by itself
        "submitted": "command",  # every batch sent; following takeovers
        "completed": "command",  # nothing to follow (groups only / all settled)
        "completed_with_failures": "command",
        "stopped": "command",  # a person stopped it between batches
        "failed": "command",
    },
    "paused": {
        "running": "command",
        "stopped": "command",
        "failed": "command",
    },
    "submitted": {
        "completed": "command",
        "completed_with_failures": "command",
        "failed": "command",
    },
    "completed": {},
    "completed_with_failures": {},
    "failed": {},
    "rejected": {},
    "cancelled": {},
    "expired": {},
    "stopped": {},
}

FINAL_STATES: Final[frozenset[JobState]] = frozenset(s for s, out in TRANSITIONS.items() if not out)
LIVE_STATES: Final[frozenset[JobState]] = frozenset(ALL_STATES) - FINAL_STATES


def allowed_sources(to: JobState, kind: TransitionKind) -> frozenset[JobState]:
    """The states from which ``to`` may be reached by an edge of ``kind``."""
    return frozenset(src for src, out in TRANSITIONS.items() if out.get(to) == kind)


MAX_SUCCESS_MSG: Final = 200  # WeCom limit on transfer_success_msg


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Approval(_Frozen):
    userid: str
    at: float
    level: Literal[1, 2]


class JobExec(_Frozen):
    """Execution counters the engine maintains (stored as ``x_<name>`` fields of the job hash)."""

    started: int = 0
    failed: int = 0
    skipped: int = 0
    taken_over: int = 0
    refused: int = 0
    capped: int = 0


EXEC_FIELDS: Final[tuple[str, ...]] = tuple(JobExec.model_fields)

IMPORTANT_NAMES_SHOWN: Final = 10


class ImportantCustomers(_Frozen):
    """What the important-customer rule found among the customers a job moves.

    ``source``: "live" (the member's tags now), "backup" (a departed member's last backup),
    "missing" (departed, no backup) or "unreadable" (the platform refused to show the tags): in the
    last two nobody can tell, so the job needs the second approver.
    ``uncovered``: customers being moved that the backup does not hold (treated like "missing").
    """

    source: Literal["live", "backup", "missing", "unreadable"]
    count: int = Field(default=0, ge=0)
    names: list[str] = Field(default_factory=list, max_length=IMPORTANT_NAMES_SHOWN)
    labels: list[str] = Field(default_factory=list)  # the matched tags, as the setting names them
    uncovered: int = Field(default=0, ge=0)
    backed_up_at: float | None = None

    @property
    def needs_second(self) -> bool:
        return self.count > 0 or self.source in ("missing", "unreadable") or self.uncovered > 0


SplitMode = Literal["even", "by_tag"]


class SplitPart(_Frozen):
    """One successor's share of a split job: who, how many customers, which important ones."""

    takeover: str = Field(min_length=1)
    count: int = Field(default=0, ge=0)
    important: ImportantCustomers | None = None
    greeting: str = Field(default="", max_length=MAX_SUCCESS_MSG)  # 在职继承's transfer_success_msg


class JobSplit(_Frozen):
    """One member's customers among several successors (issue #19). Which customer goes to whom
    is stored beside the job (storage/jobs.py ``assignment``), not in this record: this is what
    cards, previews and reports show.

    ``mode``: "even" (round-robin by when each customer was added) or "by_tag" (customers with
    ``tag`` to parts[0], the rest to parts[1]). ``groups_to``: who gets the groups (parts[0]
    unless the request said otherwise). ``ordered_by``: "createtime", or "id" when a departed
    member has no backup to tell when his customers were added. ``untagged_unknown``: by_tag
    customers whose tags nobody knows (not in the backup), sent with the rest.
    """

    mode: SplitMode
    tag: str | None = None
    parts: list[SplitPart] = Field(min_length=2)
    groups_to: str | None = None
    ordered_by: Literal["createtime", "id"] = "createtime"
    untagged_unknown: int = Field(default=0, ge=0)

    @property
    def takeovers(self) -> list[str]:
        return [p.takeover for p in self.parts]

    @model_validator(mode="after")
    def _coherent(self) -> JobSplit:
        if len(set(self.takeovers)) != len(self.parts):
            raise ValueError("each successor may appear once in a split")
        if self.mode == "by_tag" and (not self.tag or len(self.parts) != 2):
            raise ValueError("a split by tag names a tag and exactly two successors")
        if self.groups_to is not None and self.groups_to not in self.takeovers:
            raise ValueError("the groups go to one of the successors")
        return self


class JobDraft(_Frozen):
    """What a handler knows before the job exists: the request, resolved people and counts.
    A split job (``split``) keeps its first successor in ``takeover``."""

    requester: str = Field(min_length=1)
    handover: str = Field(min_length=1)
    takeover: str = Field(min_length=1)
    path: HandoverPath
    scope: list[ScopeItem] = Field(min_length=1)
    subset: list[str] | None = None
    parent_job: str | None = None
    customer_count: int = Field(default=0, ge=0)
    group_count: int = Field(default=0, ge=0)
    transfer_success_msg: str = Field(default="", max_length=MAX_SUCCESS_MSG)
    approvers: list[str] = Field(min_length=1)
    second_approvers: list[str] = Field(default_factory=list)
    needs_second_approval: bool = False
    important: ImportantCustomers | None = None
    split: JobSplit | None = None
    reason: str | None = None
    lang: Lang = "zh"

    @property
    def takeovers(self) -> list[str]:
        """Everyone who receives something: the split's successors, else the one takeover."""
        return self.split.takeovers if self.split is not None else [self.takeover]

    @property
    def group_takeover(self) -> str:
        return (self.split.groups_to if self.split is not None else None) or self.takeover

    @field_validator("scope")
    @classmethod
    def _unique_scope(cls, v: list[ScopeItem]) -> list[ScopeItem]:
        if len(set(v)) != len(v):
            raise ValueError("scope items must be unique")
        return v

    @model_validator(mode="after")
    def _coherent(self) -> JobDraft:
        if self.handover == self.takeover:
            raise ValueError("handover and takeover must be different members")
        if self.needs_second_approval and not self.second_approvers:
            raise ValueError("a second approval needs at least one second approver")
        if self.subset is not None and self.scope != ["customers"]:
            raise ValueError("an explicit subset lists customers: scope must be ['customers']")
        if self.split is not None:
            if self.split.takeovers[0] != self.takeover or self.handover in self.split.takeovers:
                raise ValueError("a split's first successor is the takeover, and never the handover member")
            if "customers" not in self.scope or self.subset is not None:
                raise ValueError("a split moves the member's customers")
        return self


class Job(JobDraft):
    id: str
    created_at: float
    state: JobState
    state_changed_at: float
    version: int = 1
    approvals: list[Approval] = Field(default_factory=list)
    awaited_level: Literal[1, 2] | None = None  # only while pending_approval
    decision: DecisionKind | None = None
    decided_at: float | None = None
    decided_by: str | None = None
    decision_note: str | None = None
    exec: JobExec = Field(default_factory=JobExec)

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def number(self) -> int:
        """1042 for "H-1042"."""
        return int(self.id.rsplit("-", 1)[-1])


class AlreadyDecided(NamedTuple):
    """What an earlier click decided: ``decision`` is "approve"/"reject", or the state name when
    the job left pending_approval without a decision (cancelled, expired)."""

    decision: str
    decided_by: str | None
    decided_at: float | None


class Decision(_Frozen):
    applied: bool
    job: Job | None = None
    outcome: Literal["approved", "rejected", "awaiting_second"] | None = None
    already: AlreadyDecided | None = None
    refused: (
        Literal["not_found", "not_approver", "separation_of_duties", "same_approver", "wrong_level"] | None
    ) = None


class TransitionResult(_Frozen):
    applied: bool
    job: Job | None  # the job after the step (unchanged when refused); None if it does not exist
    from_state: JobState | None = None


class CardRecord(_Frozen):
    """An approval card sent for a job: to whom, and the newest unused response_code."""

    task_id: str
    job_id: str
    userids: list[str]
    sent_at: float
    response_code: str | None = None
    code_at: float | None = None
