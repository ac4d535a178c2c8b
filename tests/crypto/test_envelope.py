"""Envelope parsing (defused) and rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import (
    EncryptedMessage,
    Envelope,
    MalformedEnvelope,
    parse_envelope,
    parse_reply,
    render_envelope,
    render_reply,
)

# XML 1.0 forbids most control characters; CDATA cannot carry them either.
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=60,
)


def test_element_order_does_not_matter() -> None:
    orders = [
        b"<xml><ToUserName><![CDATA[corp]]></ToUserName><AgentID>7</AgentID><Encrypt><![CDATA[abc=]]></Encrypt></xml>",
        b"<xml><Encrypt><![CDATA[abc=]]></Encrypt><AgentID><![CDATA[7]]></AgentID><ToUserName>corp</ToUserName></xml>",
        b"<xml>\n  <AgentID>7</AgentID>\n  <Encrypt>abc=</Encrypt>\n  <ToUserName>corp</ToUserName>\n</xml>",
    ]
    for body in orders:
        assert parse_envelope(body) == Envelope(to_user_name="corp", agent_id="7", encrypt="abc=")


def test_agent_id_absent_or_empty_is_none() -> None:
    assert parse_envelope(b"<xml><ToUserName>c</ToUserName><Encrypt>e</Encrypt></xml>").agent_id is None
    assert parse_envelope(b"<xml><AgentID></AgentID><Encrypt>e</Encrypt></xml>").agent_id is None


def test_unknown_elements_are_ignored() -> None:
    body = b"<xml><Encrypt>e</Encrypt><Extra>1</Extra></xml>"
    assert parse_envelope(body) == Envelope(to_user_name="", agent_id=None, encrypt="e")


@pytest.mark.parametrize(
    "body",
    [
        b"<xml><ToUserName>c</ToUserName></xml>",
        b"<xml><Encrypt></Encrypt></xml>",
        b"<xml><Encrypt><![CDATA[]]></Encrypt></xml>",
        b"<xml><Encrypt>   </Encrypt></xml>",
        b"<xml><Other><Encrypt>nested</Encrypt></Other></xml>",
    ],
)
def test_missing_or_empty_encrypt_is_refused(body: bytes) -> None:
    with pytest.raises(MalformedEnvelope, match="Encrypt"):
        parse_envelope(body)


def test_duplicate_encrypt_is_refused() -> None:
    with pytest.raises(MalformedEnvelope, match="2 times"):
        parse_envelope(b"<xml><Encrypt>a</Encrypt><Encrypt>b</Encrypt></xml>")


def test_encrypt_with_child_elements_is_refused() -> None:
    with pytest.raises(MalformedEnvelope):
        parse_envelope(b"<xml><Encrypt>a<b/>c</Encrypt></xml>")


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xml><ToUserName>&xxe;</ToUserName><Encrypt>abc</Encrypt></xml>"""

XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE xml [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]>
<xml><Encrypt>abc</Encrypt></xml>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE xml SYSTEM "http://127.0.0.1:1/evil.dtd">
<xml><Encrypt>abc</Encrypt></xml>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE xml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xml><Encrypt>&lol9;</Encrypt></xml>"""

QUADRATIC_BLOWUP = (
    b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "'
    + b"A" * 5000
    + b'">]><xml><Encrypt>'
    + b"&a;" * 2000
    + b"</Encrypt></xml>"
)

EMPTY_DTD = b"<!DOCTYPE xml><xml><Encrypt>abc</Encrypt></xml>"


@pytest.mark.parametrize(
    "body",
    [XXE, XXE_PARAMETER, EXTERNAL_DTD, BILLION_LAUGHS, QUADRATIC_BLOWUP, EMPTY_DTD],
    ids=["xxe", "xxe-parameter-entity", "external-dtd", "billion-laughs", "quadratic-blowup", "any-dtd"],
)
def test_dtds_and_entities_are_refused(body: bytes) -> None:
    with pytest.raises(MalformedEnvelope, match="forbidden"):
        parse_envelope(body)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not xml",
        b"<xml><Encrypt>abc</Encrypt>",
        b"<xml><Encrypt>abc</Encrypt></xml><xml/>",
        b"<xml><Encrypt>\xff\xfe</Encrypt></xml>",  # not UTF-8
        b'<?xml version="1.0" encoding="utf-8"?><xml><Encrypt>\xe4\xb8</Encrypt></xml>',
        b"<xml><Encrypt>&undefined;</Encrypt></xml>",
        b'<?xml version="1.0" encoding="x-no-such-codec"?><xml><Encrypt>a</Encrypt></xml>',
    ],
)
def test_malformed_xml_is_refused(body: bytes) -> None:
    with pytest.raises(MalformedEnvelope):
        parse_envelope(body)


def test_other_root_element_is_refused() -> None:
    with pytest.raises(MalformedEnvelope, match="root"):
        parse_envelope(b"<msg><Encrypt>abc</Encrypt></msg>")


def test_render_envelope_matches_the_wecom_shape() -> None:
    body = render_envelope("wx5823bf96d3bd56c7", "218", "abc+/=")
    assert body == (
        b"<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>"
        b"<AgentID><![CDATA[218]]></AgentID><Encrypt><![CDATA[abc+/=]]></Encrypt></xml>"
    )
    assert b"AgentID" not in render_envelope("corp", None, "abc")


@given(xml_text, st.one_of(st.none(), xml_text), xml_text)
def test_render_then_parse_round_trips(to_user: str, agent: str | None, encrypt: str) -> None:
    encrypt = "x" + encrypt.strip() + "x"  # non-empty and not whitespace-padded, as Base64 always is
    to_user, agent = to_user.strip(), (agent.strip() or None) if agent is not None else None
    parsed = parse_envelope(render_envelope(to_user, agent, encrypt))
    assert parsed == Envelope(to_user_name=to_user, agent_id=agent, encrypt=encrypt)


def test_cdata_terminator_inside_a_value_is_escaped() -> None:
    parsed = parse_envelope(render_envelope("a]]>b", "1", "x]]>]]>y"))
    assert parsed.to_user_name == "a]]>b"
    assert parsed.encrypt == "x]]>]]>y"


def test_render_reply_shape_and_round_trip() -> None:
    msg = EncryptedMessage(encrypt="ZW5j", signature="ab" * 20, timestamp="1409659813", nonce="1372623149")
    xml = render_reply(msg)
    assert xml == (
        "<xml><Encrypt><![CDATA[ZW5j]]></Encrypt>"
        f"<MsgSignature><![CDATA[{'ab' * 20}]]></MsgSignature>"
        "<TimeStamp>1409659813</TimeStamp><Nonce><![CDATA[1372623149]]></Nonce></xml>"
    )
    assert parse_reply(xml) == msg
    assert parse_reply(xml.encode()) == msg


def test_parse_reply_requires_all_four_fields() -> None:
    with pytest.raises(MalformedEnvelope, match="Nonce"):
        parse_reply("<xml><Encrypt>e</Encrypt><MsgSignature>s</MsgSignature><TimeStamp>1</TimeStamp></xml>")


@given(st.binary(max_size=300))
def test_arbitrary_bytes_parse_or_raise_malformed_only(body: bytes) -> None:
    try:
        envelope = parse_envelope(body)
    except MalformedEnvelope:
        return
    assert envelope.encrypt


@given(
    st.lists(
        st.sampled_from(
            [
                "<xml>",
                "</xml>",
                "<Encrypt>",
                "</Encrypt>",
                "<!DOCTYPE xml>",
                "&a;",
                "<![CDATA[",
                "]]>",
                "abc",
                "<?xml version='1.0'?>",
                "<AgentID>",
                "</AgentID>",
            ]
        ),
        max_size=12,
    )
)
def test_xml_shaped_junk_parses_or_raises_malformed_only(pieces: list[str]) -> None:
    try:
        envelope = parse_envelope("".join(pieces).encode())
    except MalformedEnvelope:
        return
    assert envelope.encrypt
