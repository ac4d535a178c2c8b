"""Hypothesis against the HTTP edge: whatever arrives, the answer is a 2xx/4xx from the expected set,
never a 5xx or a crash, and refused input never reaches the inbox stream.

One app serves all examples of a test (its inbox accumulates), so "nothing enqueued" is checked
across every example, not just the last one.
"""

from __future__ import annotations

import base64
import time
from urllib.parse import urlencode

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import render_envelope
from tests.crypto.reference import ref_frame, ref_key, ref_pad, ref_raw_encrypt, ref_sign
from tests.hostile.conftest import PATH, REFUSED, Client, inbox_size
from tests.support.wire import AES_KEY, AGENT_ID, CORP_ID, TOKEN, app_crypto, cdata, raw_envelope, signed_post

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KEY = ref_key(AES_KEY)

query_value = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="0123456789abcdef", min_size=40, max_size=40),  # signature-shaped
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(["²", "¹⁷⁰⁰", "١٧٠٠٠٠٠٠٠٠", "1e9", " 1", "\x00", "%00", "+", "𝟙𝟟𝟘𝟘", "9" * 4097]),
)
query = st.dictionaries(
    st.sampled_from(["msg_signature", "timestamp", "nonce", "echostr", "x", "签名"]), query_value, max_size=5
)
xml_noise = st.sampled_from(
    [
        b"",
        b"<xml/>",
        b"<xml><Encrypt></Encrypt></xml>",
        b"<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>",
        b"<xml><Encrypt><b>nested</b></Encrypt></xml>",
        b'<?xml version="1.0" encoding="klingon"?><xml/>',
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Encrypt>&e;</Encrypt></xml>',
        b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b"<xml><Encrypt>&b;</Encrypt></xml>",
        b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><xml/>',
        b"<xml><Encrypt><![CDATA[" + b"A" * 60_000 + b"]]></Encrypt></xml>",
        b"\xef\xbb\xbf<xml><Encrypt>QUJD</Encrypt></xml>",
        b"\xff\xfe<\x00x\x00m\x00l\x00/\x00>\x00",
        b"<xml>" * 5000,
    ]
)
body = st.one_of(st.binary(max_size=2048), xml_noise, st.text(max_size=512).map(lambda s: s.encode("utf-8")))


@FUZZ
@given(q=query, b=body)
async def test_any_post_is_refused_without_a_5xx(edge: Client, q: dict[str, str], b: bytes) -> None:
    resp = await edge.post(PATH, params=q, data=b)
    assert resp.status in REFUSED, (resp.status, q)
    if len(urlencode(q)) < 8000:  # past aiohttp's line limit the framework answers with its own text
        assert await resp.read() == b""  # our refusals carry no detail
    assert await inbox_size(edge) == 0


@FUZZ
@given(q=query)
async def test_any_get_verification_is_refused_without_a_5xx(edge: Client, q: dict[str, str]) -> None:
    resp = await edge.get(PATH, params=q)
    assert resp.status in {400, 403}, (resp.status, q)
    if len(urlencode(q)) < 8000:
        assert await resp.read() == b""


def _signed(encrypt: str, ts: int | None = None, nonce: str = "n0nce") -> dict[str, str]:
    t = str(ts if ts is not None else int(time.time()))
    return {"msg_signature": ref_sign(TOKEN, t, nonce, encrypt), "timestamp": t, "nonce": nonce}


ciphertext = st.one_of(
    st.binary(max_size=300).map(lambda b: base64.b64encode(b).decode()),  # valid Base64, wrong length/key
    st.binary(min_size=1, max_size=20).map(lambda b: base64.b64encode(b * 32).decode()[:-2]),  # truncated
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= -_\n", max_size=300),
    st.binary(min_size=1, max_size=10).map(lambda b: ref_raw_encrypt(KEY, (b * 64)[:64])),  # bad padding mostly
)


