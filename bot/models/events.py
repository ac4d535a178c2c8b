"""Inbound callback payloads (the decrypted ``Encrypt`` plaintext) as typed, frozen models.

``parse_event`` turns the plaintext XML into one member of the ``InboundEvent`` union;
anything we do not act on becomes an ``UnknownEvent`` that still carries its fields.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Literal
from xml.etree.ElementTree import Element

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from crypto import safexml


class EventParseError(ValueError):
    """The decrypted payload is not a WeCom message/event we can read."""


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)

    to_user: str
    from_user: str
    create_time: int
    agent_id: int | None = None
    # Which transport delivered it: the app's HTTP callback, or the intelligent bot's long
    # connection ("aibot"). Defaults keep every callback-edge event (and stored JSON) as it was.
    channel: Literal["app", "aibot"] = "app"
    chat_type: Literal["single", "group"] = "single"
    chat_id: str = ""  # group chats: the group's chatid
    callback_id: str = ""  # aibot: the callback's msgid (the platform's dedupe id for events too)
    reply_req_id: str = ""  # aibot: the req_id a reply or card update must be sent on


class TextMessage(_Event):
    kind: Literal["text"] = "text"
    content: str
    msg_id: str


class CardClick(_Event):
    """template_card_event: a button or submit on one of our interactive cards."""

    kind: Literal["card_click"] = "card_click"
    event_key: str
    task_id: str
    card_type: str = ""
    response_code: str = ""
    selected: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class ContactChange(_Event):
    """change_contact from the contacts-sync event server (member created/updated/deleted)."""

    kind: Literal["contact_change"] = "contact_change"
    change_type: str
    user_id: str = ""
    new_user_id: str = ""
    fields: dict[str, str] = Field(default_factory=dict)


class ExternalContactChange(_Event):
    kind: Literal["external_contact_change"] = "external_contact_change"
    change_type: str
    user_id: str = ""
    external_user_id: str = ""
    fail_reason: str = ""
    source: str = ""


class EnterAgent(_Event):
    kind: Literal["enter_agent"] = "enter_agent"


class UnknownEvent(_Event):
    """Any other message type (image, voice, …) or event we do not act on."""

    kind: Literal["unknown"] = "unknown"
    msg_type: str
    event: str = ""
    fields: dict[str, str] = Field(default_factory=dict)


InboundEvent = Annotated[
    TextMessage | CardClick | ContactChange | ExternalContactChange | EnterAgent | UnknownEvent,
    Field(discriminator="kind"),
]
EVENT_ADAPTER: TypeAdapter[InboundEvent] = TypeAdapter(InboundEvent)

_SIMPLE_FIELDS_LIMIT = 64


def _text(root: Element, tag: str) -> str:
    node = root.find(tag)
    return (node.text or "").strip() if node is not None else ""


def _selected_items(root: Element) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for item in root.iterfind("SelectedItems/SelectedItem"):
        key = _text(item, "QuestionKey")
        if key:
            out[key] = tuple((o.text or "").strip() for o in item.iterfind("OptionIds/OptionId"))
    return out


def _flat_fields(root: Element) -> dict[str, str]:
    return {child.tag: (child.text or "").strip() for child in list(root)[:_SIMPLE_FIELDS_LIMIT] if len(child) == 0}


def parse_event(xml: str | bytes) -> InboundEvent:
    try:
        root = safexml.parse(xml)
    except safexml.RefusedXml as exc:
        raise EventParseError(f"payload is not well-formed XML ({type(exc).__name__})") from None
    msg_type = _text(root, "MsgType")
    if not msg_type:
        raise EventParseError("payload has no MsgType")
    raw_time = _text(root, "CreateTime") or "0"
    if not (raw_time.isascii() and raw_time.isdigit() and len(raw_time) <= 12):
        raise EventParseError("CreateTime is not a number")
    create_time = int(raw_time)
    agent_raw = _text(root, "AgentID")
    base = {
        "to_user": _text(root, "ToUserName"),
        "from_user": _text(root, "FromUserName"),
        "create_time": create_time,
        "agent_id": int(agent_raw) if agent_raw.isascii() and agent_raw.isdigit() and len(agent_raw) < 19 else None,
    }
    if msg_type == "text":
        msg_id = _text(root, "MsgId")
        if not msg_id:
            raise EventParseError("text message without MsgId")
        return TextMessage(**base, content=_text(root, "Content"), msg_id=msg_id)
    if msg_type != "event":
        return UnknownEvent(**base, msg_type=msg_type, fields=_flat_fields(root))
    event = _text(root, "Event")
    if event == "template_card_event":
        return CardClick(
            **base,
            event_key=_text(root, "EventKey"),
            task_id=_text(root, "TaskId"),
            card_type=_text(root, "CardType"),
            response_code=_text(root, "ResponseCode"),
            selected=_selected_items(root),
        )
    if event == "change_contact":
        fields = _flat_fields(root)
        return ContactChange(
            **base,
            change_type=_text(root, "ChangeType"),
            user_id=_text(root, "UserID"),
            new_user_id=_text(root, "NewUserID"),
            fields=fields,
        )
    if event == "change_external_contact":
        return ExternalContactChange(
            **base,
            change_type=_text(root, "ChangeType"),
            user_id=_text(root, "UserID"),
            external_user_id=_text(root, "ExternalUserID"),
            fail_reason=_text(root, "FailReason"),
            source=_text(root, "Source"),
        )
    if event == "enter_agent":
        return EnterAgent(**base)
    return UnknownEvent(**base, msg_type=msg_type, event=event, fields=_flat_fields(root))


def dedupe_key(event: InboundEvent) -> str:
    """MsgId for messages; for events the sender, time, type and the fields that tell real events apart
    (several system events share FromUserName=sys and the same second)."""
    if isinstance(event, TextMessage):
        return f"msg:{event.msg_id}"
    if event.callback_id:  # the long connection: every callback carries a msgid meant for this
        return f"msg:{event.callback_id}"
    if isinstance(event, UnknownEvent) and event.fields.get("MsgId"):
        return f"msg:{event.fields['MsgId']}"
    parts: list[str] = [event.kind, event.from_user, str(event.create_time)]
    if isinstance(event, CardClick):
        parts += [event.task_id, event.event_key, event.response_code]
        parts += [f"{k}={','.join(v)}" for k, v in sorted(event.selected.items())]
    elif isinstance(event, ContactChange):
        parts += [event.change_type, event.user_id, event.new_user_id]
    elif isinstance(event, ExternalContactChange):
        parts += [event.change_type, event.user_id, event.external_user_id, event.fail_reason, event.source]
    elif isinstance(event, UnknownEvent):
        parts += [event.msg_type, event.event, *(f"{k}={v}" for k, v in sorted(event.fields.items()))]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"evt:{digest}"


def ordering_key(event: InboundEvent) -> str:
    """Events of one key are handled in order; different keys run concurrently."""
    if isinstance(event, ExternalContactChange | ContactChange):
        return f"sys:{event.user_id or event.from_user}"
    return event.from_user or "-"
