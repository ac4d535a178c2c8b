"""Pending approvals expire: one reminder halfway, then the requester is told and the cards freeze."""

from __future__ import annotations

from storage.timers import TimerStore
from tests.approvals.support import (
    APPROVED_ONWARD,
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


async def test_reminder_halfway_then_expiry(stack: Stack) -> None:
    filed = await file_job(stack, customers=250, groups=12)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    ttl = stack.settings.approval_ttl
    stack.clock.advance(ttl / 2 + 1)

    async def reminded() -> bool:
        return any(t.startswith(f"提醒：{filed.id}") for t in texts_to(stack, "liuqiang"))

    await eventually(reminded, "the halfway reminder")
    (reminder,) = [t for t in texts_to(stack, "liuqiang") if t.startswith("提醒")]
    assert "张伟 → 李娜" in reminder and "24 小时后过期" in reminder
    assert texts_to(stack, "sunhong") == []  # level 2 is not their turn yet
    assert (await job(stack, filed.id)).state == "pending_approval"

    stack.clock.advance(ttl / 2)

    async def expired() -> bool:
        return (await job(stack, filed.id)).state == "expired" and any(
            "已自动关闭" in t for t in texts_to(stack, "wangfang")
        )

    await eventually(expired, "the expiry")
    assert (replace_text(stack, "liuqiang", task) or "").startswith("已过期 · ")
    assert [t for t in texts_to(stack, "liuqiang") if t.startswith("提醒")] == [reminder]  # only one reminder
    assert ("transition", "system", "pending_approval", "expired") in await audit_actions(stack, filed.id)
    # a click after expiry changes nothing and says so
    await click(stack, "liuqiang", filed.id, "approve", force=True)
    assert (await job(stack, filed.id)).state == "expired"
    assert any("的审批已于" in t and "过期" in t for t in texts_to(stack, "liuqiang"))


async def test_expiry_texts_approvers_when_no_code_is_left(stack: Stack) -> None:
    stack.world.limits.response_code_ttl = 3600  # the send-time code is dead long before expiry
    filed = await file_job(stack)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    stack.clock.advance(stack.settings.approval_ttl + 1)

    async def told() -> bool:
        return any("的审批已过期" in t for t in texts_to(stack, "liuqiang"))

    await eventually(told, "the follow-up text to the approver")
    assert replace_text(stack, "liuqiang", task) is None
    assert (await job(stack, filed.id)).state == "expired"
    assert any("已自动关闭" in t for t in texts_to(stack, "wangfang"))


async def test_a_decided_job_does_not_expire(stack: Stack) -> None:
    filed = await file_job(stack)
    await click(stack, "liuqiang", filed.id, "approve")
    stack.clock.advance(stack.settings.approval_ttl + 1)
    timers: TimerStore = stack.runtime.services["timers"]
    await eventually(lambda: _absent(timers, f"job_expiry:{filed.id}"), "the expiry timer ran")
    await eventually(lambda: _absent(timers, f"approval_reminder:{filed.id}"), "the reminder timer ran")
    assert (await job(stack, filed.id)).state in APPROVED_ONWARD
    assert not any(t.startswith("提醒") for t in texts_to(stack, "liuqiang"))
    assert not any("已自动关闭" in t for t in texts_to(stack, "wangfang"))


async def _absent(timers: TimerStore, timer_id: str) -> bool:
    status: str = await timers.status(timer_id)
    return status == "absent"
