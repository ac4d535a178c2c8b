"""A split job in words — the same on the approval card, in the preview, the status and the report:

    平均分配（按添加时间轮流）：
    · 王磊：125 位客户（含 2 位重要客户），12 个客户群
    · 杨洋：125 位客户（含 3 位重要客户）
Built from the job alone (names come in through ``name``), so any instance says the same.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.models.jobs import JobDraft
from bot.texts import Lang, T

HOW_EVEN = T(zh="平均分配（按添加时间轮流）：", en="Split evenly (round-robin by when each was added):")
HOW_EVEN_BY_ID = T(
    zh="平均分配（无备份，无法得知添加时间，按客户 ID 轮流）：",
    en="Split evenly (no backup tells when they were added: round-robin by customer id):",
)
HOW_TAG = T(
    zh="按标签分配：带“{tag}”的给{first}，其余给{rest}：",
    en="Split by tag: those tagged “{tag}” to {first}, the rest to {rest}:",
)
UNKNOWN_TAGS = T(
    zh="（其中 {n} 位客户不在备份里，无法得知标签，随其余客户给{rest}）",
    en="({n} customers are not in the backup, so their tags are unknown; they go with the rest to {rest})",
)
PART = T(zh="· {name}：{what}", en="· {name}: {what}")
PART_CUSTOMERS = T(zh="{n} 位客户", en="{n} customers")
PART_IMPORTANT = T(zh="（含 {n} 位重要客户：{names}）", en=" (incl. {n} important: {names})")
MORE_NAMES = T(zh="等", en=", …")
NAMES_SHOWN = 3  # per successor; the job's line lists up to ten
PART_GROUPS = T(zh="，{n} 个客户群", en=", {n} customer groups")
TAKEOVERS_SEP = T(zh="、", en=", ")


def split_lines(job: JobDraft, name: Callable[[str], str], lang: Lang) -> list[str]:
    """The split's head line and one line per successor; [] for a job without a split."""
    split = job.split
    if split is None:
        return []
    takeovers = split.takeovers
    if split.mode == "by_tag":
        head = HOW_TAG(lang, tag=split.tag, first=name(takeovers[0]), rest=name(takeovers[1]))
    else:
        head = (HOW_EVEN if split.ordered_by == "createtime" else HOW_EVEN_BY_ID)(lang)
    out = [head]
    for part in split.parts:
        what = PART_CUSTOMERS(lang, n=part.count)
        found = part.important
        if found is not None and found.count:
            names = TAKEOVERS_SEP(lang).join(found.names[:NAMES_SHOWN])
            names += MORE_NAMES(lang) if found.count > min(len(found.names), NAMES_SHOWN) else ""
            what += PART_IMPORTANT(lang, n=found.count, names=names)
        if "groups" in job.scope and part.takeover == job.group_takeover:
            what += PART_GROUPS(lang, n=job.group_count)
        out.append(PART(lang, name=name(part.takeover), what=what))
    if split.untagged_unknown:
        out.append(UNKNOWN_TAGS(lang, n=split.untagged_unknown, rest=name(takeovers[-1])))
    return out


def receivers(job: JobDraft, name: Callable[[str], str], lang: Lang) -> str:
    """'王磊、杨洋' (a split) or the one takeover's name."""
    return TAKEOVERS_SEP(lang).join(name(u) for u in job.takeovers)
