"""What the requester and approvers hear: the "submitted" milestone, pauses, the stop notice and
the final report (counts per outcome, takeover time range, who did not move and why — inline up
to ``INLINE_LINES`` lines, else a CSV file), in the job's language."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Final

from bot.engine.reasons import reason_text, status_text
from bot.models.jobs import Job
from bot.texts import Lang, T
from storage.transfers import Tally, TransferRecord

INLINE_LINES: Final = 10


@dataclass
class Summary:
    customers: int = 0
    customer_status: Counter[str] = field(default_factory=Counter)
    groups: int = 0
    group_status: Counter[str] = field(default_factory=Counter)
    first_takeover: float | None = None
    last_takeover: float | None = None
    not_moved: list[TransferRecord] = field(default_factory=list)
    started: int = 0  # customers the platform accepted (waiting, or final after that)
    # a split job: customer statuses per successor, in the split's order (who got whom)
    receivers: dict[str, Counter[str]] = field(default_factory=dict)

    @property
    def moved(self) -> int:
        return self.customer_status["taken_over"] + self.group_status["moved"]

    @property
    def failures(self) -> int:
        return len(self.not_moved)


def summarize(
    tally: Tally, not_moved: list[TransferRecord], receivers: dict[str, Counter[str]] | None = None
) -> Summary:
    """``not_moved``: the job's records in NOT_MOVED statuses (``TransferStore.records(id, NOT_MOVED)``);
    ``receivers``: a split job's customer statuses per successor (``by_receiver``)."""
    s = Summary(first_takeover=tally.first_takeover, last_takeover=tally.last_takeover,
                not_moved=list(not_moved), started=tally.started, receivers=dict(receivers or {}))  # fmt: skip
    for (kind, status), n in tally.counts.items():
        if kind == "c":
            s.customers += n
            s.customer_status[status] += n
        else:
            s.groups += n
            s.group_status[status] += n
    return s


def by_receiver(records: list[TransferRecord], order: list[str]) -> dict[str, Counter[str]]:
    """Customer statuses per receiver, in ``order`` (a split job's successors)."""
    out: dict[str, Counter[str]] = {u: Counter() for u in order}
    for r in records:
        if r.kind == "customer":
            out.setdefault(r.takeover, Counter())[r.status] += 1
    return out


def _when(ts: float, lang: Lang, tz: tzinfo) -> str:
    d = datetime.fromtimestamp(ts, tz)
    return d.strftime("%m-%d %H:%M") if lang == "zh" else d.strftime("%b %d %H:%M")


def _range(s: Summary, lang: Lang, tz: tzinfo) -> str:
    if s.first_takeover is None or s.last_takeover is None:
        return ""
    a, b = _when(s.first_takeover, lang, tz), _when(s.last_takeover, lang, tz)
    span = a if a == b else f"{a} – {b}"
    return f"（{span}）" if lang == "zh" else f" ({span})"


SUBMITTED = T(
    zh="{job} 已提交：{started} 位客户已发起接替（24 小时后自动完成，客户可拒绝）{groups}。我会跟进结果。",
    en="{job} submitted: takeover started for {started} customers (completes automatically after 24 h; "
    "customers may decline){groups}. I'll follow up on the results.",
)
GROUPS_MOVED = T(zh="，{n} 个客户群已转给{to}", en="; {n} customer groups moved to {to}")
NOT_STARTED = T(zh="另有 {n} 项未能发起，原因见最终报告。", en="{n} more could not be started; see the final report.")
DEFERRED = T(
    zh="{job}：平台限制每位原群主每天最多转移 300 个客户群，其余 {n} 个将于 {when} 自动继续。",
    en="{job}: the platform moves at most 300 groups per original owner per day; the other {n} "
    "continue automatically at {when}.",
)
PAUSED = T(
    zh="{job}：平台暂时限流，交接已暂停，将于 {when} 自动继续。",
    en="{job}: the platform is throttling us; the handover is paused and resumes by itself at {when}.",
)
# After a pause the requester was told about (the time keeps two resumes' texts apart: WeCom's
# duplicate check compares content).
RESUMED = T(zh="{job}：交接已于 {when} 继续。", en="{job}: the handover continued at {when}.")
STOPPED = T(
    zh="{job} 已按要求停止：{started} 位客户已发起接替、{groups} 个客户群已转移，这些不会撤回；"
    "其余 {rest} 项未发送。",
    en="{job} stopped as requested: takeover started for {started} customers and {groups} groups were "
    "moved — these stay moved; the other {rest} were not sent.",
)
NOTHING = T(zh="{handover}名下没有待分配的客户或客户群，{job} 已结束。",
            en="{handover} has no customers or customer groups to hand over; {job} is closed.")
SNAPSHOT_FAILED = T(zh="{job} 未能开始：读取{handover}的客户时平台拒绝（{why}）。",
                    en="{job} could not start: the platform refused to list {handover}'s customers ({why}).")
REASSIGN_HINT = T(
    zh="回复“把 {job} 未接替的客户交接给（同事姓名）”可重新分配。",
    en="Reply “reassign {job} leftovers to <name>” to re-assign.",
)


def submitted_text(job: Job, s: Summary, takeover: str) -> str:
    lang: Lang = job.lang
    moved = s.group_status["moved"]
    groups = GROUPS_MOVED(lang, n=moved, to=takeover) if moved else ""
    text = SUBMITTED(lang, job=job.id, started=s.started, groups=groups)
    not_started = sum(1 for r in s.not_moved if r.submitted_at is None)  # refusals come later
    if not_started:
        text += ("" if lang == "zh" else " ") + NOT_STARTED(lang, n=not_started)
    deferred = s.group_status["deferred"]
    if deferred:
        text += ("" if lang == "zh" else " ") + (
            f"{deferred} 个客户群因平台每日上限改日转移。" if lang == "zh"
            else f"{deferred} groups wait for another day (platform daily limit)."
        )
    return text


