"""A split job in the job store: its assignment beside the hash, every successor kept off approving."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from bot.models.jobs import JobSplit, SplitPart
from storage.jobs import JobStore

from .factories import make_draft


def split(*takeovers: str, mode: str = "even", groups_to: str | None = None) -> JobSplit:
    return JobSplit.model_validate({
        "mode": mode, "tag": "VIP" if mode == "by_tag" else None, "groups_to": groups_to,
        "parts": [SplitPart(takeover=t, count=2) for t in takeovers],
    })  # fmt: skip


async def test_split_job_round_trip_and_assignment(jobs: JobStore) -> None:
    assignment = {f"wm{i:03d}": i % 2 for i in range(4)}
    draft = make_draft(takeover="wanglei", split=split("wanglei", "yangyang", groups_to="yangyang"),
                       customer_count=4)  # fmt: skip
    job = await jobs.create(draft, assignment=assignment)
    again = await jobs.get(job.id)
    assert again is not None and again.split == draft.split
    assert again.takeovers == ["wanglei", "yangyang"] and again.group_takeover == "yangyang"
    assert await jobs.assignment(job.id) == assignment
    # both successors find the job among theirs
    for member in ("zhangwei", "wanglei", "yangyang"):
        assert [j.id for j in await jobs.about_member(member)] == [job.id]


async def test_no_successor_approves(jobs: JobStore) -> None:
    """Even when listed as an approver (a misconfiguration), the second successor's click is
    refused by the approval script itself, and his pending list stays empty."""
    draft = make_draft(takeover="wanglei", split=split("wanglei", "yangyang"),
                       approvers=["yangyang", "liuqiang"])  # fmt: skip
    job = await jobs.create(draft, assignment={"wm1": 0, "wm2": 1})
    assert await jobs.pending_for("yangyang") == []
    refused = await jobs.decide(job.id, actor="yangyang", decision="approve", level=1)
    assert not refused.applied and refused.refused == "separation_of_duties"
    ok = await jobs.decide(job.id, actor="liuqiang", decision="approve", level=1)
    assert ok.applied and ok.outcome == "approved"


async def test_assignment_only_with_a_split(jobs: JobStore) -> None:
    with pytest.raises(ValueError, match="assignment"):
        await jobs.create(make_draft(), assignment={"wm1": 0})
    with pytest.raises(ValueError, match="assignment"):
        await jobs.create(make_draft(takeover="wanglei", split=split("wanglei", "yangyang")))


def test_split_shape_is_checked() -> None:
    with pytest.raises(ValidationError):
        make_draft(takeover="lina", split=split("wanglei", "yangyang"))  # first successor ≠ takeover
    with pytest.raises(ValidationError):
        make_draft(takeover="zhangwei", split=split("zhangwei", "yangyang"))  # the source himself
    with pytest.raises(ValidationError):
        split("wanglei", "wanglei")
    with pytest.raises(ValidationError):
        split("wanglei", "yangyang", groups_to="lina")


async def test_a_big_assignment_is_written_in_the_create_step(jobs: JobStore) -> None:
    assignment = {f"wm{i:05d}": i % 3 for i in range(10_000)}
    draft = make_draft(takeover="wanglei", split=split("wanglei", "yangyang", "lina"), customer_count=10_000)
    job = await jobs.create(draft, assignment=assignment)
    assert await jobs.assignment(job.id) == assignment
