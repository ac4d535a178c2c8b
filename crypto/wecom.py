"""WeComCrypto: the WXBizMsgCrypt operations bound to one app's token, key and CorpID."""

from __future__ import annotations

import hmac
import secrets
import time

from crypto import aes, signature
from crypto.envelope import EncryptedMessage
from crypto.errors import InvalidReceiveId, MalformedEnvelope
from crypto.frame import RANDOM_BYTES, Frame
from crypto.keys import decode_aes_key


class WeComCrypto:
    """Verify, decrypt and encrypt callback payloads for one receiver.

    `receive_id` is the CorpID for a self-built app (suite id / "" in third-party cases).
    """

    __slots__ = ("_key", "_receive_id", "_token")

    def __init__(self, token: str, encoding_aes_key: str, receive_id: str) -> None:
        if not token:
            raise ValueError("token must not be empty")
        self._token = token
        self._key = decode_aes_key(encoding_aes_key)
        self._receive_id = receive_id

    def __repr__(self) -> str:  # never show the token or the key
        return f"WeComCrypto(receive_id={self._receive_id!r})"

    @property
    def receive_id(self) -> str:
        return self._receive_id

    def sign(self, timestamp: str, nonce: str, encrypted: str) -> str:
        return signature.sign(self._token, timestamp, nonce, encrypted)

    def check_signature(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> None:
        signature.check(msg_signature, self._token, timestamp, nonce, encrypted)

    def verify_url(self, msg_signature: str, timestamp: str, nonce: str, echostr: str) -> str:
        """GET verification: returns the echostr plaintext to answer with, byte for byte."""
        # Base64 never contains spaces; a space here is a '+' that a form decoder turned into one.
        echostr = echostr.replace(" ", "+")
        return self.decrypt(msg_signature, timestamp, nonce, echostr)

    def decrypt(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> str:
        """Signature first (cheap, rejects forgeries before any decryption), then decrypt."""
        self.check_signature(msg_signature, timestamp, nonce, encrypted)
        frame = aes.decrypt_frame(self._key, encrypted)
        if not hmac.compare_digest(frame.receive_id, self._receive_id.encode("utf-8")):
            raise InvalidReceiveId("frame is addressed to another receiver")
        try:
            return frame.msg.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedEnvelope("message is not UTF-8") from exc

    def encrypt(
        self,
        plaintext: str,
        *,
        timestamp: str | None = None,
        nonce: str | None = None,
        random16: bytes | None = None,
    ) -> EncryptedMessage:
        """Encrypt and sign as WeCom does. The optional values make the output deterministic."""
        if timestamp is None:
            timestamp = str(int(time.time()))
        if nonce is None:
            nonce = str(secrets.randbelow(9 * 10**9) + 10**9)
        if random16 is None:
            random16 = secrets.token_bytes(RANDOM_BYTES)
        frame = Frame(
            random16=random16,
            msg=plaintext.encode("utf-8"),
            receive_id=self._receive_id.encode("utf-8"),
        )
        encrypted = aes.encrypt_frame(self._key, frame)
        return EncryptedMessage(
            encrypt=encrypted,
            signature=self.sign(timestamp, nonce, encrypted),
            timestamp=timestamp,
            nonce=nonce,
        )