def stopped_text(job: Job, s: Summary) -> str:
    rest = s.customer_status["skipped"] + s.group_status["skipped"]
    return STOPPED(job.lang, job=job.id, started=s.started, groups=s.group_status["moved"], rest=rest)


@dataclass(frozen=True)
class Report:
    text: str
    attachment: tuple[str, bytes] | None = None  # (filename, CSV bytes)


def final_report(job: Job, s: Summary, *, handover: str, takeover: str, tz: tzinfo,
                 names: Mapping[str, str] | None = None) -> Report:  # fmt: skip
    """``names``: display names of a split job's successors (the report says who got whom)."""
    lang: Lang = job.lang
    cs, gs = s.customer_status, s.group_status
    zh = lang == "zh"
    if zh:
        head = f"{job.id} 完成：" if s.moved else f"{job.id} 未能完成："
    else:
        head = f"{job.id} done: " if s.moved else f"{job.id} did not move anyone: "
    parts: list[str] = []
    if s.receivers and cs["taken_over"]:
        who = names or {}
        each = [(f"{who.get(u, u)}接替 {c['taken_over']} 位" if zh else f"{c['taken_over']} by {who.get(u, u)}")
                for u, c in s.receivers.items()]  # fmt: skip
        parts.append(f"客户已接替：{'、'.join(each)}{_range(s, lang, tz)}" if zh
                     else f"customers taken over: {', '.join(each)}{_range(s, lang, tz)}")
    elif cs["taken_over"]:
        parts.append(f"{cs['taken_over']} 位客户已由{takeover}接替{_range(s, lang, tz)}" if zh
                     else f"{cs['taken_over']} customers taken over by {takeover}{_range(s, lang, tz)}")
    issues: list[str] = []
    if cs["refused"]:
        issues.append(f"{cs['refused']} 位拒绝" if zh else f"{cs['refused']} declined")
    if cs["capped"]:
        capped_by = takeover if not s.receivers else ("接替人" if zh else "their new owner")
        issues.append(f"{cs['capped']} 位因{capped_by}客户数已达上限未接替" if zh
                      else f"{cs['capped']} not taken over because {capped_by} reached the customer limit")
    if cs["failed"]:
        issues.append(f"{cs['failed']} 位未能发起" if zh else f"{cs['failed']} could not be started")
    if cs["no_record"]:
        issues.append(f"{cs['no_record']} 位无接替记录" if zh else f"{cs['no_record']} without a platform record")
    if cs["skipped"]:
        issues.append(f"{cs['skipped']} 位已跳过" if zh else f"{cs['skipped']} skipped")
    if gs["moved"]:
        parts_g = (f"{gs['moved']} 个客户群已转给{takeover}" if zh
                   else f"{gs['moved']} customer groups moved to {takeover}")
    else:
        parts_g = ""
    g_not = sum(gs[x] for x in ("failed", "skipped"))
    if g_not:
        issues.append(f"{g_not} 个客户群未能转移" if zh else f"{g_not} groups not moved")
    sep = "；" if zh else "; "
    body = sep.join(parts + issues)
    if parts_g:
        body = (body + sep if body else "") + parts_g
    if not body:
        body = "没有需要交接的客户" if zh else "nothing to hand over"
    lines = [f"· {_line(r, lang)}" for r in s.not_moved]
    attachment = None
    text = head + body
    if lines and len(lines) <= INLINE_LINES:
        text += ("。未转移：\n" if zh else ". Not moved:\n") + "\n".join(lines)
    elif lines:
        text += "（名单见附件）。" if zh else " (list attached)."
        name = f"{job.id}-未转移名单.csv" if zh else f"{job.id}-not-moved.csv"
        attachment = (name, records_csv(s.not_moved, lang, tz))
    else:
        text += "。" if zh else "."
    if any(r.kind == "customer" and r.status in ("refused", "capped", "failed", "no_record") for r in s.not_moved):
        text += "\n" + REASSIGN_HINT(lang, job=job.id)
    return Report(text=text, attachment=attachment)


def _line(r: TransferRecord, lang: Lang) -> str:
    if r.kind == "customer":
        what = "客户 " if lang == "zh" else "customer "
    else:
        what = "客户群 " if lang == "zh" else "group "
    why = reason_text(r.reason, lang) or status_text(r.status, lang)
    return f"{what}{r.id}{'：' if lang == 'zh' else ': '}{why}"


def records_csv(records: list[TransferRecord], lang: Lang, tz: tzinfo) -> bytes:
    """CSV with a BOM so spreadsheet apps open the Chinese text correctly."""
    out = io.StringIO()
    w = csv.writer(out)
    if lang == "zh":
        w.writerow(["任务", "类型", "ID", "交出人", "接替人", "状态", "原因", "发起时间", "接替时间"])
    else:
        w.writerow(["job", "type", "id", "handover", "takeover", "status", "reason", "submitted", "taken over"])

    def ts(v: float | None) -> str:
        return datetime.fromtimestamp(v, tz).isoformat(timespec="seconds") if v else ""

    for r in records:
        kind = (("客户" if r.kind == "customer" else "客户群") if lang == "zh" else r.kind)
        w.writerow([r.job_id, kind, r.id, r.handover, r.takeover, status_text(r.status, lang),
                    reason_text(r.reason, lang), ts(r.submitted_at), ts(r.takeover_time)])  # fmt: skip
    return out.getvalue().encode("utf-8-sig")
