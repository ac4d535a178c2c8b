"""WeCom (企业微信) callback message crypto — the WXBizMsgCrypt scheme.

Pure and synchronous; imports nothing else of this project. See shared/wecom/API.md §1.4–1.5.
"""

from crypto.aes import decrypt_frame, encrypt_frame
from crypto.envelope import (
    EncryptedMessage,
    Envelope,
    parse_envelope,
    parse_reply,
    render_envelope,
    render_reply,
)
from crypto.errors import (
    CryptoError,
    InvalidAESKey,
    InvalidPadding,
    InvalidReceiveId,
    InvalidSignature,
    MalformedEnvelope,
)
from crypto.frame import Frame
from crypto.keys import decode_aes_key
from crypto.wecom import WeComCrypto

__all__ = [
    "CryptoError",
    "EncryptedMessage",
    "Envelope",
    "Frame",
    "InvalidAESKey",
    "InvalidPadding",
    "InvalidReceiveId",
    "InvalidSignature",
    "MalformedEnvelope",
    "WeComCrypto",
    "decode_aes_key",
    "decrypt_frame",
    "encrypt_frame",
    "parse_envelope",
    "parse_reply",
    "render_envelope",
    "render_reply",
]
