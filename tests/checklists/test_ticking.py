"""Ticking items from the card and by text; who may tick what; the record of who ticked when."""

from __future__ import annotations

from bot.cards import ButtonKey
from bot.checklists.service import series_id
from tests.checklists.conftest import services, start_chenjing
from tests.support.stack import Stack


def checked(stack: Stack, user: str, task_id: str) -> list[str]:
    copy = stack.world.card_copy(user, task_id)
    assert copy is not None and copy.card is not None
    return [o["id"] for o in copy.card["checkbox"]["option_list"] if o["is_checked"]]


async def test_tick_on_the_card_updates_the_record_and_the_card(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    card = stack.world.cards_for("chenjing")[0]
    assert card.task_id is not None
    submit = ButtonKey("cl_submit", cid).pack()
    await stack.click("chenjing", card.task_id, submit, selected={"cl_items": ["i1", "i3"]})
    checklist = await services(stack)["checklists"].store.get(cid)
    assert [i.n for i in checklist.items if i.done] == [1, 3]
    assert {i.done_by for i in checklist.items if i.done} == {"chenjing"}
    assert checked(stack, "chenjing", card.task_id) == ["i1", "i3"]
    copy = stack.world.card_copy("chenjing", card.task_id)
    assert copy is not None and "还剩 6 项" in copy.card["main_title"]["desc"]
    assert len(stack.world.calls_to("message/update_template_card")) == 1

    # Untick 3 on the same (updated) card.
    await stack.click("chenjing", card.task_id, submit, selected={"cl_items": ["i1"]})
    checklist = await services(stack)["checklists"].store.get(cid)
    assert [i.n for i in checklist.items if i.done] == [1]
    log = await services(stack)["checklists"].store.log(cid)
    assert [(e.action, e.item, e.actor) for e in log if e.item] == [
        ("done", 1, "chenjing"), ("done", 3, "chenjing"), ("undone", 3, "chenjing")]
    # the same record is in the hash-chained audit log, committed with each change, and verifies
    audit = [e for e in await services(stack)["audit"].tail(100) if e.action.startswith("checklist_")]
    assert [(e.action, e.extra.get("item"), e.actor) for e in audit if e.extra.get("item")] == [
        ("checklist_done", 1, "chenjing"), ("checklist_done", 3, "chenjing"), ("checklist_undone", 3, "chenjing")]
    assert all(e.seq is not None and e.extra["checklist"] == cid for e in audit)
    assert (await services(stack)["audit_keeper"].verify()).ok


async def test_a_stale_card_never_undoes_a_tick_made_elsewhere(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    card = stack.world.cards_for("chenjing")[0]
    assert card.task_id is not None
    assert (await stack.say("liuqiang", "完成第6项"))[0].startswith("已完成第6项")
    await stack.click("chenjing", card.task_id, ButtonKey("cl_submit", cid).pack(), selected={"cl_items": ["i2"]})
    checklist = await services(stack)["checklists"].store.get(cid)
    assert [i.n for i in checklist.items if i.done] == [2, 6]
    assert checked(stack, "chenjing", card.task_id) == ["i2", "i6"]  # the refreshed card shows both


async def test_tick_by_text_in_both_languages(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    assert await stack.say("chenjing", "完成第3项") == ["已完成第3项：整理客户备注和标签。还剩 7 项。"]
    assert await stack.say("chenjing", "done 4") == ["Done: item 4, Hand over drive files and docs. 6 left."]
    assert (await stack.say("chenjing", "完成第3项"))[0].startswith("第3项已经完成（陈静，")
    assert await stack.say("chenjing", "完成第9项") == ["没有第9项，清单共 8 项。"]
    assert await stack.say("chenjing", "撤销第4项") == ["已撤销第4项：移交微盘文件和文档。还剩 7 项。"]
    assert await stack.say("liuqiang", "完成第3项") == ["第3项由陈静负责，你不能勾选。"]
    assert await stack.say("lina", "完成第3项") == ["你目前没有进行中的离职清单。"]
    which = (await stack.say("chenjing", "完成了"))[0]
    assert which.startswith("要完成哪一项？回复“完成第N项”：\n1. 把进行中的客户交接给同事（截止 12月1日）")
    assert "3. 整理客户备注和标签" not in which  # already done
    checklist = await services(stack)["checklists"].store.get(cid)
    assert [(i.n, i.done_by) for i in checklist.items if i.done] == [(3, "chenjing")]


async def test_completing_everything_stops_reminders_and_tells_hr(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    for n in range(1, 6):
        await stack.say("chenjing", f"完成第{n}项")
    await stack.say("liuqiang", "完成第6项")
    await stack.say("liuqiang", "完成第7项")
    assert await stack.say("caoyang", "完成第8项") == ["已完成第8项：关闭权限并转移许可。清单全部完成，辛苦了！"]
    assert await services(stack)["timers"].status(series_id(cid)) == "absent"
    assert "陈静的离职清单已全部完成（8 项）。" in [m.content for m in stack.world.delivered("wangfang")]
    # Reopening an item brings the reminders back.
    await stack.say("chenjing", "撤销第5项")
    assert await services(stack)["timers"].status(series_id(cid)) == "due"


async def test_my_checklist_and_status_for_admins(cl_stack: Stack) -> None:
    stack = cl_stack
    await start_chenjing(stack)
    await stack.say("chenjing", "完成第3项")
    replies = await stack.say("chenjing", "我的清单")
    assert replies == ["你的离职清单还剩 7 项（共 8 项），最后工作日 12月4日（周五）。可在卡片上勾选。"]
    assert len(stack.world.cards_for("chenjing")) == 2
    mine = await stack.say("liuqiang", "my checklist")
    assert mine == ["Chen Jing's checklist: 2 of your items left. Tick them on the card."]
    manager_card = stack.world.cards_for("liuqiang")[-1].card
    assert manager_card is not None and [o["id"] for o in manager_card["checkbox"]["option_list"]] == ["i6", "i7"]

    status = (await stack.say("wangfang", "陈静的清单"))[0]
    assert status.startswith("陈静的离职清单 CL-")
    assert "✓ 3. 整理客户备注和标签 — 陈静 11-26 10:00" in status
    assert "☐ 6. 转交待处理的审批 — 刘强，截止 12月3日" in status
    assert await stack.say("lina", "陈静的清单") == ["只有 HR 管理员、陈静的上级和清单的负责人可以查看这份清单。"]
