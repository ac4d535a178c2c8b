"""The page on its own: loads, lists the cast, talks to the bot, moves the clock, escapes text,
fits a phone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.async_api import expect

from bot.sandbox.org import Customer, FollowUser
from tests.browser.chatpage import WAIT_MS, ChatPage

pytestmark = pytest.mark.browser


async def test_page_lists_the_cast_answers_help_and_moves_the_clock(chat: ChatPage) -> None:
    page = chat.page
    options = page.locator("#who option")
    values = [await o.get_attribute("value") for o in await options.all()]
    assert values[:6] == ["wangfang", "liuqiang", "sunhong", "zhangwei", "chenjing", "lina"]
    assert len(values) == len(chat.runner.world.corp.members)
    labels = await options.all_inner_texts()
    assert labels[0] == "王芳 · HR 管理员 · 人力资源部"
    assert "刘强 · 销售一部经理" in labels[1]
    assert labels[3].startswith("张伟 · 已离职")  # the departed rep, announced at start
    assert any(label.startswith("张伟 · 后端工程师") for label in labels)  # the other 张伟

    await chat.act_as("lina")
    await chat.say("帮助")
    reply = await chat.bot_says("把张伟的客户交接给李娜")
    await expect(reply).to_contain_text("我的清单")
    # the answer really went through the platform: message/send to lina, or the reply on her
    # message's req_id over the bot's long connection
    if chat.runner.gateway is None:
        assert any(c.body.get("touser") == "lina" for c in chat.runner.world.calls_to("message/send"))
    else:
        assert [fr.body["msgtype"] for fr in chat.runner.gateway.received("aibot_respond_msg")
                if fr.body is not None] == ["markdown"]
    chat.assert_heard_over_the_transport("lina")
    await chat.shot("help")

    before_page, before_world = await chat.sandbox_now(), chat.runner.clock.now()
    await chat.advance("1d")
    assert chat.runner.clock.now() - before_world >= 86400
    await expect(page.locator("#clock")).not_to_have_attribute("data-now", str(before_page), timeout=WAIT_MS)
    assert await chat.sandbox_now() - before_page >= 86400
    await chat.advance("workday")
    after = chat.runner.clock.now()
    local = datetime.fromtimestamp(after, ZoneInfo("Asia/Shanghai"))
    assert local.isoweekday() <= 5 and (local.hour, local.minute) == (10, 0)


async def test_untrusted_text_is_shown_as_text_never_as_markup(chat: ChatPage) -> None:
    world = chat.runner.world
    evil = '<img src=x onerror="document.body.dataset.pwned=1">'
    world.corp.add_customer(Customer(external_userid="wmEvil01", name=evil, corp_name="<b>bold</b>",
                                     follow=[FollowUser(userid="lina")]))
    await chat.act_as("lina")
    await chat.say(f"<script>document.body.dataset.pwned=2</script>{evil}")
    detail = await chat.inspect("lina")
    row = detail.locator(".customer", has_text="onerror")
    await expect(row).to_be_visible(timeout=WAIT_MS)
    await expect(row.locator(".c-name")).to_contain_text(evil)
    injected = "#messages img, #member-detail img, #messages script, #member-detail script, .customer b"
    assert await chat.page.locator(injected).count() == 0
    await expect(chat.my_messages().last).to_contain_text("<script>")
    assert await chat.page.locator("body").get_attribute("data-pwned") is None


async def test_phone_width_shows_one_pane_with_tabs(chat: ChatPage) -> None:
    page = chat.page
    await page.set_viewport_size({"width": 390, "height": 844})
    tabs = page.locator("#tabs")
    await expect(tabs).to_be_visible()
    await expect(page.locator("#chat-panel")).to_be_visible()
    await expect(page.locator("#org-panel")).to_be_hidden()
    await tabs.locator("[data-tab='org']").click()
    await expect(page.locator("#org-panel")).to_be_visible()
    await expect(page.locator("#chat-panel")).to_be_hidden()
    await page.locator("#org .person[data-userid='zhangwei']").click()  # inspecting jumps to the customer tab
    await expect(page.locator("#member-panel")).to_be_visible()
    await expect(page.locator("#member-detail [data-count='customers']")).to_have_text("250")
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390  # nothing overflows sideways
    await chat.shot("phone")
