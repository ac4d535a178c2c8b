"""The product over the long connection: ``create_app`` with WECOM_BOT_ID set holds the
connection in the background; a member's message travels gateway → client → inbox → worker →
the real router, and the answer goes back on the message's req_id."""

from __future__ import annotations

from tests.longconn.support import eventually, say, subscribed
from tests.support.stack import Stack


async def test_a_message_over_the_long_connection_is_answered_once(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    holder = await subscribed(bot_stack)
    msgid, replies = await say(bot_stack, "lina", "帮助")
    assert any("把张伟的客户交接给李娜" in t for t in replies)
    shown = bot_stack.world.delivered("lina")
    assert [(m.via, m.msgtype) for m in shown] == [("aibot_respond_msg", "markdown")]  # the reply, on its req_id
    # the same callback delivered again is not handled again
    _, again = await say(bot_stack, "lina", "帮助", msgid=msgid)
    assert again == []
    assert holder.state == "holding" and gw.subscriptions == 1
    scraped = (await bot_stack.runtime.metrics.render()).decode()
    assert 'wecom_callbacks_total{endpoint="longconn",kind="text",outcome="enqueued"} 1.0' in scraped
    assert 'wecom_callbacks_total{endpoint="longconn",kind="text",outcome="duplicate"} 1.0' in scraped
    assert 'handover_longconn_state{state="holding"} 1.0' in scraped
    assert "handover_longconn_connects 1.0" in scraped


async def test_an_at_mention_in_a_group_is_answered_in_the_groups_thread(bot_stack: Stack) -> None:
    _msgid, private = await say(bot_stack, "wangfang", "@交接助手 帮助", chatid="wrSalesGroup")
    assert private == []
    [shown] = bot_stack.world.delivered("group:wrSalesGroup")
    assert (shown.via, shown.chat_id) == ("aibot_respond_msg", "wrSalesGroup")
    assert "把张伟的客户交接给李娜" in (shown.content or "")


async def test_an_approval_click_over_the_long_connection_decides_the_job(bot_stack: Stack) -> None:
    """The click is decided by the same handler. liuqiang never messaged the bot, so the card went
    out through the app (message/send) and is frozen with the response code its send issued
    (cards over the connection: test_cards.py)."""
    from tests.approvals.support import card, file_job, job, key, replace_text

    gw = bot_stack.gateway
    holder = bot_stack.runtime.longconn
    assert gw is not None and holder is not None
    # the approval step alone, as tests/approvals does: the engine would go on to run this synthetic job
    await bot_stack.runtime.services["engine"].stop()
    await eventually(lambda: holder.connection is not None and holder.connection.subscribed.is_set(), "subscribed")
    filed = await file_job(bot_stack)
    await bot_stack.idle()
    task_id = card(bot_stack, "liuqiang", filed.id).task_id
    assert task_id is not None
    before = holder.connection.stats.handed
    await gw.click("liuqiang", task_id, key("approve", filed.id))
    await eventually(lambda: holder.connection.stats.handed > before, "handed over")
    await bot_stack.idle()
    after = await job(bot_stack, filed.id)
    assert after.state == "approved" and after.decided_by == "liuqiang"
    _lag, parked = await bot_stack.runtime.inbox.depth()
    assert parked == 0
    frozen = replace_text(bot_stack, "liuqiang", task_id)
    assert frozen is not None and frozen.startswith("已同意 · 刘强")
