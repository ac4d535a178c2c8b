"""Who is meant: a mention → one member, a numbered question, or a plain "not found".

Never guesses (ARCHITECTURE.md): the directory's resolver decides "unique" only when exactly one
plausible member matched in the strongest tier; anything else is asked.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Literal

from bot.directory.describe import describe
from bot.directory.lookup import DirectoryLookup
from bot.directory.models import DirectoryMember
from bot.directory.resolve import Candidate
from bot.handover import texts
from bot.handover.counting import ContactCounter
from bot.texts import Lang
from bot.wecom.errors import WeComAPIError

log = logging.getLogger(__name__)

Role = Literal["handover", "takeover"]
MAX_LISTED = 9  # one digit to reply with
COUNTED = 5  # candidates whose customers are counted live for the question


@dataclass(frozen=True)
class Picked:
    member: DirectoryMember


@dataclass(frozen=True)
class Ask:
    """A numbered question; ``choices`` are the listed userids in order."""

    text: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class Stop:
    text: str


Found = Picked | Ask | Stop


@dataclass(frozen=True)
class Describer:
    lang: Lang
    tz: tzinfo
    now: float

    def line(self, member: DirectoryMember, customers: int | None = None, groups: int | None = None) -> str:
        return describe(member, self.lang, customers=customers, groups=groups or None, tz=self.tz, now=self.now)


async def find_person(
    mention: str, role: Role, *, lookup: DirectoryLookup, counter: ContactCounter, describer: Describer
) -> Found:
    resolution = await lookup.resolve(mention, role=role)
    lang = describer.lang
    if resolution.status == "unique":
        return Picked(resolution.candidates[0].member)
    if resolution.status == "none":
        if resolution.suggestions:
            lines = "\n".join(f"· {describer.line(c.member)}" for c in resolution.suggestions)
            return Stop(texts.NOT_FOUND_SUGGEST(lang, mention=mention, lines=lines))
        return Stop(f"{texts.NOT_FOUND(lang, mention=mention)}{_space(lang)}{texts.NOT_FOUND_HINT(lang)}")
    candidates = list(resolution.candidates)
    if role == "takeover":
        plausible = [c for c in candidates if c.plausible]
        if not plausible:
            lines = "\n".join(f"· {describer.line(c.member)}" for c in candidates[:MAX_LISTED])
            count = _count(len(candidates), lang)
            return Stop(texts.NONE_CAN_TAKE_OVER(lang, count=count, mention=mention, lines=lines))
        candidates = plausible
    listed = candidates[:MAX_LISTED]
    counts = await _counts(listed, counter) if role == "handover" else {}
    numbered = [
        f"{i}. {describer.line(c.member, *counts.get(c.member.userid, (None, None)))}"
        for i, c in enumerate(listed, start=1)
    ]
    # The resolver caps its list; members past the cap are hidden too.
    hidden = len(candidates) - len(listed) + max(resolution.total - len(resolution.candidates), 0)
    if hidden > 0:
        numbered.append(texts.MORE_MATCHES(lang, n=hidden))
    question = texts.ASK_WHICH_HANDOVER if role == "handover" else texts.ASK_WHICH_TAKEOVER
    numbers = "1 or 2" if len(listed) == 2 else f"1–{len(listed)}"
    text = question(
        lang,
        count=_count(len(listed) + max(hidden, 0), lang),
        mention=mention,
        lines="\n".join(numbered),
        reply=texts.REPLY_HINT_EN(lang, numbers=numbers),
    )
    return Ask(text=text.rstrip(), choices=tuple(c.member.userid for c in listed))


def _space(lang: Lang) -> str:
    return "" if lang == "zh" else " "


def _count(n: int, lang: Lang) -> str:
    if lang == "zh":
        return texts.CN_COUNTS.get(n, str(n))
    return texts.EN_COUNTS.get(n, str(n))


async def _counts(candidates: Sequence[Candidate], counter: ContactCounter) -> dict[str, tuple[int | None, int | None]]:
    """Live counts help the requester pick ("250 位客户" vs "0 位客户"); a failure only hides them."""
    out: dict[str, tuple[int | None, int | None]] = {}
    for c in candidates[:COUNTED]:
        customers: int | None
        groups: int | None
        try:
            customers = await counter.customers(c.member)
        except WeComAPIError as exc:
            log.info("no customer count for %s: %s", c.member.userid, exc)
            customers = None
        try:
            groups = await counter.groups(c.member) if c.member.customer_contact is not False else 0
        except WeComAPIError as exc:
            log.info("no group count for %s: %s", c.member.userid, exc)
            groups = None
        out[c.member.userid] = (customers, groups)
    return out


def unknown_member(userid: str, path: str | None) -> DirectoryMember:
    """A member the directory no longer holds (a re-assignment of an old job's leftovers)."""
    status: Literal["departed", "active"] = "departed" if path == "resigned" else "active"
    return DirectoryMember(userid=userid, status=status, known_only_by_id=True)
