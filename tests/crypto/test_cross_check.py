"""The library against a second implementation (tests/crypto/reference.py: manual framing and
padding, AES straight from Crypto.Cipher.AES, bit-by-bit key decoding, hashlib signature)."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from crypto import WeComCrypto, decode_aes_key
from tests.crypto.reference import ref_decrypt, ref_encrypt, ref_key, ref_sign

aes_keys = st.text(alphabet=string.ascii_letters + string.digits, min_size=43, max_size=43)
receive_ids = st.one_of(st.just(""), st.from_regex(r"ww[0-9a-f]{16}", fullmatch=True), st.text(max_size=30))
printable = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=20)


@given(aes_keys)
def test_key_decoding_agrees(key: str) -> None:
    assert decode_aes_key(key) == ref_key(key)


@given(
    aes_keys, receive_ids, st.text(max_size=300), st.binary(min_size=16, max_size=16), printable, printable
)
def test_library_decrypts_what_the_reference_encrypts(
    key: str, receive_id: str, text: str, random16: bytes, timestamp: str, nonce: str
) -> None:
    encrypted = ref_encrypt(ref_key(key), random16, text, receive_id)
    signature = ref_sign("Tok", timestamp, nonce, encrypted)
    crypto = WeComCrypto("Tok", key, receive_id)
    assert crypto.decrypt(signature, timestamp, nonce, encrypted) == text


@given(
    aes_keys, receive_ids, st.text(max_size=300), st.binary(min_size=16, max_size=16), printable, printable
)
def test_reference_decrypts_what_the_library_encrypts_and_bytes_match(
    key: str, receive_id: str, text: str, random16: bytes, timestamp: str, nonce: str
) -> None:
    msg = WeComCrypto("Tok", key, receive_id).encrypt(
        text, timestamp=timestamp, nonce=nonce, random16=random16
    )
    assert msg.encrypt == ref_encrypt(ref_key(key), random16, text, receive_id)
    assert msg.signature == ref_sign("Tok", timestamp, nonce, msg.encrypt)
    assert ref_decrypt(ref_key(key), msg.encrypt) == (text, receive_id)
