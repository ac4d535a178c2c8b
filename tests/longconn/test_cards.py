"""Approval cards over the long connection: pushed to approvers who have messaged the bot (the app
sends the rest), a click there decides the job and freezes every copy on the click's req_id, and
when that 5 s window is missed every holder is told who decided."""

from __future__ import annotations

from bot.cards import ButtonKey
from bot.longconn import frames as f
from bot.models.jobs import Job
from tests.approvals.support import card, file_job, job, key, replace_text
from tests.longconn.support import eventually, say, subscribed
from tests.support.stack import Stack


async def click(stack: Stack, userid: str, task_id: str, event_key: str, *, late: float = 0.0,
                selected: dict[str, list[str]] | None = None) -> None:
    """A click over the connection, handled ``late`` seconds after it was made (a slow worker)."""
    assert stack.gateway is not None
    holder = await subscribed(stack)
    conn = holder.connection
    assert conn is not None
    before = conn.stats.handed
    await stack.gateway.click(userid, task_id, event_key, selected=selected,
                              card_type="multiple_interaction" if selected else "button_interaction")
    stack.clock.advance(late)  # nothing ran in between: the click is not read yet
    await eventually(lambda: conn.stats.handed > before, "the click handed over")
    await stack.idle()


async def approval_step(stack: Stack) -> None:
    # the approval step alone, as tests/approvals does: the engine would go on to run this synthetic job
    await stack.runtime.services["engine"].stop()


async def both_reached_and_filed(stack: Stack) -> tuple[Job, str]:
    """liuqiang and wulei have messaged the bot; a job they both approve is filed: (job, task_id)."""
    await approval_step(stack)
    for who in ("liuqiang", "wulei"):
        await say(stack, who, "帮助")
    filed = await file_job(stack, leaders=["liuqiang", "wulei"])
    await stack.idle()
    task = card(stack, "liuqiang", filed.id).task_id
    assert task is not None
    return filed, task


async def test_cards_go_to_approvers_who_messaged_the_bot_and_a_click_freezes_every_copy(bot_stack: Stack) -> None:
    filed, task = await both_reached_and_filed(bot_stack)
    assert card(bot_stack, "wulei", filed.id).task_id == task
    assert {card(bot_stack, u, filed.id).via for u in ("liuqiang", "wulei")} == {"aibot_send_msg"}
    await click(bot_stack, "wulei", task, key("approve", filed.id))
    after = await job(bot_stack, filed.id)
    assert after.state == "approved" and after.decided_by == "wulei"
    for userid in ("liuqiang", "wulei"):
        text = replace_text(bot_stack, userid, task)
        assert text is not None and text.startswith("已同意 · 吴磊")
    assert bot_stack.gateway is not None and len(bot_stack.gateway.received(f.RESPOND_UPDATE)) == 1
    # a second click on the frozen copy changes nothing
    await click(bot_stack, "liuqiang", task, key("reject", filed.id))
    assert (await job(bot_stack, filed.id)).decided_by == "wulei"


async def test_an_approver_who_never_messaged_the_bot_gets_the_apps_card_and_both_freeze(bot_stack: Stack) -> None:
    await approval_step(bot_stack)
    await say(bot_stack, "liuqiang", "帮助")
    filed = await file_job(bot_stack, leaders=["liuqiang", "wulei"])
    await bot_stack.idle()
    task = card(bot_stack, "liuqiang", filed.id).task_id
    assert task is not None
    assert (card(bot_stack, "liuqiang", filed.id).via, card(bot_stack, "wulei", filed.id).via) == (
        "aibot_send_msg", "message/send")
    await click(bot_stack, "liuqiang", task, key("approve", filed.id))
    assert (await job(bot_stack, filed.id)).decided_by == "liuqiang"
    for userid in ("liuqiang", "wulei"):  # the bot's copy on the req_id, the app's with its response code
        text = replace_text(bot_stack, userid, task)
        assert text is not None and text.startswith("已同意 · 刘强")


async def test_a_missed_update_window_tells_every_holder_who_decided(bot_stack: Stack) -> None:
    filed, task = await both_reached_and_filed(bot_stack)
    await click(bot_stack, "liuqiang", task, key("approve", filed.id), late=6.0)
    assert (await job(bot_stack, filed.id)).decided_by == "liuqiang"
    assert bot_stack.gateway is not None and bot_stack.gateway.refused.get(f.ERR_INVALID_REQ_ID) == 1
    for userid in ("liuqiang", "wulei"):
        assert replace_text(bot_stack, userid, task) is None  # the copies could not be updated
        told = [m.content or "" for m in bot_stack.world.delivered(userid) if m.via == "aibot_send_msg"]
        assert sum(f"审批卡片 {filed.id} 已处理：已同意 · 刘强" in t for t in told) == 1, told


async def test_a_checklist_card_over_the_connection_is_ticked_and_updated_in_place(bot_stack: Stack) -> None:
    await say(bot_stack, "chenjing", "帮助")
    _, started = await say(bot_stack, "wangfang", "陈静12月4日离职，开始离职清单，接替人李娜")
    assert started and "已为陈静" in started[0], started
    checklist = await bot_stack.runtime.services["checklists"].store.open_for_member("chenjing")
    assert checklist is not None
    [shown] = bot_stack.world.cards_for("chenjing")
    assert shown.via == "aibot_send_msg" and shown.task_id is not None
    submit = ButtonKey("cl_submit", checklist.id).pack()
    await click(bot_stack, "chenjing", shown.task_id, submit, selected={"cl_items": ["i1", "i3"]})
    after = await bot_stack.runtime.services["checklists"].store.get(checklist.id)
    assert [i.n for i in after.items if i.done] == [1, 3]
    copy = bot_stack.world.card_copy("chenjing", shown.task_id)
    assert copy is not None and copy.card is not None
    assert [o["id"] for o in copy.card["checkbox"]["option_list"] if o["is_checked"]] == ["i1", "i3"]
    # a late click: the ticks are saved and shown on a new card
    await click(bot_stack, "chenjing", shown.task_id, submit, selected={"cl_items": ["i1"]}, late=6.0)
    cards = bot_stack.world.cards_for("chenjing")
    assert len(cards) == 2 and cards[1].via == "aibot_send_msg"
    assert cards[1].card is not None
    assert [o["id"] for o in cards[1].card["checkbox"]["option_list"] if o["is_checked"]] == ["i1"]
