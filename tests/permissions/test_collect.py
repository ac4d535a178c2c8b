"""What the audit collects, with a scripted WeCom: members gone from the directory still owning only
groups, a disabled member the platform will not list (named, not hidden), a job decided by its own
requester (listed), unfinished jobs, the owner queries batched by 100, and the changes since the last audit."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable

from bot.directory.models import DirectoryMember
from bot.models.jobs import Approval, Job, JobState
from bot.permissions.collect import collect
from bot.permissions.findings import Findings
from bot.wecom.contacts import GroupChatRef, UnassignedCustomer
from bot.wecom.errors import WeComAPIError
from storage.permission_audit import AuditSummary
from tests.storage.factories import make_draft


class Source:
    def __init__(self, groups: dict[str, int], unassigned: list[tuple[str, int]]) -> None:
        self.groups, self.unassigned, self.owner_calls = groups, unassigned, []  # type: ignore[var-annotated]

    async def list_follow_users(self) -> list[str]:
        return ["lina", "tiantian", "lina"]

    async def list_customers(self, userid: str) -> list[str]:
        if userid == "hidden":
            raise WeComAPIError(60011, "no privilege", "externalcontact/list")
        return ["wm1", "wm2"] if userid == "tiantian" else []

    async def iter_unassigned(self) -> AsyncIterator[UnassignedCustomer]:
        for i, (userid, at) in enumerate(self.unassigned):
            yield UnassignedCustomer(handover_userid=userid, external_userid=f"wm{i}", dimission_time=at)

    async def iter_group_chats(self, *, owners: list[str] | None = None,
                               status_filter: int = 0) -> AsyncIterator[GroupChatRef]:
        assert owners is not None and 1 <= len(owners) <= 100
        self.owner_calls.append((len(owners), status_filter))
        for owner in owners:
            for i in range(self.groups.get(owner, 0)):
                yield GroupChatRef(chat_id=f"wr-{owner}-{i}", status=status_filter)


class Directory:
    def __init__(self, members: Iterable[DirectoryMember]) -> None:
        self.members = tuple(members)

    async def all_members(self) -> tuple[DirectoryMember, ...]:
        return self.members


class Jobs:
    def __init__(self, jobs: list[Job]) -> None:
        self.jobs = jobs

    async def list_states(self, states: Iterable[JobState]) -> list[Job]:
        wanted = set(states)
        return [j for j in self.jobs if j.state in wanted]


def _job(n: int, state: JobState, **over: object) -> Job:
    draft = make_draft(handover=f"rep{n}").model_dump()
    return Job(**draft, id=f"H-{n}", created_at=1.0, state=state, state_changed_at=2.0, **over)  # type: ignore[arg-type]


async def test_collect_names_every_finding() -> None:
    gone = [DirectoryMember(userid=f"old{i:03d}", name=f"老员工{i}", status="departed", departed_at=100.0 + i)
            for i in range(150)]  # fmt: skip
    members = [*gone, DirectoryMember(userid="lina", name="李娜", department_names=["销售一部"]),
               DirectoryMember(userid="tiantian", name="田甜", status="disabled"),
               DirectoryMember(userid="hidden", status="disabled")]
    source = Source(groups={"old120": 2, "tiantian": 1}, unassigned=[("zhangwei", 1_763_600_000)] * 3)
    jobs = [_job(1, "running"), _job(2, "completed", decided_by="wangfang"),
            _job(3, "completed", approvals=[Approval(userid="wangfang", at=3.0, level=1)]),
            _job(4, "rejected", decided_by="liuqiang")]
    found = await collect(source, Directory(members), Jobs(jobs), admins=["wangfang"], approvers=["sunhong"], now=9.0)

    assert [p.userid for p in found.contact] == ["lina", "tiantian"] and found.contact[0].department == "销售一部"
    assert [(d.userid, d.customers, d.groups, d.since) for d in found.departed] == [
        ("old120", 0, 2, 220.0), ("zhangwei", 3, 0, 1_763_600_000.0)]
    assert [(d.userid, d.name, d.customers, d.groups) for d in found.disabled] == [("tiantian", "田甜", 2, 1)]
    assert found.notes == ["hidden: externalcontact/list 60011"]
    assert [j.id for j in found.unfinished] == ["H-1"]
    assert [j.id for j in found.self_decided] == ["H-2", "H-3"]  # requester wangfang decided or approved them
    # 151 departed owners: two batches; only the second (old100…old149, zhangwei) holds groups, so
    # only its 51 members are asked one by one
    assert source.owner_calls.count((100, 1)) == 1 and source.owner_calls.count((51, 1)) == 1
    assert source.owner_calls.count((1, 1)) == 51

    previous = AuditSummary(at=1.0, findings={**found.ids(), "contact": ["lina", "guotao"], "self_decided": []})
    compared = found.compared_with(previous)
    assert compared.previous_at == 1.0
    assert [(c.category, c.added, c.removed) for c in compared.changes] == [
        ("contact", ["tiantian"], ["guotao"]), ("self_decided", ["H-2", "H-3"], [])]
    assert Findings.model_validate_json(compared.model_dump_json()) == compared  # stored and re-sent as is
    assert found.compared_with(None).previous_at is None
