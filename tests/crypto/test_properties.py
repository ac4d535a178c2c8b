"""Round-trip and structural properties over generated inputs."""

from __future__ import annotations

import base64
import itertools
import string

from hypothesis import given
from hypothesis import strategies as st

from crypto import WeComCrypto, decode_aes_key, decrypt_frame, parse_reply, render_reply
from tests.crypto.reference import ref_raw_decrypt

aes_keys = st.text(alphabet=string.ascii_letters + string.digits, min_size=43, max_size=43)
receive_ids = st.one_of(
    st.just(""), st.from_regex(r"w[wx][0-9a-f]{16}", fullmatch=True), st.text(max_size=40)
)
plain_texts = st.text(max_size=300)  # any Unicode scalar values (Hypothesis excludes surrogates)
random16s = st.binary(min_size=16, max_size=16)
printable = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=20)


@given(aes_keys, receive_ids, plain_texts, random16s, printable, printable, printable)
def test_encrypt_then_decrypt_round_trips(
    key: str, receive_id: str, text: str, random16: bytes, token: str, timestamp: str, nonce: str
) -> None:
    crypto = WeComCrypto(token, key, receive_id)
    msg = crypto.encrypt(text, timestamp=timestamp, nonce=nonce, random16=random16)
    assert (msg.timestamp, msg.nonce) == (timestamp, nonce)
    assert crypto.decrypt(msg.signature, msg.timestamp, msg.nonce, msg.encrypt) == text
    assert crypto.verify_url(msg.signature, msg.timestamp, msg.nonce, msg.encrypt) == text
    frame = decrypt_frame(decode_aes_key(key), msg.encrypt)
    assert frame.random16 == random16


@given(aes_keys, plain_texts, random16s)
def test_ciphertext_is_aligned_to_32_bytes(key: str, text: str, random16: bytes) -> None:
    msg = WeComCrypto("t", key, "corp").encrypt(text, random16=random16)
    raw = base64.b64decode(msg.encrypt, validate=True)
    frame_len = 16 + 4 + len(text.encode()) + len(b"corp")
    assert len(raw) % 32 == 0
    assert len(raw) - frame_len in range(1, 33)


def test_every_pad_length_from_1_to_32_occurs_and_round_trips() -> None:
    crypto = WeComCrypto("t", "A" * 42 + "Q", "corp")
    key = decode_aes_key("A" * 42 + "Q")
    seen = set()
    for size in range(64):
        text = "x" * size
        msg = crypto.encrypt(text, random16=bytes(16))
        plain = ref_raw_decrypt(key, msg.encrypt)
        pad = plain[-1]
        assert plain[-pad:] == bytes([pad]) * pad
        seen.add(pad)
        assert crypto.decrypt(msg.signature, msg.timestamp, msg.nonce, msg.encrypt) == text
    assert seen == set(range(1, 33))


@given(plain_texts)
def test_defaults_are_fresh_per_call(text: str) -> None:
    crypto = WeComCrypto("t", "A" * 42 + "Q", "corp")
    first, second = crypto.encrypt(text), crypto.encrypt(text)
    assert first.encrypt != second.encrypt  # fresh random16 each time
    assert first.timestamp.isdigit() and first.nonce.isdigit()
    for msg in (first, second):
        assert crypto.decrypt(msg.signature, msg.timestamp, msg.nonce, msg.encrypt) == text


@given(random16s, plain_texts)
def test_encryption_is_deterministic_given_all_inputs(random16: bytes, text: str) -> None:
    crypto = WeComCrypto("t", "A" * 42 + "Q", "corp")
    a = crypto.encrypt(text, timestamp="1", nonce="2", random16=random16)
    b = crypto.encrypt(text, timestamp="1", nonce="2", random16=random16)
    assert a == b


@given(printable, printable, printable, st.text(max_size=50))
def test_signature_ignores_argument_order_but_not_content(token: str, ts: str, nonce: str, enc: str) -> None:
    values = [ts, nonce, enc]
    crypto = WeComCrypto(token, "A" * 42 + "Q", "corp")
    sigs = {crypto.sign(*perm) for perm in itertools.permutations(values)}
    assert len(sigs) == 1
    sig = sigs.pop()
    assert len(sig) == 40 and sig == sig.lower()
    crypto.check_signature(sig, nonce, enc, ts)  # the four strings are sorted, so order is irrelevant
    assert crypto.sign(ts, nonce, enc + "x") != sig


@given(aes_keys, plain_texts)
def test_reply_xml_round_trips(key: str, text: str) -> None:
    crypto = WeComCrypto("t", key, "corp")
    msg = crypto.encrypt(text)
    parsed = parse_reply(render_reply(msg))
    assert parsed == msg
    assert crypto.decrypt(parsed.signature, parsed.timestamp, parsed.nonce, parsed.encrypt) == text
