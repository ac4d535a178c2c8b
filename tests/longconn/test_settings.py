"""The long connection's settings: both credentials or neither, a ws(s) gateway, a real CA file."""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.clock import ManualClock
from bot.longconn.client import LongConnection
from bot.longconn.wiring import gateway_ssl
from bot.sandbox import SandboxGateway, SandboxWorld, create_sandbox_api
from bot.settings import SettingsError, load_settings
from storage.connection import Redis
from storage.keys import Keys
from tests.longconn.support import BOUND, FAST, eventually
from tests.longconn.test_client import inbox_sink
from tests.support.wire import AES_KEY, AGENT_ID, CORP_ID, SECRET, TOKEN

DATA = Path(__file__).parent / "data"
BASE = {"WECOM_CORP_ID": CORP_ID, "WECOM_AGENT_ID": AGENT_ID, "WECOM_SECRET": SECRET, "WECOM_TOKEN": TOKEN,
        "WECOM_AES_KEY": AES_KEY, "_env_file": None}


def test_off_unless_configured_and_the_official_gateway_by_default() -> None:
    s = load_settings(**BASE)
    assert not s.bot_enabled
    on = load_settings(**BASE, WECOM_BOT_ID="aibXYZ", WECOM_BOT_SECRET="s3cret")
    assert on.bot_enabled and on.bot_gateway == "wss://openws.work.weixin.qq.com"
    assert "s3cret" not in repr(on)


@pytest.mark.parametrize("half", [{"WECOM_BOT_ID": "aibXYZ"}, {"WECOM_BOT_SECRET": "s3cret"}])
def test_one_credential_without_the_other_is_one_clear_line(half: dict[str, str]) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings(**BASE, **half)
    assert str(err.value) == ("invalid settings: WECOM_BOT_ID and WECOM_BOT_SECRET go together: "
                              "set both (long connection) or neither")


def test_the_gateway_must_be_a_websocket_url() -> None:
    with pytest.raises(SettingsError, match="HANDOVER_BOT_GATEWAY must be a ws:// or wss:// URL"):
        load_settings(**BASE, HANDOVER_BOT_GATEWAY="https://openws.work.weixin.qq.com")
    assert load_settings(**BASE, HANDOVER_BOT_GATEWAY="ws://127.0.0.1:9000/aibot/ws/").bot_gateway == \
        "ws://127.0.0.1:9000/aibot/ws"


def test_the_ca_bundle_must_exist(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="HANDOVER_BOT_CA_BUNDLE no such file"):
        load_settings(**BASE, HANDOVER_BOT_CA_BUNDLE=str(tmp_path / "missing.pem"))
    assert gateway_ssl(load_settings(**BASE)) is None


async def test_a_private_wss_gateway_is_trusted_through_the_ca_bundle(redis: Redis, keys: Keys) -> None:
    """A TLS gateway on loopback with a self-signed certificate (tests/longconn/data): refused
    with the system's trust store, subscribed with HANDOVER_BOT_CA_BUNDLE naming its certificate."""
    world = SandboxWorld.demo(ManualClock(1_790_000_000))
    gateway = SandboxGateway(world)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(DATA / "loopback-cert.pem", DATA / "loopback-key.pem")
    runner = web.AppRunner(create_sandbox_api(world, gateway=gateway))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_ctx)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"wss://127.0.0.1:{port}/aibot/ws"
    c = world.credentials
    try:
        async with aiohttp.ClientSession() as session:
            plain = LongConnection(session, url, c.bot_id, c.bot_secret, inbox_sink(redis, keys), tuning=FAST)
            plain_task = asyncio.create_task(plain.run())
            await eventually(lambda: plain.stats.rounds_ended.get("unreachable", 0) >= 1, "refused by TLS")
            plain.stop()
            await asyncio.wait_for(plain_task, 30)
            assert gateway.subscriptions == 0
            settings = load_settings(**BASE, WECOM_BOT_ID=c.bot_id, WECOM_BOT_SECRET=c.bot_secret,
                                     HANDOVER_BOT_GATEWAY=url, HANDOVER_BOT_CA_BUNDLE=str(DATA / "loopback-cert.pem"))
            trusted = LongConnection(session, settings.bot_gateway, c.bot_id, c.bot_secret, inbox_sink(redis, keys),
                                     tuning=FAST, ssl_context=gateway_ssl(settings))
            task = asyncio.create_task(trusted.run())
            await eventually(trusted.subscribed.is_set, "subscribed over TLS")
            assert gateway.subscriptions == 1
            trusted.stop()
            await asyncio.wait_for(task, 30)
    finally:
        await asyncio.wait_for(runner.cleanup(), BOUND)
