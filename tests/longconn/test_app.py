"""The product over the long connection: ``create_app`` with WECOM_BOT_ID set holds the
connection in the background; a member's message travels gateway → client → inbox → worker →
the real router, and the answer reaches the member (through message/send until replies go over
the connection)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import AppOptions
from bot.longconn.wiring import HolderTuning
from storage.connection import Redis
from tests.longconn.support import FAST, eventually
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack


@pytest.fixture
async def bot_stack(redis_url: str, redis: Redis) -> AsyncIterator[Stack]:
    from bot.clock import ManualClock
    from bot.sandbox import SandboxWorld

    clock = ManualClock(DEMO_START)
    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0,
                         longconn_tuning=HolderTuning(client=FAST, lease_ttl=2.0, standby_poll=0.05))
    s, closers = await start_stack(redis_url, world=SandboxWorld.demo(clock), options=options, longconn=True)
    yield s
    await stop_stack(closers)


async def say(stack: Stack, userid: str, text: str, *, msgid: str | None = None) -> tuple[str, list[str]]:
    assert stack.gateway is not None
    holder = stack.runtime.longconn
    before = holder.connection.stats.handed
    stack.new_messages(userid)
    sent = await stack.gateway.send_text(userid, text, msgid=msgid)
    await eventually(lambda: holder.connection.stats.handed > before, "the client handed the message over")
    await stack.idle()
    return sent, stack.new_texts(userid)


async def test_a_message_over_the_long_connection_is_answered_once(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    holder = bot_stack.runtime.longconn
    assert holder is not None
    await eventually(lambda: holder.connection is not None and holder.connection.subscribed.is_set(), "subscribed")
    msgid, replies = await say(bot_stack, "lina", "帮助")
    assert any("把张伟的客户交接给李娜" in t for t in replies)
    # the same callback delivered again is not handled again
    _, again = await say(bot_stack, "lina", "帮助", msgid=msgid)
    assert again == []
    assert holder.state == "holding" and gw.subscriptions == 1
    scraped = (await bot_stack.runtime.metrics.render()).decode()
    assert 'wecom_callbacks_total{endpoint="longconn",kind="text",outcome="enqueued"} 1.0' in scraped
    assert 'wecom_callbacks_total{endpoint="longconn",kind="text",outcome="duplicate"} 1.0' in scraped
    assert 'handover_longconn_state{state="holding"} 1.0' in scraped
    assert "handover_longconn_connects 1.0" in scraped
