"""One error tree for the message crypto. Callers answer every CryptoError the same opaque way
(403 / drop); the subclasses exist for logs and tests."""

from __future__ import annotations


class CryptoError(Exception):
    """Root of every failure to verify, decrypt or parse a WeCom message."""


class InvalidSignature(CryptoError):
    """msg_signature does not match sha1(sorted(token, timestamp, nonce, encrypted))."""


class InvalidReceiveId(CryptoError):
    """The plaintext frame names another receiver (CorpID) than ours."""


class InvalidPadding(CryptoError):
    """The decrypted data does not end in a valid PKCS#7 pad of 1..32 bytes."""


class MalformedEnvelope(CryptoError):
    """Bad XML (or a DTD / entities), bad Base64, bad ciphertext or length field, or not UTF-8."""


class InvalidAESKey(CryptoError, ValueError):
    """The EncodingAESKey is not 43 characters of [A-Za-z0-9]."""
