"""Stacks with their own wiring: the engine woken on the final approval; configured reviewers."""

from __future__ import annotations

from bot.app import AppOptions
from bot.clock import ManualClock
from bot.sandbox import SandboxWorld
from tests.approvals.support import (
    APPROVED_ONWARD,
    audit_actions,
    card,
    click,
    file_job,
    forged_click,
    job,
    key,
    texts_to,
)
from tests.support.stack import DEMO_START, start_stack, stop_stack


class CountingEngine:
    def __init__(self) -> None:
        self.wakes = 0

    def wake(self) -> None:
        self.wakes += 1


async def test_final_approval_wakes_the_engine(redis_url: str, redis: object) -> None:
    engine = CountingEngine()
    clock = ManualClock(DEMO_START)
    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0, extra_services=lambda rt: {"engine": engine})
    stack, closers = await start_stack(redis_url, world=SandboxWorld.demo(clock), options=options)
    try:
        filed = await file_job(stack, customers=250)
        await click(stack, "liuqiang", filed.id, "approve")
        assert engine.wakes == 0  # level 2 still to come
        await click(stack, "sunhong", filed.id, "approve", level=2)
        assert (await job(stack, filed.id)).state in APPROVED_ONWARD
        assert engine.wakes == 1
    finally:
        await stop_stack(closers)


async def test_a_reviewer_who_gave_the_first_approval_cannot_give_the_second(redis_url: str, redis: object) -> None:
    # no leader: both configured approvers may approve; whoever goes first leaves the review to the other
    stack, closers = await start_stack(redis_url, HANDOVER_APPROVERS="liuqiang,sunhong")
    try:
        filed = await file_job(stack, customers=300, leaders=[])
        assert filed.approvers == ["liuqiang", "sunhong"] and filed.second_approvers == ["liuqiang", "sunhong"]
        await click(stack, "liuqiang", filed.id, "approve")
        assert [m.task_id for m in stack.world.cards_for("liuqiang") if "_l2_" in (m.task_id or "")] == []
        review = card(stack, "sunhong", filed.id, level=2)
        assert review.task_id is not None
        await forged_click(stack, "liuqiang", review.task_id, key("approve", filed.id, 2))
        assert (await job(stack, filed.id)).state == "pending_approval"
        assert any("复核需要另一位审批人" in t for t in texts_to(stack, "liuqiang"))
        await click(stack, "sunhong", filed.id, "approve", level=2)
        # The engine may already have run the job on (even to its end): the audit is the record.
        actions = await audit_actions(stack, filed.id)
        assert [a for a in actions if a[0] == "approve"] == [
            ("approve", "liuqiang", "pending_approval", "pending_approval"),
            ("approve", "sunhong", "pending_approval", "approved"),
        ]
    finally:
        await stop_stack(closers)
