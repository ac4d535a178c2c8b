"""The member leaves: admins hear what is waiting and get a working one-tap handover; the
checklist closes with its open items reported (story 4)."""

from __future__ import annotations

from bot.cards import ButtonKey
from bot.checklists.service import series_id
from tests.checklists.conftest import move_to, services, start_chenjing, texts_for, wait_for
from tests.support.stack import Stack


def departure_cards(stack: Stack, user: str) -> list[dict]:
    return [m.card for m in stack.world.cards_for(user)
            if m.card is not None and m.card.get("card_type") == "button_interaction"
            and m.card["main_title"]["title"].endswith("已离职")]


async def test_departure_event_offers_the_one_tap_handover(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await stack.say("chenjing", "完成第1项")
    stack.world.delete_member("chenjing", at=stack.clock.now())
    await stack.sender.contact_deleted("chenjing")
    await stack.idle()

    for admin in ("wangfang", "tangyue"):
        cards = departure_cards(stack, admin)
        assert len(cards) == 1
        card = cards[0]
        assert card["main_title"]["title"] == "陈静已离职"
        assert card["sub_title_text"] == "80 位客户、3 个客户群待分配。清单中的接替人是李娜。"
        assert [b["text"] for b in card["button_list"]] == ["一键交接给李娜"]
        items = [t for t in texts_for(stack, admin) if t.startswith("陈静的离职清单已关闭")]
        assert len(items) == 1 and "7 项未完成" in items[0] and "8. 关闭权限并转移许可 · IT" in items[0]
    checklist = await services(stack)["checklists"].store.get(cid)
    assert checklist.status == "departed" and checklist.closed_at is not None
    assert await services(stack)["timers"].status(series_id(cid)) == "absent"

    # A repeated delete event says nothing twice.
    await stack.sender.contact_deleted("chenjing")
    await stack.idle()
    assert len(departure_cards(stack, "wangfang")) == 1

    # The tap files a resigned-member handover of customers and groups to lina.
    message = next(m for m in stack.world.cards_for("wangfang") if m.card in departure_cards(stack, "wangfang"))
    assert message.task_id is not None
    replies_before = len(texts_for(stack, "wangfang"))
    await stack.click("wangfang", message.task_id, ButtonKey("cl_handover", cid).pack())
    reply = texts_for(stack, "wangfang")[replies_before:]
    assert len(reply) == 1 and reply[0].startswith("已发起交接 H-") and "陈静 → 李娜" in reply[0]
    job_id = reply[0].split("已发起交接 ")[1].split("：")[0]
    job = await services(stack)["jobs"].get(job_id)
    assert job is not None and job.handover == "chenjing" and job.takeover == "lina"
    assert job.requester == "wangfang"
    checklist = await services(stack)["checklists"].store.get(cid)
    assert checklist.handover_job == job_id
    # The tapped card is greyed out with the job id.
    copy = stack.world.card_copy("wangfang", message.task_id)
    assert copy is not None and copy.card is not None and copy.card.get("replace_text") == f"已发起 {job_id}"
    # A click on a stale copy does not file twice.
    other = next(m for m in stack.world.cards_for("tangyue") if m.card in departure_cards(stack, "tangyue"))
    assert other.task_id is not None
    await stack.click("tangyue", other.task_id, ButtonKey("cl_handover", cid).pack())
    assert texts_for(stack, "tangyue")[-1] == f"陈静的客户交接已在进行：{job_id}。"
    assert [j.id for j in await services(stack)["jobs"].about_member("chenjing")] == [job_id]


async def test_only_admins_may_file_the_one_tap_handover(cl_stack: Stack) -> None:
    # The sandbox cannot deliver a click on a card one never got; the rule is checked where the
    # action happens, so call it as a forged click would reach it.
    from bot.checklists.departure import Departures

    stack = cl_stack
    cid = await start_chenjing(stack)
    stack.world.delete_member("chenjing", at=stack.clock.now())
    await stack.sender.contact_deleted("chenjing")
    await stack.idle()
    departures: Departures = services(stack)["checklist_departures"]
    text, job = await departures.handover(cid, "lina")
    assert job is None and text == "只有 HR 管理员可以发起交接（王芳、唐悦）。"
    assert await services(stack)["jobs"].about_member("chenjing") == []


async def test_the_poll_notices_a_departure_without_an_event(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    stack.world.delete_member("chenjing", at=stack.clock.now())  # no change_contact reaches the bot
    await move_to(stack, 11, 26, 10, 31)  # the half-hourly poll is due

    async def closed() -> bool:
        checklist = await services(stack)["checklists"].store.get(cid)
        return checklist is not None and checklist.status == "departed" and bool(departure_cards(stack, "tangyue"))

    await wait_for(closed, "the departure poll")
    assert departure_cards(stack, "wangfang")[0]["sub_title_text"].startswith("80 位客户、3 个客户群待分配")


async def test_no_successor_asks_for_one(cl_stack: Stack) -> None:
    stack = cl_stack
    await stack.say("wangfang", "陈静12月4日离职，开始离职清单")
    stack.world.delete_member("chenjing", at=stack.clock.now())
    await stack.sender.contact_deleted("chenjing")
    await stack.idle()
    assert departure_cards(stack, "wangfang") == []
    asks = [t for t in texts_for(stack, "wangfang") if t.startswith("陈静已离职")]
    assert asks == ["陈静已离职，80 位客户、3 个客户群待分配。清单中没有可用的接替人，"
                    "请回复“把陈静的客户和客户群交接给…”指定一位同事。"]


async def test_members_without_a_checklist_are_left_to_the_handover_flow(cl_stack: Stack) -> None:
    stack = cl_stack
    stack.world.delete_member("zhangwei", at=stack.clock.now())
    await stack.sender.contact_deleted("zhangwei")
    await stack.idle()
    assert departure_cards(stack, "wangfang") == [] and texts_for(stack, "wangfang") == []
