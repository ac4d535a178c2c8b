"""Filing: approvers from the directory, separation of duties, the two-person rule, the card."""

from __future__ import annotations

from bot.approvals.filing import Duplicate, Refused
from storage.jobs import expiry_timer_id
from tests.approvals.support import card, file, file_job, request
from tests.support.stack import Stack


async def test_plan_takes_the_direct_leader_and_adds_a_reviewer_over_the_limit(stack: Stack) -> None:
    filer = stack.runtime.services["filer"]
    small = await filer.plan(await request(stack, customers=50))
    assert (small.approvers, small.second_approvers, small.needs_second, small.refusal) == (
        ("liuqiang",), (), False, None,
    )  # fmt: skip
    big = await filer.plan(await request(stack, customers=250))
    assert (big.approvers, big.second_approvers, big.needs_second, big.refusal) == (
        ("liuqiang",), ("sunhong",), True, None,
    )  # fmt: skip


async def test_a_leader_who_requests_does_not_approve(stack: Stack) -> None:
    filer = stack.runtime.services["filer"]
    plan = await filer.plan(await request(stack, requester="liuqiang"))
    assert plan.approvers == ("sunhong",)  # falls back to HANDOVER_APPROVERS
    # liuqiang hands over; his leader sunhong asks: nobody else is left
    plan = await filer.plan(await request(stack, requester="sunhong", handover="liuqiang"))
    assert plan.approvers == () and plan.refusal is not None and "孙红" in plan.refusal
    refused = await file(stack, requester="sunhong", handover="liuqiang")
    assert isinstance(refused, Refused) and "孙红" in refused.text
    assert await stack.runtime.services["jobs"].recent() == []


async def test_takeover_member_never_approves(stack: Stack) -> None:
    # lina's handover to her own leader: liuqiang takes over, so he cannot approve it
    plan = await stack.runtime.services["filer"].plan(await request(stack, handover="lina", takeover="liuqiang"))
    assert plan.approvers == ("sunhong",)


async def test_two_person_rule_needs_a_different_reviewer(stack: Stack) -> None:
    # sunhong asks: she cannot review, and nobody else is configured
    refused = await file(stack, requester="sunhong", customers=300)
    assert isinstance(refused, Refused)
    assert "200" in refused.text and "两位" in refused.text


async def test_filing_sends_the_leader_a_card_and_schedules_expiry(stack: Stack) -> None:
    job = await file_job(stack, customers=250, groups=12, reason="离职")
    assert job.state == "pending_approval"
    assert job.approvers == ["liuqiang"] and job.second_approvers == ["sunhong"] and job.needs_second_approval
    assert "李娜" in job.transfer_success_msg and len(job.transfer_success_msg) <= 200
    sent = card(stack, "liuqiang", job.id)
    body = sent.card
    assert body is not None and sent.task_id is not None
    assert body["card_type"] == "button_interaction"
    assert body["main_title"]["title"] == f"客户交接审批 {job.id}"
    values = {h["keyname"]: h["value"] for h in body["horizontal_content_list"]}
    assert values["交出人"].startswith("张伟（销售一部") and values["接替人"] == "李娜（销售一部）"
    assert values["客户"] == "250" and values["客户群"] == "12" and values["方式"] == "离职继承"
    assert values["发起人"] == "王芳"
    assert "孙红复核" in body["sub_title_text"] and "原因：离职" in body["sub_title_text"]
    assert [b["text"] for b in body["button_list"]] == ["同意", "拒绝"]
    assert [b["key"] for b in body["button_list"]] == [f"v1:approve:{job.id}:1", f"v1:reject:{job.id}:1"]
    # nobody else got it; the card is recorded with its send-time response code
    assert stack.world.cards_for("sunhong") == [] and stack.world.cards_for("wangfang") == []
    jobs = stack.runtime.services["jobs"]
    (record,) = await jobs.cards(job.id)
    assert record.task_id == sent.task_id and record.userids == ["liuqiang"] and record.response_code
    timers = stack.runtime.services["timers"]
    expiry = await timers.get(expiry_timer_id(job.id))
    assert expiry is not None and expiry.due == job.created_at + stack.settings.approval_ttl
    reminder = await timers.get(f"approval_reminder:{job.id}")
    assert reminder is not None and reminder.due == job.created_at + stack.settings.approval_ttl / 2


async def test_english_request_gets_an_english_card(stack: Stack) -> None:
    job = await file_job(stack, lang="en")
    body = card(stack, "liuqiang", job.id).card
    assert body is not None
    assert body["main_title"]["title"] == f"Handover approval {job.id}"
    assert [b["text"] for b in body["button_list"]] == ["Approve", "Reject"]
    assert "Li" in job.transfer_success_msg and job.transfer_success_msg.startswith("Hello")


async def test_duplicate_request_points_to_the_live_job(stack: Stack) -> None:
    first = await file_job(stack)
    again = await file(stack, takeover="zhoujie")
    assert isinstance(again, Duplicate) and again.existing.id == first.id
    assert len(stack.world.cards_for("liuqiang")) == 1


async def test_every_card_has_a_new_task_id(stack: Stack) -> None:
    a = await file_job(stack, handover="zhangwei")
    b = await file_job(stack, handover="chenjing")
    ids = [m.task_id for m in stack.world.cards_for("liuqiang")]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert all(t is not None and t.startswith(f"ho_{j.id}_l1_") for t, j in zip(ids, (a, b), strict=True))
