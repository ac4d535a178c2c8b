"""``wecom-handover check``: is this deployment ready? One PASS/FAIL line per item, and for each
failure the admin-console step (or setting) that fixes it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from bot.settings import Settings
from bot.wecom import WeComAPIError, WeComClient, api_session
from storage.connection import Redis, connect
from storage.embedded import EmbeddedRedis

# errcode → where to fix it (API.md §3, §9; the console paths of the WeCom admin console)
FIXES: dict[int, str] = {
    40013: "WECOM_CORP_ID is wrong: admin console → 我的企业 → 企业信息 → 企业ID",
    40001: "WECOM_SECRET is wrong or was reset: 应用管理 → your app → Secret (查看); "
    "repeated failures block this IP for an hour",
    40056: "WECOM_AGENT_ID is wrong: 应用管理 → your app → AgentId",
    50003: "the app is disabled: 应用管理 → your app → 启用",
    60020: "this server's IP is not trusted: 应用管理 → your app → 企业可信IP → add the public IP (takes ~1 min)",
    60011: "the app cannot see the directory: 应用管理 → your app → 可见范围 → add the departments of the people "
    "who hand over and take over",
    48002: "the app may not call customer-contact APIs: 客户联系 → API → 可调用接口的应用 → add this app",
    48006: "the app lost its API permission after long non-use: re-enable it in the admin console",
    84074: "no customer-contact permission: 客户联系 → 权限配置 → 使用范围 → add the members",
    41001: "no access token was sent: check WECOM_API_BASE points at the WeCom API",
}


def fix_for(exc: Exception) -> str:
    if isinstance(exc, WeComAPIError) and exc.errcode in FIXES:
        return FIXES[exc.errcode]
    if isinstance(exc, WeComAPIError):
        return f"WeCom answered errcode {exc.errcode}"
    return f"{type(exc).__name__}: {exc} — check WECOM_API_BASE and the network"


@dataclass
class CheckReport:
    lines: list[str]
    ok: bool


async def run_checks(settings: Settings, *, out: Callable[[str], None] = print) -> CheckReport:
    lines: list[str] = []
    ok = True

    def report(name: str, passed: bool, detail: str) -> None:
        nonlocal ok
        ok = ok and passed
        line = f"[{'PASS' if passed else 'FAIL'}] {name}: {detail}"
        lines.append(line)
        out(line)

    report("settings", True, f"corp {settings.corp_id}, agent {settings.agent_id}, API {settings.api_base}")
    if not settings.admins:
        report("admins", False, "HANDOVER_ADMINS is empty: nobody may request a handover")
    else:
        report("admins", True, ", ".join(settings.admins))
    if settings.audit_key is None:
        report("audit key", False, "HANDOVER_AUDIT_KEY is unset: serve refuses to start without it "
               "(at least 32 characters, e.g. openssl rand -hex 32)")
    else:
        report("audit key", True, "set (signs the audit log's checkpoints)")
    embedded: EmbeddedRedis | None = None
    redis: Redis | None = None
    try:
        url = settings.redis_url
        if not url:
            embedded = EmbeddedRedis(data_dir=settings.data_dir / "redis")
            url = await asyncio.to_thread(embedded.start)
        redis = connect(url)
        await redis.ping()
        aof = (await redis.config_get("appendonly")).get("appendonly")
        if aof == "yes":
            report("redis", True, "embedded server, AOF on" if embedded else "reachable, AOF on")
        else:
            report("redis", False, "reachable but appendonly is off: jobs, audit and timers would not survive a "
                   "Redis restart — enable AOF (appendonly yes)")
    except Exception as exc:
        report("redis", False, f"{type(exc).__name__}: {exc} — check REDIS_URL")
        return CheckReport(lines, False)
    try:
        async with api_session(15.0) as session:
            from bot.app import make_keys

            client = WeComClient(
                session, redis, make_keys(settings), api_base=settings.api_base, corp_id=settings.corp_id,
                secret=settings.secret.get_secret_value(), agent_id=settings.agent_id,
            )
            try:
                await client.get_token()
                report("access token", True, "gettoken succeeded")
            except Exception as exc:
                report("access token", False, fix_for(exc))
                return CheckReport(lines, False)
            try:
                departments = await client.list_departments()
                report("directory visibility", bool(departments),
                       f"{len(departments)} departments visible" if departments else FIXES[60011])
            except Exception as exc:
                report("directory visibility", False, fix_for(exc))
            try:
                follow = await client.list_follow_users()
                report("customer contact", bool(follow),
                       f"{len(follow)} members configured for customer contact" if follow else FIXES[84074])
            except Exception as exc:
                report("customer contact", False, fix_for(exc))
            if settings.bot_enabled:
                from bot.longconn.check import check_long_connection

                await check_long_connection(settings, redis, make_keys(settings), report)
    finally:
        await redis.aclose()
        if embedded is not None:
            await asyncio.to_thread(embedded.stop)
    report(
        "callback URLs", True,
        ("optional with the long connection — without it, clicks on the app's cards (sent to people who never "
         "messaged the bot) cannot reach the bot: ask approvers to message the bot once; else " if settings.bot_enabled
         else "")
        + "register https://<your host>/wecom/callback in 应用管理 → your app → 接收消息 → 设置API接收"
        + ("; contacts events: https://<your host>/wecom/contacts in 管理工具 → 通讯录同步 → 设置接收事件服务器"
           if settings.contacts_enabled else
           "; optional: set WECOM_CONTACTS_TOKEN/WECOM_CONTACTS_AES_KEY for the 通讯录同步 event server"),
    )
    return CheckReport(lines, ok)
