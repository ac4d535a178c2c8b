"""The preview a requester reads once a handover is filed, and the replies for a live duplicate.

    交接预览 H-1042
    张伟（销售一部，已离职）→ 李娜（销售一部）
    离职继承：250 位客户，12 个客户群
    重要客户（VIP）：…                       (when HANDOVER_IMPORTANT_TAGS finds any)
    审批人：刘强（张伟的上级）；超过 200 位客户、含 5 位重要客户（VIP），还需孙红复核
    已提交审批，有结果会通知你。回复“取消 H-1042”可撤回。
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from bot.approvals.reasons import important_names, joined, second_reasons
from bot.approvals.split_words import split_lines
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.handover import texts
from bot.handover.contract import HandoverRequest
from bot.models.jobs import Job
from bot.texts import Lang

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def person(member: DirectoryMember, lang: Lang, tz: tzinfo) -> str:
    """'张伟（销售一部，已离职）' / 'Zhang Wei (Sales 1, left on Nov 20)' / '李娜（销售一部）'."""
    name = display_name(member, lang)
    dept = member.main_department_name(lang)
    if member.departed:
        if member.departed_at is None:
            template = texts.PERSON_DEPT_LEFT_NODATE if dept else texts.PERSON_LEFT_NODATE
            return template(lang, name=name, dept=dept)
        day = datetime.fromtimestamp(member.departed_at, tz)
        date = f"{_EN_MONTHS[day.month - 1]} {day.day}"
        template = texts.PERSON_DEPT_LEFT if dept else texts.PERSON_LEFT
        return template(lang, name=name, dept=dept, date=date)
    return texts.PERSON_DEPT(lang, name=name, dept=dept) if dept else name


def arrow(a: str, b: str) -> str:
    # no space after a full-width bracket: "张伟（销售一部，已离职）→ 李娜（销售一部）"
    return f"{a}→ {b}" if a.endswith("）") else f"{a} → {b}"


def counts(request: HandoverRequest, lang: Lang) -> str:
    parts: list[str] = []
    if "customers" in request.scope:
        one = request.customer_count == 1
        parts.append((texts.COUNT_CUSTOMER_ONE if one else texts.COUNT_CUSTOMERS)(lang, n=request.customer_count))
    if "groups" in request.scope:
        one = request.group_count == 1
        parts.append((texts.COUNT_GROUP_ONE if one else texts.COUNT_GROUPS)(lang, n=request.group_count))
    return ("，" if lang == "zh" else ", ").join(parts)


def names(userids: Sequence[str], people: Mapping[str, DirectoryMember], lang: Lang) -> str:
    return texts.NAME_SEP(lang).join(_name(u, people, lang) for u in userids)


def _name(userid: str, people: Mapping[str, DirectoryMember], lang: Lang) -> str:
    member = people.get(userid)
    return display_name(member, lang) if member is not None else userid


def approver_line(
    request: HandoverRequest, job: Job, people: Mapping[str, DirectoryMember], *, second_over: int
) -> str:
    """From the filed job itself, so the preview names exactly who got the cards."""
    lang = request.lang
    whose = display_name(request.handover, lang)
    first = [
        texts.MANAGER_OF(lang, name=_name(u, people, lang), whose=whose)
        if u in request.handover.direct_leaders
        else _name(u, people, lang)
        for u in job.approvers
    ]
    template = texts.APPROVER_LINE if len(first) == 1 else texts.APPROVERS_LINE
    line = template(lang, names=texts.NAME_SEP(lang).join(first))
    if job.needs_second_approval and job.second_approvers:
        second = names(job.second_approvers, people, lang)
        why = joined(second_reasons(job, second_over=second_over, lang=lang, name=whose), lang)
        line += texts.SECOND_WHY(lang, why=why, names=second) if why else texts.SECOND_PLAIN(lang, names=second)
    return line


def filed_preview(
    request: HandoverRequest,
    job: Job,
    people: Mapping[str, DirectoryMember],
    *,
    tz: tzinfo,
    second_over: int,
) -> str:
    lang = request.lang
    path = texts.PATH_RESIGNED if request.path == "resigned" else texts.PATH_ONJOB
    colon = "：" if lang == "zh" else ": "
    what = counts(request, lang)
    if request.parent_job:
        what += texts.LEFTOVERS_OF(lang, job=request.parent_job)
    receivers = {m.userid: m for m in request.receivers}
    to = texts.NAME_SEP(lang).join(person(m, lang, tz) for m in request.receivers)
    lines = [
        texts.PREVIEW_HEAD(lang, job=job.id),
        arrow(person(request.handover, lang, tz), to),
        f"{path(lang)}{colon}{what}",
        *split_lines(job, lambda u: _name(u, receivers, lang), lang),
    ]
    important = important_names(job, lang)
    if important is not None:
        lines.append(important)
    lines += [approver_line(request, job, people, second_over=second_over), texts.FILED_TAIL(lang, job=job.id)]
    return "\n".join(lines)


def duplicate_text(existing: Job, handover: DirectoryMember, lang: Lang) -> str:
    scope = set(existing.scope)
    what = texts.WHAT_BOTH if scope == {"customers", "groups"} else (
        texts.WHAT_GROUPS if scope == {"groups"} else texts.WHAT_CUSTOMERS
    )
    if lang == "en" and len(scope) > 1:
        what_text = "customers and customer groups"
    elif lang == "zh" and len(scope) > 1:
        what_text = "客户和客户群"
    else:
        what_text = what(lang)
    state = texts.STATE_LABELS.get(existing.state)
    return texts.DUPLICATE(
        lang,
        name=display_name(handover, lang),
        what=what_text,
        job=existing.id,
        state=state(lang) if state is not None else existing.state,
    )
