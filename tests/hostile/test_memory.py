"""Flat memory under a stream of hostile requests: nothing per refused request may be retained."""

from __future__ import annotations

import gc
import logging
import random
import time
import tracemalloc

import aiohttp

from crypto import parse_envelope
from tests.crypto.reference import ref_frame, ref_key, ref_pad, ref_raw_encrypt, ref_sign
from tests.hostile.conftest import PATH, REFUSED, Client, inbox_size
from tests.support.wire import AES_KEY, TOKEN, raw_envelope, signed_post, text_xml

N = 2000
WARMUP = 300
BUDGET = 3 * 1024 * 1024  # bytes of Python heap growth allowed after the warm-up


def _hostile_requests(n: int, seed: int) -> list[tuple[dict[str, str], bytes]]:
    """A deterministic mix of every refused shape, each request distinct (no cache hides a leak)."""
    rng = random.Random(seed)
    key = ref_key(AES_KEY)
    now = int(time.time())
    big = signed_post(text_xml("lina", "x" * 70_000))
    out: list[tuple[dict[str, str], bytes]] = []
    for i in range(n):
        ts = str(now)
        nonce = f"n{seed}-{i}"
        kind = i % 8
        if kind == 0:  # forged signature
            req = signed_post(text_xml("lina", f"forged {i}"))
            out.append(({**req.query, "msg_signature": f"{rng.getrandbits(160):040x}"}, req.body))
        elif kind == 1:  # garbage bytes
            junk = rng.randbytes(rng.randint(0, 900))
            out.append(({"msg_signature": "a" * 40, "timestamp": ts, "nonce": nonce}, junk))
        elif kind == 2:  # signed junk ciphertext
            enc = ref_raw_encrypt(key, rng.randbytes(64))
            out.append(({"msg_signature": ref_sign(TOKEN, ts, nonce, enc), "timestamp": ts, "nonce": nonce},
                        raw_envelope(enc)))
        elif kind == 3:  # wrong receive id
            enc = ref_raw_encrypt(key, ref_pad(ref_frame(rng.randbytes(16), b"<xml/>", f"wwother{i}".encode())))
            out.append(({"msg_signature": ref_sign(TOKEN, ts, nonce, enc), "timestamp": ts, "nonce": nonce},
                        raw_envelope(enc)))
        elif kind == 4:  # entity expansion
            body = (b'<!DOCTYPE l [<!ENTITY a "' + str(i).encode() + b'aaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                    b"<xml><Encrypt>&b;</Encrypt></xml>")
            out.append(({"msg_signature": "b" * 40, "timestamp": ts, "nonce": nonce}, body))
        elif kind == 5:  # stale
            req = signed_post(text_xml("lina", f"old {i}"), timestamp=now - 7200 - i)
            out.append((req.query, req.body))
        elif kind == 6:  # oversized
            out.append(({**big.query, "nonce": nonce}, big.body))
        else:  # non-ASCII query soup
            out.append(({"msg_signature": "签名" * 10, "timestamp": "时间", "nonce": "😀" * 50 + str(i)}, b"<xml/>"))
    return out


async def _fire(session: aiohttp.ClientSession, url: str, batch: list[tuple[dict[str, str], bytes]]) -> None:
    for query, body in batch:
        async with session.post(url, params=query, data=body) as resp:
            assert resp.status in REFUSED, resp.status
            await resp.read()


async def test_memory_stays_flat_under_hostile_traffic(edge: Client) -> None:
    # Refusals are logged at WARNING; pytest's log capture would keep every record, which is the
    # harness's memory, not the edge's. Silence the product loggers for the measurement.
    quiet = [logging.getLogger(name) for name in ("bot", "crypto", "storage", "aiohttp")]
    levels = [lg.level for lg in quiet]
    for lg in quiet:
        lg.setLevel(logging.CRITICAL)
    warmup = _hostile_requests(WARMUP, seed=1)
    measured = _hostile_requests(N, seed=2)
    url = str(edge.make_url(PATH))
    try:
        # A plain session: Client keeps every response it hands out, which would be our leak.
        async with aiohttp.ClientSession() as session:
            await _fire(session, url, warmup)
            gc.collect()
            # Traced from here on: what is still allocated at the end was retained by the N requests.
            tracemalloc.start()
            before, _ = tracemalloc.get_traced_memory()
            await _fire(session, url, measured)
            gc.collect()
            after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        for lg, level in zip(quiet, levels, strict=True):
            lg.setLevel(level)
    growth = after - before
    assert growth < BUDGET, f"heap grew {growth / 1024:.0f} KiB over {N} hostile requests"
    assert await inbox_size(edge) == 0


def _rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096  # resident pages


def test_parsing_random_element_names_retains_nothing() -> None:
    # The envelope is parsed before its signature can be checked, so its element names are the
    # sender's choice. A parser that interns names for the life of the process (libxml2's
    # dictionary, behind lxml, does: ~57 bytes per new name, measured) lets anyone grow the bot's
    # memory without bound; tracemalloc would not see it (C heap), so this measures the RSS.
    rng = random.Random(7)

    def body() -> bytes:
        names = [f"t{rng.getrandbits(96):024x}" for _ in range(50)]
        return ("<xml>" + "".join(f"<{n}>x</{n}>" for n in names) + "<Encrypt>abc</Encrypt></xml>").encode()

    for _ in range(2000):  # warm-up: allocator pools, caches
        parse_envelope(body())
    gc.collect()
    before = _rss_bytes()
    for _ in range(20_000):  # a million distinct names
        parse_envelope(body())
    gc.collect()
    grown = _rss_bytes() - before
    assert grown < 16 * 1024 * 1024, f"RSS grew by {grown / 1e6:.1f} MB over a million distinct element names"
