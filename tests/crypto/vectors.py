"""Published WXBizMsgCrypt test vectors (facts copied as data, with their sources)."""

from __future__ import annotations

# --- Official WeCom SDK sample -------------------------------------------------------------
# Source: github.com/sbzhu/weworkapi_php callback/Sample.php (the official PHP SDK linked from
# doc 90307); the same values appear in the other official SDK samples. The echostr plaintext
# "1616140317555161061" is the value those samples' tests expect (e.g. many Go/PHP test suites).
OFFICIAL_TOKEN = "QDG6eK"
OFFICIAL_ENCODING_AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
OFFICIAL_CORP_ID = "wx5823bf96d3bd56c7"

# 使用示例一: GET /cgi-bin/wxpush?msg_signature=..&timestamp=..&nonce=..&echostr=.. (URL-decoded)
OFFICIAL_VERIFY_SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"
OFFICIAL_VERIFY_TIMESTAMP = "1409659589"
OFFICIAL_VERIFY_NONCE = "263014780"
OFFICIAL_VERIFY_ECHOSTR = (
    "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="
)
OFFICIAL_VERIFY_ECHOSTR_PERCENT_ENCODED = (
    "P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D"
)
OFFICIAL_VERIFY_PLAINTEXT = "1616140317555161061"

# 使用示例二: POST /cgi-bin/wxpush?msg_signature=..&timestamp=..&nonce=..
OFFICIAL_POST_SIGNATURE = "477715d11cdb4164915debcba66cb864d751f3e6"
OFFICIAL_POST_TIMESTAMP = "1409659813"
OFFICIAL_POST_NONCE = "1372623149"
OFFICIAL_POST_ENCRYPT = (
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W"
    "/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+"
    "HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrX"
    "JB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m"
    "3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q=="
)
OFFICIAL_POST_BODY = (
    "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>"
    f"<Encrypt><![CDATA[{OFFICIAL_POST_ENCRYPT}]]></Encrypt>"
    "<AgentID><![CDATA[218]]></AgentID></xml>"
).encode()
OFFICIAL_POST_PLAINTEXT = (
    "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n"
    "<FromUserName><![CDATA[mycreate]]></FromUserName>\n"
    "<CreateTime>1409659813</CreateTime>\n"
    "<MsgType><![CDATA[text]]></MsgType>\n"
    "<Content><![CDATA[hello]]></Content>\n"
    "<MsgId>4561255354251345929</MsgId>\n"
    "<AgentID>218</AgentID>\n"
    "</xml>"
)

# --- wechatpy: deterministic encryption (random16 = b"1234567890123456") -----------------------
# Source: github.com/wechatpy/wechatpy tests/test_crypto.py (work crypto: test_encrypt_message,
# test_check_signature_should_ok, test_decrypt_message).
WECHATPY_TOKEN = "123456"
WECHATPY_ENCODING_AES_KEY = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"  # 'R': non-zero trailing bits
WECHATPY_CORP_ID = "wx49f0ab532d5d035a"
WECHATPY_RANDOM16 = b"1234567890123456"
WECHATPY_ENCRYPT_TIMESTAMP = "1411525903"
WECHATPY_ENCRYPT_NONCE = "461056294"
WECHATPY_ENCRYPT_PLAINTEXT = (
    "<xml>\n"
    "<MsgType><![CDATA[text]]></MsgType>\n"
    "<Content><![CDATA[test]]></Content>\n"
    "<FromUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n"
    "<ToUserName><![CDATA[messense]]></ToUserName>\n"
    "<AgentID>1</AgentID>\n"
    "<CreateTime>1411525903</CreateTime>\n"
    "</xml>"
)
WECHATPY_ENCRYPT_REPLY_XML = (
    "<xml>\n"
    "<Encrypt><![CDATA[9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqx"
    "gNcBqGsL8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSjPU"
    "L2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJvFurDXafG0R"
    "QyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFYFMNMpatF9XiKzHo3]]>"
    "</Encrypt>\n"
    "<MsgSignature><![CDATA[407518b7649e86ef23978113f92d27afa9296533]]></MsgSignature>\n"
    "<TimeStamp>1411525903</TimeStamp>\n"
    "<Nonce><![CDATA[461056294]]></Nonce>\n"
    "</xml>"
)
WECHATPY_DECRYPT_SIGNATURE = "74d92dfeb87ba7c714f89d98870ae5eb62dff26d"
WECHATPY_DECRYPT_TIMESTAMP = "1411525903"
WECHATPY_DECRYPT_NONCE = "461056294"
WECHATPY_DECRYPT_ENCRYPT = (
    "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTyeDXzF6Bv2"
    "83dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYyolBug/gYNx410cvkKR"
    "2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWOMZnYZlF3So2SjHnwh4jYFxdgpk"
    "HHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7mlsl5noTrb++x6En749zCpQVhDpbV6GDnTbcX"
    "2e8K9QaNWHp91eBdCRxthuL0="
)
WECHATPY_CHECK_SIGNATURE = "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96"
WECHATPY_CHECK_TIMESTAMP = "1411443780"
WECHATPY_CHECK_NONCE = "437374425"
WECHATPY_CHECK_ECHOSTR = (
    "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q=="
)

