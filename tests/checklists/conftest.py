"""A stack whose checklist template names an IT owner (caoyang), and helpers to move the clock
and wait for the durable timers that became due."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from bot.checklists.service import series_id
from storage.connection import Redis
from tests.support.stack import SHANGHAI, Stack, start_stack, stop_stack

START = "陈静12月4日离职，开始离职清单，接替人李娜"


def template_with_it_owner(tmp_path: Path) -> Path:
    text = resources.files("bot.checklists").joinpath("default_template.toml").read_text(encoding="utf-8")
    path = tmp_path / "checklist.toml"
    path.write_text(text.replace("it_owners = []", 'it_owners = ["caoyang"]'), encoding="utf-8")
    return path


@pytest.fixture
async def cl_stack(redis_url: str, redis: Redis, tmp_path: Path) -> AsyncIterator[Stack]:
    stack, closers = await start_stack(redis_url, HANDOVER_CHECKLIST_TEMPLATE=str(template_with_it_owner(tmp_path)))
    yield stack
    await stop_stack(closers)


def services(stack: Stack) -> dict[str, Any]:
    return stack.runtime.services  # type: ignore[no-any-return]


async def start_chenjing(stack: Stack) -> str:
    """wangfang starts chenjing's checklist (last day Fri 2026-12-04, successor lina); its id."""
    replies = await stack.say("wangfang", START)
    assert replies and "已为陈静" in replies[0], replies
    checklist = await services(stack)["checklists"].store.open_for_member("chenjing")
    assert checklist is not None
    return str(checklist.id)


async def move_to(stack: Stack, month: int, day: int, hour: int = 10, minute: int = 0) -> None:
    stack.clock.set(datetime(2026, month, day, hour, minute, tzinfo=SHANGHAI).timestamp())


async def settle(stack: Stack, checklist_id: str, timeout: float = 20.0) -> None:
    """Wait until the reminder series of ``checklist_id`` is not due any more at the current time
    (the timer service ran it and it rescheduled itself, or the series ended)."""
    timers = services(stack)["timers"]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        status = await timers.status(series_id(checklist_id))
        if status == "absent":
            return
        if status == "due":
            timer = await timers.get(series_id(checklist_id))
            if timer is not None and timer.due > stack.clock.now():
                return
        if loop.time() > deadline:
            raise AssertionError(f"reminder series of {checklist_id} did not run ({status})")
        await asyncio.sleep(0.05)


def texts_for(stack: Stack, userid: str) -> list[str]:
    return [m.content or "" for m in stack.world.delivered(userid) if m.msgtype == "text"]


_REMINDER_MARKS = ("离职清单提醒", "中，你负责的", "项已逾期", "今天是最后工作日", "已过，已完成")


def reminders_for(stack: Stack, userid: str) -> list[str]:
    """The scheduled messages (reminders, escalations, summaries) ``userid`` got so far."""
    return [t for t in texts_for(stack, userid) if any(mark in t for mark in _REMINDER_MARKS)]


async def wait_for(check: Any, what: str, timeout: float = 20.0) -> None:
    """Poll the async predicate ``check()`` until it is true (the timer service runs every 0.5 s)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def reminder_times(stack: Stack, userid: str) -> list[datetime]:
    """When each scheduled message to ``userid`` was delivered, in Shanghai time."""
    return [
        datetime.fromtimestamp(m.sent_at, SHANGHAI)
        for m in stack.world.delivered(userid)
        if m.msgtype == "text" and m.content and any(mark in m.content for mark in _REMINDER_MARKS)
    ]
