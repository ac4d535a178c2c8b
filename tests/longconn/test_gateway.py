"""The simulated gateway's rules, spoken to in the wire format over a real WebSocket."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp

from bot.longconn import frames as f
from bot.sandbox import SandboxGateway
from tests.longconn.support import eventually


class Wire:
    """A bare socket: send a command, read frames in order."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws

    async def send(self, frame: f.Frame) -> None:
        await self.ws.send_str(frame.dump())

    async def next(self) -> f.Frame:
        msg = await asyncio.wait_for(self.ws.receive(), 30)
        assert msg.type == aiohttp.WSMsgType.TEXT, msg
        return f.parse_frame(msg.data)

    async def call(self, frame: f.Frame) -> f.Frame:
        await self.send(frame)
        answer = await self.next()
        assert answer.is_ack and answer.req_id == frame.req_id
        return answer


@asynccontextmanager
async def wire(session: aiohttp.ClientSession, url: str, gw: SandboxGateway | None = None) -> AsyncIterator[Wire]:
    async with session.ws_connect(url) as ws:
        w = Wire(ws)
        if gw is not None:
            c = gw.world.credentials
            assert (await w.call(f.subscribe(c.bot_id, c.bot_secret))).errcode == 0
        yield w


async def test_subscribe_with_wrong_credentials_and_commands_before_subscribing(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url) as w:
        assert (await w.call(f.ping())).errcode == 846609
        refused = await w.call(f.subscribe(gw.world.credentials.bot_id, "wrong"))
        assert refused.errcode == 853000
        assert gw.subscriptions == 0 and gw.connection() is None


