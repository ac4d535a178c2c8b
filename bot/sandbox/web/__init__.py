"""The sandbox web chat page: a browser view of the simulated WeCom that looks like the app.

``setup_web(app, runner)`` mounts it on the sandbox's aiohttp app (``/`` and ``/sandbox/...``):
a member picker, that member's conversation with the bot (template cards rendered with working
buttons), side panels with the org and each member's customers/groups/transfers, and a clock
control. Every message and click goes to the bot as a real encrypted callback through
``runner.sender`` — or, with ``--transport ws``, as a frame on the bot's long connection (and a
group chat is offered); new bot messages arrive over server-sent events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web

from bot.sandbox.web.chatlog import ChatLog
from bot.sandbox.web.handlers import WebState, setup_routes

if TYPE_CHECKING:
    from bot.sandbox.run import SandboxRunner

CHAT_LOG_NAME = "web-chat.json"


def setup_web(app: web.Application, runner: SandboxRunner) -> None:
    log = ChatLog(runner.world_file.parent / CHAT_LOG_NAME)
    if runner.world_file.exists():
        log.load()  # the world was restored: so are the members' own lines
    else:
        log.discard()  # a new world: old lines would not match it
    state = WebState(runner, log)
    runner.listeners.append(state.on_world_changed)
    setup_routes(app, state)


__all__ = ["setup_web"]
