"""The intelligent bot's long-connection protocol (doc 101463; API.md §12): JSON text frames
``{cmd, headers: {req_id}, body}``; every command is answered by an ack frame without ``cmd``,
``{headers: {req_id}, errcode, errmsg}``, matched to its command by ``req_id``.

Builders for the commands this service sends, a strict reader for what arrives, and the
conversion of a callback into the same typed event the HTTP callback edge produces, so both
transports feed one inbox with one dedupe key (the callback's ``msgid``). Pure: no I/O.

Shapes, as the bot's event doc (101027) defines them for both API modes: an event's details sit
under a key named after its type, ``event: {eventtype: "template_card_event",
template_card_event: {card_type, event_key, task_id, selected_items?}}``; ``from.userid`` is the
member (``from.corpid`` only for third-party bots); ``chatid`` is present in group chats. Inbound
callbacks are not acknowledged by the client; only the client's own commands are.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.models.events import CardClick, EnterAgent, InboundEvent, TextMessage, UnknownEvent

SUBSCRIBE = "aibot_subscribe"
PING = "ping"
MSG_CALLBACK = "aibot_msg_callback"
EVENT_CALLBACK = "aibot_event_callback"
RESPOND_MSG = "aibot_respond_msg"
RESPOND_WELCOME = "aibot_respond_welcome_msg"
RESPOND_UPDATE = "aibot_respond_update_msg"
SEND_MSG = "aibot_send_msg"

DISCONNECTED_EVENT = "disconnected_event"
MAX_FRAME = 1 << 20  # the gateway's frames are small; a megabyte is far beyond any callback

# errcodes seen on this channel (API.md §12, third-party observations of the live platform)
ERR_BAD_CREDENTIALS = 853000
ERR_INVALID_REQ_ID = 846605
ERR_STREAM_EXPIRED = 846608
ERR_RATE = 45009  # [unverified on this channel] over 30/min or 1000/h for one conversation
MARKDOWN_MAX_BYTES = 20480


class FrameError(ValueError):
    """Not a frame of this protocol (bad JSON, wrong shape, too large)."""


class Headers(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow")

    req_id: str = ""


class Frame(BaseModel):
    """One frame either way. A command has ``cmd``; an ack has ``errcode`` and no ``cmd``."""

    model_config = ConfigDict(frozen=True, extra="allow")

    cmd: str = ""
    headers: Headers = Field(default_factory=Headers)
    body: dict[str, Any] | None = None
    errcode: int | None = None
    errmsg: str | None = None

    @property
    def req_id(self) -> str:
        return self.headers.req_id

    @property
    def is_ack(self) -> bool:
        return not self.cmd and self.errcode is not None

    def dump(self) -> str:
        return self.model_dump_json(exclude_none=True)


def new_req_id(prefix: str) -> str:
    """``<prefix>_<ms>_<random>``: unique per command; the prefix tells an ack's kind in logs."""
    return f"{prefix}_{int(time.time() * 1000)}_{secrets.token_hex(6)}"


def parse_frame(raw: str | bytes) -> Frame:
    if len(raw) > MAX_FRAME:
        raise FrameError("frame too large")
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise FrameError("frame is not JSON") from None
    if not isinstance(data, dict):
        raise FrameError("frame is not a JSON object")
    try:
        return Frame.model_validate(data)
    except ValidationError as exc:
        raise FrameError(f"frame has the wrong shape ({exc.error_count()} errors)") from None


def command(cmd: str, body: dict[str, Any] | None = None, req_id: str | None = None) -> Frame:
    return Frame(cmd=cmd, headers=Headers(req_id=req_id or new_req_id(cmd)), body=body)


def subscribe(bot_id: str, secret: str) -> Frame:
    return command(SUBSCRIBE, {"bot_id": bot_id, "secret": secret})


def ping() -> Frame:
    return command(PING)


def respond_msg(req_id: str, body: dict[str, Any]) -> Frame:
    """A reply on a message callback's req_id (markdown, stream, template_card, …)."""
    return command(RESPOND_MSG, body, req_id)


def respond_welcome(req_id: str, body: dict[str, Any]) -> Frame:
    """The welcome on an enter_chat callback's req_id (within 5 s, once)."""
    return command(RESPOND_WELCOME, body, req_id)


