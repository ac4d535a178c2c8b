"""Following handover jobs in chat: status, list, cancel.

Everyone may ask about the jobs they take part in (requester, approver, handover or takeover
member); HR admins may ask about any. Cancelling is for the requester or an admin.
"""

from __future__ import annotations

import re

from bot import texts as common_texts
from bot.approvals import describe, texts
from bot.approvals.desk import ApprovalDesk
from bot.approvals.people import People
from bot.directory.lookup import DirectoryLookup
from bot.directory.resolve import parse_choice_number
from bot.dispatcher import Context
from bot.language import Intent, says_yes
from bot.models.events import TextMessage
from bot.models.jobs import LIVE_STATES, Job
from bot.routing import Router
from bot.settings import Settings
from bot.texts import T
from storage.jobs import JobStore

router = Router("jobs")

RECENT = 5


def _slot(intent: Intent, name: str) -> str | None:
    value = intent.slots.get(name)
    return value if isinstance(value, str) and value else None


async def _people(approvals: ApprovalDesk, jobs: list[Job], ctx: Context) -> People:
    return await People.load(approvals.directory, describe.people_of(jobs), ctx.lang)


def _newest(jobs: list[Job]) -> list[Job]:
    return sorted({j.id: j for j in jobs}.values(), key=lambda j: j.created_at, reverse=True)


async def _mine(jobs: JobStore, userid: str) -> list[Job]:
    found = [*await jobs.by_requester(userid), *await jobs.pending_for(userid), *await jobs.about_member(userid)]
    return _newest(found)


async def _show(ctx: Context, approvals: ApprovalDesk, found: list[Job], head: str) -> None:
    people = await _people(approvals, found, ctx)
    if len(found) == 1:
        job = found[0]
        reason = await approvals.reject_reason(job.id) if job.decision == "reject" else None
        await ctx.reply(describe.detail(job, people, approvals.settings.tz, approvals.clock.now(), reason=reason))
    else:
        await ctx.reply(describe.lines(head, found, people, limit=RECENT))


@router.intent("status")
async def status(
    ctx: Context, intent: Intent, jobs: JobStore, settings: Settings, lookup: DirectoryLookup,
    approvals: ApprovalDesk,
) -> None:  # fmt: skip
    admin = ctx.user in settings.admins
    job_id, member = _slot(intent, "job"), _slot(intent, "member")
    if job_id is not None:
        job = await jobs.get(job_id)
        if job is None or not (admin or describe.involved(job, ctx.user)):
            await ctx.say(texts.NO_SUCH_JOB, job=job_id)
            return
        await _show(ctx, approvals, [job], "")
        return
    if member is not None:
        await _about_member(ctx, member, jobs, lookup, approvals, admin)
        return
    found = await _mine(jobs, ctx.user)
    if not found and admin:
        found = await jobs.recent(RECENT)
    if not found:
        await ctx.say(texts.STATUS_NONE)
        return
    await _show(ctx, approvals, found, texts.STATUS_RECENT(ctx.lang, n=min(RECENT, len(found))))


async def _about_member(
    ctx: Context, mention: str, jobs: JobStore, lookup: DirectoryLookup, approvals: ApprovalDesk, admin: bool
) -> None:
    resolution = await lookup.resolve(mention)
    if not resolution.candidates:
        await ctx.say(texts.WHO_UNKNOWN, name=mention)
        return
    per_member: dict[str, list[Job]] = {}
    for candidate in resolution.candidates[:5]:
        about = await jobs.about_member(candidate.member.userid, limit=20)
        visible = [j for j in about if admin or describe.involved(j, ctx.user)]
        if visible:
            per_member[candidate.member.userid] = visible
    names = People({c.member.userid: c.member for c in resolution.candidates}, ctx.lang)
    if resolution.status == "unique" or len(per_member) <= 1:
        userid = next(iter(per_member), resolution.candidates[0].member.userid)
        found = per_member.get(userid, [])
        if not found:
            await ctx.say(texts.STATUS_ABOUT_NONE, name=names.name(userid))
            return
        await _show(ctx, approvals, found, texts.STATUS_ABOUT(ctx.lang, name=names.name(userid)))
        return
    listed = names.names([c.member.userid for c in resolution.candidates if c.member.userid in per_member])
    await ctx.say(texts.WHO_AMBIGUOUS, name=mention, names=listed)


