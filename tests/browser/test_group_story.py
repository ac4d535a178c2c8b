"""The group-chat story, over the long connection (the app has no group chats): in the HR group
李娜 @-mentions the bot with a request and is answered privately (only admins may ask there);
王芳 asks for help (answered in the thread), then for a handover: the thread gets one line and the
preview comes to her own chat; the approval card goes to 孙红's own chat, never into the group."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from tests.browser.chatpage import WAIT_MS, ChatPage

pytestmark = pytest.mark.browser
GROUP = "wrHRGroup"


@pytest.mark.parametrize("sandbox", ["ws"], indirect=True)
async def test_hr_group_asks_by_mention_and_details_stay_private(chat: ChatPage) -> None:
    world = chat.runner.world
    await chat.act_as("lina")
    await chat.write_in(GROUP)
    await chat.say("把高峰的客户交接给李娜")
    await chat.write_in("")
    await chat.bot_says("只有管理员可以 @我")
    await chat.shot("group-1-not-admin")

    await chat.act_as("wangfang")
    await chat.write_in(GROUP)
    members_line = chat.page.locator("#messages .msg .speaker", has_text="李娜")
    await expect(members_line).to_have_count(1, timeout=WAIT_MS)  # lina's line is in the thread
    await chat.say("帮助")
    await chat.bot_says("把张伟的客户交接给李娜")
    await chat.say("把高峰的客户交接给李娜")
    await chat.bot_says("详情涉及客户信息，已私聊发给你")
    await chat.shot("group-2-thread")
    await chat.write_in("")
    preview = await chat.bot_says("交接预览", "高峰", "李娜")
    found = re.search(r"H-\d+", await preview.inner_text())
    assert found is not None
    job = found.group(0)
    await chat.shot("group-3-private-preview")

    await chat.act_as("sunhong")
    await chat.card(job, "同意")
    posted = [m for m in world.delivered(f"group:{GROUP}")]
    assert [m.msgtype for m in posted] == ["markdown", "markdown"]  # help and the one line; no card
    staff = {m.name for m in world.corp.members.values()}  # the help text's example names staff
    names = {c.name for c in world.corp.customers.values() if len(c.name) >= 2} - staff
    assert not [n for n in names if any(n in (m.content or "") for m in posted)]
