"""The callback edge: every good and bad input, and that nothing bad reaches the inbox."""

from __future__ import annotations

import time

import pytest
from aiohttp.test_utils import TestClient

from bot.app import RUNTIME, AppOptions, create_app
from bot.models.events import EVENT_ADAPTER, CardClick, TextMessage
from tests.crypto.reference import ref_frame, ref_key, ref_pad, ref_raw_encrypt, ref_sign
from tests.support.app import make_settings
from tests.support.wire import (
    AES_KEY,
    CORP_ID,
    TOKEN,
    app_crypto,
    card_click_xml,
    raw_envelope,
    signed_post,
    text_xml,
)

PATH = "/wecom/callback"


@pytest.fixture
async def edge(aiohttp_client, redis_url, redis) -> TestClient:  # type: ignore[no-untyped-def]
    # workers=0: the edge alone, so the tests can look at what sits in the inbox
    settings = make_settings("http://127.0.0.1:9")
    app = create_app(settings, AppOptions(redis_url=redis_url, workers=0, background=False))
    return await aiohttp_client(app)


async def inbox_events(edge: TestClient) -> list[object]:
    rt = edge.app[RUNTIME]
    rows = await rt.redis.xrange(rt.keys.inbox())
    return [EVENT_ADAPTER.validate_json(fields["event"]) for _id, fields in rows]


async def post(edge: TestClient, query: dict[str, str], body: bytes) -> tuple[int, bytes]:
    resp = await edge.post(PATH, params=query, data=body)
    return resp.status, await resp.read()


async def test_url_verification_returns_plain_echostr(edge: TestClient) -> None:
    msg = app_crypto().encrypt("1616140317555161061", timestamp=str(int(time.time())), nonce="n1")
    resp = await edge.get(PATH, params={"msg_signature": msg.signature, "timestamp": msg.timestamp,
                                        "nonce": msg.nonce, "echostr": msg.encrypt})
    assert resp.status == 200
    assert await resp.read() == b"1616140317555161061"  # no quotes, no newline


async def test_url_verification_survives_plus_as_space(edge: TestClient) -> None:
    for i in range(40):  # find an echostr containing '+', then send it unescaped
        msg = app_crypto().encrypt(f"echo-{i}", timestamp=str(int(time.time())), nonce="n1")
        if "+" in msg.encrypt:
            break
    else:
        pytest.fail("no ciphertext with '+' in 40 tries")
    raw = f"{PATH}?msg_signature={msg.signature}&timestamp={msg.timestamp}&nonce=n1&echostr={msg.encrypt}"
    resp = await edge.get(raw)
    assert resp.status == 200
    assert (await resp.text()) == f"echo-{i}"


@pytest.mark.parametrize("drop", ["msg_signature", "timestamp", "nonce", "echostr"])
async def test_url_verification_missing_param_is_403(edge: TestClient, drop: str) -> None:
    msg = app_crypto().encrypt("x", timestamp=str(int(time.time())), nonce="n1")
    params = {"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": "n1", "echostr": msg.encrypt}
    params.pop(drop)
    resp = await edge.get(PATH, params=params)
    assert resp.status == 403
    assert await resp.read() == b""


async def test_url_verification_bad_signature_is_403(edge: TestClient) -> None:
    msg = app_crypto().encrypt("x", timestamp=str(int(time.time())), nonce="n1")
    resp = await edge.get(PATH, params={"msg_signature": "0" * 40, "timestamp": msg.timestamp, "nonce": "n1",
                                        "echostr": msg.encrypt})
    assert resp.status == 403


async def test_text_message_is_enqueued_once_and_acked_empty(edge: TestClient) -> None:
    req = signed_post(text_xml("wangfang", "帮助", msg_id=1234567890123456))
    status, body = await post(edge, req.query, req.body)
    assert (status, body) == (200, b"")
    # WeCom retries the same delivery: acknowledged, not enqueued again
    status2, body2 = await post(edge, req.query, req.body)
    assert (status2, body2) == (200, b"")
    events = await inbox_events(edge)
    assert len(events) == 1
    ev = events[0]
    assert isinstance(ev, TextMessage)
    assert (ev.from_user, ev.content, ev.msg_id) == ("wangfang", "帮助", "1234567890123456")


