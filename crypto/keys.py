"""EncodingAESKey → the 32-byte AES key."""

from __future__ import annotations

import base64
import binascii
import re

from crypto.errors import InvalidAESKey

ENCODING_AES_KEY_LENGTH = 43
AES_KEY_BYTES = 32

_KEY_CHARS = re.compile(r"[A-Za-z0-9]{43}")


def decode_aes_key(encoding_aes_key: str) -> bytes:
    """Decode the console's EncodingAESKey: Base64 of the key without its trailing '='.

    Decoded leniently on purpose: 43 characters hold 258 bits for a 256-bit key, so the last
    character has 2 spare bits; real keys set them, and strict (canonical-only) decoders refuse that.
    """
    if not isinstance(encoding_aes_key, str) or not _KEY_CHARS.fullmatch(encoding_aes_key):
        length = len(encoding_aes_key) if isinstance(encoding_aes_key, str) else "?"
        raise InvalidAESKey(
            f"EncodingAESKey must be exactly {ENCODING_AES_KEY_LENGTH} characters of A-Z, a-z, 0-9 "
            f"(got {length} characters); copy it again from the app's 接收消息 settings"
        )
    try:
        # binascii ignores the non-significant trailing bits, which is the leniency we want.
        key = base64.b64decode(encoding_aes_key + "=", validate=True)
    except binascii.Error as exc:  # unreachable after the regex; kept as a guard
        raise InvalidAESKey(f"EncodingAESKey is not valid Base64: {exc}") from exc
    if len(key) != AES_KEY_BYTES:  # pragma: no cover - 43 Base64 chars always give 32 bytes
        raise InvalidAESKey(f"EncodingAESKey decodes to {len(key)} bytes, expected {AES_KEY_BYTES}")
    return key
