"""The intelligent bot's long-connection gateway (wss://openws.work.weixin.qq.com), simulated:
``SandboxGateway(world).mount(app, "/aibot/ws")`` on the sandbox API app.

Rules (API.md §12, doc 101463, the official SDKs):
- The first command is ``aibot_subscribe {bot_id, secret}``; wrong credentials → 853000.
- One live connection per bot: a new subscription sends the old socket an ``aibot_event_callback``
  with ``disconnected_event``, then drops it without a close frame (``kick_drop_delay`` later).
- Every command is acknowledged ``{headers: {req_id}, errcode, errmsg}``; ``ping`` → errcode 0.
- Replies name the req_id of a callback: ``aibot_respond_msg`` on a message's (within 24 h; a
  stream may be refreshed for 6 min, then 846608), ``aibot_respond_welcome_msg`` on an enter_chat's
  (5 s, once), ``aibot_respond_update_msg`` on a card click's (5 s, once). Unknown, expired, used
  or of the wrong kind → 846605.
- ``aibot_send_msg`` only to a conversation whose user has messaged the bot; template cards only
  in single chats.
- 30 messages a minute and 1000 an hour per conversation, replies and pushes together.
What the bot sends lands in ``world.inboxes`` (a group's under ``group:<chatid>``) with ``via`` set.

Decisions [unverified]: a command before a successful subscribe → 846609; a push to a
conversation that never messaged the bot → 846610; a template card pushed to a group → 40058;
over the per-conversation rate → 45009 (nothing delivered); a non-stream reply uses its req_id up.

Fault knobs: ``close()`` (graceful close frame), ``abort()`` (TCP gone, no close frame),
``freeze()`` (the socket stays open and nothing is answered, pings included), ``ack_delay``,
``lose_acks`` (commands carried out whose ack never comes: the sender cannot know they went out).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import WSMsgType, web

from bot.longconn import frames as f
from bot.sandbox.world import DeliveredMessage, SandboxWorld

ERR_NOT_SUBSCRIBED = 846609  # [unverified]
ERR_NO_CONVERSATION = 846610  # [unverified]
ERR_BAD_PARAM = 40058
ERR_RATE = 45009  # [unverified] on this channel
REPLY_TTL = 24 * 3600.0
STREAM_TTL = 6 * 60.0
CLICK_TTL = 5.0

Kind = Literal["msg", "enter_chat", "card"]


class NotConnected(RuntimeError):
    """No live subscription of the bot to deliver a callback to."""


@dataclass
class GatewayConnection:
    id: int
    ws: web.WebSocketResponse
    transport: asyncio.BaseTransport | None
    bot_id: str = ""
    frozen: bool = False
    kicked: bool = False
    received: list[f.Frame] = field(default_factory=list)


@dataclass
class IssuedReq:
    """A req_id the gateway sent with a callback: what a reply on it may do."""

    kind: Kind
    userid: str
    conversation: str  # the userid (single chat) or chatid (group)
    chat_type: str
    issued_at: float
    task_id: str = ""
    used: bool = False
    streams: dict[str, DeliveredMessage] = field(default_factory=dict)


class SandboxGateway:
    def __init__(self, world: SandboxWorld, *, kick_drop_delay: float = 0.05) -> None:
        self.world = world
        self.kick_drop_delay = kick_drop_delay
        self.ack_delay = 0.0
        self.lose_acks: dict[str, int] = {}  # cmd → how many of its next acks to drop after carrying it out
        self.refused: dict[int, int] = {}  # errcode → how many commands were answered with it
        self.connections: list[GatewayConnection] = []
        self.live: dict[str, GatewayConnection] = {}
        self.subscriptions = 0  # successful subscribes, ever
        self.answered = 0  # commands acknowledged, ever
        self.issued: dict[str, IssuedReq] = {}
        self.messaged: set[str] = set()  # conversations whose user has messaged the bot
        self._sends: dict[str, deque[float]] = {}
        self._ids = itertools.count(1)
        self._tasks: set[asyncio.Task[None]] = set()

    def mount(self, app: web.Application, path: str = "/aibot/ws") -> None:
        app.router.add_get(path, self.handle)

    # --- what tests and the sandbox page drive ----------------------------------------------
    def connection(self, bot_id: str | None = None) -> GatewayConnection | None:
        return self.live.get(bot_id or self.world.credentials.bot_id)

    def received(self, cmd: str) -> list[f.Frame]:
        return [fr for c in self.connections for fr in c.received if fr.cmd == cmd]

    async def send_text(self, userid: str, content: str, *, chatid: str = "", msgid: str | None = None) -> str:
        """A member writes to the bot (in a group: ``chatid``, an @-mention). Returns the msgid;
        pass it again to deliver the same callback twice."""
        body: dict[str, Any] = {"msgtype": "text", "text": {"content": content}}
        return await self._callback(f.MSG_CALLBACK, "msg", userid, body, chatid=chatid, msgid=msgid)

    async def click(self, userid: str, task_id: str, event_key: str, *, card_type: str = "button_interaction",
                    chatid: str = "", msgid: str | None = None, selected: dict[str, list[str]] | None = None) -> str:
        """A button (or, with ``selected`` question_key → option ids, a submit) on a card."""
        detail: dict[str, Any] = {"card_type": card_type, "event_key": event_key, "task_id": task_id}
        if selected:
            detail["selected_items"] = {"selected_item": [
                {"question_key": q, "option_ids": {"option_id": list(ids)}} for q, ids in selected.items()]}
        body = {"msgtype": "event", "event": {"eventtype": "template_card_event", "template_card_event": detail}}
        return await self._callback(f.EVENT_CALLBACK, "card", userid, body, chatid=chatid, msgid=msgid,
                                    task_id=task_id)

    async def enter_chat(self, userid: str) -> str:
        body = {"msgtype": "event", "event": {"eventtype": "enter_chat", "enter_chat": {}}}
        return await self._callback(f.EVENT_CALLBACK, "enter_chat", userid, body)

    async def close(self, bot_id: str | None = None) -> None:
        """Graceful: a close frame, as a gateway restart would send."""
        conn = self.connection(bot_id)
        if conn is not None:
            await conn.ws.close()

    def abort(self, bot_id: str | None = None) -> None:
        """The TCP connection vanishes: no close frame (a NAT timeout, a crashed gateway)."""
        conn = self.connection(bot_id)
        if conn is not None:
            self._abort(conn)

    def freeze(self, bot_id: str | None = None) -> None:
        """The peer stays connected and answers nothing: pings go unacknowledged."""
        conn = self.connection(bot_id)
        if conn is not None:
            conn.frozen = True

    # --- the socket -----------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=f.MAX_FRAME)
        await ws.prepare(request)
        conn = GatewayConnection(next(self._ids), ws, request.transport)
        self.connections.append(conn)
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                try:
                    frame = f.parse_frame(msg.data)
                except f.FrameError:
                    continue
                conn.received.append(frame)
                if conn.frozen or conn.kicked:  # read, never answered
                    continue
                errcode, errmsg = self._command(conn, frame)
                if errcode:
                    self.refused[errcode] = self.refused.get(errcode, 0) + 1
                if self.lose_acks.get(frame.cmd, 0) > 0:
                    self.lose_acks[frame.cmd] -= 1
                    continue
                self.answered += 1
                self._answer(conn, f.ack(frame.req_id, errcode, errmsg))
        finally:
            if conn.bot_id and self.live.get(conn.bot_id) is conn:
                del self.live[conn.bot_id]
        return ws

    def _answer(self, conn: GatewayConnection, frame: f.Frame) -> None:
        async def send() -> None:
            if self.ack_delay:
                await asyncio.sleep(self.ack_delay)
            if not conn.ws.closed and not conn.frozen:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await conn.ws.send_str(frame.dump())

        self._spawn(send())

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _abort(self, conn: GatewayConnection) -> None:
        if isinstance(conn.transport, asyncio.WriteTransport):
            conn.transport.abort()

    def _command(self, conn: GatewayConnection, frame: f.Frame) -> tuple[int, str]:
        body = frame.body or {}
        if frame.cmd == f.SUBSCRIBE:
            return self._subscribe(conn, body)
        if not conn.bot_id:
            return ERR_NOT_SUBSCRIBED, "not subscribed"
        if frame.cmd == f.PING:
            return 0, "ok"
        if frame.cmd in (f.RESPOND_MSG, f.RESPOND_WELCOME, f.RESPOND_UPDATE):
            return self._reply(frame.cmd, frame.req_id, body)
        if frame.cmd == f.SEND_MSG:
            return self._push(body)
        return ERR_BAD_PARAM, f"unknown cmd {frame.cmd!r}"

    def _subscribe(self, conn: GatewayConnection, body: dict[str, Any]) -> tuple[int, str]:
        c = self.world.credentials
        if body.get("bot_id") != c.bot_id or body.get("secret") != c.bot_secret:
            return f.ERR_BAD_CREDENTIALS, "invalid bot_id or secret"
        old = self.live.get(c.bot_id)
        conn.bot_id = c.bot_id
        self.live[c.bot_id] = conn
        self.subscriptions += 1
        if old is not None and old is not conn:
            old.kicked = True
            notice = f.command(f.EVENT_CALLBACK, {
                "msgid": self.world.next_id("aibevt"), "aibotid": c.bot_id, "create_time": int(self.world.now()),
                "msgtype": "event", "event": {"eventtype": f.DISCONNECTED_EVENT, f.DISCONNECTED_EVENT: {}},
            })

            async def kick() -> None:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await old.ws.send_str(notice.dump())
                await asyncio.sleep(self.kick_drop_delay)
                self._abort(old)

            self._spawn(kick())
        return 0, "ok"

    # --- callbacks out ----------------------------------------------------------------------
    async def _callback(self, cmd: str, kind: Kind, userid: str, body: dict[str, Any], *, chatid: str = "",
                        msgid: str | None = None, task_id: str = "") -> str:
        conn = self.connection()
        if conn is None or conn.frozen:
            raise NotConnected("the bot holds no live long connection")
        msgid = msgid or self.world.next_id("aibmsg")
        chat_type = "group" if chatid else "single"
        full = {"msgid": msgid, "aibotid": conn.bot_id, "chattype": chat_type, "from": {"userid": userid},
                "create_time": int(self.world.now()), **body}
        if chatid:
            full["chatid"] = chatid
        frame = f.command(cmd, full)
        conversation = chatid or userid
        self.issued[frame.req_id] = IssuedReq(kind, userid, conversation, chat_type, self.world.now(), task_id)
        if kind == "msg":
            self.messaged.add(conversation)
        await conn.ws.send_str(frame.dump())
        return msgid

    # --- replies and pushes in --------------------------------------------------------------
    def _reply(self, cmd: str, req_id: str, body: dict[str, Any]) -> tuple[int, str]:
        req = self.issued.get(req_id)
        wanted: Kind = {f.RESPOND_MSG: "msg", f.RESPOND_WELCOME: "enter_chat"}.get(cmd, "card")  # type: ignore[assignment]
        ttl = REPLY_TTL if wanted == "msg" else CLICK_TTL
        if req is None or req.kind != wanted or req.used or self.world.now() > req.issued_at + ttl:
            return f.ERR_INVALID_REQ_ID, "invalid req_id"
        if cmd == f.RESPOND_UPDATE:
            card = body.get("template_card")
            if body.get("response_type") != "update_template_card" or not isinstance(card, dict):
                return ERR_BAD_PARAM, "template_card required"
            req.used = True
            targets = body.get("userids") or [req.userid]
            for userid in targets if isinstance(targets, list) else []:
                for msg in self.world.inboxes.get(str(userid), []):
                    if msg.task_id == req.task_id and msg.card is not None:
                        msg.card = copy.deepcopy(card)
            return 0, "ok"
        if body.get("msgtype") == "stream":
            return self._stream(req, body)
        if not self._allowed(req.conversation):
            return ERR_RATE, "api freq out of limit"
        req.used = True
        self._deliver(req.conversation, req.chat_type == "group", body, cmd)
        return 0, "ok"

    def _stream(self, req: IssuedReq, body: dict[str, Any]) -> tuple[int, str]:
        stream = body.get("stream")
        if not isinstance(stream, dict) or not isinstance(stream.get("id"), str):
            return ERR_BAD_PARAM, "stream.id required"
        shown = req.streams.get(stream["id"])
        if shown is None:
            if not self._allowed(req.conversation):
                return ERR_RATE, "api freq out of limit"
            shown = self._deliver(req.conversation, req.chat_type == "group",
                                  {"msgtype": "stream", "stream": stream}, f.RESPOND_MSG)
            req.streams[stream["id"]] = shown
        elif self.world.now() > shown.sent_at + STREAM_TTL:
            return f.ERR_STREAM_EXPIRED, "stream expired"
        shown.content = str(stream.get("content") or "")
        if stream.get("finish"):
            req.used = True
        return 0, "ok"

    def _push(self, body: dict[str, Any]) -> tuple[int, str]:
        chatid = body.get("chatid")
        if not isinstance(chatid, str) or chatid not in self.messaged:
            return ERR_NO_CONVERSATION, "the conversation has not messaged the bot"
        group = chatid not in self.world.corp.members
        if group and body.get("msgtype") == "template_card":
            return ERR_BAD_PARAM, "template_card is for single chats only"
        if not self._allowed(chatid):
            return ERR_RATE, "api freq out of limit"
        self._deliver(chatid, group, body, f.SEND_MSG)
        return 0, "ok"

    def _allowed(self, conversation: str) -> bool:
        now, lim = self.world.now(), self.world.limits
        sends = self._sends.setdefault(conversation, deque())
        while sends and sends[0] <= now - 3600:
            sends.popleft()
        if len(sends) >= 1000 or sum(1 for t in sends if t > now - 60) >= lim.messages_per_member_per_minute:
            return False
        sends.append(now)
        return True

    def _deliver(self, conversation: str, group: bool, body: dict[str, Any], via: str) -> DeliveredMessage:
        msgtype = str(body.get("msgtype") or "")
        section = body.get(msgtype)
        card = copy.deepcopy(section) if msgtype == "template_card" and isinstance(section, dict) else None
        content = str(section.get("content") or "") if isinstance(section, dict) and card is None else None
        msg = DeliveredMessage(
            msgtype=msgtype, msgid=self.world.next_id("aibout"), sent_at=self.world.now(), content=content,
            card=card, task_id=str(card.get("task_id")) if card and card.get("task_id") else None,
            via=via, chat_id=conversation if group else "",
        )
        self.world.inboxes.setdefault(f"group:{conversation}" if group else conversation, []).append(msg)
        return msg
