"""The only HTTP edge WeCom talks to: verify → decrypt → parse → durable enqueue → ack.

GET answers the URL verification with the decrypted echostr. POST acknowledges with an empty
200 body only after the event is in the inbox stream (or was already there). Bad input never
reaches a handler: 403 for anything about authenticity (no detail), 400 for malformed payloads,
413 for oversized bodies, 415 for a compressed body (WeCom never compresses; nothing is inflated),
408 for a body that stops arriving, 503 when Redis cannot take the event (WeCom retries).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot.clock import Clock
from bot.logs import correlation_id
from bot.models.events import EventParseError, dedupe_key, ordering_key, parse_event
from crypto import CryptoError, InvalidReceiveId, InvalidSignature, WeComCrypto, parse_envelope
from storage.inbox import Inbox

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
# WeCom gives up after 5 s; a body still dribbling in after 3 s will not be answered in time anyway,
# and cutting it early frees the connection from a slow client.
BODY_TIMEOUT = 3.0

# outcome label, event kind label, seconds
Observer = Callable[[str, str, float], None]


@dataclass
class CallbackEndpoint:
    name: str
    crypto: WeComCrypto
    inbox: Inbox
    clock: Clock
    max_skew: int = 300
    observe: Observer | None = None

    def _params(self, request: web.Request, *extra: str) -> tuple[str, ...] | None:
        names = ("msg_signature", "timestamp", "nonce", *extra)
        values = tuple(request.query.get(n, "") for n in names)
        if not all(values) or any(len(v) > 4096 for v in values):
            return None
        return values

    def _fresh(self, timestamp: str) -> bool:
        # isdigit() alone accepts "²" and other Unicode digits that int() refuses
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            return False
        return self.max_skew == 0 or abs(self.clock.now() - int(timestamp)) <= self.max_skew

    def _done(self, outcome: str, kind: str, started: float) -> None:
        if self.observe is not None:
            self.observe(outcome, kind, time.perf_counter() - started)

    async def verify(self, request: web.Request) -> web.StreamResponse:
        started = time.perf_counter()
        params = self._params(request, "echostr")
        if params is None or not self._fresh(params[1]):
            self._done("forbidden", "verify", started)
            return web.Response(status=403)
        signature, timestamp, nonce, echostr = params
        try:
            plain = self.crypto.verify_url(signature, timestamp, nonce, echostr)
        except (InvalidSignature, InvalidReceiveId):
            log.warning("%s: URL verification refused (bad signature or receive id)", self.name)
            self._done("forbidden", "verify", started)
            return web.Response(status=403)
        except CryptoError:
            self._done("bad_request", "verify", started)
            return web.Response(status=400)
        self._done("ok", "verify", started)
        return web.Response(text=plain, content_type="text/plain")

    async def receive(self, request: web.Request) -> web.StreamResponse:
        started = time.perf_counter()
        params = self._params(request)
        if params is None or not self._fresh(params[1]):
            self._done("forbidden", "-", started)
            return web.Response(status=403)
        if request.content_length is not None and request.content_length > MAX_BODY:
            self._done("too_large", "-", started)
            return web.Response(status=413)
        if request.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
            self._done("unsupported", "-", started)
            return web.Response(status=415)
        if request.content.is_eof():
            # The usual case: a callback fits in the segments that carried its headers, so the
            # whole body is already buffered; take it without a timer or an iterator.
            buffered = request.content.read_nowait()
            body = buffered if len(buffered) <= MAX_BODY else None
        else:
            try:
                async with asyncio.timeout(BODY_TIMEOUT):
                    body = await _read_limited(request, MAX_BODY)
            except TimeoutError:
                self._done("timeout", "-", started)
                return web.Response(status=408)
            except (web.RequestPayloadError, ConnectionError):  # broken chunked framing, a peer gone
                self._done("bad_request", "-", started)
                return web.Response(status=400)
        if body is None:
            self._done("too_large", "-", started)
            return web.Response(status=413)
        signature, timestamp, nonce = params
        correlation_id.set(f"cb-{nonce[:32]}")
        try:
            envelope = parse_envelope(body)
            plaintext = self.crypto.decrypt(signature, timestamp, nonce, envelope.encrypt)
            event = parse_event(plaintext)
        except (InvalidSignature, InvalidReceiveId):
            log.warning("%s: callback refused (bad signature or receive id)", self.name)
            self._done("forbidden", "-", started)
            return web.Response(status=403)
        except (CryptoError, EventParseError) as exc:
            log.info("%s: malformed callback (%s)", self.name, type(exc).__name__)
            self._done("bad_request", "-", started)
            return web.Response(status=400)
        try:
            entry_id = await self.inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))
        except Exception:
            # Not acknowledged: WeCom retries, and the dedupe key keeps a retry from doubling it.
            log.error("%s: could not enqueue %s; answering 503", self.name, event.kind, exc_info=True)
            self._done("unavailable", event.kind, started)
            return web.Response(status=503)
        self._done("enqueued" if entry_id else "duplicate", event.kind, started)
        return web.Response(status=200, body=b"")


async def _read_limited(request: web.Request, limit: int) -> bytes | None:
    """The whole body (chunked or not, however it dribbles in), or None past ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.content.iter_chunked(16 * 1024):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
