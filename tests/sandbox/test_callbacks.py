"""CallbackSender against a tiny receiver that verifies and decrypts like the bot must."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
import defusedxml.ElementTree as SafeET
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.sandbox import CallbackSender, SandboxWorld
from crypto import WeComCrypto, parse_envelope, render_reply


@dataclass
class Receiver:
    crypto: WeComCrypto
    received: list[str] = field(default_factory=list)
    hits: int = 0
    fail_first: int = 0  # answer 500 this many times
    hang: bool = False
    reply: str | None = None  # plaintext of an encrypted passive reply

    async def handle(self, request: web.Request) -> web.Response:
        self.hits += 1
        if self.hang:
            await asyncio.sleep(10)
        if request.method == "GET":
            q = request.query
            echo = self.crypto.verify_url(q["msg_signature"], q["timestamp"], q["nonce"], q["echostr"])
            return web.Response(text=echo)
        if self.hits <= self.fail_first:
            return web.Response(status=500)
        env = parse_envelope(await request.read())
        q = request.query
        self.received.append(self.crypto.decrypt(q["msg_signature"], q["timestamp"], q["nonce"], env.encrypt))
        if self.reply is not None:
            return web.Response(text=render_reply(self.crypto.encrypt(self.reply)))
        return web.Response(text="")


async def start(aiohttp_server: object, world: SandboxWorld) -> tuple[Receiver, Receiver, TestServer]:
    creds = world.credentials
    app_rx = Receiver(WeComCrypto(creds.token, creds.aes_key, creds.corp_id))
    contacts_rx = Receiver(WeComCrypto(creds.contacts_token, creds.contacts_aes_key, creds.corp_id))
    app = web.Application()
    app.router.add_route("*", "/wecom/callback", app_rx.handle)
    app.router.add_route("*", "/wecom/contacts", contacts_rx.handle)
    server: TestServer = await aiohttp_server(app)  # type: ignore[operator]
    return app_rx, contacts_rx, server


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


def xml(text: str) -> dict[str, str]:
    return {child.tag: (child.text or "") for child in SafeET.fromstring(text)}


async def test_send_text_is_encrypted_signed_and_decodable(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    sender = CallbackSender(world, session, str(server.make_url("/wecom/callback")))
    msgid = await sender.send_text("wangfang", "把张伟的客户交接给李娜")
    fields = xml(rx.received[0])
    assert fields["FromUserName"] == "wangfang" and fields["Content"] == "把张伟的客户交接给李娜"
    assert fields["MsgType"] == "text" and fields["MsgId"] == str(msgid)
    assert fields["ToUserName"] == world.credentials.corp_id and fields["AgentID"] == "1000002"
    assert fields["CreateTime"] == str(int(world.now()))


async def test_click_card_delivers_fresh_response_code(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    world.call(
        "gettoken", "GET", {"corpid": world.credentials.corp_id, "corpsecret": world.credentials.secret}, {}
    )
    token = next(iter(world.tokens))
    card = {
        "card_type": "vote_interaction",
        "task_id": "cl_9",
        "main_title": {"title": "清单"},
        "checkbox": {
            "question_key": "items",
            "mode": 1,
            "option_list": [
                {"id": "a", "text": "A", "is_checked": False},
                {"id": "b", "text": "B", "is_checked": False},
            ],
        },
        "submit_button": {"text": "提交", "key": "submit_cl_9"},
    }
    sent = world.call(
        "message/send",
        "POST",
        {"access_token": token},
        {"touser": "chenjing", "msgtype": "template_card", "agentid": 1000002, "template_card": card},
    )
    sender = CallbackSender(world, session, str(server.make_url("/wecom/callback")))
    await sender.click_card("chenjing", "cl_9", "submit_cl_9", {"items": ["a", "b"]})
    fields = xml(rx.received[0])
    assert fields["Event"] == "template_card_event" and fields["TaskId"] == "cl_9"
    assert fields["CardType"] == "vote_interaction" and fields["EventKey"] == "submit_cl_9"
    assert fields["ResponseCode"] in world.response_codes and fields["ResponseCode"] != sent["response_code"]
    root = SafeET.fromstring(rx.received[0])
    assert [o.text for o in root.iter("OptionId")] == ["a", "b"]
    assert root.findtext("SelectedItems/SelectedItem/QuestionKey") == "items"
    with pytest.raises(ValueError):
        await sender.click_card("lina", "cl_9", "submit_cl_9")  # lina has no such card


async def test_enter_agent_with_passive_text_reply_lands_in_inbox(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    rx.reply = (
        "<xml><ToUserName><![CDATA[lina]]></ToUserName><FromUserName><![CDATA[corp]]></FromUserName>"
        "<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        "<Content><![CDATA[你好，我是交接助手]]></Content></xml>"
    )
    sender = CallbackSender(world, session, str(server.make_url("/wecom/callback")))
    delivery = await sender.enter_agent("lina")
    assert xml(rx.received[0])["Event"] == "enter_agent" and delivery.ok
    assert world.delivered("lina")[-1].content == "你好，我是交接助手"


async def test_contact_deleted_goes_to_contacts_url_with_contacts_keys(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    app_rx, contacts_rx, server = await start(aiohttp_server, world)
    sender = CallbackSender(
        world, session, str(server.make_url("/wecom/callback")), str(server.make_url("/wecom/contacts"))
    )
    await sender.contact_deleted("chenjing")
    fields = xml(contacts_rx.received[0])
    assert (fields["Event"], fields["ChangeType"], fields["UserID"]) == (
        "change_contact",
        "delete_user",
        "chenjing",
    )
    assert fields["FromUserName"] == "sys" and app_rx.received == []
    assert world.member("chenjing").deleted
    await sender.contact_updated("lina", department=[3, 4])
    assert xml(contacts_rx.received[1])["Department"] == "3,4"


async def test_transfer_fail_and_flush_of_world_events(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    sender = CallbackSender(world, session, str(server.make_url("/wecom/callback")))
    world._emit("transfer_fail", UserID="zhaomin", ExternalUserID="wm1", FailReason="customer_limit_exceed")
    deliveries = await sender.flush()
    assert len(deliveries) == 1 and world.outbox == []
    fields = xml(rx.received[0])
    assert (fields["ChangeType"], fields["UserID"], fields["FailReason"]) == (
        "transfer_fail",
        "zhaomin",
        "customer_limit_exceed",
    )


async def test_retries_on_non_200(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    rx.fail_first = 2
    sender = CallbackSender(world, session, str(server.make_url("/wecom/callback")), retry_delay=0)
    await sender.send_text("lina", "hi")
    assert rx.hits == 3 and len(rx.received) == 1
    assert sender.deliveries[-1].attempts == 3 and sender.deliveries[-1].ok


async def test_gives_up_after_3_retries_on_a_silent_receiver(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    rx, _, server = await start(aiohttp_server, world)
    rx.hang = True
    sender = CallbackSender(
        world, session, str(server.make_url("/wecom/callback")), timeout=0.2, retry_delay=0
    )
    delivery = await sender.enter_agent("lina")
    assert not delivery.ok and delivery.attempts == 4 and rx.hits == 4
    assert set(delivery.errors) <= {"TimeoutError", "ServerTimeoutError"}


async def test_connection_refused_is_retried(
    world: SandboxWorld, session: aiohttp.ClientSession, unused_tcp_port: int
) -> None:
    sender = CallbackSender(
        world, session, f"http://127.0.0.1:{unused_tcp_port}/cb", timeout=0.2, retry_delay=0
    )
    delivery = await sender.enter_agent("lina")
    assert delivery.attempts == 4 and not delivery.ok and delivery.errors[0] == "ClientConnectorError"


async def test_verify_url_handshake(
    aiohttp_server: object, world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    _, _, server = await start(aiohttp_server, world)
    sender = CallbackSender(
        world, session, str(server.make_url("/wecom/callback")), str(server.make_url("/wecom/contacts"))
    )
    assert await sender.verify_url()
    assert await sender.verify_url(contacts=True)
    wrong = CallbackSender(world, session, str(server.make_url("/wecom/contacts")))  # app keys → contacts rx
    assert not await wrong.verify_url()


async def test_messages_from_departed_members_are_refused(
    world: SandboxWorld, session: aiohttp.ClientSession
) -> None:
    sender = CallbackSender(world, session, "http://127.0.0.1:9/cb")
    with pytest.raises(ValueError):
        await sender.send_text("zhangwei", "hi")
