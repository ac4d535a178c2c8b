"""The event loop ``serve`` runs on: uvloop when it is installed (the default on Linux), else
asyncio's own. On this project's bench machine uvloop made the callback edge about 11% faster
(bench/all.py: 6,890 vs 6,188 req/s at 32 connections), since the edge is mostly socket I/O:
HTTP in, one Redis script, HTTP out. ``HANDOVER_EVENT_LOOP`` picks one explicitly."""

from __future__ import annotations

import asyncio
import importlib.util
from typing import Literal

EventLoopChoice = Literal["auto", "asyncio", "uvloop"]


class EventLoopUnavailable(RuntimeError):
    """``uvloop`` was asked for but is not installed."""


def uvloop_installed() -> bool:
    return importlib.util.find_spec("uvloop") is not None


def new_event_loop(choice: EventLoopChoice = "auto") -> asyncio.AbstractEventLoop:
    if choice == "asyncio" or (choice == "auto" and not uvloop_installed()):
        return asyncio.new_event_loop()
    try:
        import uvloop
    except ImportError as exc:
        raise EventLoopUnavailable("HANDOVER_EVENT_LOOP=uvloop, but uvloop is not installed") from exc
    loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
    return loop


def loop_name(loop: asyncio.AbstractEventLoop) -> str:
    return "uvloop" if type(loop).__module__.startswith("uvloop") else "asyncio"
