"""The authorization matrix, in one place: every action is checked where it happens (on the
message or the click), and nothing an unauthorized person does changes state."""

from __future__ import annotations

import pytest

from bot.cards import ButtonKey
from tests.approvals.support import audit_actions, card, click, file_job, forged_click, job
from tests.support.stack import Stack


async def _jobs(stack: Stack) -> list[str]:
    return [j.id for j in await stack.runtime.services["jobs"].recent(20)]


async def test_only_admins_request_handovers(stack: Stack) -> None:
    [reply] = await stack.say("lina", "把陈静的客户交接给周杰")
    assert "只有 HR 管理员" in reply and "王芳" in reply
    [reply] = await stack.say("lina", "hand over Chen Jing's customers to Zhou Jie")
    assert "HR admins" in reply
    assert await _jobs(stack) == []


async def test_only_admins_start_offboarding_for_someone_else(stack: Stack) -> None:
    [reply] = await stack.say("lina", "陈静12月4日离职，开始离职清单")
    assert "HR" in reply
    assert await stack.runtime.services["checklists"].involving("chenjing") == []


@pytest.mark.parametrize("who", ["lina", "wangfang", "zhangwei2", "tangyue"])
async def test_a_click_from_anyone_but_the_approver_changes_nothing(stack: Stack, who: str) -> None:
    filed = await file_job(stack, takeover="lina", requester="wangfang")
    task_id = card(stack, "liuqiang", filed.id).task_id
    assert task_id is not None
    await forged_click(stack, who, task_id, ButtonKey("approve", filed.id, "1").pack())
    after = await job(stack, filed.id)
    assert after.state == "pending_approval" and after.approvals == []
    # the attempt is kept for the security log
    assert [a for a, *_ in await audit_actions(stack, filed.id)].count("decide_refused") == 1


async def test_garbage_and_foreign_keys_are_ignored(stack: Stack) -> None:
    filed = await file_job(stack)
    other = await file_job(stack, handover="chenjing", takeover="zhoujie")
    task_id = card(stack, "liuqiang", filed.id).task_id
    assert task_id is not None
    await forged_click(stack, "liuqiang", task_id, "approve")  # not a key of ours
    await forged_click(stack, "liuqiang", task_id, "v1:approve:" + "x" * 2000)  # too long
    await forged_click(stack, "liuqiang", task_id, ButtonKey("approve", other.id, "1").pack())  # another job's key
    assert (await job(stack, filed.id)).state == "pending_approval"
    assert (await job(stack, other.id)).state == "pending_approval"


async def test_a_replayed_click_after_the_decision_decides_nothing_new(stack: Stack) -> None:
    engine = stack.runtime.services["engine"]
    await engine.stop()
    filed = await file_job(stack)
    await click(stack, "liuqiang", filed.id, "approve")
    decided = await job(stack, filed.id)
    await click(stack, "liuqiang", filed.id, "reject", force=True)  # the same card, clicked again later
    after = await job(stack, filed.id)
    assert after.decision == decided.decision == "approve" and after.decided_at == decided.decided_at
    assert [a for a, *_ in await audit_actions(stack, filed.id)].count("approve") == 1


async def test_only_the_requester_or_an_admin_cancels(stack: Stack) -> None:
    filed = await file_job(stack, requester="wangfang")
    [reply] = await stack.say("lina", f"取消 {filed.id}")
    assert (await job(stack, filed.id)).state == "pending_approval"
    assert reply == f"只有发起人（王芳）或 HR 管理员可以撤回 {filed.id}。"
    await stack.say("tangyue", f"取消 {filed.id}")  # another admin may
    assert (await job(stack, filed.id)).state == "cancelled"


async def test_records_are_not_shown_to_uninvolved_members(stack: Stack) -> None:
    [reply] = await stack.say("lilei", "张伟的交接记录")
    assert "只有 HR 管理员" in reply or "多位" in reply  # never the records themselves
    assert "→" not in reply