async def test_ping_is_acknowledged(gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        answer = await w.call(f.ping())
        assert (answer.errcode, answer.errmsg) == (0, "ok")


async def test_a_new_subscription_kicks_the_old_one_with_a_notice_then_no_close_frame(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as old, wire(session, url, gw):
        notice = await old.next()
        assert f.is_disconnected(notice) and notice.cmd == "aibot_event_callback"
        msg = await asyncio.wait_for(old.ws.receive(), 30)
        # dropped: the socket ends without the gateway's close frame (no close code from the peer)
        assert msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR, aiohttp.WSMsgType.CLOSE)
        assert old.ws.close_code in (None, aiohttp.WSCloseCode.ABNORMAL_CLOSURE)
        assert gw.subscriptions == 2


async def reply_md(content: str) -> dict[str, Any]:
    return {"msgtype": "markdown", "markdown": {"content": content}}


async def test_replies_need_a_live_req_id_of_the_right_kind_used_once(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        assert (await w.call(f.respond_msg("never-issued", await reply_md("x")))).errcode == 846605
        await gw.send_text("lina", "帮助")
        callback = await w.next()
        assert callback.cmd == "aibot_msg_callback" and callback.body is not None
        assert callback.body["from"] == {"userid": "lina"} and callback.body["chattype"] == "single"
        # an update on a message's req_id is the wrong kind
        assert (await w.call(f.respond_update(callback.req_id, {"card_type": "text_notice"}))).errcode == 846605
        assert (await w.call(f.respond_msg(callback.req_id, await reply_md("**hello**")))).errcode == 0
        assert (await w.call(f.respond_msg(callback.req_id, await reply_md("again")))).errcode == 846605
        [shown] = gw.world.delivered("lina")
        assert (shown.msgtype, shown.content, shown.via) == ("markdown", "**hello**", "aibot_respond_msg")


async def test_a_stream_is_one_message_refreshed_until_finished_within_six_minutes(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        await gw.send_text("lina", "帮助")
        req = (await w.next()).req_id

        def stream(content: str, finish: bool) -> f.Frame:
            return f.respond_msg(req, {"msgtype": "stream", "stream": {"id": "s1", "content": content,
                                                                       "finish": finish}})

        assert (await w.call(stream("正在…", False))).errcode == 0
        assert (await w.call(stream("正在查询…", False))).errcode == 0
        assert [m.content for m in gw.world.delivered("lina")] == ["正在查询…"]
        gw.world.advance(6 * 60 + 1)
        assert (await w.call(stream("完成", True))).errcode == 846608


async def test_a_card_update_only_within_five_seconds_of_the_click_and_once(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    card = {"card_type": "button_interaction", "task_id": "t-1", "main_title": {"title": "审批"},
            "button_list": [{"text": "同意", "key": "approve"}]}
    async with wire(session, url, gw) as w:
        await gw.send_text("liuqiang", "hi")
        req = (await w.next()).req_id
        assert (await w.call(f.respond_msg(req, {"msgtype": "template_card", "template_card": card}))).errcode == 0
        await gw.click("liuqiang", "t-1", "approve")
        click = await w.next()
        event = f.to_event(click)
        assert event is not None and event.kind == "card_click"
        # a message reply on a click's req_id is the wrong kind
        assert (await w.call(f.respond_msg(click.req_id, await reply_md("x")))).errcode == 846605
        done = {**card, "button_list": [], "main_title": {"title": "已同意"}}
        assert (await w.call(f.respond_update(click.req_id, done))).errcode == 0
        assert (await w.call(f.respond_update(click.req_id, done))).errcode == 846605
        [shown] = gw.world.delivered("liuqiang")
        assert shown.card is not None and shown.card["main_title"] == {"title": "已同意"}
        await gw.click("liuqiang", "t-1", "approve")
        late = await w.next()
        gw.world.advance(5.5)
        assert (await w.call(f.respond_update(late.req_id, card))).errcode == 846605


async def test_pushes_only_to_conversations_that_wrote_and_within_the_rate(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        assert (await w.call(f.send_msg("lina", await reply_md("hello")))).errcode == 846610
        await gw.send_text("lina", "帮助")
        await w.next()
        sent = [(await w.call(f.send_msg("lina", await reply_md(f"n{i}")))).errcode for i in range(31)]
        assert sent == [0] * 30 + [45009]
        assert len(gw.world.delivered("lina")) == 30
        assert {m.via for m in gw.world.delivered("lina")} == {"aibot_send_msg"}
        gw.world.advance(61)
        assert (await w.call(f.send_msg("lina", await reply_md("later")))).errcode == 0


async def test_group_messages_and_pushes_land_in_the_groups_inbox(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        await gw.send_text("wangfang", "@交接助手 帮助", chatid="wrGroup1")
        callback = await w.next()
        assert callback.body is not None and callback.body["chatid"] == "wrGroup1"
        card = {"card_type": "text_notice", "task_id": "t-g"}
        answer = await w.call(f.send_msg("wrGroup1", {"msgtype": "template_card", "template_card": card}))
        assert answer.errcode == 40058
        assert (await w.call(f.send_msg("wrGroup1", await reply_md("群里好")))).errcode == 0
        [shown] = gw.world.delivered("group:wrGroup1")
        assert (shown.content, shown.chat_id, shown.via) == ("群里好", "wrGroup1", "aibot_send_msg")


async def test_frozen_and_delayed_peers(gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        gw.ack_delay = 0.2
        loop = asyncio.get_running_loop()
        started = loop.time()
        assert (await w.call(f.ping())).errcode == 0
        print(f"delayed ack after {loop.time() - started:.3f} s (ack_delay 0.2)")
        gw.ack_delay = 0.0
        gw.freeze()
        answered = gw.answered
        await w.send(f.ping())
        await eventually(lambda: len(gw.received("ping")) == 2, "the second ping read by the gateway")
        assert gw.answered == answered  # read, not acknowledged: the client's watchdog has to notice


async def test_the_callback_json_matches_the_documented_shape(
        gateway: tuple[SandboxGateway, str], session: aiohttp.ClientSession) -> None:
    gw, url = gateway
    async with wire(session, url, gw) as w:
        await gw.click("lina", "t-9", "k", card_type="vote_interaction")
        raw = await asyncio.wait_for(w.ws.receive(), 30)
        data = json.loads(raw.data)
        assert data["cmd"] == "aibot_event_callback" and set(data["headers"]) == {"req_id"}
        assert data["body"]["event"] == {"eventtype": "template_card_event", "template_card_event": {
            "card_type": "vote_interaction", "event_key": "k", "task_id": "t-9"}}
        assert {"msgid", "aibotid", "chattype", "from", "create_time", "msgtype"} <= set(data["body"])
