"""Approve / reject on the cards, through encrypted template_card_event callbacks."""

from __future__ import annotations

import asyncio

from tests.approvals.support import (
    APPROVED_ONWARD,
    audit_actions,
    card,
    click,
    file_job,
    forged_click,
    job,
    key,
    replace_text,
    texts_to,
)
from tests.support.stack import Stack


async def test_approve_freezes_the_card_and_tells_the_requester(stack: Stack) -> None:
    filed = await file_job(stack)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    await click(stack, "liuqiang", filed.id, "approve")
    after = await job(stack, filed.id)
    assert after.state in APPROVED_ONWARD and after.decided_by == "liuqiang"
    frozen = replace_text(stack, "liuqiang", task)
    assert frozen is not None and frozen.startswith("已同意 · 刘强 · 11-26 ")
    assert f"{filed.id} 已获批准（刘强），开始交接。" in texts_to(stack, "wangfang")
    assert any(t == f"已同意 {filed.id}。" for t in texts_to(stack, "liuqiang"))
    actions = await audit_actions(stack, filed.id)
    assert ("create", "wangfang", None, "pending_approval") in actions
    assert ("approve", "liuqiang", "pending_approval", "approved") in actions


async def test_a_double_click_decides_once(stack: Stack) -> None:
    filed = await file_job(stack)
    await click(stack, "liuqiang", filed.id, "approve")
    await click(stack, "liuqiang", filed.id, "approve", force=True)  # a stale copy / re-sent event
    await click(stack, "liuqiang", filed.id, "reject", force=True)
    actions = [a for a, *_ in await audit_actions(stack, filed.id)]
    assert actions.count("approve") == 1 and "reject" not in actions
    assert (await job(stack, filed.id)).state in APPROVED_ONWARD
    said = texts_to(stack, "liuqiang")
    assert sum("已由你于" in t and "同意" in t for t in said) == 2
    assert texts_to(stack, "wangfang").count(f"{filed.id} 已获批准（刘强），开始交接。") == 1


async def test_two_approvers_clicking_at_once_make_one_decision(stack: Stack) -> None:
    filed = await file_job(stack, leaders=["liuqiang", "wulei"])
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None and card(stack, "wulei", filed.id).task_id == task  # one card, two copies
    await asyncio.gather(
        stack.sender.click_card("liuqiang", task, key("approve", filed.id)),
        stack.sender.click_card("wulei", task, key("reject", filed.id)),
    )
    await stack.idle()
    decisions = [(a, actor) for a, actor, *_ in await audit_actions(stack, filed.id) if a in ("approve", "reject")]
    assert len(decisions) == 1
    winner = decisions[0][1]
    loser = "wulei" if winner == "liuqiang" else "liuqiang"
    after = await job(stack, filed.id)
    assert after.decided_by == winner and after.state in (*APPROVED_ONWARD, "rejected")
    # both copies are frozen with the winner's decision; the loser was told who decided
    for userid in ("liuqiang", "wulei"):
        text = replace_text(stack, userid, task)
        assert text is not None and ("刘强" if winner == "liuqiang" else "吴磊") in text
    assert any(f"{filed.id} 已由" in t for t in texts_to(stack, loser))


async def test_a_forged_click_from_a_non_approver_changes_nothing(stack: Stack) -> None:
    filed = await file_job(stack)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    await forged_click(stack, "lina", task, key("approve", filed.id))  # the takeover member
    await forged_click(stack, "wangfang", task, key("approve", filed.id))  # the requester
    await forged_click(stack, "zhoujie", task, key("approve", filed.id))  # nobody in particular
    await forged_click(stack, "sunhong", task, key("approve", filed.id, 2))  # a level they do not have
    after = await job(stack, filed.id)
    assert after.state == "pending_approval" and after.approvals == [] and after.version == filed.version
    assert replace_text(stack, "liuqiang", task) is None
    entries = await stack.runtime.services["audit"].for_job(filed.id)
    notes = {e.actor: e.note for e in entries if e.action == "decide_refused"}
    assert notes == {
        "lina": "separation_of_duties", "wangfang": "separation_of_duties",
        "zhoujie": "not_approver", "sunhong": "task_mismatch",
    }  # fmt: skip
    assert "你不是这个交接的审批人。" in texts_to(stack, "zhoujie")
    assert texts_to(stack, "wangfang") == [] or all("已获批准" not in t for t in texts_to(stack, "wangfang"))


