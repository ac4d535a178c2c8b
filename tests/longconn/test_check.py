"""`wecom-handover check` with the long connection configured: both credentials, a trial subscribe
only when no process holds the connection, and which way each admin and approver is told."""

from __future__ import annotations

from bot.app import make_keys
from bot.check import CheckReport, run_checks
from bot.sandbox import SandboxGateway
from storage.connection import Redis
from storage.leases import Lease
from storage.reached import ReachedStore
from tests.longconn.support import start_gateway
from tests.support.stack import stack_settings

AUDIT_KEY = "check-audit-key-0123456789abcdef01234"


async def check(gw: SandboxGateway, url: str, api_base: str, redis_url: str, **overrides: str) -> CheckReport:
    c = gw.world.credentials
    given = {"REDIS_URL": redis_url, "HANDOVER_AUDIT_KEY": AUDIT_KEY, "WECOM_BOT_ID": c.bot_id,
             "WECOM_BOT_SECRET": c.bot_secret, "HANDOVER_BOT_GATEWAY": url, **overrides}
    settings = stack_settings(gw.world, api_base, **given)
    return await run_checks(settings, out=lambda _line: None)


def line(report: CheckReport, name: str) -> str:
    [found] = [ln for ln in report.lines if ln.split("] ", 1)[1].startswith(name + ":")]
    return found


async def test_check_shows_both_credentials_the_subscribe_and_each_persons_path(redis_url: str, redis: Redis) -> None:
    gw, server, url = await start_gateway()
    api_base = str(server.make_url("")).rstrip("/")
    try:
        settings = stack_settings(gw.world, api_base)
        await ReachedStore(redis, make_keys(settings)).record("wangfang", 1.0)
        report = await check(gw, url, api_base, redis_url)
    finally:
        await server.close()
    assert report.ok, report.lines
    creds = line(report, "credentials")
    assert "WECOM_SECRET set" in creds and f"WECOM_BOT_ID {gw.world.credentials.bot_id}" in creds
    assert gw.world.credentials.bot_secret not in "\n".join(report.lines)
    assert line(report, "long connection").startswith("[PASS]") and gw.subscriptions == 1
    paths = line(report, "notice paths")
    assert "wangfang → aibot_send_msg" in paths
    assert "tangyue → message/send (never messaged the bot)" in paths
    assert "sunhong → message/send (never messaged the bot)" in paths


async def test_a_wrong_bot_secret_fails_with_the_console_step(redis_url: str, redis: Redis) -> None:
    gw, server, url = await start_gateway()
    try:
        api_base = str(server.make_url("")).rstrip("/")
        report = await check(gw, url, api_base, redis_url, WECOM_BOT_SECRET="not-the-bot-secret")
    finally:
        await server.close()
    assert not report.ok
    failed = line(report, "long connection")
    assert failed.startswith("[FAIL]") and "API 模式" in failed and "not-the-bot-secret" not in failed


async def test_a_held_connection_is_not_kicked_by_the_check(redis_url: str, redis: Redis) -> None:
    gw, server, url = await start_gateway()
    api_base = str(server.make_url("")).rstrip("/")
    try:
        keys = make_keys(stack_settings(gw.world, api_base))
        assert await Lease(redis, keys.longconn_lease(gw.world.credentials.bot_id), "inst-a", ttl=60).acquire()
        report = await check(gw, url, api_base, redis_url)
    finally:
        await server.close()
    held = line(report, "long connection")
    assert held.startswith("[PASS]") and "held by instance inst-a" in held
    assert gw.subscriptions == 0 and gw.connections == []
