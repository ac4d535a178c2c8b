"""A member sends `help` through the sandbox: encrypted callback → bot → message/send."""

from __future__ import annotations

from tests.support.stack import Stack


async def test_help_in_chinese_goes_back_through_message_send(stack: Stack) -> None:
    replies = await stack.say("lina", "帮助")
    assert len(replies) == 1
    assert "把张伟的客户交接给李娜" in replies[0]
    [call] = [c for c in stack.world.calls_to("message/send") if c.body.get("touser") == "lina"]
    assert call.body["msgtype"] == "text" and call.errcode == 0
    assert call.body["agentid"] == stack.world.credentials.agent_id


async def test_help_in_english_is_answered_in_english(stack: Stack) -> None:
    replies = await stack.say("lina", "help")
    assert len(replies) == 1 and "hand over" in replies[0] and "把" not in replies[0]


async def test_gibberish_gets_a_useful_answer_not_silence(stack: Stack) -> None:
    replies = await stack.say("lina", "asdf qwer zxcv")
    assert len(replies) == 1
    assert "Sorry" in replies[0] and "hand over" in replies[0]


async def test_a_retried_delivery_is_answered_once(stack: Stack) -> None:
    from tests.support.wire import cdata

    c = stack.world.credentials
    xml = (f"<xml><ToUserName>{cdata(c.corp_id)}</ToUserName><FromUserName>{cdata('lina')}</FromUserName>"
           f"<CreateTime>{int(stack.clock.now())}</CreateTime><MsgType>{cdata('text')}</MsgType>"
           f"<Content>{cdata('帮助')}</Content><MsgId>555000111</MsgId><AgentID>{c.agent_id}</AgentID></xml>")
    stack.new_messages("lina")
    for _ in range(3):  # WeCom delivering the same message three times
        delivery = await stack.sender.post("text", xml)
        assert delivery.ok
    await stack.idle()
    assert len(stack.new_texts("lina")) == 1


async def test_image_message_gets_text_only_hint(stack: Stack) -> None:
    from tests.support.wire import cdata

    c = stack.world.credentials
    xml = (f"<xml><ToUserName>{cdata(c.corp_id)}</ToUserName><FromUserName>{cdata('lina')}</FromUserName>"
           f"<CreateTime>{int(stack.clock.now())}</CreateTime><MsgType>{cdata('image')}</MsgType>"
           f"<PicUrl>{cdata('http://x/y.png')}</PicUrl><MediaId>{cdata('m1')}</MediaId>"
           f"<MsgId>555000222</MsgId><AgentID>{c.agent_id}</AgentID></xml>")
    stack.new_messages("lina")
    assert (await stack.sender.post("image", xml)).ok
    await stack.idle()
    [reply] = stack.new_texts("lina")
    assert "文字" in reply
