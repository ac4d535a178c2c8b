"""Group chats over the long connection: an @-mention is a request only from an admin (anyone
else is answered privately), help is answered in the group's thread, anything that could name a
customer goes privately with one line in the thread, and approval cards only ever go to the
approvers' own chats."""

from __future__ import annotations

from tests.longconn.support import say
from tests.support.stack import Stack

GROUP = "wrHRGroup"


def group_texts(stack: Stack) -> list[str]:
    return [m.content or "" for m in stack.world.delivered(f"group:{GROUP}")]


def customer_names(stack: Stack) -> set[str]:
    staff = {m.name for m in stack.world.corp.members.values()}
    return {c.name for c in stack.world.corp.customers.values() if len(c.name) >= 2} - staff


async def test_a_non_admins_mention_is_answered_privately_and_files_nothing(bot_stack: Stack) -> None:
    _, private = await say(bot_stack, "lina", "@交接助手 把高峰的客户交接给李娜", chatid=GROUP)
    assert private == ["在群里只有管理员可以 @我 发起请求。有需要请私聊我，或联系 HR 管理员。"]
    assert [m.via for m in bot_stack.world.delivered("lina")] == ["message/send"]  # never wrote to the bot 1:1
    assert group_texts(bot_stack) == []
    assert await bot_stack.runtime.services["jobs"].get("H-1001") is None


async def test_help_from_an_admin_is_answered_in_the_thread(bot_stack: Stack) -> None:
    _, private = await say(bot_stack, "wangfang", "@交接助手 help", chatid=GROUP)
    assert private == []
    [shown] = bot_stack.world.delivered(f"group:{GROUP}")
    assert (shown.via, shown.chat_id) == ("aibot_respond_msg", GROUP)
    assert "hand over" in (shown.content or "").lower()


async def test_an_admins_handover_request_goes_private_and_no_customer_is_named_in_the_group(
        bot_stack: Stack) -> None:
    _, private = await say(bot_stack, "wangfang", "@交接助手 把高峰的客户交接给李娜", chatid=GROUP)
    assert group_texts(bot_stack) == ["收到，详情涉及客户信息，已私聊发给你。"]
    [preview] = private
    assert preview.startswith("交接预览 H-1001") and "审批人：孙红" in preview
    # wangfang never wrote to the bot 1:1: the preview came through the app, never into the group
    assert [m.via for m in bot_stack.world.delivered("wangfang")] == ["message/send"]
    filed = await bot_stack.runtime.services["jobs"].get("H-1001")
    assert filed is not None and filed.requester == "wangfang" and filed.approvers == ["sunhong"]
    [approval] = bot_stack.world.cards_for("sunhong")
    assert approval.chat_id == "" and (approval.task_id or "").startswith("ho_H-1001_l1_")
    assert [m.msgtype for m in bot_stack.world.delivered(f"group:{GROUP}")] == ["markdown"]
    posted = "\n".join(group_texts(bot_stack))
    assert customer_names(bot_stack) and not [n for n in customer_names(bot_stack) if n in posted]
