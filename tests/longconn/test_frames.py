"""Frames of the long connection ↔ the typed events of the callback edge."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.longconn import frames as f
from bot.models.events import (
    EVENT_ADAPTER,
    CardClick,
    EnterAgent,
    TextMessage,
    UnknownEvent,
    dedupe_key,
    ordering_key,
    parse_event,
)
from tests.support.wire import text_xml


def callback(cmd: str, body: Any, req_id: str = "req-1") -> f.Frame:
    return f.parse_frame(json.dumps({"cmd": cmd, "headers": {"req_id": req_id}, "body": body}))


def text_body(content: str, *, msgid: str = "m-1", chatid: str = "") -> dict[str, object]:
    body: dict[str, object] = {"msgid": msgid, "aibotid": "bot1", "chattype": "group" if chatid else "single",
                               "from": {"userid": "wangfang"}, "msgtype": "text", "text": {"content": content}}
    if chatid:
        body["chatid"] = chatid
    return body


def test_a_text_callback_is_the_text_message_the_callback_edge_produces() -> None:
    event = f.to_event(callback(f.MSG_CALLBACK, text_body("把张伟的客户交接给李娜")), now=1700000000)
    assert isinstance(event, TextMessage)
    assert (event.from_user, event.content, event.msg_id) == ("wangfang", "把张伟的客户交接给李娜", "m-1")
    assert (event.channel, event.chat_type, event.chat_id, event.reply_req_id) == ("aibot", "single", "", "req-1")
    assert dedupe_key(event) == "msg:m-1"
    assert ordering_key(event) == "wangfang"
    # what goes through the inbox comes back out whole
    assert EVENT_ADAPTER.validate_json(event.model_dump_json()) == event


def test_the_same_msgid_gives_the_same_dedupe_key_on_every_delivery() -> None:
    one = f.to_event(callback(f.MSG_CALLBACK, text_body("hi"), "req-a"))
    two = f.to_event(callback(f.MSG_CALLBACK, text_body("hi"), "req-b"))
    assert one is not None and two is not None
    assert dedupe_key(one) == dedupe_key(two)


def test_a_group_message_records_the_chat_and_loses_its_mention() -> None:
    body = text_body("@交接助手 hand over Zhang's clients to Li", chatid="wrGRP1")
    event = f.to_event(callback(f.MSG_CALLBACK, body))
    assert isinstance(event, TextMessage)
    assert (event.chat_type, event.chat_id, event.content) == ("group", "wrGRP1", "hand over Zhang's clients to Li")


def test_a_card_click_is_a_card_click_deduplicated_by_its_msgid() -> None:
    body = {"msgid": "e-9", "aibotid": "bot1", "chattype": "single", "from": {"userid": "liuqiang"},
            "msgtype": "event", "event": {"eventtype": "template_card_event", "template_card_event": {
                "card_type": "vote_interaction", "event_key": "approve:H-1001", "task_id": "t-1",
                "selected_items": {"selected_item": [{"question_key": "q", "option_ids": {"option_id": ["a", "b"]}}]},
            }}}
    event = f.to_event(callback(f.EVENT_CALLBACK, body, "click-req"))
    assert isinstance(event, CardClick)
    assert (event.event_key, event.task_id, event.card_type) == ("approve:H-1001", "t-1", "vote_interaction")
    assert event.selected == {"q": ("a", "b")}
    assert event.reply_req_id == "click-req"
    assert dedupe_key(event) == "msg:e-9"


def test_enter_chat_other_events_and_other_messages() -> None:
    base = {"msgid": "e-1", "aibotid": "bot1", "chattype": "single", "from": {"userid": "chenjing"}, "msgtype": "event"}
    enter = f.to_event(callback(f.EVENT_CALLBACK, {**base, "event": {"eventtype": "enter_chat"}}))
    assert isinstance(enter, EnterAgent) and enter.from_user == "chenjing"
    feedback = f.to_event(callback(f.EVENT_CALLBACK, {**base, "event": {"eventtype": "feedback_event",
                                                                        "feedback_event": {"id": "x", "type": 1}}}))
    assert isinstance(feedback, UnknownEvent) and feedback.event == "feedback_event"
    assert feedback.fields == {"id": "x", "type": "1"}
    image = f.to_event(callback(f.MSG_CALLBACK, {**base, "msgtype": "image", "image": {"url": "u"}}))
    assert isinstance(image, UnknownEvent) and image.msg_type == "image" and dedupe_key(image) == "msg:e-1"


def test_frames_that_are_not_a_persons_callback_make_no_event() -> None:
    kicked = callback(f.EVENT_CALLBACK, {"msgid": "d", "aibotid": "bot1", "msgtype": "event",
                                         "event": {"eventtype": "disconnected_event"}})
    assert f.is_disconnected(kicked) and f.to_event(kicked) is None
    assert f.to_event(f.ack("r")) is None
    assert f.to_event(callback(f.MSG_CALLBACK, {"msgtype": "text", "text": {"content": "no msgid"}})) is None


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b'{"headers": 5}', b"x" * (f.MAX_FRAME + 1)])
def test_unreadable_frames_are_refused(raw: bytes) -> None:
    with pytest.raises(f.FrameError):
        f.parse_frame(raw)


def test_commands_and_acks_on_the_wire() -> None:
    sub = json.loads(f.subscribe("bot1", "s3cret").dump())
    assert sub["cmd"] == "aibot_subscribe" and sub["body"] == {"bot_id": "bot1", "secret": "s3cret"}
    assert sub["headers"]["req_id"].startswith("aibot_subscribe_")
    assert f.subscribe("b", "s").req_id != f.subscribe("b", "s").req_id
    upd = json.loads(f.respond_update("click-req", {"card_type": "text_notice", "task_id": "t-1"}).dump())
    assert upd == {"cmd": "aibot_respond_update_msg", "headers": {"req_id": "click-req"},
                   "body": {"response_type": "update_template_card",
                            "template_card": {"card_type": "text_notice", "task_id": "t-1"}}}
    push = json.loads(f.send_msg("wangfang", {"msgtype": "markdown", "markdown": {"content": "hi"}}).dump())
    assert push["body"]["chatid"] == "wangfang" and push["cmd"] == "aibot_send_msg"
    answer = f.parse_frame(f.ack("r-1", 846605, "invalid req_id").dump())
    assert answer.is_ack and (answer.req_id, answer.errcode) == ("r-1", 846605)


def test_callback_edge_events_are_unchanged_by_the_new_fields() -> None:
    event = parse_event(text_xml("wangfang", "hello", msg_id=77))
    assert isinstance(event, TextMessage)
    assert (event.channel, event.chat_type, event.callback_id) == ("app", "single", "")
    assert dedupe_key(event) == "msg:77"
