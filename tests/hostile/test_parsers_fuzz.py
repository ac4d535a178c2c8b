"""Hypothesis against the pure parsers: each raises only its own error type, whatever the input."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.models.events import EVENT_ADAPTER, EventParseError, parse_event
from crypto import CryptoError, parse_envelope
from tests.crypto.reference import ref_frame, ref_key, ref_pad, ref_raw_encrypt
from tests.support.wire import AES_KEY, CORP_ID, TOKEN, app_crypto, cdata

PARSERS = settings(max_examples=250, deadline=None, derandomize=True)

HOSTILE_XML = [
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Encrypt>&e;</Encrypt></xml>',
    b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xml><Encrypt>&c;</Encrypt><MsgType>&c;</MsgType></xml>',
    b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/evil.dtd"> %p;]><xml/>',
    b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd"><xml/>',
    b'<?xml version="1.0"?><xml xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd"/></xml>',
    b'<?xml version="1.0" encoding="klingon"?><xml/>',
    b'<?xml version="1.0" encoding="utf-16"?><xml/>',
    b"<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>",
    b"<xml>" * 3000 + b"</xml>" * 3000,
    b"<xml><MsgType>text</MsgType><CreateTime>" + b"9" * 5000 + b"</CreateTime><MsgId>1</MsgId></xml>",
    b"<xml><MsgType>event</MsgType><Event>template_card_event</Event><SelectedItems>"
    + b"<SelectedItem><QuestionKey>q</QuestionKey><OptionIds><OptionId>1</OptionId></OptionIds></SelectedItem>" * 500
    + b"</SelectedItems></xml>",
    b"\x00<xml/>",
    b"",
]

xml_like = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.sampled_from(HOSTILE_XML),
    st.lists(st.sampled_from(["<xml>", "</xml>", "<Encrypt>", "</Encrypt>", "<![CDATA[", "]]>", "&amp;", "&#0;",
                              "&#x110000;", "<MsgType>", "</MsgType>", "text", "event", "<!--", "-->", "<?pi?>"]),
             max_size=30).map(lambda parts: "".join(parts).encode()),
)


@PARSERS
@given(body=xml_like)
def test_parse_envelope_raises_only_crypto_errors(body: bytes) -> None:
    try:
        env = parse_envelope(body)
    except CryptoError:
        return
    assert env.encrypt  # a parsed envelope always carries a non-empty ciphertext


@PARSERS
@given(body=xml_like)
def test_parse_event_from_bytes_raises_only_event_parse_error(body: bytes) -> None:
    try:
        event = parse_event(body)
    except EventParseError:
        return
    # whatever parses must survive the inbox round trip the worker relies on
    assert EVENT_ADAPTER.validate_json(event.model_dump_json()) == event


@PARSERS
@given(text=st.text(max_size=400))
def test_parse_event_from_str_raises_only_event_parse_error(text: str) -> None:
    try:
        parse_event(text)
    except EventParseError:
        pass


tag = st.sampled_from(["ToUserName", "FromUserName", "CreateTime", "MsgType", "MsgId", "AgentID", "Content",
                       "Event", "EventKey", "TaskId", "ResponseCode", "ChangeType", "UserID", "ExternalUserID"])
value = st.one_of(st.text(max_size=40), st.sampled_from(["text", "event", "template_card_event", "change_contact",
                                                         "change_external_contact", "enter_agent", "²", "-5", "0"]))


@PARSERS
@given(fields=st.lists(st.tuples(tag, value), max_size=14))
def test_parse_event_on_well_formed_event_shapes(fields: list[tuple[str, str]]) -> None:
    clean = [(k, "".join(c for c in v if c.isprintable())) for k, v in fields]
    xml = "<xml>" + "".join(f"<{k}>{cdata(v)}</{k}>" for k, v in clean) + "</xml>"
    try:
        event = parse_event(xml)
    except EventParseError:
        return
    assert EVENT_ADAPTER.validate_json(event.model_dump_json()) == event


KEY = ref_key(AES_KEY)


@PARSERS
@given(encrypt=st.one_of(st.text(max_size=200),
                         st.binary(max_size=200).map(lambda b: base64.b64encode(b).decode()),
                         st.binary(min_size=1, max_size=8).map(lambda b: ref_raw_encrypt(KEY, (b * 96)[:96]))),
       ts=st.text(max_size=12), nonce=st.text(max_size=12))
def test_decrypt_with_a_valid_signature_raises_only_crypto_errors(encrypt: str, ts: str, nonce: str) -> None:
    crypto = app_crypto()
    try:
        crypto.decrypt(crypto.sign(ts, nonce, encrypt), ts, nonce, encrypt)
    except CryptoError:
        pass


@PARSERS
@given(random16=st.binary(min_size=16, max_size=16), msg=st.binary(max_size=300),
       receive_id=st.binary(max_size=24), extra_len=st.integers(-40, 40))
def test_decrypt_of_real_ciphertext_with_lying_length_raises_only_crypto_errors(
    random16: bytes, msg: bytes, receive_id: bytes, extra_len: int
) -> None:
    frame = bytearray(ref_frame(random16, msg, receive_id))
    frame[16:20] = max(0, len(msg) + extra_len).to_bytes(4, "big")
    encrypt = ref_raw_encrypt(KEY, ref_pad(bytes(frame)))
    crypto = app_crypto()
    try:
        plain = crypto.decrypt(crypto.sign("1", "n", encrypt), "1", "n", encrypt)
    except CryptoError:
        return
    # only a frame addressed to us, with an honest length, decrypts
    assert extra_len == 0 or receive_id.endswith(CORP_ID.encode())
    assert plain.encode() in bytes(frame)


@PARSERS
@given(sig=st.text(max_size=60), echostr=st.text(max_size=200))
def test_verify_url_with_forged_signature_raises_only_crypto_errors(sig: str, echostr: str) -> None:
    try:
        app_crypto().verify_url(sig, "1700000000", "n", echostr)
    except CryptoError:
        return
    raise AssertionError(f"forged signature accepted ({TOKEN!r} is not derivable from {sig!r})")


def test_parse_event_unknown_declared_encoding_is_an_event_parse_error() -> None:
    """parse_event takes bytes too; an XML declaration naming an unknown codec is malformed input."""
    try:
        parse_event(b'<?xml version="1.0" encoding="klingon"?><xml><MsgType>text</MsgType></xml>')
    except EventParseError:
        return
    raise AssertionError("accepted a payload in an unknown encoding")
