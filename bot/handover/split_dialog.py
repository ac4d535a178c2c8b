"""The split conversation (issue #19): the source and every successor through the resolver — a
name that is more than one person is a numbered question, one at a time — then every blocker of
every successor said at once, then the assignment (bot/handover/split.py) and one job filed.
Called by ``Conversation.advance`` for a request with ``takeovers``; the dialog state is the
conversation's ``Pending``."""

from __future__ import annotations

from bot.directory.describe import display_name
from bot.handover import texts
from bot.handover.contract import HandoverRequest, SplitRequest
from bot.handover.conversation import NAME, PICK, Conversation, Pending
from bot.handover.counting import ContactCounter, path_for
from bot.handover.people import Ask, Describer, Picked, Role, find_person, unknown_member
from bot.handover.prepare import normalize_scope, nothing_text
from bot.handover.split import SPLIT_GROUPS_TO, assign_by_tag, assign_even, blocked_text, successor_blockers
from bot.texts import T
from bot.wecom.errors import WeComAPIError

SPLIT_UNAVAILABLE = T(
    zh="暂时无法分配给多位接替人（客户备份模块未启用），请稍后再试。",
    en="I can't split customers among several successors right now (the customer backup is not running).",
)


async def advance_split(conv: Conversation, pending: Pending) -> None:
    """The split's people: the source and every successor, each through the resolver (a
    name that is more than one person is a numbered question, one at a time)."""
    counter = ContactCounter(conv.client)
    describer = Describer(conv.ctx.lang, conv.tz, conv.clock.now())
    asks: list[tuple[Role, int | None, Ask]] = []
    stops: list[str] = []
    if pending.handover is None:
        if not pending.handover_mention:
            pending.asking, pending.choices = "handover", []
            conv.ctx.start_dialog(NAME, pending.data())
            return await conv.ctx.say(texts.ASK_HANDOVER_NAME)
        found = await find_person(pending.handover_mention, "handover", lookup=conv.lookup, counter=counter,
                                  describer=describer)  # fmt: skip
        if isinstance(found, Picked):
            pending.handover = found.member.userid
        elif isinstance(found, Ask):
            asks.append(("handover", None, found))
        else:
            stops.append(found.text)
    for i, mention in enumerate(pending.takeover_mentions):
        if pending.successors[i] is not None:
            continue
        found = await find_person(mention, "takeover", lookup=conv.lookup, counter=counter, describer=describer)
        if isinstance(found, Picked):
            pending.successors[i] = found.member.userid
        elif isinstance(found, Ask):
            asks.append(("takeover", i, found))
        else:
            stops.append(found.text)
    if stops:  # everything that ends the request, said at once
        return await conv.stop("\n".join(stops))
    if asks:
        role, index, question = asks[0]
        pending.asking, pending.asking_index, pending.choices = role, index, list(question.choices)
        conv.ctx.start_dialog(PICK, pending.data())
        return await conv.ctx.reply(question.text)
    conv.ctx.end_dialog()
    await _file_split(conv, pending, counter)

async def _file_split(conv: Conversation, pending: Pending, counter: ContactCounter) -> None:
    assert pending.handover is not None
    lang = conv.ctx.lang
    ids = [pending.handover, *(u for u in pending.successors if u)]
    members = await conv.directory.get_many(ids)
    handover = members.get(pending.handover) or unknown_member(pending.handover, None)
    successors = [members.get(u) or unknown_member(u, None) for u in pending.successors if u]
    problems = successor_blockers(successors, handover=handover, requester=conv.ctx.user, lang=lang)
    if not handover.departed and handover.out_of_visibility_since is not None:
        problems.insert(0, texts.HANDOVER_INVISIBLE(lang, name=display_name(handover, lang)))
    groups_to = None
    if pending.groups_to_mention:
        index = _mentioned(pending.groups_to_mention, pending.takeover_mentions)
        if index is None:
            names = texts.NAME_SEP(lang).join(display_name(m, lang) for m in successors)
            problems.append(SPLIT_GROUPS_TO(lang, names=names))
        else:
            groups_to = successors[index].userid
    if problems:
        return await conv.ctx.reply(blocked_text(problems, lang))
    books = conv.links.books
    if books is None:
        return await conv.ctx.say(SPLIT_UNAVAILABLE)
    name = display_name(handover, lang)
    try:
        book = await books.read(handover.userid, departed=handover.departed)
        groups = await counter.groups(handover) if "groups" in pending.scope else 0
    except WeComAPIError as exc:
        if exc.kind != "permanent":
            raise
        return await conv.ctx.reply(texts.CANNOT_READ(lang, name=name, why=f"{exc.errcode} {exc.errmsg}"))
    if not book.ids:
        return await conv.ctx.reply(nothing_text(handover, ["customers"], lang))
    if pending.split == "by_tag" and pending.tag:
        rest = display_name(successors[1], lang)
        assigned = assign_by_tag(book, pending.tag, name=name, rest=rest, lang=lang)
        if isinstance(assigned, str):
            return await conv.ctx.reply(assigned)
    else:
        assigned = assign_even(book, len(successors))
    split = SplitRequest(
        mode="by_tag" if pending.split == "by_tag" else "even", successors=tuple(successors),
        parts=assigned.parts, counts=assigned.counts, tag=pending.tag if pending.split == "by_tag" else None,
        groups_to=groups_to, ordered_by=assigned.ordered_by, untagged_unknown=assigned.untagged_unknown,
    )  # fmt: skip
    scope = normalize_scope(pending.scope)
    await conv.file(HandoverRequest(
        requester=conv.ctx.user, handover=handover, takeover=successors[0], path=path_for(handover),
        scope=scope if "customers" in scope else ("customers", *scope), customer_count=len(book.ids),
        group_count=groups, lang=lang, split=split,
    ))  # fmt: skip


def _mentioned(mention: str, mentions: list[str]) -> int | None:
    """Which successor a later mention names ("…，群给杨洋"): the same words as one of them."""
    folded = [m.casefold() for m in mentions]
    return folded.index(mention.casefold()) if mention.casefold() in folded else None
