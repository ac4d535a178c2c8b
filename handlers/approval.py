"""Approve / reject clicks on the approval cards, and the optional reason after a rejection.

Authorization happens on the click (JobStore.decide), never by who was shown a button; the
desk (bot/approvals/desk.py) does the deciding, freezing and telling.
"""

from __future__ import annotations

from bot.approvals import texts
from bot.approvals.desk import ApprovalDesk
from bot.cards import ButtonKey
from bot.dispatcher import Context
from bot.models.events import CardClick, InboundEvent, TextMessage
from bot.routing import Router

router = Router("approval")

REASON_STATE = "approval.reject_reason"
SKIP_WORDS = frozenset({"跳过", "不用", "不用了", "无", "没有", "略过", "skip", "no", "none", "nope", "n/a", "-"})
MAX_REASON = 300


@router.card_click("approve")
async def approve_clicked(ctx: Context, event: InboundEvent, key: ButtonKey, approvals: ApprovalDesk) -> None:
    await _clicked(ctx, event, key, approvals)


@router.card_click("reject")
async def reject_clicked(ctx: Context, event: InboundEvent, key: ButtonKey, approvals: ApprovalDesk) -> None:
    await _clicked(ctx, event, key, approvals)


async def _clicked(ctx: Context, event: InboundEvent, key: ButtonKey, approvals: ApprovalDesk) -> None:
    if not isinstance(event, CardClick):
        return
    reply = await approvals.click(ctx.user, key, event)
    ctx.lang = reply.lang
    if reply.ask_reason_for is not None:
        ctx.start_dialog(REASON_STATE, {"job_id": reply.ask_reason_for})
    if reply.text:
        await ctx.reply(reply.text)


@router.dialog(REASON_STATE, free_text=True)
async def reject_reason(ctx: Context, event: InboundEvent, approvals: ApprovalDesk) -> None:
    job_id = str(ctx.dialog.data.get("job_id", "")) if ctx.dialog is not None else ""
    ctx.end_dialog()
    if not job_id or not isinstance(event, TextMessage):
        return
    text = event.content.strip()
    reason = None if text.lower().strip("。.!！ ") in SKIP_WORDS else text[:MAX_REASON]
    told = await approvals.tell_rejection(job_id, reason)
    job = await approvals.jobs.get(job_id)
    requester = (await approvals.people(job, ctx.lang)).name(job.requester) if job is not None else ""
    if told and reason:
        await ctx.say(texts.REJECT_REASON_SENT, requester=requester)
    else:
        await ctx.say(texts.REJECT_NO_REASON_SENT, requester=requester)
