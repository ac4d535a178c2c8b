"""The XML around the ciphertext: the callback POST body and the passive reply.

Both are flat: a root ``<xml>`` whose direct children carry text. They are read with expat
directly (what defusedxml runs underneath, without building a tree through Python-level
ElementTree callbacks, which cost as much as the decryption on the callback hot path), with the
same refusals as defusedxml's strictest settings: any DTD (so no entities, internal or external)
and any external reference stop the parse before anything is expanded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn
from xml.parsers import expat
from xml.sax.saxutils import escape

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


@dataclass(slots=True)
class _Child:
    count: int = 0
    nested: bool = False
    text: list[str] = field(default_factory=list)


class _Forbidden(Exception):
    def __init__(self, construct: str) -> None:
        super().__init__(construct)
        self.construct = construct


def _forbid(construct: str) -> Callable[..., NoReturn]:
    def handler(*_args: object) -> NoReturn:
        raise _Forbidden(construct)

    return handler


class _FlatXml:
    """The root tag and, per direct child tag, how often it occurs, whether it has child
    elements, and its character data (CDATA included, comments excluded)."""

    __slots__ = ("_current", "_depth", "children", "root")

    def __init__(self, body: bytes | str) -> None:
        self.root = ""
        self.children: dict[str, _Child] = {}
        self._depth = 0
        self._current: _Child | None = None
        # "}" separator: a namespaced name reads "uri}name", so it never equals a plain tag
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _forbid("DTD")
        parser.EntityDeclHandler = _forbid("entity declaration")
        parser.UnparsedEntityDeclHandler = _forbid("entity declaration")
        parser.ExternalEntityRefHandler = _forbid("external reference")
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        try:
            parser.Parse(body, True)
        except _Forbidden as exc:
            raise MalformedEnvelope(f"forbidden XML construct: {exc.construct}") from None
        except (expat.ExpatError, ValueError, LookupError) as exc:  # LookupError: an unknown encoding
            raise MalformedEnvelope("body is not well-formed XML") from exc

    def _start(self, tag: str, _attrs: object) -> None:
        self._depth += 1
        if self._depth == 1:
            self.root = tag
        elif self._depth == 2:
            child = self.children.get(tag)
            if child is None:
                child = self.children[tag] = _Child()
            child.count += 1
            self._current = child
        elif self._depth == 3 and self._current is not None:
            self._current.nested = True

    def _end(self, _tag: str) -> None:
        if self._depth == 2:
            self._current = None
        self._depth -= 1

    def _data(self, text: str) -> None:
        if self._depth == 2 and self._current is not None:
            self._current.text.append(text)


def _parse_root(body: bytes | str) -> _FlatXml:
    doc = _FlatXml(body)
    if doc.root != "xml":
        raise MalformedEnvelope(f"root element is <{doc.root}>, expected <xml>")
    return doc


def _child_text(root: _FlatXml, tag: str) -> str | None:
    """Text of the single direct child `tag`; None when absent. Duplicates are refused so that
    what we verify and what we decrypt cannot be two different elements."""
    found = root.children.get(tag)
    if found is None:
        return None
    if found.count > 1:
        raise MalformedEnvelope(f"<{tag}> appears {found.count} times")
    if found.nested:
        raise MalformedEnvelope(f"<{tag}> has child elements")
    return "".join(found.text).strip()


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
