"""PKCS#7 to 32-byte blocks, as WeCom uses it (not AES's 16: pads of 17..32 occur)."""

from __future__ import annotations

from crypto.errors import InvalidPadding

BLOCK = 32


def pad(data: bytes) -> bytes:
    """Always adds 1..32 bytes (a full block when already aligned)."""
    n = BLOCK - len(data) % BLOCK
    return data + bytes([n]) * n


def unpad(data: bytes) -> bytes:
    """Strict: the last byte n must be 1..32, no longer than the data, and all n bytes equal to n."""
    if not data:
        raise InvalidPadding("empty plaintext")
    n = data[-1]
    if not 1 <= n <= BLOCK or n > len(data):
        raise InvalidPadding(f"pad length {n} outside 1..{BLOCK}")
    if data[-n:] != bytes([n]) * n:
        raise InvalidPadding("pad bytes differ")
    return data[:-n]
