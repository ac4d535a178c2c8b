"""Starting an offboarding checklist from chat (story 4)."""

from __future__ import annotations

from bot.checklists.service import series_id
from tests.checklists.conftest import services, start_chenjing
from tests.support.stack import Stack


async def test_admin_starts_a_checklist_and_the_member_gets_the_card(cl_stack: Stack) -> None:
    stack = cl_stack
    checklist_id = await start_chenjing(stack)
    replies = stack.new_texts("wangfang")
    cards = stack.world.cards_for("chenjing")
    assert len(cards) == 1
    card = cards[0].card
    assert card is not None and card["card_type"] == "vote_interaction"
    options = card["checkbox"]["option_list"]
    assert len(options) == 8 and not any(o["is_checked"] for o in options)
    assert card["checkbox"]["mode"] == 1
    checklist = await services(stack)["checklists"].store.get(checklist_id)
    assert checklist.last_day == "2026-12-04" and checklist.successor == "lina"
    assert checklist.managers == ("liuqiang",)
    timer = await services(stack)["timers"].get(series_id(checklist_id))
    assert timer is not None and timer.kind == "checklist_reminder"
    del replies


async def test_story_four_wording(cl_stack: Stack) -> None:
    replies = await cl_stack.say("wangfang", "陈静12月4日离职，开始离职清单")
    assert replies == [
        "已为陈静（销售一部）创建离职清单，最后工作日 12月4日（周五），共 8 项，负责人：陈静 5 项、刘强 2 项、IT 1 项。"
    ]


async def test_english_request(cl_stack: Stack) -> None:
    replies = await cl_stack.say("wangfang", "start offboarding for Chen Jing, last day Dec 4, successor Li Na")
    assert replies == [
        "Offboarding checklist created for Chen Jing (Sales 1): last working day Fri, Dec 4, 8 items; "
        "owners: Chen Jing 5, Leo Liu 2, IT 1. Successor: Lina Li."
    ]
    card = cl_stack.world.cards_for("chenjing")[0].card
    assert card is not None and card["main_title"]["title"] == "Offboarding checklist"


async def test_ambiguous_name_is_asked_with_a_numbered_list(cl_stack: Stack) -> None:
    stack = cl_stack
    replies = await stack.say("wangfang", "张伟12月4日离职，开始离职清单")
    assert replies[0].startswith("找到 2 位“张伟”，请回复序号：\n1. 张伟 zhangwei · 销售一部")
    assert "2. 张伟 zhangwei2 · 技术部" in replies[0]
    replies = await stack.say("wangfang", "2")
    assert replies[0].startswith("已为张伟（技术部）创建离职清单")
    checklist = await services(stack)["checklists"].store.open_for_member("zhangwei2")
    assert checklist is not None and checklist.managers == ("xuqiang",)
    assert await services(stack)["checklists"].store.open_for_member("zhangwei") is None


async def test_only_admins_start_one_for_someone_else(cl_stack: Stack) -> None:
    stack = cl_stack
    replies = await stack.say("lina", "陈静12月4日离职，开始离职清单")
    assert replies[0].startswith("只有 HR 管理员可以为他人发起离职清单（王芳、唐悦）")
    assert await services(stack)["checklists"].store.open_for_member("chenjing") is None
    assert stack.world.cards_for("chenjing") == []
    # Her own is fine, by name or as "me".
    replies = await stack.say("lina", "我12月4日离职，开始离职清单")
    assert replies[0].startswith("已为李娜（销售一部）创建离职清单")
    assert (await stack.say("lilei", "start offboarding for me, last day Dec 4"))[0].startswith(
        "Offboarding checklist created for Lei Li (Support)")


async def test_refusals_and_weekend_last_day(cl_stack: Stack) -> None:
    stack = cl_stack
    assert await stack.say("wangfang", "陈静2026年11月20日离职，开始离职清单") == [
        "最后工作日 11月20日（周五）已经过去了，请确认日期。"
    ]
    # Without a year a past date reads as next year: asked, not taken.
    assert (await stack.say("wangfang", "陈静11月20日离职，开始离职清单"))[0].startswith(
        "最后工作日 2027年11月20日（周六）离现在超过半年")
    replies = await stack.say("wangfang", "陈静12月5日离职，开始离职清单")
    assert replies[0].startswith("12月5日（周六）是周末，最后工作日按 12月4日（周五）计算。已为陈静")
    again = await stack.say("tangyue", "陈静12月5日离职，开始离职清单")
    assert again[0].startswith("陈静已有离职清单 CL-")
    stack.world.delete_member("lilei", at=stack.clock.now())
    await stack.sender.contact_deleted("lilei")
    await stack.idle()
    assert (await stack.say("wangfang", "李雷12月4日离职，开始离职清单"))[0].startswith("李雷已离职")
    assert (await stack.say("wangfang", "王小二12月4日离职，开始离职清单"))[0].startswith("通讯录里没有找到")


async def test_a_departed_successor_is_refused(cl_stack: Stack) -> None:
    stack = cl_stack
    stack.world.delete_member("lina", at=stack.clock.now())
    await stack.sender.contact_deleted("lina")
    await stack.idle()
    replies = await stack.say("wangfang", "陈静12月4日离职，开始离职清单，接替人李娜")
    assert replies == ["李娜已离职，不能接替客户。请换一位同事。"]
    assert await services(stack)["checklists"].store.open_for_member("chenjing") is None
