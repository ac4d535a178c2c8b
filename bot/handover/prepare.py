"""From two resolved people to a request ready for filing — or the reason it cannot be filed.

Reused by the checklist's one-tap handover after a departure: everything the conversation
checks up front lives here, so both entry points refuse the same things with the same words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.handover import texts
from bot.handover.contract import HandoverRequest
from bot.handover.counting import ContactCounter, ContactSource, path_for
from bot.texts import Lang, T
from bot.wecom.errors import WeComAPIError

ScopeItem = Literal["customers", "groups"]
_SCOPE_ORDER: tuple[ScopeItem, ...] = ("customers", "groups")


@dataclass(frozen=True)
class Blocked:
    """The request cannot go ahead; ``text`` says why, in the requester's language."""

    text: str


def takeover_blocker(takeover: DirectoryMember, lang: Lang) -> str | None:
    """Why this member cannot receive customers (API.md §8: the new owner must be active,
    inside the app's visibility and configured for customer contact), or None."""
    name = display_name(takeover, lang)
    reason: T | None = None
    if takeover.departed:
        reason = texts.TAKEOVER_DEPARTED
    elif takeover.status == "disabled":
        reason = texts.TAKEOVER_DISABLED
    elif takeover.status == "inactive":
        reason = texts.TAKEOVER_INACTIVE
    elif takeover.out_of_visibility_since is not None:
        reason = texts.TAKEOVER_INVISIBLE
    elif takeover.customer_contact is False:
        reason = texts.TAKEOVER_NO_CONTACT
    return reason(lang, name=name) if reason is not None else None


def normalize_scope(scope: Sequence[str]) -> tuple[ScopeItem, ...]:
    wanted = set(scope)
    picked = tuple(item for item in _SCOPE_ORDER if item in wanted)
    return picked or ("customers",)


def nothing_text(member: DirectoryMember, scope: Sequence[str], lang: Lang) -> str:
    what = (
        texts.WHAT_BOTH if len(scope) > 1 else texts.WHAT_GROUPS if scope[0] == "groups" else texts.WHAT_CUSTOMERS
    )
    template = texts.NOTHING_RESIGNED if member.departed else texts.NOTHING_ONJOB
    return template(lang, name=display_name(member, lang), what=what(lang))


async def prepare_handover(
    *,
    requester: str,
    handover: DirectoryMember,
    takeover: DirectoryMember,
    scope: tuple[str, ...],
    lang: Lang,
    client: ContactSource,
    subset: Sequence[str] | None = None,
    parent_job: str | None = None,
    counter: ContactCounter | None = None,
) -> HandoverRequest | Blocked:
    """Check the blockers, count what would move, and build the request for the filer.

    Transient WeCom errors propagate (the inbox retries the event); permanent ones become a
    Blocked with a plain explanation.
    """
    if handover.userid == takeover.userid:
        return Blocked(texts.SAME_PERSON(lang, name=display_name(handover, lang)))
    blocker = takeover_blocker(takeover, lang)
    if blocker is not None:
        return Blocked(blocker)
    if not handover.departed and handover.out_of_visibility_since is not None:
        return Blocked(texts.HANDOVER_INVISIBLE(lang, name=display_name(handover, lang)))
    items: tuple[ScopeItem, ...] = ("customers",) if subset is not None else normalize_scope(scope)
    counter = counter or ContactCounter(client)
    customers = groups = 0
    try:
        if subset is not None:
            customers = len(dict.fromkeys(subset))
        elif "customers" in items:
            customers = await counter.customers(handover)
        if "groups" in items:
            groups = await counter.groups(handover)
    except WeComAPIError as exc:
        if exc.kind != "permanent":
            raise
        return Blocked(texts.CANNOT_READ(lang, name=display_name(handover, lang), why=f"{exc.errcode} {exc.errmsg}"))
    if customers == 0 and groups == 0:
        return Blocked(nothing_text(handover, items, lang))
    return HandoverRequest(
        requester=requester,
        handover=handover,
        takeover=takeover,
        path=path_for(handover),
        scope=items,
        customer_count=customers,
        group_count=groups,
        lang=lang,
        subset=tuple(dict.fromkeys(subset)) if subset is not None else None,
        parent_job=parent_job,
    )
