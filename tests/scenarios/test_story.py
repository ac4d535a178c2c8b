"""Stories 1 and 2 end to end, headless: request → disambiguation → preview → two approvals on
cards → the engine moves 250 customers and 12 groups → 24 h later the final report. Every step
goes through encrypted callbacks and the sandbox API; nobody is transferred twice or skipped."""

from __future__ import annotations

import re
from collections import Counter

from tests.approvals.support import click, eventually, job, texts_to
from tests.support.stack import Stack

DAY = 86400.0


async def _depart_zhangwei(stack: Stack) -> None:
    stack.world.delete_member("zhangwei", at=stack.clock.now() - 6 * DAY)
    assert (await stack.sender.contact_deleted("zhangwei")).ok
    await stack.idle()


async def test_resigned_handover_from_chat_to_final_report(stack: Stack) -> None:
    await _depart_zhangwei(stack)
    [question] = await stack.say("wangfang", "把张伟的客户和客户群交接给李娜")
    lines = question.splitlines()
    pick = next(line for line in lines if "销售一部" in line and "zhangwei " in line + " ")
    number = re.match(r"\s*(\d+)\.", pick)
    assert number, question
    [preview] = await stack.say("wangfang", number.group(1))
    job_id = re.search(r"H-\d+", preview)
    assert job_id and "250" in preview and "李娜" in preview and "刘强" in preview and "孙红" in preview
    jid = job_id.group(0)

    await click(stack, "liuqiang", jid, "approve")
    await click(stack, "sunhong", jid, "approve", level=2)

    async def submitted() -> bool:
        told = any(t.startswith(f"{jid} 已提交") for t in texts_to(stack, "wangfang"))
        return told and (await job(stack, jid)).state == "submitted"

    await eventually(submitted, "the engine submitted every batch and told the requester", timeout=60)

    # the sandbox saw each customer accepted for transfer exactly once, and every group moved
    started = Counter()
    for call in stack.world.calls_to("externalcontact/resigned/transfer_customer"):
        for row in call.response.get("customer", []):
            if row.get("errcode") == 0:
                started[row["external_userid"]] += 1
    zhang_customers = {t.external_userid for t in stack.world.transfers if t.handover_userid == "zhangwei"}
    assert len(zhang_customers) == 250 and set(started) == zhang_customers and max(started.values()) == 1
    groups = [g for g in stack.world.corp.groups.values() if g.owner == "lina"]
    assert len([g for g in groups if g.chat_id in {c for call in stack.world.calls_to(
        "externalcontact/groupchat/transfer") for c in call.body.get("chat_id_list", [])}]) == 12

    # a day later the platform finishes the takeovers; the engine's poll timer reports
    stack.world.advance(DAY + 3600)
    await stack.sender.flush()

    async def finished() -> bool:
        told = any(t.startswith(f"{jid} 完成") for t in texts_to(stack, "liuqiang"))
        return told and (await job(stack, jid)).state in ("completed", "completed_with_failures")

    await eventually(finished, "the job reached a final state and the report went out", timeout=60)
    final = await job(stack, jid)
    reports = [t for t in texts_to(stack, "wangfang") if t.startswith(f"{jid} 完成")]
    assert len(reports) == 1
    approver_report = [m for m in stack.world.delivered("liuqiang")
                       if m.msgtype == "text" and (m.content or "").startswith(f"{jid} 完成")]
    assert approver_report
    taken = [t for t in stack.world.transfers if t.handover_userid == "zhangwei" and t.status == 1]
    assert str(len(taken)) in reports[0]
    # those taken over now follow 李娜; refusals are reported, never silently lost
    refused = [t for t in stack.world.transfers if t.handover_userid == "zhangwei" and t.status in (3, 4)]
    assert final.state == ("completed_with_failures" if refused else "completed")
    for t in taken:
        assert stack.world.corp.customers[t.external_userid].followed_by("lina") is not None
