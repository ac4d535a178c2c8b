"""AES-256-CBC with IV = key[:16] over the padded frame, Base64 on the wire."""

from __future__ import annotations

import base64
import binascii

from Crypto.Cipher import AES

from crypto import frame, padding
from crypto.errors import MalformedEnvelope
from crypto.frame import Frame
from crypto.keys import AES_KEY_BYTES


def _aes_cbc(key: bytes, data: bytes, *, encrypt: bool) -> bytes:
    if len(key) != AES_KEY_BYTES:
        raise ValueError(f"AES key must be {AES_KEY_BYTES} bytes, got {len(key)}")
    # The static IV (first half of the key) is the platform's design, not our choice.
    cipher = AES.new(key, AES.MODE_CBC, iv=key[:16])
    out: bytes = cipher.encrypt(data) if encrypt else cipher.decrypt(data)
    return out


def encrypt_frame(key: bytes, value: Frame) -> str:
    """Frame → padded → AES-CBC → Base64 text (the `Encrypt` / `echostr` value)."""
    data = _aes_cbc(key, padding.pad(frame.pack(value)), encrypt=True)
    return base64.b64encode(data).decode("ascii")


def decrypt_frame(key: bytes, encrypted: str) -> Frame:
    """Base64 text → AES-CBC → strict unpad → Frame. Does not check the receive id."""
    try:
        data = base64.b64decode(encrypted.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise MalformedEnvelope("ciphertext is not valid Base64") from exc
    if not data or len(data) % padding.BLOCK:
        raise MalformedEnvelope(f"ciphertext of {len(data)} bytes is not a positive multiple of 32")
    plain = _aes_cbc(key, data, encrypt=False)
    return frame.unpack(padding.unpad(plain))
