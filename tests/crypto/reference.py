"""A second, deliberately separate implementation of the scheme, written only for the tests.

It shares no code with crypto/: its own Base64-key decoding (bit by bit), its own padding and
framing, AES straight from Crypto.Cipher.AES, its own signature. Agreement between the two is
evidence that both follow the spec rather than each other.
"""

from __future__ import annotations

import base64
import hashlib
import string

from Crypto.Cipher import AES

_ALPHABET = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"


def ref_key(encoding_aes_key: str) -> bytes:
    """43 Base64 characters → 258 bits → the first 256 (the last char's 4 spare bits dropped)."""
    bits = "".join(format(_ALPHABET.index(ch), "06b") for ch in encoding_aes_key)
    return int(bits[:256], 2).to_bytes(32, "big")


def ref_raw_encrypt(key: bytes, plain: bytes) -> str:
    """AES-CBC of already-aligned bytes, no padding at all (lets tests forge bad pads)."""
    assert len(plain) % 16 == 0
    return base64.b64encode(AES.new(key, AES.MODE_CBC, key[:16]).encrypt(plain)).decode()


def ref_raw_decrypt(key: bytes, encrypted: str) -> bytes:
    return AES.new(key, AES.MODE_CBC, key[:16]).decrypt(base64.b64decode(encrypted))


def ref_frame(random16: bytes, msg: bytes, receive_id: bytes) -> bytes:
    return random16 + len(msg).to_bytes(4, "big") + msg + receive_id


def ref_pad(data: bytes) -> bytes:
    amount = 32 - (len(data) % 32)
    return data + bytes([amount] * amount)


def ref_encrypt(key: bytes, random16: bytes, msg: str, receive_id: str) -> str:
    return ref_raw_encrypt(key, ref_pad(ref_frame(random16, msg.encode(), receive_id.encode())))


def ref_decrypt(key: bytes, encrypted: str) -> tuple[str, str]:
    plain = ref_raw_decrypt(key, encrypted)
    plain = plain[: -plain[-1]]
    size = int.from_bytes(plain[16:20], "big")
    return plain[20 : 20 + size].decode(), plain[20 + size :].decode()


def ref_sign(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode()).hexdigest()
