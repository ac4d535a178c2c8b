"""Stopping is bounded: a task that ignores its cancellation is left behind (and logged), and the
caller's own timeout still fires — the two ways ``suppress(CancelledError): await task`` hangs."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.tasks import finish


async def stubborn(release: asyncio.Event) -> str:
    """Swallows every cancellation until released."""
    while not release.is_set():
        try:
            await release.wait()
        except asyncio.CancelledError:
            continue
    return "released"


async def test_a_task_that_ignores_cancellation_is_left_behind_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    release = asyncio.Event()
    task = asyncio.create_task(stubborn(release), name="stubborn")
    await asyncio.sleep(0)
    with caplog.at_level(logging.ERROR, logger="bot.tasks"):
        await asyncio.wait_for(finish([task], grace=0.01, cancel_grace=0.01, what="test"), 30)
    assert not task.done()
    assert "test stubborn did not end" in caplog.text
    release.set()
    assert await asyncio.wait_for(task, 30) == "released"


async def test_the_callers_timeout_fires_even_while_finishing_a_stubborn_task() -> None:
    release = asyncio.Event()
    task = asyncio.create_task(stubborn(release))
    await asyncio.sleep(0)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.05):
            await finish([task], grace=3600, cancel_grace=3600)
    assert not task.done()  # the caller gave up; the task was not cancelled on its behalf
    release.set()
    await asyncio.wait_for(task, 30)


async def test_finished_tasks_errors_are_read_not_raised() -> None:
    async def boom() -> None:
        raise ValueError("x")

    async def fine() -> int:
        await asyncio.Event().wait()
        return 1

    failing, waiting = asyncio.create_task(boom()), asyncio.create_task(fine())
    await asyncio.wait_for(finish([failing, waiting], grace=0.01), 30)
    assert isinstance(failing.exception(), ValueError) and waiting.cancelled()
