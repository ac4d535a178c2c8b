"""Build callbacks exactly as WeCom sends them: plaintext XML → encrypt → sign → envelope."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from xml.sax.saxutils import escape

from crypto import WeComCrypto, render_envelope

CORP_ID = "wwtestcorp0001"
AGENT_ID = 1000002
TOKEN = "TestToken123"
AES_KEY = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"  # 43 chars; non-zero trailing bits on purpose
SECRET = "test-app-secret"

_msgids = itertools.count(7_000_000_000_000_000_001)


def cdata(v: str) -> str:
    return "<![CDATA[" + v.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def text_xml(from_user: str, content: str, *, msg_id: int | None = None, create_time: int | None = None) -> str:
    return (
        f"<xml><ToUserName>{cdata(CORP_ID)}</ToUserName><FromUserName>{cdata(from_user)}</FromUserName>"
        f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType>{cdata('text')}</MsgType>"
        f"<Content>{cdata(content)}</Content><MsgId>{msg_id or next(_msgids)}</MsgId>"
        f"<AgentID>{AGENT_ID}</AgentID></xml>"
    )


def card_click_xml(from_user: str, task_id: str, event_key: str, *, response_code: str = "rc1",
                   create_time: int | None = None) -> str:
    return (
        f"<xml><ToUserName>{cdata(CORP_ID)}</ToUserName><FromUserName>{cdata(from_user)}</FromUserName>"
        f"<CreateTime>{create_time or int(time.time())}</CreateTime><MsgType>{cdata('event')}</MsgType>"
        f"<Event>{cdata('template_card_event')}</Event><EventKey>{cdata(event_key)}</EventKey>"
        f"<TaskId>{cdata(task_id)}</TaskId><CardType>{cdata('button_interaction')}</CardType>"
        f"<ResponseCode>{cdata(response_code)}</ResponseCode><AgentID>{AGENT_ID}</AgentID></xml>"
    )


@dataclass(frozen=True)
class SignedRequest:
    query: dict[str, str]
    body: bytes


def app_crypto(receive_id: str = CORP_ID, token: str = TOKEN, key: str = AES_KEY) -> WeComCrypto:
    return WeComCrypto(token, key, receive_id)


def signed_post(plaintext: str, *, crypto: WeComCrypto | None = None, timestamp: int | None = None,
                nonce: str = "1372623149") -> SignedRequest:
    crypto = crypto or app_crypto()
    msg = crypto.encrypt(plaintext, timestamp=str(timestamp or int(time.time())), nonce=nonce)
    body = render_envelope(CORP_ID, str(AGENT_ID), msg.encrypt)
    return SignedRequest(
        query={"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": msg.nonce}, body=body
    )


def raw_envelope(encrypt: str) -> bytes:
    return (
        f"<xml><ToUserName>{cdata(CORP_ID)}</ToUserName><AgentID>{AGENT_ID}</AgentID>"
        f"<Encrypt>{cdata(escape(encrypt))}</Encrypt></xml>"
    ).encode()
