"""HTTP-level abuse of the served edge (bot.serving): compressed bodies, bodies and heads that stop
arriving, idle connections by the hundred, garbage instead of HTTP. Each answer is a 4xx or a closed
connection; nothing reaches the inbox; the conftest checks no 5xx and no ERROR log line."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from urllib.parse import urlencode

import pytest

from bot.serving import EdgeLimits
from tests.hostile.conftest import (
    PATH,
    Client,
    assert_no_5xx,
    inbox_size,
    open_raw,
    read_response,
    request_head,
    served_client,
)
from tests.support.wire import signed_post, text_xml

GUARD = 20.0  # hang guard for awaits on the server, not a speed assertion


def _target(query: dict[str, str]) -> str:
    return f"{PATH}?{urlencode(query)}"


async def _closed_by_server(reader: asyncio.StreamReader) -> bool:
    """True once the server closes the connection (EOF or reset) without answering."""
    try:
        data = await asyncio.wait_for(reader.read(1024), GUARD)
    except ConnectionError:
        return True  # reset (an abort at the gate)
    except TimeoutError:
        return False
    return data == b""


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "x-gzip", "GZIP", "identity, gzip"])
async def test_any_content_encoding_is_415_and_nothing_is_inflated(edge: Client, encoding: str) -> None:
    """WeCom never compresses a callback. A body that is not what its encoding says (the 500 of
    before) and a well-formed compressed valid callback alike: 415, nothing enqueued."""
    req = signed_post(text_xml("lina", "压缩"))
    for body in (b"not gzip at all", gzip.compress(req.body), zlib.compress(req.body)):
        resp = await asyncio.wait_for(
            edge.post(PATH, params=req.query, data=body, headers={"Content-Encoding": encoding}), GUARD)
        assert resp.status == 415, (encoding, resp.status)
    assert await inbox_size(edge) == 0


async def test_identity_encoding_is_a_plain_callback(edge: Client) -> None:
    req = signed_post(text_xml("lina", "plain"))
    resp = await edge.post(PATH, params=req.query, data=req.body, headers={"Content-Encoding": "identity"})
    assert resp.status == 200
    assert await inbox_size(edge) == 1


async def test_gzip_bomb_is_refused_from_the_header(edge: Client) -> None:
    """64 KiB on the wire that would inflate to 64 MiB: refused without being inflated."""
    req = signed_post(text_xml("lina", "bomb"))
    bomb = gzip.compress(b"<xml>" + b"A" * (64 * 1024 * 1024))
    assert len(bomb) < 128 * 1024
    resp = await asyncio.wait_for(
        edge.post(PATH, params=req.query, data=bomb, headers={"Content-Encoding": "gzip"}), GUARD)
    assert resp.status in (413, 415)
    assert await inbox_size(edge) == 0


async def test_chunked_oversize_is_413_before_the_stream_ends(edge: Client) -> None:
    """70 KB of chunks and no terminating chunk: the answer comes while the body is still open."""
    req = signed_post(text_xml("lina", "x" * 70_000))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Transfer-Encoding": "chunked"}))
        for i in range(0, len(req.body), 8192):
            part = req.body[i : i + 8192]
            writer.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        await writer.drain()  # never sends "0\r\n\r\n"
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert resp.status == 413
    assert await inbox_size(edge) == 0


async def test_broken_chunked_framing_is_400(edge: Client) -> None:
    req = signed_post(text_xml("lina", "framing"))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Transfer-Encoding": "chunked"}))
        writer.write(b"zz\r\n" + req.body[:50] + b"\r\n0\r\n\r\n")
        await writer.drain()
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert resp.status == 400
    assert await inbox_size(edge) == 0


async def test_a_body_that_stops_arriving_is_cut_with_408(edge: Client) -> None:
    """Slowloris on the body: the head promises 4,000 bytes, 10 come. The edge's read timeout
    (BODY_TIMEOUT, inside WeCom's 5 s) answers 408 and frees the connection."""
    req = signed_post(text_xml("lina", "stalled"))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Content-Length": "4000"}) + req.body[:10])
        await writer.drain()
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert resp.status == 408
    assert await inbox_size(edge) == 0


@pytest.mark.parametrize("garbage", [
    b"GARBAGE\r\n\r\n",
    b"POST /wecom/callback HTTP/9.9\r\nHost: x\r\n\r\n",
    b"POST /wecom/callback HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n",
    b"POST /wecom/callback HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    b"POST /wecom/callback HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
    b"POST /wecom/callback HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * 9000 + b"\r\n\r\n",
    b"POST /wecom/callback HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
    b"POST /wecom/callback HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n",
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 40,  # a TLS ClientHello on the plain port
])
async def test_malformed_requests_get_a_4xx_or_a_close_and_no_traceback(edge: Client, garbage: bytes) -> None:
    reader, writer = await open_raw(edge)
    try:
        writer.write(garbage)
        await writer.drain()
        try:
            resp = await asyncio.wait_for(read_response(reader), GUARD)
            status: int | None = resp.status
        except (ConnectionError, asyncio.IncompleteReadError):
            status = None  # closed without an answer: acceptable for non-HTTP bytes
    finally:
        writer.close()
    assert status is None or 400 <= status < 500, status
    assert await inbox_size(edge) == 0


async def test_a_head_that_never_completes_is_closed(aiohttp_client, redis_url, redis) -> None:  # type: ignore[no-untyped-def]
    """Slowloris on the head: bytes of a request line, then nothing. aiohttp alone would keep it
    until its keep-alive timer (an hour in some releases); the guard closes it at head_timeout."""
    client = await served_client(aiohttp_client, redis_url, EdgeLimits(head_timeout=0.5))
    reader, writer = await open_raw(client)
    try:
        writer.write(b"POST /wecom/callback?msg_sig")
        await writer.drain()
        assert await _closed_by_server(reader)
    finally:
        writer.close()
    # …and a connection that sends nothing at all, likewise
    reader, writer = await open_raw(client)
    try:
        assert await _closed_by_server(reader)
    finally:
        writer.close()
    assert_no_5xx(client)


async def test_idle_connections_per_client_are_bounded(aiohttp_client, redis_url, redis) -> None:  # type: ignore[no-untyped-def]
    """One address opens more idle connections than it may hold: the extra ones are closed at
    once, those within the bound stay open, and once they go a real callback gets through."""
    limits = EdgeLimits(max_per_peer=8, head_timeout=60)
    client = await served_client(aiohttp_client, redis_url, limits)
    held = [await open_raw(client) for _ in range(limits.max_per_peer)]
    extra = [await open_raw(client) for _ in range(5)]
    try:
        for reader, _ in extra:
            assert await _closed_by_server(reader)
        site = client.server.site  # type: ignore[attr-defined]
        assert site.connections == limits.max_per_peer
        assert site.refused >= 5
    finally:
        for _, writer in held + extra:
            writer.close()
    req = signed_post(text_xml("lina", "after the crowd"))

    async def through() -> int:
        resp = await client.post(PATH, params=req.query, data=req.body)
        return resp.status

    for _ in range(100):  # the closes above reach the server asynchronously
        if site.connections < limits.max_per_peer:
            break
        await asyncio.sleep(0.05)
    assert await asyncio.wait_for(through(), GUARD) == 200
    assert await inbox_size(client) == 1
    assert_no_5xx(client)


async def test_connections_in_all_are_bounded(aiohttp_client, redis_url, redis) -> None:  # type: ignore[no-untyped-def]
    limits = EdgeLimits(max_connections=6, max_per_peer=100, head_timeout=60)
    client = await served_client(aiohttp_client, redis_url, limits)
    conns = [await open_raw(client) for _ in range(9)]
    try:
        closed = [await _closed_by_server(r) for r, _ in conns[6:]]
        assert all(closed)
        assert client.server.site.connections == 6  # type: ignore[attr-defined]
    finally:
        for _, writer in conns:
            writer.close()
