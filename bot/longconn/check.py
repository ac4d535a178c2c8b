"""The long connection's part of ``wecom-handover check``: both credentials, a trial subscribe
(only while no process of this deployment holds the connection — a subscribe would kick it), and
which way each person the bot notifies will be told."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import aiohttp

from bot.longconn import frames as f
from bot.longconn.wiring import gateway_ssl
from bot.settings import Settings
from storage.connection import Redis
from storage.keys import Keys
from storage.leases import Lease
from storage.reached import ReachedStore

Report = Callable[[str, bool, str], None]

BOT_FIXES: dict[int, str] = {
    f.ERR_BAD_CREDENTIALS: "WECOM_BOT_ID or WECOM_BOT_SECRET is wrong: the intelligent bot's settings → API 模式 → "
    "长连接 → Bot ID / Secret (doc 101463 「长连接配置说明」)",
}


async def check_long_connection(settings: Settings, redis: Redis, keys: Keys, report: Report) -> None:
    assert settings.bot_id is not None and settings.bot_secret is not None
    report("credentials", True,
           f"two: the self-built app (corp {settings.corp_id}, agent {settings.agent_id}, WECOM_SECRET set) for the "
           f"customer-contact and transfer APIs and for people who never messaged the bot; the intelligent bot "
           f"(WECOM_BOT_ID {settings.bot_id}, WECOM_BOT_SECRET set) for the long connection")
    holder = await Lease(redis, keys.longconn_lease(settings.bot_id), "check", ttl=1.0).holder()
    if holder is not None:
        report("long connection", True, f"held by instance {holder.split(':', 1)[0]} of this deployment "
               "(not tried: a second subscription would replace it)")
    else:
        passed, detail = await _try_subscribe(settings)
        report("long connection", passed, detail)
    await _notice_paths(settings, redis, keys, report)


async def _try_subscribe(settings: Settings) -> tuple[bool, str]:
    assert settings.bot_id is not None and settings.bot_secret is not None
    frame = f.subscribe(settings.bot_id, settings.bot_secret.get_secret_value())
    context = gateway_ssl(settings)
    try:
        async with aiohttp.ClientSession() as session, asyncio.timeout(15.0), session.ws_connect(
                settings.bot_gateway, ssl=context if context is not None else True) as ws:
            await ws.send_str(frame.dump())
            while True:
                msg = await ws.receive()
                if msg.type != aiohttp.WSMsgType.TEXT:
                    return False, f"the gateway {settings.bot_gateway} closed the connection before answering"
                answer = f.parse_frame(msg.data)
                if answer.is_ack and answer.req_id == frame.req_id:
                    break
    except (aiohttp.ClientError, OSError, TimeoutError, f.FrameError) as exc:
        return False, (f"cannot reach {settings.bot_gateway} ({type(exc).__name__}): allow outbound wss to it, "
                       "or set HANDOVER_BOT_GATEWAY / HANDOVER_BOT_CA_BUNDLE for a private gateway")
    if answer.errcode:
        return False, BOT_FIXES.get(answer.errcode or 0, f"subscribe refused: errcode {answer.errcode}")
    return True, f"subscribed to {settings.bot_gateway} (and let go)"


async def _notice_paths(settings: Settings, redis: Redis, keys: Keys, report: Report) -> None:
    people: Sequence[str] = list(dict.fromkeys([*settings.admins, *settings.approvers]))
    reached = await ReachedStore(redis, keys).which(people)
    ways = [f"{u} → {'aibot_send_msg' if reached.get(u) else 'message/send (never messaged the bot)'}"
            for u in people]
    report("notice paths", True,
           "; ".join(ways) + ("; " if ways else "")
           + "anyone else: over the bot once they have messaged it, else the app's message/send")
