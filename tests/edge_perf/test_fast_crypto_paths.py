"""The faster decryption and envelope reading give exactly what the straightforward versions give."""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeET
import pytest
from Crypto.Cipher import AES
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import Envelope, MalformedEnvelope, parse_envelope
from crypto.aes import CbcDecryptor


@given(key=st.binary(min_size=32, max_size=32), blocks=st.integers(min_value=1, max_value=40), data=st.data())
def test_cbc_decryptor_equals_pycryptodome_cbc(key: bytes, blocks: int, data: st.DataObject) -> None:
    ciphertext = data.draw(st.binary(min_size=16 * blocks, max_size=16 * blocks))
    expected = AES.new(key, AES.MODE_CBC, iv=key[:16]).decrypt(ciphertext)
    decrypt = CbcDecryptor(key)
    assert decrypt(ciphertext) == expected
    assert decrypt(ciphertext) == expected  # reusable: no chaining state carried between messages


def test_cbc_decryptor_refuses_partial_blocks_and_wrong_keys() -> None:
    with pytest.raises(ValueError):
        CbcDecryptor(b"k" * 32)(b"x" * 17)
    with pytest.raises(ValueError):
        CbcDecryptor(b"k" * 16)


# --- the envelope: compared with the ElementTree reading it replaced -------------------------------
def _reference(body: bytes) -> Envelope | str:
    """The former implementation (defusedxml ElementTree), as the oracle; errors as a class name."""
    try:
        root: Element = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        return "forbidden"
    except (ParseError, ValueError, LookupError):
        return "malformed"
    if root.tag != "xml":
        return "root"

    def text(tag: str) -> str | None:
        found = root.findall(tag)
        if not found:
            return None
        if len(found) > 1 or len(found[0]):
            raise LookupError
        return (found[0].text or "").strip()

    try:
        encrypt, agent, to_user = text("Encrypt"), text("AgentID"), text("ToUserName")
    except LookupError:
        return "child"
    if not encrypt:
        return "child"
    return Envelope(to_user_name=to_user or "", agent_id=agent or None, encrypt=encrypt)


def _ours(body: bytes) -> Envelope | str:
    try:
        return parse_envelope(body)
    except MalformedEnvelope as exc:
        msg = str(exc)
        if "forbidden" in msg:
            return "forbidden"
        if "well-formed" in msg:
            return "malformed"
        if "root element" in msg:
            return "root"
        return "child"


TAGS = ["Encrypt", "Encrypt", "AgentID", "ToUserName", "Other", "encrypt", "a:Encrypt"]
texts = st.sampled_from(["abc=", " x+/= ", "", "7", "<![CDATA[c d]]>", "a<!-- c -->b", "&amp;", "&lt;x&gt;",
                         "\u4e2d\u6587", "abc=", "k", "<b/>", "t<i>n</i>", "&undefined;"])  # fmt: skip
children = st.lists(st.tuples(st.sampled_from(TAGS), texts), max_size=6)


@settings(max_examples=400)
@given(root=st.sampled_from(["xml"] * 3 + ['xml xmlns:a="urn:a"'] * 3 + ["msg", 'xml xmlns="urn:x"']), kids=children,
       prolog=st.sampled_from(["", "", "", '<?xml version="1.0" encoding="utf-8"?>', "<!-- hi -->",
                               "<!DOCTYPE xml>", '<!DOCTYPE xml [<!ENTITY e "x">]>']),
       tail=st.sampled_from(["", "", "", " ", "<x/>", "junk"]))  # fmt: skip
def test_envelope_reading_matches_the_element_tree_reading(root: str, kids: list[tuple[str, str]], prolog: str,
                                                           tail: str) -> None:  # fmt: skip
    close = root.split()[0]
    body = (prolog + f"<{root}>" + "".join(f"<{t}>{v}</{t}>" for t, v in kids) + f"</{close}>" + tail).encode()
    assert _ours(body) == _reference(body)
