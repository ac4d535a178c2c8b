"""EncodingAESKey validation and lenient decoding."""

from __future__ import annotations

import base64
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import InvalidAESKey, WeComCrypto, decode_aes_key
from tests.crypto.reference import ref_key
from tests.crypto.vectors import OFFICIAL_ENCODING_AES_KEY, WECHATPY_ENCODING_AES_KEY

_B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
_ALLOWED = set(string.ascii_letters + string.digits)


def test_real_keys_with_non_zero_trailing_bits_are_accepted() -> None:
    for key in (OFFICIAL_ENCODING_AES_KEY, WECHATPY_ENCODING_AES_KEY):
        assert _B64.index(key[-1]) & 0b11  # the 2 spare bits are set in these published keys
        assert decode_aes_key(key) == ref_key(key)
        assert len(decode_aes_key(key)) == 32


def test_last_char_variants_sharing_two_significant_bits_give_the_same_key() -> None:
    prefix = OFFICIAL_ENCODING_AES_KEY[:-1]
    assert decode_aes_key(prefix + "Q") == decode_aes_key(prefix + "R") == decode_aes_key(prefix + "T")
    assert decode_aes_key(prefix + "Q") != decode_aes_key(prefix + "g")


@given(st.binary(min_size=32, max_size=32), st.integers(min_value=0, max_value=3))
def test_any_spare_bits_decode_to_the_same_key(key: bytes, spare: int) -> None:
    canonical = base64.b64encode(key).decode().rstrip("=")
    # 43 chars = 258 bits for 256: the last char's 2 low bits are spare.
    variant = canonical[:-1] + _B64[_B64.index(canonical[-1]) | spare]
    if not set(variant) <= _ALLOWED:
        return  # keys with '+' or '/' cannot be configured in WeCom at all
    assert decode_aes_key(variant) == key


@pytest.mark.parametrize(
    "bad",
    [
        "",
        OFFICIAL_ENCODING_AES_KEY[:-1],  # 42
        OFFICIAL_ENCODING_AES_KEY + "A",  # 44
        OFFICIAL_ENCODING_AES_KEY + "=",  # with the padding already added
        OFFICIAL_ENCODING_AES_KEY[:-1] + "=",
        OFFICIAL_ENCODING_AES_KEY[:-1] + "+",
        OFFICIAL_ENCODING_AES_KEY[:-1] + "/",
        OFFICIAL_ENCODING_AES_KEY[:-1] + "$",
        OFFICIAL_ENCODING_AES_KEY[:-1] + "\n",
        OFFICIAL_ENCODING_AES_KEY + "\n",
        " " + OFFICIAL_ENCODING_AES_KEY[1:],
        OFFICIAL_ENCODING_AES_KEY[:-1] + "٣",  # non-ASCII digit
        OFFICIAL_ENCODING_AES_KEY[:-1] + "Ａ",  # full-width letter
    ],
)
def test_malformed_keys_are_refused_with_a_clear_message(bad: str) -> None:
    with pytest.raises(InvalidAESKey, match="43 characters"):
        decode_aes_key(bad)


def test_invalid_key_is_a_value_error_and_raised_by_the_constructor() -> None:
    with pytest.raises(ValueError, match="EncodingAESKey"):
        WeComCrypto("token", "short", "corp")


def test_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token"):
        WeComCrypto("", OFFICIAL_ENCODING_AES_KEY, "corp")


def test_repr_hides_token_and_key() -> None:
    text = repr(WeComCrypto("SecretToken", OFFICIAL_ENCODING_AES_KEY, "corp"))
    assert "SecretToken" not in text
    assert OFFICIAL_ENCODING_AES_KEY not in text
    assert "corp" in text
