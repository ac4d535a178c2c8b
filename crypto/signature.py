"""msg_signature = sha1 hex of the four strings sorted and concatenated."""

from __future__ import annotations

import hashlib
import hmac

from crypto.errors import InvalidSignature


def sign(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    # Plain string order; for UTF-8 that equals byte order, which is what the SDKs sort by.
    joined = "".join(sorted((token, timestamp, nonce, encrypted)))
    return hashlib.sha1(joined.encode("utf-8"), usedforsecurity=False).hexdigest()


def check(msg_signature: str, token: str, timestamp: str, nonce: str, encrypted: str) -> None:
    expected = sign(token, timestamp, nonce, encrypted)
    if not hmac.compare_digest(expected.encode("ascii"), msg_signature.encode("utf-8", "replace")):
        raise InvalidSignature("msg_signature mismatch")
