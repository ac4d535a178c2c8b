"""serve's event loop: uvloop when installed (it is a dependency on Linux), asyncio's on request."""

from __future__ import annotations

import asyncio

import pytest

from bot import eventloop
from bot.eventloop import EventLoopUnavailable, loop_name, new_event_loop


@pytest.mark.parametrize(("choice", "expected"), [("auto", "uvloop"), ("uvloop", "uvloop"), ("asyncio", "asyncio")])
def test_the_loop_serve_runs_on(choice: eventloop.EventLoopChoice, expected: str) -> None:
    assert eventloop.uvloop_installed()  # pyproject installs it on Linux
    loop = new_event_loop(choice)
    try:
        assert loop_name(loop) == expected
        assert loop.run_until_complete(asyncio.sleep(0, result=42)) == 42
    finally:
        loop.close()


def test_without_uvloop_auto_falls_back_and_an_explicit_choice_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(eventloop, "uvloop_installed", lambda: False)
    loop = new_event_loop("auto")
    try:
        assert loop_name(loop) == "asyncio"
    finally:
        loop.close()
    monkeypatch.setitem(__import__("sys").modules, "uvloop", None)  # import uvloop → ImportError
    with pytest.raises(EventLoopUnavailable, match="HANDOVER_EVENT_LOOP=uvloop"):
        new_event_loop("uvloop")
