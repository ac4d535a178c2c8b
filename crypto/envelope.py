"""The XML around the ciphertext: the callback POST body and the passive reply.

Parsing goes through crypto.safexml: DTDs, entities and external references are refused at their
declaration, so XXE and entity-expansion bombs are refused before any expansion happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from crypto import safexml
from crypto.errors import MalformedEnvelope


@dataclass(frozen=True, slots=True)
class EncryptedMessage:
    """A signed ciphertext with the values its signature covers."""

    encrypt: str
    signature: str
    timestamp: str
    nonce: str


@dataclass(frozen=True, slots=True)
class Envelope:
    """The callback POST body. `encrypt` is the value the msg_signature covers."""

    to_user_name: str
    agent_id: str | None
    encrypt: str


def _parse_root(body: bytes | str) -> Element:
    try:
        root = safexml.parse(body)
    except safexml.ForbiddenXml as exc:
        raise MalformedEnvelope(f"forbidden XML construct: {exc}") from exc
    except safexml.MalformedXml as exc:
        raise MalformedEnvelope("body is not well-formed XML") from exc
    if root.tag != "xml":
        raise MalformedEnvelope(f"root element is <{root.tag}>, expected <xml>")
    return root


def _child_text(root: Element, tag: str) -> str | None:
    """Text of the single direct child `tag`; None when absent. Duplicates are refused so that
    what we verify and what we decrypt cannot be two different elements."""
    found = root.findall(tag)
    if not found:
        return None
    if len(found) > 1:
        raise MalformedEnvelope(f"<{tag}> appears {len(found)} times")
    element = found[0]
    if len(element):
        raise MalformedEnvelope(f"<{tag}> has child elements")
    return (element.text or "").strip()


def parse_envelope(body: bytes) -> Envelope:
    """Parse the callback POST body. Element order is not guaranteed; Encrypt is required."""
    root = _parse_root(body)
    encrypt = _child_text(root, "Encrypt")
    if not encrypt:
        raise MalformedEnvelope("<Encrypt> is missing or empty")
    agent_id = _child_text(root, "AgentID")
    return Envelope(
        to_user_name=_child_text(root, "ToUserName") or "",
        agent_id=agent_id or None,
        encrypt=encrypt,
    )


def _cdata(text: str) -> str:
    # A literal "]]>" would end the section early; split it across two sections instead.
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def render_envelope(to_user_name: str, agent_id: str | None, encrypt: str) -> bytes:
    """The POST body as WeCom sends it (AgentID omitted when None)."""
    parts = ["<xml>", f"<ToUserName>{_cdata(to_user_name)}</ToUserName>"]
    if agent_id is not None:
        parts.append(f"<AgentID>{_cdata(agent_id)}</AgentID>")
    parts.append(f"<Encrypt>{_cdata(encrypt)}</Encrypt></xml>")
    return "".join(parts).encode("utf-8")


def render_reply(msg: EncryptedMessage) -> str:
    """The encrypted passive reply body (Encrypt, MsgSignature, TimeStamp, Nonce)."""
    return (
        "<xml>"
        f"<Encrypt>{_cdata(msg.encrypt)}</Encrypt>"
        f"<MsgSignature>{_cdata(msg.signature)}</MsgSignature>"
        f"<TimeStamp>{escape(msg.timestamp)}</TimeStamp>"
        f"<Nonce>{_cdata(msg.nonce)}</Nonce>"
        "</xml>"
    )


def parse_reply(body: bytes | str) -> EncryptedMessage:
    """Inverse of render_reply (the sandbox reads passive replies with it)."""
    root = _parse_root(body)
    values = {tag: _child_text(root, tag) for tag in ("Encrypt", "MsgSignature", "TimeStamp", "Nonce")}
    missing = [tag for tag, value in values.items() if not value]
    if missing:
        raise MalformedEnvelope(f"reply lacks {', '.join(missing)}")
    return EncryptedMessage(
        encrypt=values["Encrypt"] or "",
        signature=values["MsgSignature"] or "",
        timestamp=values["TimeStamp"] or "",
        nonce=values["Nonce"] or "",
    )
