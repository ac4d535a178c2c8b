"""The final approval wakes the transfer engine (service ``engine``) when one is wired."""

from __future__ import annotations

from bot.app import AppOptions
from bot.clock import ManualClock
from bot.sandbox import SandboxWorld
from tests.approvals.support import click, file_job, job
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
        assert (await job(stack, filed.id)).state == "approved"
        assert engine.wakes == 1
    finally:
        await stop_stack(closers)
