"""The callback server a typical integrator writes (bench baseline, not product code).

aiohttp + wechatpy's enterprise ``WeChatCrypto``: verify and decrypt, parse the message, answer
"" — no dedupe, no durable queue, no replay window, no body limit beyond aiohttp's default. It
reads the same settings as the bot (WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID) so
bench/compare_callback.py can drive both with the same signed callbacks.

wechatpy is a bench-only dependency: ``.venv/bin/pip install wechatpy`` (it is not in pyproject).

    .venv/bin/python bench/baseline_server.py --port 8090
"""

from __future__ import annotations

import argparse
import os
import sys

from aiohttp import web

try:
    from wechatpy.enterprise import parse_message
    from wechatpy.enterprise.crypto import WeChatCrypto
    from wechatpy.exceptions import InvalidSignatureException
except ImportError:  # pragma: no cover - depends on the bench environment
    WeChatCrypto = None


def build_app(token: str, aes_key: str, corp_id: str) -> web.Application:
    crypto = WeChatCrypto(token, aes_key, corp_id)

    async def verify(request: web.Request) -> web.Response:
        q = request.query
        try:
            echo = crypto.check_signature(q["msg_signature"], q["timestamp"], q["nonce"], q["echostr"])
        except (KeyError, InvalidSignatureException):
            return web.Response(status=403)
        return web.Response(text=echo if isinstance(echo, str) else echo.decode())

    async def receive(request: web.Request) -> web.Response:
        q = request.query
        body = await request.read()
        try:
            xml = crypto.decrypt_message(body, q["msg_signature"], q["timestamp"], q["nonce"])
        except (KeyError, InvalidSignatureException):
            return web.Response(status=403)
        parse_message(xml)  # what a handler would do next; the typical server then drops or handles it inline
        return web.Response(text="")

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/wecom/callback", verify)
    app.router.add_post("/wecom/callback", receive)
    app.router.add_get("/healthz", healthz)
    return app


def main() -> int:
    if WeChatCrypto is None:
        print("baseline_server: wechatpy is not installed; this bench-only server needs it:\n"
              "    .venv/bin/pip install wechatpy", file=sys.stderr)
        return 2
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8090)
    ap.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    args = ap.parse_args()
    try:
        token, aes_key, corp_id = (os.environ[k] for k in ("WECOM_TOKEN", "WECOM_AES_KEY", "WECOM_CORP_ID"))
    except KeyError as exc:
        print(f"baseline_server: {exc.args[0]} is not set", file=sys.stderr)
        return 2
    loop = None
    if args.loop == "uvloop":  # not what the typical server does; for a like-for-like look at uvloop
        import uvloop

        loop = uvloop.new_event_loop()
    web.run_app(build_app(token, aes_key, corp_id), host=args.host, port=args.port, print=None, access_log=None,
                loop=loop)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
