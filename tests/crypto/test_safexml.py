"""crypto.safexml against defusedxml (the oracle: same refusals, same trees) and the attack payloads."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as DefusedET
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crypto import safexml
from tests.hostile.test_parsers_fuzz import HOSTILE_XML

LOL = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    + b"".join(b"<!ENTITY lol%d \"%s\">" % (i + 1, (b"&lol%d;" % i if i else b"&lol;") * 10) for i in range(8))
    + b"]><lolz>" + b"&lol8;" * 2000 + b"</lolz>"
)  # fmt: skip


Tree = list[tuple[str, list[tuple[str, str]], str | None, str | None, int]]


def canonical(root: ET.Element) -> Tree:
    """The whole tree in document order, each element with its child count (iterative: no recursion
    limit on the deeply nested payloads)."""
    return [(e.tag, sorted(e.attrib.items()), e.text, e.tail, len(e)) for e in root.iter()]


def oracle(data: bytes | str) -> tuple[str, Tree | None]:
    """defusedxml's verdict: ("forbidden" | "malformed", None) or ("ok", canonical tree)."""
    try:
        root = DefusedET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException:
        return "forbidden", None
    except (ET.ParseError, ValueError, LookupError):
        return "malformed", None
    return "ok", canonical(root)


def ours(data: bytes | str) -> tuple[str, Tree | None]:
    try:
        root = safexml.parse(data)
    except safexml.ForbiddenXml:
        return "forbidden", None
    except safexml.MalformedXml:
        return "malformed", None
    return "ok", canonical(root)


@pytest.mark.parametrize(
    ("body", "construct"),
    [
        (b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml>&e;</xml>', "DTD"),
        (b'<!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd"><xml/>', "DTD"),
        (b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/e.dtd"> %p;]><xml/>', "DTD"),
        (b"<!DOCTYPE xml><xml/>", "DTD"),
        (LOL, "DTD"),
    ],
)
def test_a_dtd_is_refused_at_its_declaration(body: bytes, construct: str) -> None:
    # refused at <!DOCTYPE itself: nothing inside it was declared, so nothing could expand
    with pytest.raises(safexml.ForbiddenXml, match=construct):
        safexml.parse(body)


def test_the_entity_and_external_guards_hold_without_the_dtd_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    # Defence in depth: with the DOCTYPE guard disabled, the entity and external guards still refuse.
    monkeypatch.setattr(safexml, "_refuse_dtd", lambda *args: None)
    with pytest.raises(safexml.ForbiddenXml, match="entity declaration 'lol'"):
        safexml.parse(LOL)
    with pytest.raises(safexml.ForbiddenXml, match="entity declaration"):
        safexml.parse(b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml>&e;</xml>')
    with pytest.raises(safexml.ForbiddenXml, match="unparsed entity"):
        safexml.parse(b'<!DOCTYPE x [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "u.bin" NDATA n>]><xml/>')


@pytest.mark.parametrize("body", HOSTILE_XML)
def test_hostile_payloads_get_defusedxmls_verdict(body: bytes) -> None:
    verdict, tree = ours(body)
    if b"xmlns:" in body:  # names stay as written here; defusedxml expands namespaces
        assert verdict == "ok" and tree is not None and tree[1][0] == "xi:include"
        return
    assert (verdict, tree) == oracle(body)


def test_undefined_entities_unknown_encodings_and_truncation_are_malformed() -> None:
    for body in (b"<xml>&nope;</xml>", b'<?xml version="1.0" encoding="klingon"?><xml/>', b"<xml><a>", b"",
                 "<xml>\udc00</xml>"):  # fmt: skip
        with pytest.raises(safexml.MalformedXml):
            safexml.parse(body)


def test_a_wecom_message_parses_to_the_same_tree_as_defusedxml() -> None:
    body = (
        "<xml><ToUserName><![CDATA[ww1]]></ToUserName><FromUserName><![CDATA[zhangwei]]></FromUserName>"
        "<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        "<Content><![CDATA[把张伟的客户交接给李娜 & <b>x</b> ]]]]><![CDATA[>]]></Content>"
        "<MsgId>7310000000000000001</MsgId><AgentID>1000002</AgentID></xml>"
    )
    for data in (body, body.encode("utf-8"), body.encode("utf-16")):
        assert ours(data) == oracle(data)
    root = safexml.parse(body)
    assert root.findtext("Content") == "把张伟的客户交接给李娜 & <b>x</b> ]]>"


# Documents built from pieces that exercise text, CDATA, character and predefined entity references,
# comments, processing instructions, attributes, declarations and DTD constructs. No namespace
# prefixes: this parser keeps names as written where defusedxml would expand them.
PIECES = [
    "<xml>", "</xml>", "<a>", "</a>", "<b x='1' y=\"&amp;2\">", "</b>", "<c/>", "text", " ", "\n", "张伟",
    "&amp;", "&lt;", "&#65;", "&#x4E2D;", "&#0;", "&bogus;", "<![CDATA[", "]]>", "<!--", "-->", "<?pi data?>",
    "<!DOCTYPE xml>", "<!DOCTYPE xml [<!ENTITY e 'v'>]>", "<!ENTITY e 'v'>", "&e;", "<?xml version='1.0'?>",
    "<?xml version='1.0' encoding='latin-1'?>", "<d><e>deep</e></d>", "<", ">", "&",
]  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_same_verdict_and_tree_as_defusedxml_on_generated_documents(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert ours(text) == oracle(text)
    data = text.encode("utf-8")
    assert ours(data) == oracle(data)


TEXT_PIECES = ["text", " ", "\n", "张伟", "&amp;", "&lt;", "&#65;", "&#x4E2D;", "<![CDATA[a<b&c]]>", "<!-- c -->",
               "<?pi d?>", "&e;", "&#0;"]  # fmt: skip
PROLOGS = ["<?xml version='1.0'?>", "<?xml version='1.0' encoding='latin-1'?>", "<!DOCTYPE xml>",
           "<!DOCTYPE xml [<!ENTITY e 'v'>]>", "<!-- c -->", "<?pi d?>", "\n"]  # fmt: skip
texts = st.lists(st.sampled_from(TEXT_PIECES), max_size=3).map("".join)
attributes = st.lists(
    st.tuples(st.sampled_from(["x", "y", "z"]), st.sampled_from(["1", "&amp;2", "a b", "&#x4E2D;"])),
    max_size=2,
    unique_by=lambda pair: pair[0],
).map(lambda pairs: "".join(f' {k}="{v}"' for k, v in pairs))


def _element(name: str, attrs: str, text: str, children: list[str]) -> str:
    return f"<{name}{attrs}>{text}{''.join(children)}</{name}>"


elements = st.recursive(
    st.builds(_element, st.sampled_from(["a", "b", "MsgType"]), attributes, texts, st.just([])),
    lambda kids: st.builds(_element, st.sampled_from(["xml", "a", "Encrypt"]), attributes, texts,
                           st.lists(st.builds(lambda k, t: k + t, kids, texts), max_size=3)),
    max_leaves=8,
)  # fmt: skip


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PROLOGS), max_size=2).map("".join), elements)
def test_same_verdict_and_tree_as_defusedxml_on_generated_well_formed_documents(prolog: str, root: str) -> None:
    # mostly well-formed trees (so the trees are compared), with the odd DTD, undefined entity or NUL
    text = prolog + root
    assert ours(text) == oracle(text)
    data = text.encode("utf-8")
    assert ours(data) == oracle(data)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.binary(max_size=200))
def test_same_verdict_as_defusedxml_on_arbitrary_bytes(data: bytes) -> None:
    assert ours(data) == oracle(data)
