"""Transfer records: "records for zhangwei" / "张伟的交接记录" / "H-1042 的交接记录".

Dependencies (by name): ``ctx``, ``intent``, ``lang``, ``transfers`` (storage.transfers.TransferStore),
``lookup`` (bot.directory.lookup.DirectoryLookup), ``jobs`` and ``settings``.
Who may see what: admins everything; others the jobs they take part in (requester, approver,
handover, takeover) and the records of themselves or of the members they lead.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo

from bot.directory.describe import display_name
from bot.directory.lookup import DirectoryLookup
from bot.dispatcher import Context
from bot.engine.reasons import reason_text, status_text
from bot.language import Intent
from bot.routing import Router
from bot.settings import Settings
from bot.texts import Lang, T
from storage.jobs import JobStore
from storage.transfers import NOT_MOVED, TransferRecord, TransferStore

router = Router("records")

MAX_JOBS = 10
MAX_LINES = 10

ASK_WHOSE = T(zh="要看谁的交接记录？例如：“张伟的交接记录”或“H-1042 的交接记录”。",
              en="Whose records? For example: “records for zhangwei” or “records for H-1042”.")
NO_JOB_RECORDS = T(zh="{job} 还没有交接记录（尚未开始执行）。", en="{job} has no transfer records yet (not started).")
NO_MEMBER_RECORDS = T(zh="{who}没有客户交接记录。", en="{who} has no transfer records.")
NOBODY = T(zh="找不到“{mention}”，请用全名或账号再试一次。",
           en="I can't find “{mention}”; try the full name or userid.")
WHICH = T(zh="“{mention}”有多位同名同事，请说全名或账号：{options}", en="Several people match “{mention}”; "
          "please use the full name or userid: {options}")
NOT_YOURS = T(zh="只有 HR 管理员和相关人员可以查看这些交接记录。",
              en="Only HR admins and the people involved can see these records.")
EXPORT_HINT = T(zh="完整名单可导出：wecom-handover export --job {job} --format csv",
                en="Full list: wecom-handover export --job {job} --format csv")


def _counts(records: list[TransferRecord], lang: Lang) -> str:
    c: Counter[str] = Counter(r.status for r in records)
    order = ["taken_over", "moved", "started", "refused", "capped", "failed", "no_record", "skipped", "deferred",
             "pending", "inflight"]  # fmt: skip
    sep = "、" if lang == "zh" else ", "
    return sep.join(f"{status_text(s, lang)} {c[s]}" for s in order if c[s])


def _receivers(records: list[TransferRecord]) -> list[str]:
    """Who received this job's customers (several for a split job)."""
    return list(dict.fromkeys(r.takeover for r in records if r.kind == "customer"))


def _split_lines(records: list[TransferRecord], receivers: list[str], lang: Lang) -> list[str]:
    """A split job: who got whom — each successor's customers by outcome."""
    if len(receivers) < 2:
        return []
    colon = "：" if lang == "zh" else ": "
    return [f"· {u}{colon}{_counts([r for r in records if r.kind == 'customer' and r.takeover == u], lang)}"
            for u in receivers]  # fmt: skip


def _date(ts: float | None, tz: tzinfo) -> str:
    return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d") if ts else "—"


async def job_summary(transfers: TransferStore, job_id: str, lang: Lang, tz: tzinfo) -> str:
    records = await transfers.records(job_id)
    if not records:
        return NO_JOB_RECORDS(lang, job=job_id)
    first = records[0]
    started = min((r.submitted_at for r in records if r.submitted_at), default=None)
    receivers = _receivers(records)
    to = ("、" if lang == "zh" else ", ").join(receivers) or first.takeover
    path = ("离职继承" if first.path == "resigned" else "在职继承") if lang == "zh" else (
        "resigned-member handover" if first.path == "resigned" else "on-job handover")
    head = (f"{job_id} · {first.handover} → {to} · {path} · {_date(started, tz)} · "
            f"{len(records)} {'项' if lang == 'zh' else 'items'}：" if lang == "zh" else
            f"{job_id} · {first.handover} → {to} · {path} · {_date(started, tz)} · "
            f"{len(records)} items: ")  # fmt: skip
    lines = [head + _counts(records, lang), *_split_lines(records, receivers, lang)]
    not_moved = [r for r in records if r.status in NOT_MOVED]
    colon = "：" if lang == "zh" else ": "
    for r in not_moved[:MAX_LINES]:
        lines.append(f"· {r.id}{colon}{reason_text(r.reason, lang) or status_text(r.status, lang)}")
    if len(not_moved) > MAX_LINES:
        lines.append(EXPORT_HINT(lang, job=job_id))
    return "\n".join(lines)


async def member_summary(transfers: TransferStore, userid: str, who: str, lang: Lang, tz: tzinfo) -> str:
    job_ids = (await transfers.jobs(member=userid))[-MAX_JOBS:][::-1]  # newest first
    if not job_ids:
        return NO_MEMBER_RECORDS(lang, who=who)
    lines = [f"{who}的交接记录（最近 {len(job_ids)} 个）：" if lang == "zh" else f"Transfer records of {who} "
             f"(latest {len(job_ids)}):"]  # fmt: skip
    for job_id in job_ids:
        records = await transfers.records(job_id)
        if not records:
            continue
        first = records[0]
        started = min((r.submitted_at for r in records if r.submitted_at), default=None)
        when = _date(started, tz)
        receivers = _receivers(records)
        to = ("、" if lang == "zh" else ", ").join(receivers) or first.takeover
        lines.append(f"· {job_id} {first.handover} → {to} · {when} · {_counts(records, lang)}")
        lines += [f"  {line}" for line in _split_lines(records, receivers, lang)]
    return "\n".join(lines)


async def _may_see_job(user: str, job_id: str, jobs: JobStore, settings: Settings) -> bool:
    if user in settings.admins:
        return True
    job = await jobs.get(job_id)
    return job is not None and user in {
        job.requester, job.handover, *job.takeovers, *job.approvers, *job.second_approvers
    }


@router.intent("records")
async def show_records(
    ctx: Context, intent: Intent, lang: Lang, transfers: TransferStore, lookup: DirectoryLookup,
    jobs: JobStore, settings: Settings,
) -> None:
    tz: tzinfo = settings.tz
    job = intent.slots.get("job")
    mention = intent.slots.get("member")
    if isinstance(job, str) and job:
        if not await _may_see_job(ctx.user, job, jobs, settings):
            await ctx.say(NOT_YOURS)
            return
        await ctx.reply(await job_summary(transfers, job, lang, tz))
        return
    if not isinstance(mention, str) or not mention:
        await ctx.say(ASK_WHOSE)
        return
    resolution = await lookup.resolve(mention, role="handover")
    if resolution.status == "ambiguous":
        options = "；".join(f"{c.member.name} {c.member.userid}" for c in resolution.candidates[:5])
        await ctx.say(WHICH, mention=mention, options=options)
        return
    best = resolution.best
    leaders: list[str] = []
    if best is not None:
        userid, who = best.member.userid, display_name(best.member, lang)
        leaders = list(best.member.direct_leaders)
    elif await transfers.jobs(member=mention):  # a userid the directory no longer knows
        userid, who = mention, mention
    else:
        await ctx.say(NOBODY, mention=mention)
        return
    if ctx.user not in settings.admins and ctx.user != userid and ctx.user not in leaders:
        await ctx.say(NOT_YOURS)
        return
    await ctx.reply(await member_summary(transfers, userid, who, lang, tz))
