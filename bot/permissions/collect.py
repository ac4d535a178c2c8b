"""Gathering a permission audit from WeCom, the directory snapshot, the jobs and the settings.

- customer-contact permission: ``get_follow_user_list``;
- admins and approvers of this bot: the settings (HANDOVER_ADMINS, HANDOVER_APPROVERS);
- departed members still owning customers: ``get_unassigned_list`` grouped by member; their groups:
  ``groupchat/list`` with ``status_filter`` 1 (离职待继承) and the departed members as
  ``owner_filter`` (the platform lists resigned owners' groups only when named there, ≤ 100 per call);
- disabled members (status 2 in the directory) still owning customers (``externalcontact/list``)
  or groups (``groupchat/list`` by owner);
- handovers not finished (any live job state) and jobs whose decision or an approval came from
  their own requester (the two-person rule forbids it: there must be none).
Owner queries go 100 members at a time and are split per member only when a batch has groups, so
a corp with hundreds of long-gone members costs a handful of calls.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import Protocol

from bot.directory.models import DirectoryMember
from bot.models.jobs import ALL_STATES, LIVE_STATES, Job, JobState
from bot.permissions.findings import Findings, JobLine, Leftover, Person
from bot.wecom.errors import WeComAPIError

log = logging.getLogger(__name__)

OWNERS_PER_CALL = 100
PENDING_INHERITANCE = 1  # groupchat/list status 离职待继承
# externalcontact/list refusals that mean "nothing this app can read for that member"
UNREADABLE = frozenset({40003, 60011, 60111, 84074})


class GroupRef(Protocol):
    @property
    def chat_id(self) -> str: ...


class UnassignedRow(Protocol):
    @property
    def handover_userid(self) -> str: ...
    @property
    def dimission_time(self) -> int: ...


class AuditSource(Protocol):
    """The slice of ``WeComClient`` the audit reads."""

    async def list_follow_users(self) -> list[str]: ...
    async def list_customers(self, userid: str) -> list[str]: ...
    def iter_unassigned(self) -> AsyncIterator[UnassignedRow]: ...
    def iter_group_chats(self, *, owners: list[str] | None = None,
                         status_filter: int = 0) -> AsyncIterator[GroupRef]: ...


class MemberSource(Protocol):
    async def all_members(self) -> tuple[DirectoryMember, ...]: ...


class JobSource(Protocol):
    async def list_states(self, states: Iterable[JobState]) -> list[Job]: ...


async def collect(source: AuditSource, directory: MemberSource, jobs: JobSource, *, admins: Sequence[str],
                  approvers: Sequence[str], now: float) -> Findings:
    members = {m.userid: m for m in await directory.all_members()}
    notes: list[str] = []

    def person(userid: str) -> Person:
        m = members.get(userid)
        if m is None:
            return Person(userid=userid)
        return Person(userid=userid, name=m.name, department="/".join(m.department_names), status=m.status)

    def leftover(userid: str, customers: int, groups: int, since: float | None) -> Leftover:
        p = person(userid)
        return Leftover(userid=userid, name=p.name, department=p.department, customers=customers, groups=groups,
                        since=since)  # fmt: skip

    contact = [person(u) for u in sorted(set(await source.list_follow_users()))]
    unassigned: Counter[str] = Counter()
    left_at: dict[str, float] = {}
    async for row in source.iter_unassigned():
        unassigned[row.handover_userid] += 1
        if row.dimission_time:
            left_at[row.handover_userid] = float(row.dimission_time)
    gone = sorted(set(unassigned) | {u for u, m in members.items() if m.status == "departed"})
    gone_groups = await _groups_by_owner(source, gone, PENDING_INHERITANCE)
    for u, m in members.items():
        if m.departed_at and u not in left_at:
            left_at[u] = m.departed_at
    departed = [leftover(u, unassigned[u], gone_groups[u], left_at.get(u))
                for u in gone if unassigned[u] or gone_groups[u]]

    disabled_ids = sorted(u for u, m in members.items() if m.status == "disabled")
    disabled_groups = await _groups_by_owner(source, disabled_ids, 0)
    disabled = []
    for userid in disabled_ids:
        try:
            customers = len(await source.list_customers(userid))
        except WeComAPIError as exc:
            if exc.errcode not in UNREADABLE:
                raise
            notes.append(f"{userid}: externalcontact/list {exc.errcode}")
            customers = 0
        if customers or disabled_groups[userid]:
            disabled.append(leftover(userid, customers, disabled_groups[userid], None))

    all_jobs = await jobs.list_states(ALL_STATES)
    unfinished = [_line(j) for j in all_jobs if j.state in LIVE_STATES]
    self_decided = [_line(j) for j in all_jobs
                    if j.decided_by == j.requester or any(a.userid == j.requester for a in j.approvals)]
    return Findings(at=now, contact=contact, admins=[person(u) for u in admins],
                    approvers=[person(u) for u in approvers], departed=departed, disabled=disabled,
                    unfinished=unfinished, self_decided=self_decided, notes=notes)  # fmt: skip


async def _groups_by_owner(source: AuditSource, owners: list[str], status_filter: int) -> Counter[str]:
    """How many customer groups each of ``owners`` owns (in ``status_filter``): a batch of 100
    owners first; only a batch that has groups is asked again member by member."""
    counts: Counter[str] = Counter()
    for start in range(0, len(owners), OWNERS_PER_CALL):
        batch = owners[start:start + OWNERS_PER_CALL]
        if not [g async for g in source.iter_group_chats(owners=batch, status_filter=status_filter)]:
            continue
        for owner in batch:
            async for _ in source.iter_group_chats(owners=[owner], status_filter=status_filter):
                counts[owner] += 1
    return counts


def _line(job: Job) -> JobLine:
    return JobLine(id=job.id, state=job.state, requester=job.requester, handover=job.handover,
                   takeover=job.takeover, since=job.state_changed_at, decided_by=job.decided_by or "",
                   approvals=[a.userid for a in job.approvals])  # fmt: skip
