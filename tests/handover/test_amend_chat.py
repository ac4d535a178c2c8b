"""A correction right after a request ("不是给何静，改成给李娜", "actually not He Jing — make it Li Na
instead"), through the real chat path on the demo directory: the requester's job still awaiting
approval is withdrawn and filed again with the new receiver, once confirmed; a job that has moved
on is never touched, and without a recent request the bot asks whose customers are meant."""

from __future__ import annotations

from tests.approvals.support import click
from tests.handover.conftest import recent_jobs
from tests.support.stack import Stack


async def _file_first(hstack: Stack) -> str:
    [preview] = await hstack.say("wangfang", "陈静的客户交接给何静")
    [job] = await recent_jobs(hstack)
    assert preview.startswith(f"交接预览 {job.id}\n") and job.takeover == "hejing"
    return job.id


async def test_a_correction_is_confirmed_then_the_job_is_withdrawn_and_filed_again(hstack: Stack) -> None:
    first = await _file_first(hstack)
    [asked] = await hstack.say("wangfang", "不是给何静，改成给李娜")
    assert asked.startswith(f"要把 {first}（陈静 → 何静）的接收人改成李娜吗？"), asked
    assert [j.state for j in await recent_jobs(hstack)] == ["pending_approval"]  # nothing before the answer
    withdrawn, preview = await hstack.say("wangfang", "1")
    assert withdrawn.startswith(f"已撤回 {first}")
    jobs = {j.id: j for j in await recent_jobs(hstack)}
    assert len(jobs) == 2 and jobs[first].state == "cancelled"
    [new] = [j for j in jobs.values() if j.id != first]
    assert (new.handover, new.takeover, new.state) == ("chenjing", "lina", "pending_approval")
    assert preview.startswith(f"交接预览 {new.id}\n")


async def test_in_english_and_a_no_keeps_the_job(hstack: Stack) -> None:
    first = await _file_first(hstack)
    [asked] = await hstack.say("wangfang", "actually not He Jing — make it Li Na instead")
    assert asked.startswith(f"Change the receiver of {first} ("), asked
    await hstack.say("wangfang", "no")
    [job] = await recent_jobs(hstack)
    assert (job.id, job.takeover, job.state) == (first, "hejing", "pending_approval")


async def test_the_same_receiver_changes_nothing(hstack: Stack) -> None:
    first = await _file_first(hstack)
    await hstack.say("wangfang", "不对，改成给何静")
    [same] = await hstack.say("wangfang", "1")
    assert same == f"{first} 的接收人已经是何静，没有改动。"
    [job] = await recent_jobs(hstack)
    assert (job.id, job.state) == (first, "pending_approval")


async def test_a_job_approved_meanwhile_is_never_withdrawn_or_stopped(hstack: Stack) -> None:
    first = await _file_first(hstack)
    await hstack.say("wangfang", "不是给何静，改成给李娜")
    await click(hstack, "liuqiang", first, "approve")  # the manager approves on the card meanwhile
    assert (await recent_jobs(hstack))[0].state != "pending_approval"
    said = await hstack.say("wangfang", "1")  # (with the approval's own notices to the requester)
    [refused] = [t for t in said if t.startswith(f"{first} 现在是“")]
    assert "不能改了；没有提交新的交接" in refused, said
    listed = await recent_jobs(hstack)
    assert [j.id for j in listed] == [first] and listed[0].state not in ("cancelled", "stopped")


async def test_without_a_recent_request_it_asks_whose_customers(hstack: Stack) -> None:
    [asked] = await hstack.say("wangfang", "不是给何静，改成给李娜")
    assert asked == "要交接哪位同事的客户？请回复姓名或 userid。"
    [preview] = await hstack.say("wangfang", "陈静")
    [job] = await recent_jobs(hstack)
    assert (job.handover, job.takeover) == ("chenjing", "lina") and preview.startswith(f"交接预览 {job.id}\n")