@router.intent("list")
async def list_jobs(ctx: Context, intent: Intent, jobs: JobStore, settings: Settings, approvals: ApprovalDesk) -> None:
    admin = ctx.user in settings.admins
    which = _slot(intent, "which")
    lang = ctx.lang
    if which == "pending_approvals" or (which is None and not admin):
        pending = await jobs.pending_for(ctx.user)
        if which is None:
            mine = await jobs.by_requester(ctx.user)
            if not pending and mine:
                await _list(ctx, approvals, mine, texts.LIST_MINE(lang, n=len(mine)))
                return
        if not pending:
            await ctx.say(texts.LIST_PENDING_NONE)
            return
        await _list(ctx, approvals, pending, texts.LIST_PENDING(lang, n=len(pending)))
        return
    if which == "my_requests":
        mine = await jobs.by_requester(ctx.user)
        if not mine:
            await ctx.say(texts.LIST_MINE_NONE)
            return
        await _list(ctx, approvals, mine, texts.LIST_MINE(lang, n=len(mine)))
        return
    if not admin:
        found = await _mine(jobs, ctx.user)
        if not found:
            await ctx.say(texts.STATUS_NONE)
            return
        await _list(ctx, approvals, found, texts.LIST_ALL_NOT_ADMIN(lang))
        return
    live = _newest(await jobs.list_states(LIVE_STATES))
    if not live:
        await ctx.say(texts.LIST_ALL_NONE)
        return
    await _list(ctx, approvals, live, texts.LIST_ALL(lang, n=len(live)))


async def _list(ctx: Context, approvals: ApprovalDesk, found: list[Job], head: str) -> None:
    people = await _people(approvals, found, ctx)
    await ctx.reply(describe.lines(head, found, people))


CANCEL_PICK = "jobs.cancel"
_YES = re.compile(r"^\s*(?:yes|y|ok|okay|confirm|是|是的|对|确认|好|好的|嗯)\s*[.!。！]*\s*$", re.IGNORECASE)
CANCEL_WHICH_ONE = T(
    zh="要撤回这个交接吗？\n{line}\n回复 1 确认；回复别的内容则保留。",
    en="Withdraw this handover?\n{line}\nReply 1 to confirm; anything else keeps it.",
)
CANCEL_WHICH = T(
    zh="你有 {n} 个进行中的交接，要撤回哪一个？请回复序号：\n{lines}",
    en="You have {n} handovers in progress. Which one should be withdrawn? Reply with its number:\n{lines}",
)
CANCEL_KEPT = T(zh="好的，交接保留不变。", en="OK, nothing was withdrawn.")


@router.intent("cancel")
async def cancel(ctx: Context, intent: Intent, jobs: JobStore, settings: Settings, approvals: ApprovalDesk) -> None:
    """"取消 H-1042" withdraws that job; a bare "不做了，取消吧" outside a dialog asks about the
    requester's own live jobs (one → a confirm question, several → a numbered question)."""
    job_id = _slot(intent, "job")
    if job_id is None:
        await _ask_which_to_cancel(ctx, jobs, approvals)
        return
    await _cancel(ctx, job_id, jobs, settings, approvals)


async def _ask_which_to_cancel(ctx: Context, jobs: JobStore, approvals: ApprovalDesk) -> None:
    live = _newest([j for j in await jobs.by_requester(ctx.user) if j.state in LIVE_STATES])[:RECENT]
    if not live:
        await ctx.say(common_texts.NOTHING_TO_CANCEL)
        return
    people = await _people(approvals, live, ctx)
    ctx.start_dialog(CANCEL_PICK, {"choices": [j.id for j in live]})
    if len(live) == 1:
        await ctx.say(CANCEL_WHICH_ONE, line=describe.line(live[0], people))
        return
    numbered = "\n".join(f"{i}. {describe.line(j, people)}" for i, j in enumerate(live, 1))
    await ctx.say(CANCEL_WHICH, n=len(live), lines=numbered)


@router.dialog(CANCEL_PICK)
async def cancel_chosen(
    ctx: Context, event: TextMessage, jobs: JobStore, settings: Settings, approvals: ApprovalDesk
) -> None:
    choices = [str(c) for c in (ctx.dialog.data.get("choices", []) if ctx.dialog else [])]
    ctx.end_dialog()
    number = parse_choice_number(event.content)
    if number is None and len(choices) == 1 and (_YES.match(event.content) or says_yes(event.content)):
        number = 1
    if number is None or not 1 <= number <= len(choices):
        await ctx.say(CANCEL_KEPT)
        return
    await _cancel(ctx, choices[number - 1], jobs, settings, approvals)


async def _cancel(ctx: Context, job_id: str, jobs: JobStore, settings: Settings, approvals: ApprovalDesk) -> None:
    admin = ctx.user in settings.admins
    job = await jobs.get(job_id)
    if job is None or not (admin or describe.involved(job, ctx.user)):
        await ctx.say(texts.NO_SUCH_JOB, job=job_id)
        return
    reply = await approvals.cancel(job_id, ctx.user, admin=admin, lang=ctx.lang)
    await ctx.reply(reply.text)
