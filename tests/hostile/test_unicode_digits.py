"""Characters that ``str.isdigit()`` accepts but ``int()`` refuses (superscripts, circled digits).

A digit check followed by int() is the classic trap: '²'.isdigit() is True, int('²') raises.
"""

from __future__ import annotations

import time

import pytest

from bot.models.events import EventParseError, TextMessage, parse_event
from tests.hostile.conftest import PATH, Client, inbox_size
from tests.support.wire import app_crypto, signed_post, text_xml

TRAPS = ["²", "¹⁷⁰⁰⁰⁰⁰⁰⁰⁰", "①", "1²"]
TRAP_IDS = ["superscript-two", "superscript-number", "circled-one", "digit-then-superscript"]


@pytest.mark.parametrize("ts", TRAPS, ids=TRAP_IDS)
async def test_post_with_isdigit_but_not_int_timestamp_is_403(edge: Client, ts: str) -> None:
    req = signed_post(text_xml("lina", "hi"))
    resp = await edge.post(PATH, params={**req.query, "timestamp": ts}, data=req.body)
    assert resp.status == 403
    assert await inbox_size(edge) == 0


@pytest.mark.parametrize("ts", TRAPS, ids=TRAP_IDS)
async def test_get_with_isdigit_but_not_int_timestamp_is_403(edge: Client, ts: str) -> None:
    msg = app_crypto().encrypt("echo", timestamp=str(int(time.time())), nonce="n1")
    resp = await edge.get(PATH, params={"msg_signature": msg.signature, "timestamp": ts, "nonce": "n1",
                                        "echostr": msg.encrypt})
    assert resp.status == 403


async def test_arabic_indic_digits_are_a_real_number_and_still_checked(edge: Client) -> None:
    """int() accepts other decimal scripts; the value is then simply stale or unsigned → 403."""
    req = signed_post(text_xml("lina", "hi"))
    resp = await edge.post(PATH, params={**req.query, "timestamp": "١٧٠٠٠٠٠٠٠٠"}, data=req.body)
    assert resp.status == 403


def _text_with_agent(agent: str) -> str:
    return (f"<xml><ToUserName>c</ToUserName><FromUserName>lina</FromUserName><CreateTime>1700000000</CreateTime>"
            f"<MsgType>text</MsgType><Content>hi</Content><MsgId>1</MsgId><AgentID>{agent}</AgentID></xml>")


@pytest.mark.parametrize("agent", ["²", "①", "1" * 5000], ids=["superscript", "circled", "5000-digits"])
def test_parse_event_odd_agent_id_raises_only_event_parse_error(agent: str) -> None:
    try:
        event = parse_event(_text_with_agent(agent))
    except EventParseError:
        return
    assert isinstance(event, TextMessage) and event.agent_id is None


async def test_signed_callback_with_superscript_agent_id_is_not_5xx(edge: Client) -> None:
    req = signed_post(_text_with_agent("²"))
    resp = await edge.post(PATH, params=req.query, data=req.body)
    assert resp.status in {200, 400}
