"""change_contact events on the contacts-sync endpoint keep the directory current."""

from __future__ import annotations

from tests.support.stack import Stack


async def test_delete_user_marks_the_member_departed_and_keeps_them(stack: Stack) -> None:
    directory = stack.runtime.services["directory"]
    before = await directory.get("zhangwei")
    assert before is not None and before.status == "active"
    at = stack.clock.now()
    stack.world.delete_member("zhangwei", at=at)
    delivery = await stack.sender.contact_deleted("zhangwei")
    assert delivery.ok
    await stack.idle()
    after = await directory.get("zhangwei")
    assert after is not None and after.status == "departed"
    assert after.name == before.name  # kept with their name: the API no longer answers for them
    assert after.departed_at is not None and abs(after.departed_at - at) < 5


async def test_departure_hooks_run_once_per_delete_event(stack: Stack) -> None:
    seen: list[tuple[str, float]] = []

    async def hook(userid: str, at: float) -> None:
        seen.append((userid, at))

    stack.runtime.services["departure_hooks"].append(hook)
    stack.world.delete_member("chenjing", at=stack.clock.now())
    await stack.sender.contact_deleted("chenjing")
    await stack.idle()
    assert [u for u, _ in seen] == ["chenjing"]


async def test_contacts_endpoint_refuses_the_app_key(stack: Stack) -> None:
    # an event encrypted and signed for the app endpoint must not be accepted on the contacts path
    from crypto import WeComCrypto, render_envelope
    from tests.support.wire import cdata

    c = stack.world.credentials
    xml = (f"<xml><ToUserName>{cdata(c.corp_id)}</ToUserName><FromUserName>{cdata('sys')}</FromUserName>"
           f"<CreateTime>{int(stack.clock.now())}</CreateTime><MsgType>{cdata('event')}</MsgType>"
           f"<Event>{cdata('change_contact')}</Event><ChangeType>{cdata('delete_user')}</ChangeType>"
           f"<UserID>{cdata('lina')}</UserID></xml>")
    msg = WeComCrypto(c.token, c.aes_key, c.corp_id).encrypt(xml, timestamp=str(int(stack.clock.now())))
    assert stack.sender.contacts_url is not None
    async with stack.sender.session.post(
        stack.sender.contacts_url, data=render_envelope(c.corp_id, None, msg.encrypt),
        params={"msg_signature": msg.signature, "timestamp": msg.timestamp, "nonce": msg.nonce},
    ) as resp:
        assert resp.status == 403
    await stack.idle()
    lina = await stack.runtime.services["directory"].get("lina")
    assert lina is not None and lina.status == "active"