async def test_callback_built_by_independent_implementation_round_trips(edge: TestClient) -> None:
    key = ref_key(AES_KEY)
    plain = text_xml("lina", "hello from the reference", msg_id=42)
    encrypted = ref_raw_encrypt(key, ref_pad(ref_frame(b"\x00\xff" * 8, plain.encode(), CORP_ID.encode())))
    ts = str(int(time.time()))
    sig = ref_sign(TOKEN, ts, "nonce9", encrypted)
    status, _ = await post(edge, {"msg_signature": sig, "timestamp": ts, "nonce": "nonce9"}, raw_envelope(encrypted))
    assert status == 200
    [ev] = await inbox_events(edge)
    assert isinstance(ev, TextMessage) and ev.content == "hello from the reference"


async def test_distinct_events_in_the_same_second_are_not_collapsed(edge: TestClient) -> None:
    now = int(time.time())
    for task in ("ho_1", "ho_2"):
        req = signed_post(card_click_xml("liuqiang", task, "v1:approve:H-1001", create_time=now))
        assert (await post(edge, req.query, req.body))[0] == 200
    # same click delivered twice → still two events total
    req = signed_post(card_click_xml("liuqiang", "ho_2", "v1:approve:H-1001", create_time=now))
    assert (await post(edge, req.query, req.body))[0] == 200
    events = await inbox_events(edge)
    assert [e.task_id for e in events if isinstance(e, CardClick)] == ["ho_1", "ho_2"]


def _tampered_cases() -> dict[str, tuple[int, str]]:
    return {
        "bad_signature": (403, "sig"),
        "wrong_receive_id": (403, "receive_id"),
        "bad_base64": (400, "base64"),
        "bad_padding": (400, "padding"),
        "length_field_too_long": (400, "length"),
        "not_xml_inside": (400, "inner"),
        "not_xml_envelope": (400, "envelope"),
        "xxe_envelope": (400, "xxe"),
        "billion_laughs": (400, "laughs"),
        "missing_encrypt": (400, "no_encrypt"),
        "stale_timestamp": (403, "stale"),
        "future_timestamp": (403, "future"),
        "non_numeric_timestamp": (403, "ts_text"),
        "missing_signature": (403, "no_sig"),
    }