@FUZZ
@given(encrypt=ciphertext)
async def test_correctly_signed_garbage_ciphertext_is_400(edge: Client, encrypt: str) -> None:
    """The signature holds (we know the token) but the ciphertext is junk: 400, never enqueued."""
    if not encrypt.strip():
        encrypt = "A"
    resp = await edge.post(PATH, params=_signed(encrypt.strip()), data=raw_envelope(encrypt))
    assert resp.status in {400, 403}
    assert await inbox_size(edge) == 0


frame_parts = st.tuples(
    st.binary(min_size=16, max_size=16),
    st.one_of(st.binary(max_size=400), st.text(max_size=200).map(lambda s: s.encode("utf-8"))),
    st.sampled_from([CORP_ID.encode(), b"", b"wwOTHER", CORP_ID.encode() + b"\x00", CORP_ID.upper().encode()]),
)


@FUZZ
@given(parts=frame_parts)
async def test_correctly_encrypted_arbitrary_plaintext(edge: Client, parts: tuple[bytes, bytes, bytes]) -> None:
    """Real crypto around arbitrary inner bytes: wrong receive_id → 403, non-events → 400."""
    random16, msg, receive_id = parts
    encrypt = ref_raw_encrypt(KEY, ref_pad(ref_frame(random16, msg, receive_id)))
    before = await inbox_size(edge)
    resp = await edge.post(PATH, params=_signed(encrypt), data=raw_envelope(encrypt))
    if receive_id != CORP_ID.encode():
        assert resp.status == 403
    else:
        assert resp.status in {200, 400}
    assert await inbox_size(edge) == before + (1 if resp.status == 200 else 0)


field_text = st.one_of(
    st.text(max_size=80),
    st.sampled_from(["²", "١٧٠٠", "-1", "99999999999999999999999", "", " ", "]]>", "\u202e", "𠀀" * 10]),
)


@st.composite
def event_xml(draw: st.DrawFn) -> str:
    msg_type = draw(st.sampled_from(["text", "event", "image", "", "TEXT"]))
    fields = {
        "ToUserName": draw(field_text),
        "FromUserName": draw(field_text),
        "CreateTime": draw(field_text),
        "MsgType": msg_type,
        "AgentID": draw(st.one_of(st.just(str(AGENT_ID)), field_text)),
    }
    if msg_type == "text":
        fields |= {"Content": draw(field_text), "MsgId": draw(field_text)}
    else:
        fields |= {
            "Event": draw(st.sampled_from(["template_card_event", "change_contact", "change_external_contact",
                                           "enter_agent", "unknown_thing"])),
            "EventKey": draw(field_text), "TaskId": draw(field_text), "ChangeType": draw(field_text),
            "UserID": draw(field_text), "ExternalUserID": draw(field_text),
        }
    safe = {k: "".join(ch for ch in v if ch.isprintable() or ch in "\t\n") for k, v in fields.items()}
    return "<xml>" + "".join(f"<{k}>{cdata(v)}</{k}>" for k, v in safe.items()) + "</xml>"


@FUZZ
@given(xml=event_xml())
async def test_signed_events_with_odd_fields_never_5xx(edge: Client, xml: str) -> None:
    before = await inbox_size(edge)
    req = signed_post(xml)
    resp = await edge.post(PATH, params=req.query, data=req.body)
    assert resp.status in {200, 400}, (resp.status, xml)
    assert await inbox_size(edge) <= before + (1 if resp.status == 200 else 0)


@FUZZ
@given(skew=st.one_of(st.integers(301, 10**9), st.integers(-(10**9), -301)))
async def test_stale_or_future_timestamps_are_403(edge: Client, skew: int) -> None:
    msg = app_crypto().encrypt("<xml><MsgType>text</MsgType></xml>", timestamp=str(int(time.time()) + skew))
    body = render_envelope(CORP_ID, str(AGENT_ID), msg.encrypt)
    q = {"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": msg.nonce}
    resp = await edge.post(PATH, params=q, data=body)
    assert resp.status == 403
    assert await inbox_size(edge) == 0
