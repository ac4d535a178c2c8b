"""A permission audit as a chat message (the key counts, names where few) and as an XLSX file
(every finding one row) — Chinese or English."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from bot.backup import xlsx
from bot.permissions.findings import CATEGORIES, Findings, JobLine, Leftover, Person
from bot.texts import Lang, T

NAMES_SHOWN = 5

TITLE = T(zh="权限审计 · {when}", en="Permission audit · {when}")
CONTACT = T(zh="客户联系权限：{n} 人", en="Customer-contact permission: {n} members")
RUNNERS = T(zh="本机器人管理员：{admins} 人；审批人：{approvers} 人",
            en="Admins of this bot: {admins}; approvers: {approvers}")
DEPARTED = T(zh="已离职仍有客户或客户群：{n} 人（客户 {customers}、群 {groups}）",
             en="Left but still own customers or groups: {n} (customers {customers}, groups {groups})")
DISABLED = T(zh="已禁用仍有客户或客户群：{n} 人（客户 {customers}、群 {groups}）",
             en="Disabled but still own customers or groups: {n} (customers {customers}, groups {groups})")
UNFINISHED = T(zh="已发起未完成的交接：{n} 个", en="Handovers started, not finished: {n}")
SELF_DECIDED = T(zh="申请人自己审批的交接：{n} 个（应为 0）", en="Approvals decided by the requester: {n} (must be 0)")
FIRST = T(zh="这是第一次权限审计，下次起会列出变化。",
          en="This is the first permission audit; the next one lists changes.")
SINCE = T(zh="与上次审计（{when}）相比：{changes}", en="Since the last audit ({when}): {changes}")
NO_CHANGE = T(zh="无变化", en="no change")
FILE_HINT = T(zh="明细见文件 {file}", en="Details in the file {file}")
NOTES = T(zh="未能读取：{notes}", en="Could not read: {notes}")
LABELS: dict[str, T] = {
    "contact": T(zh="客户联系权限", en="customer contact"),
    "admins": T(zh="管理员", en="admins"),
    "approvers": T(zh="审批人", en="approvers"),
    "departed": T(zh="已离职仍有客户/群", en="left, still owning"),
    "disabled": T(zh="已禁用仍有客户/群", en="disabled, still owning"),
    "unfinished": T(zh="未完成的交接", en="unfinished handovers"),
    "self_decided": T(zh="申请人自己审批", en="decided by requester"),
    "change": T(zh="变化", en="change"),
}
HEADINGS = {
    "zh": ["类别", "账号/编号", "姓名", "部门", "状态", "客户数", "群数", "时间", "说明"],
    "en": ["category", "userid/job", "name", "department", "status", "customers", "groups", "since", "detail"],
}


def _when(ts: float | None, tz: tzinfo) -> str:
    return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d %H:%M") if ts else ""


def filename(findings: Findings, tz: tzinfo, lang: Lang) -> str:
    day = datetime.fromtimestamp(findings.at, tz).strftime("%Y-%m-%d")
    return f"权限审计-{day}.xlsx" if lang == "zh" else f"permission-audit-{day}.xlsx"


def _few(rows: Sequence[Leftover | JobLine], lang: Lang) -> str:
    names = [getattr(r, "name", "") or getattr(r, "userid", "") or getattr(r, "id", "") for r in rows[:NAMES_SHOWN]]
    more = len(rows) - NAMES_SHOWN
    if more > 0:
        names.append(f"等 {len(rows)} 人" if lang == "zh" else f"and {more} more")
    return ("、" if lang == "zh" else ", ").join(names)


def message(findings: Findings, tz: tzinfo, lang: Lang) -> str:
    f = findings
    lines = [TITLE(lang, when=_when(f.at, tz)), CONTACT(lang, n=len(f.contact)),
             RUNNERS(lang, admins=len(f.admins), approvers=len(f.approvers))]
    for rows, text in ((f.departed, DEPARTED), (f.disabled, DISABLED)):
        lines.append(text(lang, n=len(rows), customers=sum(r.customers for r in rows),
                          groups=sum(r.groups for r in rows)))
        if rows:
            lines.append("  " + _few(rows, lang))
    lines.append(UNFINISHED(lang, n=len(f.unfinished)))
    lines.append(("⚠ " if f.self_decided else "") + SELF_DECIDED(lang, n=len(f.self_decided)))
    if f.self_decided:
        lines.append("  " + ("、" if lang == "zh" else ", ").join(j.id for j in f.self_decided))
    if f.previous_at is None:
        lines.append(FIRST(lang))
    else:
        sep = "；" if lang == "zh" else "; "
        changes = sep.join(f"{LABELS[c.category](lang)} +{len(c.added)} −{len(c.removed)}" for c in f.changes)
        lines.append(SINCE(lang, when=_when(f.previous_at, tz), changes=changes or NO_CHANGE(lang)))
    if f.notes:
        lines.append(NOTES(lang, notes="; ".join(f.notes[:NAMES_SHOWN])))
    lines.append(FILE_HINT(lang, file=filename(f, tz, lang)))
    return "\n".join(lines)


def rows(findings: Findings, tz: tzinfo, lang: Lang) -> list[list[xlsx.Cell]]:
    out: list[list[xlsx.Cell]] = [list(HEADINGS[lang])]
    f = findings

    def people(category: str, found: Sequence[Person]) -> None:
        for p in found:
            out.append([LABELS[category](lang), p.userid, p.name, p.department, p.status, "", "", "", ""])

    def owners(category: str, found: Sequence[Leftover]) -> None:
        status = "departed" if category == "departed" else "disabled"
        for r in found:
            out.append([LABELS[category](lang), r.userid, r.name, r.department, status, r.customers, r.groups,
                        _when(r.since, tz), ""])

    def jobs(category: str, found: Sequence[JobLine]) -> None:
        for j in found:
            detail = f"{j.requester}: {j.handover} → {j.takeover}"
            deciders = [a for a in dict.fromkeys([*j.approvals, j.decided_by]) if a]
            if deciders:
                detail += " · " + "/".join(deciders)
            out.append([LABELS[category](lang), j.id, "", "", j.state, "", "", _when(j.since, tz), detail])

    people("contact", f.contact)
    people("admins", f.admins)
    people("approvers", f.approvers)
    owners("departed", f.departed)
    owners("disabled", f.disabled)
    jobs("unfinished", f.unfinished)
    jobs("self_decided", f.self_decided)
    for c in sorted(f.changes, key=lambda c: CATEGORIES.index(c.category)):
        for userid in c.added:
            out.append([LABELS["change"](lang), userid, "", "", "", "", "", "", f"+ {LABELS[c.category](lang)}"])
        for userid in c.removed:
            out.append([LABELS["change"](lang), userid, "", "", "", "", "", "", f"− {LABELS[c.category](lang)}"])
    return out


def workbook(findings: Findings, tz: tzinfo, lang: Lang) -> bytes:
    return xlsx.workbook(rows(findings, tz, lang), sheet="权限审计" if lang == "zh" else "Permission audit")
