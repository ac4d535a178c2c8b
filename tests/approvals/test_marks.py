"""ApprovalMarks: a follow-up runs once; a slow one keeps its claim, a dead holder's is taken over."""

from __future__ import annotations

import asyncio

from bot.approvals.marks import ApprovalMarks
from bot.clock import ManualClock
from storage.connection import Redis
from storage.keys import Keys

LEASE = 0.3


async def test_a_slow_follow_up_keeps_its_claim_until_it_finishes(redis: Redis, keys: Keys) -> None:
    marks = ApprovalMarks(redis, keys, ManualClock(0.0), lease=LEASE)
    other = ApprovalMarks(redis, keys, ManualClock(0.0), lease=LEASE)  # another process
    taken_over: list[bool] = []

    async def meanwhile() -> None:
        await asyncio.sleep(LEASE * 2.5)  # well past one lease: only renewal keeps the claim
        taken_over.append(await other.claim("H-1", "notify:approved"))

    async with marks.once("H-1", "notify:approved") as first:
        assert first
        await meanwhile()  # the send is still going on
    assert taken_over == [False]
    async with other.once("H-1", "notify:approved") as again:
        assert not again  # done: never sent twice


async def test_a_dead_holders_claim_is_taken_over_after_the_lease(redis: Redis, keys: Keys) -> None:
    dead = ApprovalMarks(redis, keys, ManualClock(0.0), lease=LEASE)
    assert await dead.claim("H-2", "notify:approved")  # then the process dies: no renewal, no finish
    survivor = ApprovalMarks(redis, keys, ManualClock(0.0), lease=LEASE)
    assert not await survivor.claim("H-2", "notify:approved")
    await asyncio.sleep(LEASE * 1.2)
    async with survivor.once("H-2", "notify:approved") as first:
        assert first  # the notice is sent rather than lost


async def test_a_failed_follow_up_gives_its_claim_back(redis: Redis, keys: Keys) -> None:
    marks = ApprovalMarks(redis, keys, ManualClock(0.0), lease=LEASE)
    try:
        async with marks.once("H-3", "reminded") as first:
            assert first
            raise ConnectionError("send failed")
    except ConnectionError:
        pass
    async with marks.once("H-3", "reminded") as again:
        assert again  # a retried event tries again
