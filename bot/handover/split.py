"""One member's customers among several successors (issue #19): who gets whom, and what stops it.

- evenly: round-robin over the book in a stable order — when each customer was added
  (createtime, then external_userid), customers nobody can date last by id; a departed member
  without a backup is ordered by id alone (the preview says so);
- by tag: customers carrying the tag (as the member tagged them: live for a member still here, his
  last backup for a departed one; "VIP" matches the tag name in any group, case aside, "客户等级:A类"
  that group only) go to the first successor, everyone else to the second. No tag to read (a
  departed member without backup) or nobody tagged stops the request, saying why.
Every successor is checked before anything is filed, and every problem is said at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.backup.book import Book
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.handover import texts
from bot.handover.prepare import takeover_blocker
from bot.texts import Lang, T
from storage.backup import BackedUpTag

SplitMode = Literal["even", "by_tag"]

SPLIT_SAME_PERSON = T(zh="{name}不能接收自己的客户。", en="{name} can't receive their own customers.")
SPLIT_TWICE = T(zh="{name}被指定了两次，请每位接替人只写一次。", en="{name} is named twice; name each successor once.")
SPLIT_REQUESTER = T(
    zh="你（{name}）是发起人，不能同时作为接替人：审批需要与接收人不同的人。",
    en="You ({name}) filed the request, so you can't also receive customers: approval needs someone else.",
)
SPLIT_BLOCKED = T(zh="这次分配不能提交：\n{lines}", en="This split can't be filed:\n{lines}")
SPLIT_GROUPS_TO = T(
    zh="客户群只能交给分到客户的接替人之一（{names}）。",
    en="The groups can only go to one of the successors ({names}).",
)
SPLIT_NO_TAGS = T(
    zh="{name}已离职，且没有客户备份，无法知道哪些客户带“{tag}”标签。可以改为平均分配。",
    en="{name} has left and there is no backup of his customers, so nobody can tell who is tagged “{tag}”. "
    "An even split still works.",
)
SPLIT_NO_TAGGED = T(
    zh="{name}的客户里没有带“{tag}”标签的。{known}",
    en="None of {name}'s customers is tagged “{tag}”. {known}",
)
SPLIT_KNOWN_TAGS = T(zh="他的客户带有这些标签：{tags}。", en="Their customers carry these tags: {tags}.")
SPLIT_ONLY_TAGGED = T(
    zh="{name}的客户都带“{tag}”标签，没有“其他”客户可分给{rest}。",
    en="All of {name}'s customers are tagged “{tag}”; there are none left for {rest}.",
)


@dataclass(frozen=True)
class Assignment:
    parts: dict[str, int]  # external_userid → successor index
    counts: tuple[int, ...]
    ordered_by: Literal["createtime", "id"] = "createtime"
    untagged_unknown: int = 0  # by tag: customers whose tags nobody knows (sent with the rest)


def successor_blockers(
    successors: Sequence[DirectoryMember], *, handover: DirectoryMember, requester: str, lang: Lang
) -> list[str]:
    """Everything that stops these successors, one line each, before anything is filed."""
    out: list[str] = []
    seen: set[str] = set()
    for member in successors:
        name = display_name(member, lang)
        if member.userid in seen:
            out.append(SPLIT_TWICE(lang, name=name))
            continue
        seen.add(member.userid)
        if member.userid == handover.userid:
            out.append(SPLIT_SAME_PERSON(lang, name=name))
        elif member.userid == requester:
            out.append(SPLIT_REQUESTER(lang, name=name))
        else:
            blocker = takeover_blocker(member, lang)
            if blocker is not None:
                out.append(blocker)
    return out


def blocked_text(lines: Sequence[str], lang: Lang) -> str:
    if len(lines) == 1:
        return lines[0]
    return SPLIT_BLOCKED(lang, lines="\n".join(f"· {line}" for line in lines))


def tag_matches(written: str, tag: BackedUpTag) -> bool:
    group, sep, name = written.rpartition(":")
    if sep and group.strip() != tag.group:
        return False
    return name.strip().casefold() == tag.name.casefold()


def assign_even(book: Book, n: int) -> Assignment:
    dated = sorted((c.createtime, c.external_userid) for c in book.described() if c.createtime)
    dated_ids = {eid for _, eid in dated}
    order = [eid for _, eid in dated] + sorted(i for i in book.ids if i not in dated_ids)
    parts = {eid: i % n for i, eid in enumerate(order)}
    counts = tuple(sum(1 for p in parts.values() if p == k) for k in range(n))
    return Assignment(parts, counts, "createtime" if book.source != "missing" else "id")


def assign_by_tag(book: Book, tag: str, *, name: str, rest: str, lang: Lang) -> Assignment | str:
    """The assignment, or why there is none (in words)."""
    if book.source == "missing":
        return SPLIT_NO_TAGS(lang, name=name, tag=tag)
    tagged = {c.external_userid for c in book.described() if any(tag_matches(tag, t) for t in c.tags)}
    if not tagged:
        names = sorted({t.name for c in book.described() for t in c.tags})
        known = SPLIT_KNOWN_TAGS(lang, tags=texts.NAME_SEP(lang).join(names[:12])) if names else ""
        return SPLIT_NO_TAGGED(lang, name=name, tag=tag, known=known).strip()
    if len(tagged) == len(book.ids):
        return SPLIT_ONLY_TAGGED(lang, name=name, tag=tag, rest=rest)
    parts = {eid: 0 if eid in tagged else 1 for eid in book.ids}
    counts = (len(tagged), len(book.ids) - len(tagged))
    return Assignment(parts, counts, untagged_unknown=book.unknown)
