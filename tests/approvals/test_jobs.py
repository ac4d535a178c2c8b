"""The job commands in chat (status, list, cancel) and the whole story from a chat request."""

from __future__ import annotations

from tests.approvals.support import (
    audit_actions,
    card,
    click,
    eventually,
    file_job,
    job,
    replace_text,
    texts_to,
)
from tests.support.stack import Stack


async def _depart_zhangwei(stack: Stack) -> None:
    stack.world.delete_member("zhangwei", at=stack.clock.now() - 3600)
    await stack.sender.contact_deleted("zhangwei")
    await stack.idle()


async def test_story_from_chat_request_to_two_approvals(stack: Stack) -> None:
    await _depart_zhangwei(stack)
    await stack.say("wangfang", "把张伟的客户交接给李娜")
    (preview,) = await stack.say("wangfang", "1")
    job_id = preview.split("\n")[0].removeprefix("交接预览 ")
    sent = card(stack, "liuqiang", job_id)
    assert sent.card is not None and sent.card["main_title"]["title"] == f"客户交接审批 {job_id}"
    assert stack.world.cards_for("sunhong") == []
    await click(stack, "liuqiang", job_id, "approve")
    await click(stack, "sunhong", job_id, "approve", level=2)
    assert (await job(stack, job_id)).state in ("approved", "running", "submitted", "paused")
    assert f"{job_id} 已获批准（刘强、孙红），开始交接。" in texts_to(stack, "wangfang")
    status = await stack.say("wangfang", f"{job_id} 进度")
    assert len(status) == 1 and status[0].startswith(job_id)
    assert "张伟（销售一部，已离职）→ 李娜（销售一部）" in status[0]
    assert "刘强 已同意" in status[0] and "孙红 已同意" in status[0]


async def test_status_by_job_member_and_mine(stack: Stack) -> None:
    filed = await file_job(stack, customers=250, groups=12)
    (text,) = await stack.say("wangfang", f"{filed.id} 进度")
    assert text.startswith(f"{filed.id} · 等待审批")
    assert "离职继承：250 位客户，12 个客户群" in text and "等待刘强审批" in text and "发起人：王芳" in text
    (about,) = await stack.say("wangfang", "张伟的交接进度")
    assert about == text
    (mine,) = await stack.say("liuqiang", "进度")  # the approver is involved
    assert mine.startswith(f"{filed.id} · 等待审批")
    (english,) = await stack.say("wangfang", "how is the Zhang handover going")
    assert english.startswith(f"{filed.id} · waiting for approval") and "Zhang Wei" in english


async def test_status_is_private_to_the_people_involved(stack: Stack) -> None:
    filed = await file_job(stack)
    assert await stack.say("zhoujie", f"{filed.id} 进度") == [f"没有找到 {filed.id}，或你没有参与这个交接。"]
    (admin,) = await stack.say("tangyue", f"{filed.id} 进度")  # admins see every job
    assert admin.startswith(filed.id)
    (none,) = await stack.say("zhoujie", "进度")
    assert none.startswith("你目前没有参与任何交接")


async def test_lists(stack: Stack) -> None:
    a = await file_job(stack, handover="zhangwei")
    b = await file_job(stack, handover="chenjing", takeover="zhoujie")
    (pending,) = await stack.say("liuqiang", "待我审批")
    assert pending.startswith("等你审批的交接（2 个）") and a.id in pending and b.id in pending
    assert "张伟 → 李娜 · 50 位客户 · 等待审批" in pending
    (mine,) = await stack.say("wangfang", "我的申请")
    assert mine.startswith("你发起的交接（2 个）")
    (everything,) = await stack.say("tangyue", "所有交接")
    assert everything.startswith("进行中的交接（2 个）")
    await click(stack, "liuqiang", a.id, "approve")
    (pending,) = await stack.say("liuqiang", "待我审批")
    assert b.id in pending and a.id not in pending
    assert await stack.say("sunhong", "待我审批") == ["目前没有等你审批的交接。"]
    (not_admin,) = await stack.say("lina", "所有交接")
    assert not_admin.startswith("只有 HR 管理员可以查看全部交接") and a.id in not_admin and b.id not in not_admin


async def test_cancel_while_pending_freezes_the_cards(stack: Stack) -> None:
    filed = await file_job(stack)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    assert await stack.say("lina", f"取消 {filed.id}") == [f"只有发起人（王芳）或 HR 管理员可以撤回 {filed.id}。"]
    assert await stack.say("zhoujie", f"取消 {filed.id}") == [f"没有找到 {filed.id}，或你没有参与这个交接。"]
    assert await stack.say("wangfang", f"取消 {filed.id}") == [f"已撤回 {filed.id}，客户不会转移。"]
    assert (await job(stack, filed.id)).state == "cancelled"
    assert (replace_text(stack, "liuqiang", task) or "").startswith("已撤回 · 王芳 · ")
    await click(stack, "liuqiang", filed.id, "approve", force=True)
    assert (await job(stack, filed.id)).state == "cancelled"
    assert any(t.startswith(f"{filed.id} 已由王芳于") and "撤回" in t for t in texts_to(stack, "liuqiang"))
    assert ("transition", "wangfang", "pending_approval", "cancelled") in await audit_actions(stack, filed.id)
    # the live guard is released: a new request for the same member can be filed
    again = await file_job(stack)
    assert again.id != filed.id
    assert await stack.say("wangfang", f"取消 {filed.id}") == [f"{filed.id} 已经已撤回，不需要撤回。"]


async def test_admin_cancel_of_an_approved_job_tells_the_requester(stack: Stack) -> None:
    engine = stack.runtime.services.get("engine")
    if engine is not None:  # keep the engine from starting the job under this test
        await engine.stop()
    filed = await file_job(stack)
    await click(stack, "liuqiang", filed.id, "approve")
    state = (await job(stack, filed.id)).state
    (reply,) = await stack.say("tangyue", f"取消 {filed.id}")
    after = await job(stack, filed.id)
    if state == "approved":
        assert reply == f"已撤回 {filed.id}，客户不会转移。" and after.state == "cancelled"
        assert f"{filed.id} 已被唐悦撤回。" in texts_to(stack, "wangfang")
    else:  # the engine was quicker: the job stops between batches
        assert "停止" in reply and after.state in ("stopped", "submitted", "completed", "completed_with_failures")


async def test_stop_a_running_job(stack: Stack) -> None:
    filed = await file_job(stack)
    await click(stack, "liuqiang", filed.id, "approve")
    jobs = stack.runtime.services["jobs"]
    moved = await jobs.transition(filed.id, to="running", actor="engine", expected_from={"approved"})
    if not moved.applied:  # a real engine got there first
        await eventually(lambda: _state_in(stack, filed.id, {"running", "paused", "submitted", "completed"}),
                         "the engine picked the job up")  # fmt: skip
    current = (await job(stack, filed.id)).state
    (reply,) = await stack.say("wangfang", f"取消 {filed.id}")
    if current in ("running", "paused"):
        assert reply == f"{filed.id} 会在当前这一批完成后停止，已经转移的客户保持不变。停止后我会告诉你结果。"
        assert (await job(stack, filed.id)).state == "stopped"
    else:
        assert filed.id in reply


async def _state_in(stack: Stack, job_id: str, states: set[str]) -> bool:
    return (await job(stack, job_id)).state in states
