"""Sending over the long connection: replies on a message's req_id, pushes to a conversation
that has messaged the bot, template cards, and the one card update a click allows.

Every command is answered by an ack; this returns its errcode (0 = delivered) and raises
``NotConnected``/``ConnectionError``/``TimeoutError`` when nothing could be sent or the answer was
lost. Only the process holding the connection can send (``live``); the outbox leaves a
reachable member's messages to that process for a while before using the app instead.
"""

from __future__ import annotations

import logging
from typing import Any

from bot.longconn import frames as f
from bot.longconn.holder import ConnectionHolder
from bot.wecom.messages import truncate_utf8
from storage.reached import ReachedStore

log = logging.getLogger(__name__)


def markdown(text: str) -> dict[str, Any]:
    """Plain text is not a reply type of the bot (API.md §12): our texts go as markdown."""
    return {"msgtype": "markdown", "markdown": {"content": truncate_utf8(text, f.MARKDOWN_MAX_BYTES)}}


class BotChannel:
    def __init__(self, holder: ConnectionHolder, reached: ReachedStore) -> None:
        self.holder = holder
        self.reached = reached

    def live(self) -> bool:
        conn = self.holder.connection
        return conn is not None and conn.subscribed.is_set()

    async def reachable(self, conversation: str) -> bool:
        return await self.reached.reached(conversation)

    async def reply(self, req_id: str, text: str) -> int:
        return await self._send(f.respond_msg(req_id, markdown(text)))

    async def welcome(self, req_id: str, text: str) -> int:
        return await self._send(f.respond_welcome(req_id, markdown(text)))

    async def push(self, conversation: str, text: str) -> int:
        return await self._send(f.send_msg(conversation, markdown(text)))

    async def push_card(self, userid: str, card: dict[str, Any]) -> int:
        return await self._send(f.send_msg(userid, {"msgtype": "template_card", "template_card": card}))

    async def update_card(self, req_id: str, card: dict[str, Any], userids: list[str]) -> int:
        return await self._send(f.respond_update(req_id, card, userids))

    async def _send(self, frame: f.Frame) -> int:
        answer = await self.holder.request(frame)
        code = answer.errcode or 0
        if code:
            log.info("long connection: %s answered errcode %s (%s)", frame.cmd, code, answer.errmsg)
        return code
