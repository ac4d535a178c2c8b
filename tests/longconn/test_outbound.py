"""What the bot tells people, over the long connection: a reply on the message's req_id, pushes
to members who have messaged the bot, the app's message/send for those who never did (or while
no process holds the connection), the per-conversation budget, and exactly once when the answer
to a reply is lost."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.longconn import frames as f
from tests.longconn.support import eventually, say, subscribed
from tests.support.stack import Stack


def vias(stack: Stack, userid: str) -> list[str]:
    return [m.via for m in stack.world.delivered(userid)]


async def outbox_empty(stack: Stack) -> bool:
    _members, messages, _age = await stack.runtime.outbox.store.depth(1e12)
    return bool(messages == 0)


async def test_a_push_reaches_who_has_messaged_the_bot_and_the_app_tells_everyone_else(
        bot_stack: Stack, caplog: pytest.LogCaptureFixture) -> None:
    await say(bot_stack, "lina", "帮助")
    with caplog.at_level(logging.INFO, logger="bot.outbox"):
        await bot_stack.runtime.outbox.post(["lina", "liuqiang"], "**H-1001** 已提交", key="t:submitted", once=True)
    await eventually(lambda: len(bot_stack.world.delivered("liuqiang")) == 1, "liuqiang told")
    assert vias(bot_stack, "lina") == ["aibot_respond_msg", "aibot_send_msg"]
    assert vias(bot_stack, "liuqiang") == ["message/send"]
    assert bot_stack.world.delivered("lina")[-1].content == "**H-1001** 已提交"
    assert "liuqiang has never messaged the bot, so it goes through the app's message/send" in caplog.text
    scraped = (await bot_stack.runtime.metrics.render()).decode()
    assert 'handover_outbox_sent_total{via="aibot"} 2.0' in scraped  # lina's reply and push
    assert 'handover_outbox_sent_total{via="app"} 1.0' in scraped


async def test_without_a_live_connection_a_message_waits_then_goes_through_the_app(
        bot_stack: Stack, caplog: pytest.LogCaptureFixture) -> None:
    await say(bot_stack, "lina", "帮助")
    postman = bot_stack.runtime.outbox
    await bot_stack.runtime.longconn.stop()  # no process holds the connection any more
    postman.channel_wait = 0.3
    with caplog.at_level(logging.WARNING, logger="bot.outbox"):
        await postman.post("lina", "reminder", key="t:reminder")
        assert vias(bot_stack, "lina") == ["aibot_respond_msg"]  # not at once: left to the holder
        await eventually(lambda: len(bot_stack.world.delivered("lina")) == 2, "delivered after the wait")
    assert vias(bot_stack, "lina") == ["aibot_respond_msg", "message/send"]
    assert "no live long connection" in caplog.text


async def test_thirty_a_minute_per_conversation_the_rest_waits_and_the_gateway_never_refuses(
        bot_stack: Stack) -> None:
    await say(bot_stack, "lina", "帮助")
    postman = bot_stack.runtime.outbox
    for i in range(30):
        await postman.post("lina", f"n{i}", key=f"t:n{i}")
    shown = bot_stack.world.delivered("lina")
    assert len(shown) == 30 and {m.via for m in shown[1:]} == {"aibot_send_msg"}  # the reply counted too
    _members, waiting, _age = await postman.store.depth(1e12)
    assert waiting == 1
    assert bot_stack.gateway is not None and bot_stack.gateway.refused.get(f.ERR_RATE, 0) == 0


async def test_a_reply_whose_answer_was_lost_is_not_sent_again(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    await subscribed(bot_stack)
    gw.lose_acks[f.RESPOND_MSG] = 1  # the gateway shows the reply; its ack never comes
    bot_stack.runtime.outbox.backoff = 0.05
    _msgid, _ = await say(bot_stack, "lina", "帮助")
    await eventually(lambda: outbox_empty(bot_stack), "the reply settled")
    assert vias(bot_stack, "lina") == ["aibot_respond_msg"]  # once, and no push to make up for it
    assert len(gw.received(f.RESPOND_MSG)) == 2 and gw.received(f.SEND_MSG) == []


async def test_a_reply_on_a_used_req_id_is_pushed_instead(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    await say(bot_stack, "lina", "帮助")
    used = gw.received(f.RESPOND_MSG)[0].req_id
    await bot_stack.runtime.outbox.post("lina", "later answer", key="t:late", reply_to=used)
    assert vias(bot_stack, "lina") == ["aibot_respond_msg", "aibot_send_msg"]
    assert bot_stack.world.delivered("lina")[-1].content == "later answer"


async def test_a_process_without_the_connection_leaves_the_message_to_the_holder(
        bot_stack: Stack, redis_url: str) -> None:
    """Two processes of one deployment: the standby writes the message, the holder sends it."""
    from aiohttp.test_utils import TestServer

    from bot.app import RUNTIME, AppOptions, create_app
    from bot.longconn.wiring import HolderTuning
    from tests.longconn.support import BOUND, FAST

    await say(bot_stack, "lina", "帮助")
    options = AppOptions(redis_url=redis_url, clock=bot_stack.clock, claim_idle=2.0, instance_id="inst-other",
                         longconn_tuning=HolderTuning(client=FAST, lease_ttl=2.0, standby_poll=0.05))
    other = TestServer(create_app(bot_stack.settings, options), host="127.0.0.1")
    await asyncio.wait_for(other.start_server(), BOUND)
    try:
        standby = other.app[RUNTIME]
        await eventually(lambda: standby.longconn.state == "standby", "the other process stands by")
        await standby.outbox.post("lina", "from the other process", key="t:other")
        await eventually(lambda: len(bot_stack.world.delivered("lina")) == 2, "delivered by the holder")
        assert bot_stack.world.delivered("lina")[-1].via == "aibot_send_msg"
        assert bot_stack.gateway is not None and bot_stack.gateway.subscriptions == 1  # nobody else subscribed
    finally:
        await asyncio.wait_for(other.close(), BOUND)


async def test_entering_the_chat_is_welcomed_on_its_req_id_and_late_through_the_app(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    holder = await subscribed(bot_stack)
    conn = holder.connection
    assert conn is not None
    await gw.enter_chat("tangyue")  # never wrote to the bot: the welcome on the event's req_id reaches her
    await eventually(lambda: conn.stats.handed == 1, "handed over")
    await bot_stack.idle()
    [shown] = bot_stack.world.delivered("tangyue")
    assert shown.via == "aibot_respond_welcome_msg" and "客户交接助手" in (shown.content or "")
    await gw.enter_chat("sunhong")
    bot_stack.clock.advance(6.0)  # handled after the 5 s window: the app says it instead
    await eventually(lambda: conn.stats.handed == 2, "handed over")
    await bot_stack.idle()
    [late] = bot_stack.world.delivered("sunhong")
    assert late.via == "message/send" and "客户交接助手" in (late.content or "")