@pytest.mark.parametrize("case", sorted(_tampered_cases()))
async def test_bad_input_is_refused_and_nothing_is_enqueued(edge: TestClient, case: str) -> None:
    expected, kind = _tampered_cases()[case]
    ts = int(time.time())
    key = ref_key(AES_KEY)
    plain = text_xml("wangfang", "帮助").encode()
    query: dict[str, str]
    body: bytes

    def signed(encrypted: str, timestamp: int = ts) -> tuple[dict[str, str], bytes]:
        sig = ref_sign(TOKEN, str(timestamp), "n", encrypted)
        q = {"msg_signature": sig, "timestamp": str(timestamp), "nonce": "n"}
        return q, raw_envelope(encrypted)

    if kind == "sig":
        req = signed_post(plain.decode())
        query, body = {**req.query, "msg_signature": "f" * 40}, req.body
    elif kind == "receive_id":
        query, body = signed(ref_raw_encrypt(key, ref_pad(ref_frame(b"r" * 16, plain, b"wwOTHERcorp"))))
    elif kind == "base64":
        query, body = signed("!!!not-base64!!!")
    elif kind == "padding":
        framed = ref_frame(b"r" * 16, plain, CORP_ID.encode())
        framed += b"\x00" * (32 - len(framed) % 32)  # pad byte 0 is illegal
        query, body = signed(ref_raw_encrypt(key, framed))
    elif kind == "length":
        framed = b"r" * 16 + (len(plain) + 5000).to_bytes(4, "big") + plain + CORP_ID.encode()
        query, body = signed(ref_raw_encrypt(key, ref_pad(framed)))
    elif kind == "inner":
        query, body = signed(ref_raw_encrypt(key, ref_pad(ref_frame(b"r" * 16, b"not <xml", CORP_ID.encode()))))
    elif kind == "envelope":
        query, body = {"msg_signature": "a" * 40, "timestamp": str(ts), "nonce": "n"}, b"this is not xml"
    elif kind == "xxe":
        body = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                b"<xml><Encrypt>&e;</Encrypt></xml>")
        query = {"msg_signature": "a" * 40, "timestamp": str(ts), "nonce": "n"}
    elif kind == "laughs":
        body = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                b"]><xml><Encrypt>&b;</Encrypt></xml>")
        query = {"msg_signature": "a" * 40, "timestamp": str(ts), "nonce": "n"}
    elif kind == "no_encrypt":
        query = {"msg_signature": "a" * 40, "timestamp": str(ts), "nonce": "n"}
        body = b"<xml><ToUserName>x</ToUserName></xml>"
    elif kind == "stale":
        req = signed_post(plain.decode(), timestamp=ts - 3600)
        query, body = req.query, req.body
    elif kind == "future":
        req = signed_post(plain.decode(), timestamp=ts + 3600)
        query, body = req.query, req.body
    elif kind == "ts_text":
        req = signed_post(plain.decode())
        query, body = {**req.query, "timestamp": "yesterday"}, req.body
    else:
        req = signed_post(plain.decode())
        query, body = {k: v for k, v in req.query.items() if k != "msg_signature"}, req.body
    status, resp_body = await post(edge, query, body)
    assert status == expected
    assert resp_body == b""  # no detail
    assert await inbox_events(edge) == []


async def test_oversized_body_is_413(edge: TestClient) -> None:
    req = signed_post(text_xml("wangfang", "x" * 70_000))
    status, _ = await post(edge, req.query, req.body)
    assert status == 413
    assert await inbox_events(edge) == []


async def test_skew_zero_turns_the_replay_check_off(aiohttp_client, redis_url, redis) -> None:  # type: ignore[no-untyped-def]
    app = create_app(make_settings("http://127.0.0.1:9", HANDOVER_CALLBACK_MAX_SKEW=0),
                     AppOptions(redis_url=redis_url, workers=0, background=False))
    client = await aiohttp_client(app)
    req = signed_post(text_xml("wangfang", "help"), timestamp=int(time.time()) - 86400 * 30)
    status, _ = await post(client, req.query, req.body)
    assert status == 200
    assert len(await inbox_events(client)) == 1


async def test_unknown_message_types_are_kept_as_typed_unknown_events(edge: TestClient) -> None:
    xml = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[lina]]></FromUserName>"
           "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[image]]></MsgType>"
           "<PicUrl><![CDATA[http://x/y.png]]></PicUrl><MediaId><![CDATA[m1]]></MediaId>"
           "<MsgId>99887766</MsgId><AgentID>1000002</AgentID></xml>")
    req = signed_post(xml)
    assert (await post(edge, req.query, req.body))[0] == 200
    [ev] = await inbox_events(edge)
    assert ev.kind == "unknown" and ev.msg_type == "image"  # type: ignore[union-attr]


async def test_redis_down_means_503_so_wecom_retries(aiohttp_client, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storage.embedded import EmbeddedRedis

    server = EmbeddedRedis(data_dir=tmp_path)
    server.start()
    app = create_app(make_settings("http://127.0.0.1:9"), AppOptions(redis_url=server.url, workers=0, background=False))
    client = await aiohttp_client(app)
    server.kill()
    req = signed_post(text_xml("wangfang", "help"))
    status, _ = await post(client, req.query, req.body)
    assert status == 503
