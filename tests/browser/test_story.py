"""The stories of shared/STORIES.md played in the browser, as a visitor to the demo would.

1. 王芳 (HR admin) asks in Chinese to hand 张伟's customers to 李娜, picks the right 张伟 among
   two, and sees the preview.
2. 刘强 (张伟's manager) taps 同意 on the approval card, which turns grey; over 200 customers, so
   孙红 reviews too and taps 同意.
3. The clock jumps 24 h: 王芳 reads the final report and the side panel shows the customers
   with 李娜.
4. 陈静 (leaving) ticks items on her offboarding checklist card.
"""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from tests.browser.chatpage import WAIT_MS, ChatPage

pytestmark = pytest.mark.browser


def _choice_for(question: str, *must: str) -> str:
    """The number of the listed person whose line holds every word of ``must``."""
    for line in question.splitlines():
        m = re.match(r"\s*(\d+)[.、)]\s*(.*)", line)
        if m and all(word in m.group(2) for word in must):
            return m.group(1)
    raise AssertionError(f"no numbered line with {must} in the question:\n{question}")


async def test_hr_hands_over_a_departed_reps_customers_through_approval_to_the_final_report(chat: ChatPage) -> None:
    world = chat.runner.world
    lina_before = sum(1 for c in world.corp.customers.values() if c.followed_by("lina"))

    # 1. the request, the question about the two 张伟, the preview
    await chat.act_as("wangfang")
    await chat.say("把张伟的客户交接给李娜")
    question = await chat.bot_says("张伟", "zhangwei2")
    text = await question.inner_text()
    await chat.shot("1-which-zhangwei")
    await chat.say(_choice_for(text, "zhangwei ", "销售一部"))
    preview = await chat.bot_says("250", "李娜", "刘强")
    preview_text = await preview.inner_text()
    job = re.search(r"H-\d+", preview_text)
    assert job is not None, preview_text
    job_id = job.group(0)
    assert "张伟" in preview_text and "孙红" in preview_text  # over 200 customers: a second reviewer
    await chat.shot("1-preview")

    # 2. the manager approves on the card; every copy turns grey
    await chat.act_as("liuqiang")
    card = await chat.card(job_id, "同意")
    await expect(card).to_contain_text("张伟")
    await expect(card).to_contain_text("李娜")
    await chat.shot("2-approval-card")
    await card.get_by_role("button", name="同意").click()
    frozen = chat.cards(job_id).locator(".btn.frozen")
    await expect(frozen.last).to_contain_text("已同意", timeout=WAIT_MS)
    await expect(frozen.last).to_contain_text("刘强")
    await expect(chat.cards(job_id).last.get_by_role("button", name="拒绝")).to_have_count(0)
    await chat.shot("2-approved")

    await chat.act_as("sunhong")
    review = await chat.card(job_id, "同意")
    await review.get_by_role("button", name="同意").click()
    await expect(chat.cards(job_id).locator(".btn.frozen").last).to_contain_text("已同意", timeout=WAIT_MS)

    # the requester hears the approval, then that the transfers were submitted
    await chat.act_as("wangfang")
    await chat.bot_says(job_id, "已获批准")
    submitted = await chat.bot_says(f"{job_id} 已提交：", "发起接替")
    started = re.search(r"(\d+) 位客户已发起接替", await submitted.inner_text())
    assert started is not None and int(started.group(1)) > 200
    waiting = sum(1 for t in world.transfers if t.handover_userid == "zhangwei" and t.status == 2)
    assert waiting == int(started.group(1))
    detail = await chat.inspect("zhangwei")
    await expect(detail.locator("[data-transfers='out']")).to_contain_text(f"等待接替 {waiting}", timeout=WAIT_MS)
    await chat.shot("2-submitted")

    # 3. a day later: takeovers settle, the final report, the customers are with 李娜
    await chat.advance("24h")
    report = await chat.bot_says(f"{job_id} 完成：")
    await expect(report).to_contain_text("李娜")
    # the list of customers not taken over comes as a file: a working download link
    attachment = chat.page.locator("#messages a.file").last
    await expect(attachment).to_be_visible(timeout=WAIT_MS)
    href = await attachment.get_attribute("href")
    assert href is not None and href.startswith("/sandbox/api/media/")
    download = await chat.page.request.get(chat.runner.url.rstrip("/") + href)
    assert download.ok and len(await download.body()) > 0
    done = sum(1 for t in world.transfers if t.handover_userid == "zhangwei" and t.status == 1)
    assert done > 200
    await expect(detail.locator("[data-transfers='out']")).to_contain_text(f"已接替 {done}", timeout=WAIT_MS)
    await expect(detail.locator("[data-count='customers']")).to_have_text(str(250 - done), timeout=WAIT_MS)
    await expect(detail.locator(".customer[data-transfer='done']").first).to_contain_text("张伟 → 李娜")
    await chat.shot("3-report")
    lina = await chat.inspect("lina")
    moved_to_lina = sum(1 for t in world.transfers if t.takeover_userid == "lina" and t.status == 1)
    expected = sum(1 for c in world.corp.customers.values() if c.followed_by("lina"))
    assert expected > lina_before
    await expect(lina.locator("[data-count='customers']")).to_have_text(str(expected), timeout=WAIT_MS)
    await expect(lina.locator("[data-transfers='in']")).to_contain_text(f"已接替 {moved_to_lina}")
    chat.assert_heard_over_the_transport("wangfang")


async def test_departing_member_ticks_checklist_items_on_the_card(chat: ChatPage) -> None:
    await chat.act_as("chenjing")  # she has written to the bot before: over "ws" her card comes there
    await chat.say("帮助")
    await chat.bot_says("把张伟的客户交接给李娜")
    await chat.act_as("wangfang")
    # relative: the sandbox follows real time, so a fixed date would one day be in the past
    await chat.say("陈静下周五离职，开始离职清单")
    await chat.bot_says("陈静", "离职清单", "8 项")

    await chat.act_as("chenjing")
    card = await chat.card("离职交接清单", "还剩 8 项")
    options = card.locator(".option")
    await expect(options).to_have_count(8)
    await chat.shot("4-checklist")
    ticked = []
    for wanted in ("把进行中的客户交接给同事", "转让你是群主的客户群"):
        option = options.filter(has_text=wanted)
        await option.locator("input").check()
        ticked.append(wanted)
    await card.get_by_role("button", name="提交").click()

    updated = await chat.card("离职交接清单", "还剩 6 项")
    for wanted in ticked:
        await expect(updated.locator(".option", has_text=wanted).locator("input")).to_be_checked()
    await expect(updated.locator(".option input:checked")).to_have_count(2)
    await chat.shot("4-ticked")
    chat.assert_heard_over_the_transport("chenjing")
    cards = chat.runner.world.cards_for("chenjing")
    assert len(cards) == 1  # ticked and updated in place, over either transport
    assert cards[0].via == ("message/send" if chat.runner.gateway is None else "aibot_send_msg")