# --- go-workwx: URL verification captured from the official test tool --------------------------
# Source: github.com/xen0n/go-workwx internal/lowlevel/signature/mod_test.go and
# internal/lowlevel/encryptor/mod_test.go (the encryptor test uses the same echostr with this key).
GOWORKWX_TOKEN = "kjr2TKI8umCBfVF3wAHk8JiPwma5VBme"
GOWORKWX_ENCODING_AES_KEY = "4Ma3YBrSBbX2aez8MJpXGBne5LSDwgGqHbhM9WPYIws"
GOWORKWX_RECEIVE_ID = "ww6a112864f8022910"
GOWORKWX_SIGNATURE = "1ba3cb09c0d2c2b3ed6900d37f91a6efae6cb011"
GOWORKWX_TIMESTAMP = "1583940690"
GOWORKWX_NONCE = "VHh7ymSeb0jc4lSb"
GOWORKWX_ECHOSTR = "6KmUQuPVu7UhjyVqRdbo5SfcRqaHvbUlKSHFvBV2ZuR6TIlKsygcfeSd1GDplg1C5KSKr6UPHCaC/nIX3ZNt9w=="
GOWORKWX_ECHO_PLAINTEXT = "94966531020182955848408"
# A POST body signature from the same test file (only the signature is asserted there).
GOWORKWX_POST_TOKEN = "kz7Yx62CH8SaLN"
GOWORKWX_POST_SIGNATURE = "a44d1b7dc3dc4b02edd99dc32afa6a26be7c92f6"
GOWORKWX_POST_TIMESTAMP = "1583995625"
GOWORKWX_POST_NONCE = "1584392382"
GOWORKWX_POST_ENCRYPT = (
    "fyVN9BUnH6xNl0/VCHTCg6XGxxvoFdyZ7VQbAbBcQ79dVccYvdIyJYZSMMhkPy8LPaoe+V27qjoQ553fXavmrPOgxzHrKKf3YIu63pB4"
    "/nN0LY4S+GzUFi/LLFj1TI1sOh0q2jT5u1nYz5G3HFNLd3DFUvJVLtZl8mVMwUOzBpzKZhhmCvIJLVlvym9tt+VYwG06MSbmnf9Az"
    "YFKhm1BIy+95Q824ilY6Wy8l+vkFqEdASl2k83jMXvlkVRSB3hmNptWTbq8ygDdLtkCyA4UEiZvfTskqqVkbYwLptRl/1F+DVL9SH/"
    "TWt2j3dCm4rzY5jQG+fA+2xh2Kk+OrVgafqtQCfhjq8C38A2IwCcg2BONKk8s5ijFxQoszmXvJQ3zLYbjzRWQ40xhryDyPNNse7/slK"
    "VW2QMBEUPNOxUcX9k="
)