async def test_a_key_from_another_job_on_this_card_is_refused(stack: Stack) -> None:
    a = await file_job(stack, handover="zhangwei")
    b = await file_job(stack, handover="chenjing")
    task_a = card(stack, "liuqiang", a.id).task_id
    assert task_a is not None
    await forged_click(stack, "liuqiang", task_a, key("approve", b.id))
    assert (await job(stack, a.id)).state == "pending_approval"
    assert (await job(stack, b.id)).state == "pending_approval"


async def test_reject_with_a_reason_reaches_the_requester(stack: Stack) -> None:
    filed = await file_job(stack)
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    await click(stack, "liuqiang", filed.id, "reject")
    assert (await job(stack, filed.id)).state == "rejected"
    assert any("要告诉王芳原因吗" in t for t in texts_to(stack, "liuqiang"))
    frozen = replace_text(stack, "liuqiang", task)
    assert frozen is not None and frozen.startswith("已拒绝 · 刘强 · ")
    said = await stack.say("liuqiang", "客户还在谈续约，先别动")
    assert said == ["已把原因转告王芳。"]
    assert f"{filed.id} 被刘强拒绝，原因：客户还在谈续约，先别动" in texts_to(stack, "wangfang")
    entries = await stack.runtime.services["audit"].for_job(filed.id)
    assert [(e.action, e.note) for e in entries if e.action == "reject_reason"] == [
        ("reject_reason", "客户还在谈续约，先别动")
    ]
    assert any(e.action == "reject" and e.to_state == "rejected" for e in entries)
    # the fallback notice does not tell the requester a second time
    stack.clock.advance(stack.settings.dialog_ttl + 5)
    await stack.runtime.timer_service.run_once()
    assert sum(filed.id in t and "拒绝" in t for t in texts_to(stack, "wangfang")) == 1


async def test_reject_skip_and_silence_still_tell_the_requester(stack: Stack) -> None:
    a = await file_job(stack, handover="zhangwei")
    await click(stack, "liuqiang", a.id, "reject")
    assert await stack.say("liuqiang", "跳过") == ["好的，已通知王芳。"]
    assert f"{a.id} 被刘强拒绝。" in texts_to(stack, "wangfang")
    b = await file_job(stack, handover="chenjing")
    await click(stack, "liuqiang", b.id, "reject")
    assert not any(b.id in t for t in texts_to(stack, "wangfang"))  # waiting for the reason
    stack.clock.advance(stack.settings.dialog_ttl + 5)
    await stack.runtime.timer_service.run_once()
    assert f"{b.id} 被刘强拒绝。" in texts_to(stack, "wangfang")


async def test_two_person_rule_sends_the_review_card_after_the_first_approval(stack: Stack) -> None:
    filed = await file_job(stack, customers=250, groups=12)
    await click(stack, "liuqiang", filed.id, "approve")
    pending = await job(stack, filed.id)
    assert pending.state == "pending_approval" and pending.awaited_level == 2
    review = card(stack, "sunhong", filed.id, level=2)
    assert review.card is not None and review.card["main_title"]["title"] == f"客户交接复核 {filed.id}"
    assert "刘强已于" in review.card["sub_title_text"]
    assert review.card["button_list"][0]["key"] == f"v1:approve:{filed.id}:2"
    assert f"{filed.id} 已由刘强同意，正在等待孙红复核。" in texts_to(stack, "wangfang")
    level1 = card(stack, "liuqiang", filed.id).task_id
    assert level1 is not None and (replace_text(stack, "liuqiang", level1) or "").startswith("已同意 · 刘强")
    # the first approver cannot also give the second approval
    await forged_click(stack, "liuqiang", review.task_id or "", key("approve", filed.id, 2))
    assert (await job(stack, filed.id)).awaited_level == 2
    await click(stack, "sunhong", filed.id, "approve", level=2)
    done = await job(stack, filed.id)
    assert done.state in APPROVED_ONWARD and [a.userid for a in done.approvals] == ["liuqiang", "sunhong"]
    assert f"{filed.id} 已获批准（刘强、孙红），开始交接。" in texts_to(stack, "wangfang")
    assert (replace_text(stack, "sunhong", review.task_id or "") or "").startswith("已同意 · 孙红")
    entries = await stack.runtime.services["audit"].for_job(filed.id)
    decided = [(e.action, e.actor, e.to_state) for e in entries if e.action in ("approve", "reject")]
    assert decided == [("approve", "liuqiang", "pending_approval"), ("approve", "sunhong", "approved")]
    assert [(e.actor, e.note) for e in entries if e.action == "decide_refused"] == [("liuqiang", "not_approver")]