def respond_update(req_id: str, template_card: dict[str, Any], userids: list[str] | None = None) -> Frame:
    """Replace the clicked card (card-click req_id only, within 5 s, once)."""
    body: dict[str, Any] = {"response_type": "update_template_card", "template_card": template_card}
    if userids:
        body["userids"] = userids
    return command(RESPOND_UPDATE, body, req_id)


def send_msg(chatid: str, body: dict[str, Any]) -> Frame:
    """A push to a conversation (a userid for a single chat, the chatid for a group)."""
    return command(SEND_MSG, {"chatid": chatid, **body})


def ack(req_id: str, errcode: int = 0, errmsg: str = "ok") -> Frame:
    return Frame(headers=Headers(req_id=req_id), errcode=errcode, errmsg=errmsg)


# --- callbacks → typed events ------------------------------------------------------------------

_MENTION = re.compile(r"^@\S+\s+")


def _s(value: Any) -> str:
    return value if isinstance(value, str) else ""


def event_type(frame: Frame) -> str:
    """The ``event.eventtype`` of an event callback ('' for anything else)."""
    if frame.cmd != EVENT_CALLBACK or frame.body is None:
        return ""
    event = frame.body.get("event")
    return _s(event.get("eventtype")) if isinstance(event, dict) else ""


def is_disconnected(frame: Frame) -> bool:
    """The gateway's notice that another subscription of this bot has replaced this one."""
    return event_type(frame) == DISCONNECTED_EVENT


def _selected(detail: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """``selected_items.selected_item[] {question_key, option_ids.option_id[]}`` (vote/multiple cards)."""
    items = detail.get("selected_items")
    rows = items.get("selected_item") if isinstance(items, dict) else None
    out: dict[str, tuple[str, ...]] = {}
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict) or not _s(row.get("question_key")):
            continue
        ids = row.get("option_ids")
        opts = ids.get("option_id") if isinstance(ids, dict) else None
        out[row["question_key"]] = tuple(_s(o) for o in opts) if isinstance(opts, list) else ()
    return out


def to_event(frame: Frame, *, now: float | None = None) -> InboundEvent | None:
    """The callback as the typed event the callback edge would have produced; None for frames
    that are not a person's message or event (acks, disconnected_event, malformed callbacks)."""
    if frame.cmd not in (MSG_CALLBACK, EVENT_CALLBACK) or frame.body is None:
        return None
    body = frame.body
    msgid = _s(body.get("msgid"))
    sender = body.get("from")
    from_user = _s(sender.get("userid")) if isinstance(sender, dict) else ""
    if not msgid or not from_user:
        return None
    chat_type: Literal["single", "group"] = "group" if body.get("chattype") == "group" else "single"
    created = body.get("create_time")
    base: dict[str, Any] = {
        "to_user": _s(body.get("aibotid")),
        "from_user": from_user,
        "create_time": created if isinstance(created, int) and created >= 0 else int(now or time.time()),
        "channel": "aibot",
        "chat_type": chat_type,
        "chat_id": _s(body.get("chatid")) if chat_type == "group" else "",
        "callback_id": msgid,
        "reply_req_id": frame.req_id,
    }
    msgtype = _s(body.get("msgtype"))
    if frame.cmd == MSG_CALLBACK:
        text = body.get("text")
        if msgtype == "text" and isinstance(text, dict):
            content = _s(text.get("content")).strip()
            if chat_type == "group":  # group messages reach the bot as "@<bot name> …"
                content = _MENTION.sub("", content, count=1)
            return TextMessage(**base, content=content, msg_id=msgid)
        return UnknownEvent(**base, msg_type=msgtype or "unknown", fields={"MsgId": msgid})
    etype = event_type(frame)
    if etype == DISCONNECTED_EVENT or not etype:
        return None
    event = body.get("event")
    detail = event.get(etype) if isinstance(event, dict) else None
    detail = detail if isinstance(detail, dict) else {}
    if etype == "template_card_event":
        return CardClick(
            **base,
            event_key=_s(detail.get("event_key")),
            task_id=_s(detail.get("task_id")),
            card_type=_s(detail.get("card_type")),
            selected=_selected(detail),
        )
    if etype == "enter_chat":
        return EnterAgent(**base)
    flat = {k: v for k, v in detail.items() if isinstance(v, str | int) and not isinstance(v, bool)}
    return UnknownEvent(**base, msg_type="event", event=etype, fields={k: str(v) for k, v in flat.items()})
