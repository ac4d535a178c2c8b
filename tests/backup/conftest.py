"""Backup scenarios run the real app on the sandbox demo (encrypted callbacks in, WeComClient out),
with the transfer engine stopped so only the approval conversation is on screen."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack

A_CLASS = {"group_name": "客户等级", "tag_name": "A类", "type": 1, "tag_id": "etSbxLevelA"}


@asynccontextmanager
async def demo_stack(
    redis_url: str, prepare: Callable[[SandboxWorld], Any] | None = None, **settings: Any
) -> AsyncIterator[Stack]:
    world = SandboxWorld.demo(ManualClock(DEMO_START))
    if prepare is not None:
        prepare(world)
    s, closers = await start_stack(redis_url, world=world, **settings)
    await s.runtime.services["engine"].stop()
    try:
        yield s
    finally:
        await stop_stack(closers)


def tag_a_class(world: SandboxWorld, userid: str, n: int) -> list[str]:
    """Strip the member's customers of tags, then tag ``n`` of them A类; their names, sorted as the
    preview sorts them (by name, then id)."""
    customers = sorted(world.corp.customers_of(userid), key=lambda c: c.external_userid)
    for c in customers:
        follow = c.followed_by(userid)
        assert follow is not None
        follow.tags = []
    picked = customers[3:3 + n]
    for c in picked:
        follow = c.followed_by(userid)
        assert follow is not None
        follow.tags.append(dict(A_CLASS))
    return [c.name for c in sorted(picked, key=lambda c: (c.name, c.external_userid))]
