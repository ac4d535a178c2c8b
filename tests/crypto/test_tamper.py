"""Every way a callback can be forged or damaged is refused with the right error."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import (
    CryptoError,
    InvalidPadding,
    InvalidReceiveId,
    InvalidSignature,
    MalformedEnvelope,
    WeComCrypto,
)
from tests.crypto.reference import ref_encrypt, ref_frame, ref_key, ref_pad, ref_raw_encrypt
from tests.crypto.vectors import OFFICIAL_ENCODING_AES_KEY

TOKEN = "tok3n"
CORP = "ww1234567890abcdef"
KEY = ref_key(OFFICIAL_ENCODING_AES_KEY)
R16 = bytes(range(16))
TS, NONCE = "1700000000", "424242"


@pytest.fixture
def crypto() -> WeComCrypto:
    return WeComCrypto(TOKEN, OFFICIAL_ENCODING_AES_KEY, CORP)


def signed(crypto: WeComCrypto, encrypted: str) -> str:
    """Decrypt a forged ciphertext with a valid signature, so the check reaches the AES layer."""
    return crypto.decrypt(crypto.sign(TS, NONCE, encrypted), TS, NONCE, encrypted)


# --- signature -----------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["signature", "timestamp", "nonce", "encrypted"])
def test_changing_any_signed_field_is_refused(crypto: WeComCrypto, field: str) -> None:
    msg = crypto.encrypt("<xml>hi</xml>", timestamp=TS, nonce=NONCE)
    args = {"signature": msg.signature, "timestamp": TS, "nonce": NONCE, "encrypted": msg.encrypt}
    assert crypto.decrypt(args["signature"], args["timestamp"], args["nonce"], args["encrypted"])
    value = args[field]
    args[field] = ("0" if value[0] != "0" else "1") + value[1:]
    with pytest.raises(InvalidSignature):
        crypto.decrypt(args["signature"], args["timestamp"], args["nonce"], args["encrypted"])


def test_another_token_is_refused() -> None:
    msg = WeComCrypto("other", OFFICIAL_ENCODING_AES_KEY, CORP).encrypt("x", timestamp=TS, nonce=NONCE)
    with pytest.raises(InvalidSignature):
        WeComCrypto(TOKEN, OFFICIAL_ENCODING_AES_KEY, CORP).decrypt(msg.signature, TS, NONCE, msg.encrypt)


@pytest.mark.parametrize("sig", ["", "abc", "签名", "\x00" * 40])
def test_junk_signatures_are_refused_not_crashing(crypto: WeComCrypto, sig: str) -> None:
    msg = crypto.encrypt("x", timestamp=TS, nonce=NONCE)
    with pytest.raises(InvalidSignature):
        crypto.decrypt(sig, TS, NONCE, msg.encrypt)
    with pytest.raises(InvalidSignature):
        crypto.verify_url(sig, TS, NONCE, msg.encrypt)


def test_signature_is_checked_before_decrypting(crypto: WeComCrypto) -> None:
    # Not even Base64: a bad signature must still be reported as such (no decryption oracle).
    with pytest.raises(InvalidSignature):
        crypto.decrypt("0" * 40, TS, NONCE, "%%% not base64 %%%")


@given(st.data())
def test_any_flipped_ciphertext_byte_breaks_the_signature(data: st.DataObject) -> None:
    crypto = WeComCrypto(TOKEN, OFFICIAL_ENCODING_AES_KEY, CORP)
    msg = crypto.encrypt(data.draw(st.text(max_size=80)), timestamp=TS, nonce=NONCE)
    raw = bytearray(base64.b64decode(msg.encrypt))
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= data.draw(st.integers(1, 255))
    forged = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(InvalidSignature):
        crypto.decrypt(msg.signature, TS, NONCE, forged)


@given(st.data())
def test_flipped_ciphertext_never_yields_the_original_even_when_re_signed(data: st.DataObject) -> None:
    # CBC has no integrity of its own (the signature is the only MAC); this documents that a
    # flip always changes or breaks the result, never passes it through unchanged.
    crypto = WeComCrypto(TOKEN, OFFICIAL_ENCODING_AES_KEY, CORP)
    text = data.draw(st.text(max_size=80))
    msg = crypto.encrypt(text, timestamp=TS, nonce=NONCE)
    raw = bytearray(base64.b64decode(msg.encrypt))
    index = data.draw(st.integers(0, len(raw) - 1))
    raw[index] ^= data.draw(st.integers(1, 255))
    forged = base64.b64encode(bytes(raw)).decode()
    try:
        result = signed(crypto, forged)
    except CryptoError:
        return
    assert result != text


@given(st.integers(1, 255))
def test_flipping_the_block_before_the_pad_breaks_the_frame(crypto_mask: int) -> None:
    crypto = WeComCrypto(TOKEN, OFFICIAL_ENCODING_AES_KEY, CORP)
    msg = crypto.encrypt("<xml>pad me</xml>", timestamp=TS, nonce=NONCE, random16=R16)
    raw = bytearray(base64.b64decode(msg.encrypt))
    raw[-17] ^= crypto_mask  # CBC: flips the last plaintext byte, i.e. the pad length
    with pytest.raises((InvalidPadding, InvalidReceiveId, MalformedEnvelope)):
        signed(crypto, base64.b64encode(bytes(raw)).decode())


# --- padding -------------------------------------------------------------------------------


def frame_bytes(msg: bytes = b"<xml>ok</xml>", receive_id: bytes = CORP.encode()) -> bytes:
    return ref_frame(R16, msg, receive_id)


def with_tail(body: bytes, tail: bytes) -> bytes:
    """body + filler + tail, aligned to 32 bytes, filler chosen so only the tail matters."""
    filler = (-(len(body) + len(tail))) % 32
    return body + b"\xaa" * filler + tail


@pytest.mark.parametrize(
    ("tail", "why"),
    [
        (b"\x00", "pad byte 0"),
        (bytes([33]), "pad byte 33 (> 32)"),
        (bytes([200]), "pad byte 200"),
        (bytes([4, 4, 3, 4]), "unequal pad bytes"),
        (bytes([5]) * 4 + bytes([32]), "last byte 32 but the others differ"),
    ],
)
def test_bad_padding_is_refused(crypto: WeComCrypto, tail: bytes, why: str) -> None:
    forged = ref_raw_encrypt(KEY, with_tail(frame_bytes(), tail))
    with pytest.raises(InvalidPadding):
        signed(crypto, forged)


def test_a_full_32_byte_pad_is_valid(crypto: WeComCrypto) -> None:
    msg = b"<xml>" + b"o" * 15 + b"</xml>"
    body = frame_bytes(msg=msg)
    assert len(body) % 32 == 0  # aligned, so the pad must be a whole block of 32s
    forged = ref_raw_encrypt(KEY, body + bytes([32]) * 32)
    assert signed(crypto, forged) == msg.decode()


def test_16_byte_aligned_but_not_32_byte_aligned_ciphertext_is_refused(crypto: WeComCrypto) -> None:
    forged = ref_raw_encrypt(KEY, ref_pad(frame_bytes())[:-16])
    with pytest.raises(MalformedEnvelope):
        signed(crypto, forged)


# --- frame ---------------------------------------------------------------------------------


def test_length_field_longer_than_the_data_is_refused(crypto: WeComCrypto) -> None:
    body = R16 + (10_000).to_bytes(4, "big") + b"<xml>ok</xml>" + CORP.encode()
    with pytest.raises(MalformedEnvelope, match="length field"):
        signed(crypto, ref_raw_encrypt(KEY, ref_pad(body)))


def test_length_field_of_max_u32_is_refused(crypto: WeComCrypto) -> None:
    body = R16 + b"\xff\xff\xff\xff" + b"<xml>ok</xml>" + CORP.encode()
    with pytest.raises(MalformedEnvelope):
        signed(crypto, ref_raw_encrypt(KEY, ref_pad(body)))


def test_frame_shorter_than_its_header_is_refused(crypto: WeComCrypto) -> None:
    with pytest.raises(MalformedEnvelope, match="header"):
        signed(crypto, ref_raw_encrypt(KEY, ref_pad(b"0123456789")))


def test_length_field_that_swallows_the_receive_id_is_refused(crypto: WeComCrypto) -> None:
    msg = b"<xml>ok</xml>"
    body = R16 + (len(msg) + len(CORP)).to_bytes(4, "big") + msg + CORP.encode()
    with pytest.raises(InvalidReceiveId):
        signed(crypto, ref_raw_encrypt(KEY, ref_pad(body)))


def test_non_utf8_message_is_refused(crypto: WeComCrypto) -> None:
    forged = ref_raw_encrypt(KEY, ref_pad(frame_bytes(msg=b"<xml>\xff\xfe</xml>")))
    with pytest.raises(MalformedEnvelope, match="UTF-8"):
        signed(crypto, forged)


@pytest.mark.parametrize(
    "other", ["", "ww1234567890abcdeF", "ww1234567890abcde", CORP + "x", "wx5823bf96d3bd56c7"]
)
def test_wrong_receive_id_is_refused(crypto: WeComCrypto, other: str) -> None:
    forged = ref_encrypt(KEY, R16, "<xml>ok</xml>", other)
    with pytest.raises(InvalidReceiveId):
        signed(crypto, forged)
    with pytest.raises(InvalidReceiveId):
        crypto.verify_url(crypto.sign(TS, NONCE, forged), TS, NONCE, forged)


def test_message_from_another_key_is_refused(crypto: WeComCrypto) -> None:
    other_key = ref_key("A" * 42 + "Q")
    forged = ref_encrypt(other_key, R16, "<xml>ok</xml>", CORP)
    with pytest.raises(CryptoError):
        signed(crypto, forged)


# --- base64 / ciphertext shape -------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    ["", "====", "abc", "not base64!", "YWJj\n", "密文", "A" * 43, "QUFB" * 7 + "QUE="],
)
def test_bad_base64_or_ciphertext_shape_is_refused(crypto: WeComCrypto, junk: str) -> None:
    with pytest.raises(MalformedEnvelope):
        signed(crypto, junk)


def test_verify_url_only_maps_spaces_to_plus(crypto: WeComCrypto) -> None:
    msg = crypto.encrypt("echo", timestamp=TS, nonce=NONCE)
    assert crypto.verify_url(msg.signature, TS, NONCE, msg.encrypt) == "echo"
    with pytest.raises(CryptoError):  # a real '+' broken into '-' is not silently repaired
        crypto.verify_url(msg.signature, TS, NONCE, msg.encrypt.replace("+", "-").replace("/", "-") + "-")
