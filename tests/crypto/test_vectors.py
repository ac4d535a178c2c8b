"""Published vectors (see vectors.py for sources): exact results required."""

from __future__ import annotations

from urllib.parse import unquote_plus

from crypto import (
    EncryptedMessage,
    WeComCrypto,
    decode_aes_key,
    decrypt_frame,
    parse_envelope,
    parse_reply,
)
from tests.crypto import vectors as v


def official() -> WeComCrypto:
    return WeComCrypto(v.OFFICIAL_TOKEN, v.OFFICIAL_ENCODING_AES_KEY, v.OFFICIAL_CORP_ID)


def test_official_url_verification_returns_the_echo_plaintext() -> None:
    echo = official().verify_url(
        v.OFFICIAL_VERIFY_SIGNATURE,
        v.OFFICIAL_VERIFY_TIMESTAMP,
        v.OFFICIAL_VERIFY_NONCE,
        v.OFFICIAL_VERIFY_ECHOSTR,
    )
    assert echo == v.OFFICIAL_VERIFY_PLAINTEXT


def test_official_url_verification_survives_plus_to_space_decoding() -> None:
    # A form-style decoder turns the literal '+' of an unescaped echostr into ' '.
    mangled = unquote_plus(v.OFFICIAL_VERIFY_ECHOSTR)
    assert " " in mangled
    echo = official().verify_url(
        v.OFFICIAL_VERIFY_SIGNATURE, v.OFFICIAL_VERIFY_TIMESTAMP, v.OFFICIAL_VERIFY_NONCE, mangled
    )
    assert echo == v.OFFICIAL_VERIFY_PLAINTEXT


def test_official_url_verification_from_the_percent_encoded_query() -> None:
    echostr = unquote_plus(v.OFFICIAL_VERIFY_ECHOSTR_PERCENT_ENCODED)
    assert echostr == v.OFFICIAL_VERIFY_ECHOSTR
    assert (
        official().verify_url(
            v.OFFICIAL_VERIFY_SIGNATURE, v.OFFICIAL_VERIFY_TIMESTAMP, v.OFFICIAL_VERIFY_NONCE, echostr
        )
        == v.OFFICIAL_VERIFY_PLAINTEXT
    )


def test_official_post_example_decrypts_to_the_hello_message() -> None:
    envelope = parse_envelope(v.OFFICIAL_POST_BODY)
    assert envelope.to_user_name == v.OFFICIAL_CORP_ID
    assert envelope.agent_id == "218"
    assert envelope.encrypt == v.OFFICIAL_POST_ENCRYPT
    plaintext = official().decrypt(
        v.OFFICIAL_POST_SIGNATURE, v.OFFICIAL_POST_TIMESTAMP, v.OFFICIAL_POST_NONCE, envelope.encrypt
    )
    assert plaintext == v.OFFICIAL_POST_PLAINTEXT
    assert "<FromUserName><![CDATA[mycreate]]></FromUserName>" in plaintext
    assert "<MsgId>4561255354251345929</MsgId>" in plaintext


def test_official_signatures_are_reproduced() -> None:
    crypto = official()
    assert crypto.sign(v.OFFICIAL_VERIFY_TIMESTAMP, v.OFFICIAL_VERIFY_NONCE, v.OFFICIAL_VERIFY_ECHOSTR) == (
        v.OFFICIAL_VERIFY_SIGNATURE
    )
    assert crypto.sign(v.OFFICIAL_POST_TIMESTAMP, v.OFFICIAL_POST_NONCE, v.OFFICIAL_POST_ENCRYPT) == (
        v.OFFICIAL_POST_SIGNATURE
    )


def wechatpy() -> WeComCrypto:
    return WeComCrypto(v.WECHATPY_TOKEN, v.WECHATPY_ENCODING_AES_KEY, v.WECHATPY_CORP_ID)


def test_wechatpy_deterministic_encryption_matches_exactly() -> None:
    msg = wechatpy().encrypt(
        v.WECHATPY_ENCRYPT_PLAINTEXT,
        timestamp=v.WECHATPY_ENCRYPT_TIMESTAMP,
        nonce=v.WECHATPY_ENCRYPT_NONCE,
        random16=v.WECHATPY_RANDOM16,
    )
    assert msg == parse_reply(v.WECHATPY_ENCRYPT_REPLY_XML)
    assert msg.signature == "407518b7649e86ef23978113f92d27afa9296533"
    assert msg.encrypt.startswith("9s4gMv99m88kKTh/")


def test_wechatpy_reply_decrypts_back() -> None:
    reply: EncryptedMessage = parse_reply(v.WECHATPY_ENCRYPT_REPLY_XML)
    assert wechatpy().decrypt(reply.signature, reply.timestamp, reply.nonce, reply.encrypt) == (
        v.WECHATPY_ENCRYPT_PLAINTEXT
    )


def test_wechatpy_inbound_message_decrypts() -> None:
    plaintext = wechatpy().decrypt(
        v.WECHATPY_DECRYPT_SIGNATURE,
        v.WECHATPY_DECRYPT_TIMESTAMP,
        v.WECHATPY_DECRYPT_NONCE,
        v.WECHATPY_DECRYPT_ENCRYPT,
    )
    assert "<Content><![CDATA[test]]></Content>" in plaintext
    assert "<FromUserName><![CDATA[messense]]></FromUserName>" in plaintext


def test_wechatpy_url_verification_passes_signature_and_receive_id() -> None:
    echo = wechatpy().verify_url(
        v.WECHATPY_CHECK_SIGNATURE,
        v.WECHATPY_CHECK_TIMESTAMP,
        v.WECHATPY_CHECK_NONCE,
        v.WECHATPY_CHECK_ECHOSTR,
    )
    assert echo  # the source does not publish the echo plaintext; reaching it means sig + corpid matched


def test_go_workwx_url_verification() -> None:
    crypto = WeComCrypto(v.GOWORKWX_TOKEN, v.GOWORKWX_ENCODING_AES_KEY, v.GOWORKWX_RECEIVE_ID)
    echo = crypto.verify_url(v.GOWORKWX_SIGNATURE, v.GOWORKWX_TIMESTAMP, v.GOWORKWX_NONCE, v.GOWORKWX_ECHOSTR)
    assert echo == v.GOWORKWX_ECHO_PLAINTEXT


def test_go_workwx_post_signature_and_self_consistent_frame() -> None:
    crypto = WeComCrypto(v.GOWORKWX_POST_TOKEN, "cD0d7jx4tYvVtzqrmh3Dm3QFCXe6f8SlHoMtMh3qQEP", "unknown")
    crypto.check_signature(
        v.GOWORKWX_POST_SIGNATURE, v.GOWORKWX_POST_TIMESTAMP, v.GOWORKWX_POST_NONCE, v.GOWORKWX_POST_ENCRYPT
    )
    # The source gives no plaintext; check only that the frame is coherent: the message's
    # ToUserName equals the receive id the frame carries.
    frame = decrypt_frame(
        decode_aes_key("cD0d7jx4tYvVtzqrmh3Dm3QFCXe6f8SlHoMtMh3qQEP"), v.GOWORKWX_POST_ENCRYPT
    )
    receive_id = frame.receive_id.decode()
    assert receive_id.startswith("ww")
    assert f"<ToUserName><![CDATA[{receive_id}]]></ToUserName>" in frame.msg.decode()
