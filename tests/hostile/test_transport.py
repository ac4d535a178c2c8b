"""Transport-level abuse: lying or missing Content-Length, chunked bodies, slow clients, huge URLs.

These go through a raw socket because a well-behaved HTTP client will not send them.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlencode

from bot.callback import MAX_BODY
from tests.hostile.conftest import PATH, Client, inbox_size, open_raw, read_response, request_head
from tests.support.wire import signed_post, text_xml

# A hang guard for awaits on the server, not a speed assertion: generous on a loaded machine.
GUARD = 20.0


def _target(query: dict[str, str]) -> str:
    return f"{PATH}?{urlencode(query)}"


async def _valid_callback_succeeds(edge: Client, content: str) -> None:
    req = signed_post(text_xml("lina", content))
    resp = await asyncio.wait_for(edge.post(PATH, params=req.query, data=req.body), GUARD)
    assert resp.status == 200
    assert await resp.read() == b""


async def test_declared_oversize_is_413_before_the_body_is_read(edge: Client) -> None:
    req = signed_post(text_xml("lina", "hi"))
    reader, writer = await open_raw(edge)
    try:
        # Claims 10 GB and sends nothing: the edge must answer from the header alone.
        writer.write(request_head(_target(req.query), "edge", {"Content-Length": str(10**10)}))
        await writer.drain()
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert resp.status == 413
    assert await inbox_size(edge) == 0


async def test_content_length_smaller_than_the_body_is_refused(edge: Client) -> None:
    """The body says 100 bytes but 70 KB follow: the edge reads 100 bytes (garbage → 400) and the
    rest is a malformed next request that aiohttp refuses; nothing is enqueued, no 5xx."""
    req = signed_post(text_xml("lina", "x" * 70_000))
    assert len(req.body) > MAX_BODY
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Content-Length": "100"}) + req.body)
        await writer.drain()
        first = await asyncio.wait_for(read_response(reader), GUARD)
        statuses = [first.status]
        try:
            statuses.append((await asyncio.wait_for(read_response(reader), GUARD)).status)
        except (ConnectionError, asyncio.IncompleteReadError, IndexError, ValueError):
            pass  # the server may just close a connection that sent garbage
    finally:
        writer.close()
    assert first.status == 400
    assert all(s < 500 for s in statuses), statuses
    assert await inbox_size(edge) == 0
    await _valid_callback_succeeds(edge, "after the liar")


async def test_content_length_larger_than_the_body_then_disconnect(edge: Client) -> None:
    """Claims 2000 bytes, sends 500, hangs up: the handler must give up quietly."""
    req = signed_post(text_xml("lina", "hello"))
    _reader, writer = await open_raw(edge)
    writer.write(request_head(_target(req.query), "edge", {"Content-Length": "2000"}) + req.body[:500])
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await _valid_callback_succeeds(edge, "after the quitter")
    assert await inbox_size(edge) == 1  # only the valid one


async def _send_chunked(writer: asyncio.StreamWriter, body: bytes, pieces: int, pause: float) -> None:
    step = max(1, len(body) // pieces)
    for i in range(0, len(body), step):
        part = body[i : i + step]
        writer.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        await writer.drain()
        await asyncio.sleep(pause)
    writer.write(b"0\r\n\r\n")
    await writer.drain()


async def test_chunked_oversize_is_413(edge: Client) -> None:
    """No Content-Length to check up front: the limit must hold while reading the stream."""
    req = signed_post(text_xml("lina", "x" * 70_000))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Transfer-Encoding": "chunked"}))
        sender = asyncio.create_task(_send_chunked(writer, req.body, pieces=8, pause=0.02))
        resp = await asyncio.wait_for(read_response(reader), GUARD)
        sender.cancel()
    finally:
        writer.close()
    assert resp.status == 413
    assert await inbox_size(edge) == 0


async def test_chunked_valid_body_is_accepted(edge: Client) -> None:
    """WeCom does not chunk, but a proxy may: a valid callback in pieces is still one event."""
    req = signed_post(text_xml("lina", "分块 " * 200))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Transfer-Encoding": "chunked"}))
        await _send_chunked(writer, req.body, pieces=4, pause=0.02)
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert (resp.status, resp.body) == (200, b"")
    assert await inbox_size(edge) == 1


async def test_dribbled_valid_body_is_accepted(edge: Client) -> None:
    """A valid callback whose body arrives in several TCP writes (slow link) is read whole."""
    req = signed_post(text_xml("lina", "slow but valid"))
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(req.query), "edge", {"Content-Length": str(len(req.body))}))
        for i in range(0, len(req.body), 64):
            writer.write(req.body[i : i + 64])
            await writer.drain()
            await asyncio.sleep(0.01)
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert (resp.status, resp.body) == (200, b"")
    assert await inbox_size(edge) == 1


async def test_slow_client_does_not_hold_up_other_callbacks(edge: Client) -> None:
    """Headers, then a trickle of body that stalls: a concurrent valid callback is still answered."""
    slow_req = signed_post(text_xml("sunhong", "trickle"))
    reader, writer = await open_raw(edge)
    try:
        head = request_head(_target(slow_req.query), "edge", {"Content-Length": str(len(slow_req.body))})
        writer.write(head + slow_req.body[:10])
        await writer.drain()
        # Three other callbacks complete while the slow one is still mid-body.
        for i in range(3):
            await _valid_callback_succeeds(edge, f"meanwhile {i}")
        assert await inbox_size(edge) == 3
        writer.write(slow_req.body[10:])
        await writer.drain()
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert resp.status == 200
    assert await inbox_size(edge) == 4


async def test_many_stalled_clients_do_not_block_the_edge(edge: Client) -> None:
    stalled = []
    req = signed_post(text_xml("sunhong", "stall"))
    try:
        for _ in range(50):
            _reader, writer = await open_raw(edge)
            writer.write(request_head(_target(req.query), "edge", {"Content-Length": "4000"}) + b"<xml>")
            await writer.drain()
            stalled.append(writer)
        await _valid_callback_succeeds(edge, "through the crowd")
    finally:
        for writer in stalled:
            writer.close()
    assert await inbox_size(edge) == 1


async def test_huge_url_is_refused_by_the_parser(edge: Client) -> None:
    """Past aiohttp's request-line limit the framework answers itself; still a 4xx, never a 5xx."""
    req = signed_post(text_xml("lina", "hi"))
    query = {**req.query, "pad": "字" * 20_000}
    reader, writer = await open_raw(edge)
    try:
        writer.write(request_head(_target(query), "edge", {"Content-Length": str(len(req.body))}) + req.body)
        await writer.drain()
        resp = await asyncio.wait_for(read_response(reader), GUARD)
    finally:
        writer.close()
    assert 400 <= resp.status < 500
    assert await inbox_size(edge) == 0


async def test_huge_query_values_within_the_line_limit_are_403(edge: Client) -> None:
    req = signed_post(text_xml("lina", "hi"))
    for name in ("msg_signature", "timestamp", "nonce"):
        resp = await edge.post(PATH, params={**req.query, name: "9" * 5000}, data=req.body)
        assert resp.status == 403, name
    assert await inbox_size(edge) == 0
