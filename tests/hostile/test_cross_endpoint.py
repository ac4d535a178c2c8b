"""The two callback endpoints have their own Token and EncodingAESKey: a callback signed for one
must be refused by the other (a leaked contacts-sync key must not open the app endpoint)."""

from __future__ import annotations

from aiohttp import web

from bot.app import AppOptions, create_app
from tests.hostile.conftest import PATH, Client, inbox_size
from tests.support.app import make_settings
from tests.support.wire import CORP_ID, app_crypto, signed_post, text_xml

CONTACTS_TOKEN = "ContactsToken42"
CONTACTS_KEY = "b" * 42 + "A"


def _app(redis_url: str) -> web.Application:
    settings = make_settings("http://127.0.0.1:9", WECOM_CONTACTS_TOKEN=CONTACTS_TOKEN,
                             WECOM_CONTACTS_AES_KEY=CONTACTS_KEY)
    return create_app(settings, AppOptions(redis_url=redis_url, workers=0, background=False))


async def test_callbacks_do_not_cross_endpoints(aiohttp_client, redis_url, redis) -> None:  # type: ignore[no-untyped-def]
    client: Client = await aiohttp_client(_app(redis_url))
    contacts = app_crypto(CORP_ID, CONTACTS_TOKEN, CONTACTS_KEY)
    for path, crypto in (("/wecom/contacts", None), (PATH, contacts)):
        req = signed_post(text_xml("lina", "wrong door"), crypto=crypto)
        resp = await client.post(path, params=req.query, data=req.body)
        assert resp.status == 403, path
    assert await inbox_size(client) == 0
    # each door still opens with its own key
    for path, crypto in (("/wecom/contacts", contacts), (PATH, None)):
        req = signed_post(text_xml("lina", f"right door {path}"), crypto=crypto)
        resp = await client.post(path, params=req.query, data=req.body)
        assert resp.status == 200, path
    assert await inbox_size(client) == 2
