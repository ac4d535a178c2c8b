"""Whole jobs against the sandbox: resigned and on-job, refusals, a capped takeover member."""

from __future__ import annotations

import base64

from bot.engine import TransferEngine
from bot.sandbox import SandboxWorld
from storage.jobs import JobStore
from storage.transfers import TransferStore
from tests.engine.conftest import approved

DAY = 86400.0
STATUS = {1: "taken_over", 3: "refused", 4: "capped"}


def platform_status(world: SandboxWorld, job_kind: str, takeover: str) -> dict[str, str]:
    return {t.external_userid: STATUS.get(t.status, "waiting") for t in world.transfers
            if t.kind == job_kind and t.takeover_userid == takeover}  # fmt: skip


async def test_resigned_and_onjob_jobs_complete_with_true_final_statuses(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    a = await approved(jobs)
    b = await approved(jobs, handover="chenjing", takeover="zhaomin", path="onjob", requester="tangyue")
    assert await engine.run_once() == 2
    ja, jb = await jobs.get(a.id), await jobs.get(b.id)
    assert ja is not None and jb is not None
    assert (ja.state, jb.state) == ("submitted", "submitted")
    assert ja.exec.started == 250 + 12 and jb.exec.started == 80 + 3
    assert len(world.transfers) == 330
    submitted = [m.content for m in world.delivered("wangfang") if m.content and "已提交" in m.content]
    assert submitted == [f"{a.id} 已提交：250 位客户已发起接替（24 小时后自动完成，客户可拒绝），"
                         "12 个客户群已转给李娜。我会跟进结果。"]  # fmt: skip

    world.advance(DAY + 600)
    # transfer_fail events first (as the callback handler would pass them), then the poll.
    for event in world.outbox:
        assert await engine.on_transfer_fail(event.fields["UserID"], event.fields["ExternalUserID"],
                                             event.fields["FailReason"])  # fmt: skip
    assert await engine.poll(a.id) and await engine.poll(b.id)

    for job, kind, takeover in ((a, "resigned", "lina"), (b, "onjob", "zhaomin")):
        truth = platform_status(world, kind, takeover)
        records = {r.id: r for r in await transfers.records(job.id) if r.kind == "customer"}
        assert {i: r.status for i, r in records.items()} == truth
        done = await jobs.get(job.id)
        assert done is not None and done.state == "completed_with_failures"
        refused = sum(1 for s in truth.values() if s == "refused")
        capped = sum(1 for s in truth.values() if s == "capped")
        assert (done.exec.refused, done.exec.capped) == (refused, capped)
        groups = 12 if kind == "resigned" else 3
        assert done.exec.taken_over == sum(1 for s in truth.values() if s == "taken_over") + groups
        leftovers = sorted(i for i, s in truth.items() if s != "taken_over")
        assert sorted(await transfers.leftovers(job.id)) == leftovers
    # zhaomin had 497 customers of 500: three are taken over, all others refused or capped.
    onjob = list(platform_status(world, "onjob", "zhaomin").values())
    assert onjob.count("taken_over") == 3 and onjob.count("capped") == 80 - 3 - onjob.count("refused") > 60

    # Final report to requester and approver: counts, hint, CSV attachment (more than 10 lines).
    for person in ("tangyue", "liuqiang"):
        texts = [m.content or "" for m in world.delivered(person) if m.msgtype == "text"]
        assert any(f"{b.id} 完成：" in t and "客户数已达上限未接替" in t and "可重新分配" in t for t in texts)
    files = [m for m in world.delivered("tangyue") if m.msgtype == "file"]
    assert len(files) == 1
    assert files[0].card is not None and files[0].card["filename"] == f"{b.id}-未转移名单.csv"
    media = world.media[files[0].card["media_id"]]
    csv_text = base64.b64decode(media.data_b64).decode("utf-8-sig")
    assert csv_text.count("\n") == 1 + len(await transfers.leftovers(b.id))
    assert "接替成员客户数已达上限" in csv_text
