"""The chat side of checklists: start offboarding (resolve people, ask when ambiguous), tick by
text, show, snooze. Handlers in handlers/checklist.py only pass the dependencies in.

Dialog states (data is JSON in the conversation store):
- ``checklist.pick_person``: a numbered list of people was shown for ``field`` (member|successor).
- ``checklist.pick_list``: the user is on several checklists; which one a tick is for.
- ``checklist.pick_show``: several people match a "X的清单" request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bot.checklists import texts
from bot.checklists.format import (
    day_label,
    moment_label,
    owner_label,
    owner_summary,
    reminder_lines,
    status_text,
    title,
)
from bot.checklists.service import ChecklistService, TickOutcome, may_view, tickable
from bot.checklists.workdays import on_or_before
from bot.directory.describe import describe, display_name
from bot.directory.lookup import DirectoryLookup
from bot.directory.models import DirectoryMember
from bot.directory.resolve import Resolution, Role, match_choice, parse_choice_number
from bot.dispatcher import Context
from bot.handover.prepare import takeover_blocker
from bot.language import SELF_WORDS, Intent
from bot.texts import Lang
from storage.checklists import Checklist

PICK_PERSON = "checklist.pick_person"
PICK_LIST = "checklist.pick_list"
PICK_SHOW = "checklist.pick_show"
STATES = (PICK_PERSON, PICK_LIST, PICK_SHOW)

_MAX_LISTED = 9
FAR_AHEAD_DAYS = 183


def _lang(value: object) -> Lang:
    return "en" if value == "en" else "zh"


@dataclass
class Chat:
    ctx: Context
    checklists: ChecklistService
    lookup: DirectoryLookup

    @property
    def lang(self) -> Lang:
        return _lang(self.ctx.lang)

    @property
    def admins(self) -> tuple[str, ...]:
        return tuple(self.checklists.settings.admins)

    # --- starting ---------------------------------------------------------------------------------
    async def offboard(self, intent: Intent) -> None:
        slots = intent.slots
        mention = slots.get("member")
        if not isinstance(mention, str) or not mention.strip():
            await self.ctx.say(texts.ASK_WHO)
            return
        data: dict[str, Any] = {
            "member_mention": mention.strip(),
            "successor_mention": slots["successor"] if isinstance(slots.get("successor"), str) else None,
            "last_day": slots["last_day"] if isinstance(slots.get("last_day"), str) else None,
            "member": self.ctx.user if mention.strip().lower() in SELF_WORDS else None,
            "successor": None,
        }
        await self.advance(data)

    async def advance(self, data: dict[str, Any]) -> None:
        """Resolve the member, then the successor; ask, stop, or create."""
        steps: tuple[tuple[str, Role], ...] = (("member", "any"), ("successor", "takeover"))
        for field, role in steps:
            mention = data.get(f"{field}_mention")
            if data.get(field) or not mention:
                continue
            resolution = await self.lookup.resolve(mention, role=role)
            if field == "member" and self.ctx.user not in self.admins:
                # Not an admin: only their own checklist, and no peeking at other people's lines.
                if any(c.member.userid == self.ctx.user for c in resolution.candidates):
                    data["member"] = self.ctx.user
                    continue
                await self._stop(await self._not_admin_text())
                return
            picked = await self._pick(resolution, mention, field, role, data)
            if picked is None:
                return
            if field == "successor":
                blocker = takeover_blocker(picked, self.lang)
                if blocker is not None:
                    await self._stop(blocker)
                    return
            data[field] = picked.userid
        self.ctx.end_dialog()
        await self.create(data)

    async def _pick(
        self, resolution: Resolution, mention: str, field: str, role: Role, data: dict[str, Any]
    ) -> DirectoryMember | None:
        best = resolution.best
        if best is not None and best.plausible and best.match not in ("fuzzy", "homophone"):
            return best.member
        if best is not None and not best.plausible and role == "takeover":
            return best.member  # the caller says why this person cannot take over
        candidates = resolution.candidates[:_MAX_LISTED]
        if resolution.status == "none" or not candidates:
            if resolution.suggestions:
                sep = "、" if self.lang == "zh" else " or "
                names = sep.join(display_name(s.member, self.lang) for s in resolution.suggestions)
                await self._stop(texts.NOT_FOUND_SUGGEST(self.lang, mention=mention, suggestions=names))
            else:
                await self._stop(texts.NOT_FOUND(self.lang, mention=mention))
            return None
        tz, now = self.checklists.settings.tz, self.checklists.clock.now()
        lines = "\n".join(
            f"{n}. {describe(c.member, self.lang, tz=tz, now=now)}" for n, c in enumerate(candidates, start=1)
        )
        self.ctx.start_dialog(PICK_PERSON, {**data, "field": field, "choices": [c.member.userid for c in candidates]})
        await self.ctx.say(texts.PICK_PERSON, n=len(candidates), mention=mention, lines=lines)
        return None

    async def answer_pick(self, data: dict[str, Any], answer: str) -> None:
        choices = [str(u) for u in data.get("choices", [])]
        found = await self.checklists.directory.get_many(choices)
        listed = [found[u] for u in choices if u in found]
        chosen = match_choice(answer, listed)
        if chosen is None:
            self.ctx.start_dialog(PICK_PERSON, data)
            await self.ctx.say(texts.PICK_AGAIN, n=len(listed))
            return
        field = str(data.get("field"))
        rest = {k: v for k, v in data.items() if k not in ("field", "choices")}
        if field == "successor":
            blocker = takeover_blocker(chosen, self.lang)
            if blocker is not None:
                await self._stop(blocker)
                return
        rest[field] = chosen.userid
        await self.advance(rest)

    async def create(self, data: dict[str, Any]) -> None:
        service = self.checklists
        member_id = str(data["member"])
        if member_id != self.ctx.user and self.ctx.user not in self.admins:
            await self.ctx.reply(await self._not_admin_text())
            return
        people = await service.directory.get_many([member_id, *([data["successor"]] if data.get("successor") else [])])
        member = people.get(member_id)
        if member is None:
            await self.ctx.say(texts.NOT_FOUND, mention=data.get("member_mention") or member_id)
            return
        name = display_name(member, self.lang)
        if member.departed:
            await self.ctx.say(texts.ALREADY_LEFT, name=name)
            return
        if not data.get("last_day"):
            await self.ctx.say(texts.ASK_DAY, name=name)
            return
        given = date.fromisoformat(str(data["last_day"]))
        last_day = on_or_before(given)
        if last_day < service.today():
            await self.ctx.say(texts.PAST_DAY, day=day_label(given, self.lang))
            return
        if last_day > service.today() + timedelta(days=FAR_AHEAD_DAYS):
            # "11月20日" said after Nov 20 reads as next year: more likely a slip than a plan.
            await self.ctx.say(texts.FAR_DAY, year=given.year, day=day_label(given, self.lang))
            return
        successor = people.get(str(data["successor"])) if data.get("successor") else None
        checklist, created = await service.create(
            requester=self.ctx.user, member=member, last_day=last_day, successor=successor, lang=self.lang
        )
        if not created:
            await self.ctx.say(texts.ALREADY_OPEN, name=name, id=checklist.id, left=len(checklist.open_items),
                               day=day_label(checklist.last_day, self.lang))
            return
        names = await service.checklist_names(checklist, self.lang)
        dept = member.main_department_name(self.lang)
        made = texts.CREATED if dept else texts.CREATED_NO_DEPT
        parts = []
        if last_day != given:
            parts.append(texts.WEEKEND_SHIFT(self.lang, given=day_label(given, self.lang),
                                             day=day_label(last_day, self.lang)))
        parts.append(made(self.lang, name=name, dept=dept, day=day_label(last_day, self.lang),
                          count=len(checklist.items), owners=owner_summary(checklist, names, self.lang)))
        if successor is not None:
            parts.append(texts.SUCCESSOR_NOTE(self.lang, name=display_name(successor, self.lang)))
        await self.ctx.reply("".join(parts) if self.lang == "zh" else " ".join(parts))

    # --- ticking by text --------------------------------------------------------------------------
    async def tick_request(self, action: str, item: int | None) -> None:
        lists = await self.checklists.involving(self.ctx.user)
        if not lists:
            await self.ctx.say(texts.NO_CHECKLIST)
            return
        own = [c for c in lists if c.member == self.ctx.user]
        if own or len(lists) == 1:
            await self.tick(own[0] if own else lists[0], action, item)
            return
        names = await self.checklists.names([c.member for c in lists], self.lang)
        lines = "\n".join(f"{n}. {names[c.member]} · {c.id}" for n, c in enumerate(lists, start=1))
        self.ctx.start_dialog(PICK_LIST, {"ids": [c.id for c in lists], "action": action, "item": item})
        await self.ctx.say(texts.PICK_CHECKLIST, n=len(lists), lines=lines)

    async def answer_list(self, data: dict[str, Any], answer: str) -> None:
        ids = [str(i) for i in data.get("ids", [])]
        n = parse_choice_number(answer.strip())
        if n is None or not 1 <= n <= len(ids):
            self.ctx.start_dialog(PICK_LIST, data)
            await self.ctx.say(texts.PICK_AGAIN, n=len(ids))
            return
        checklist = await self.checklists.store.get(ids[n - 1])
        if checklist is None or checklist.status != "open":
            await self.ctx.say(texts.NO_CHECKLIST)
            return
        item = data.get("item")
        await self.tick(checklist, str(data.get("action")), item if isinstance(item, int) else None)

    async def tick(self, checklist: Checklist, action: str, item: int | None) -> None:
        done = action != "undo"
        lang = self.lang
        if item is None:
            mine = [i for i in tickable(checklist, self.ctx.user) if i.done != done]
            if done and len(mine) == 1:
                item = mine[0].n
            else:
                lines = reminder_lines(mine, self.checklists.today(), lang) if mine else []
                await self.ctx.say(texts.WHICH_ITEM, lines="\n".join(lines))
                return
        outcome = await self.checklists.tick(checklist.id, self.ctx.user, item, done=done)
        if outcome is None:
            await self.ctx.say(texts.NO_CHECKLIST)
            return
        await self.ctx.reply(await self._tick_text(outcome, item))

    async def _tick_text(self, outcome: TickOutcome, n: int) -> str:
        lang, c, item = self.lang, outcome.checklist, outcome.item
        names = await self.checklists.checklist_names(c, lang)
        if outcome.status == "closed":
            return texts.CHECKLIST_CLOSED(lang, name=names.get(c.member, c.member))
        if outcome.status == "no_item" or item is None:
            return texts.NO_SUCH_ITEM(lang, n=n, total=len(c.items))
        if outcome.status == "not_yours":
            return texts.NOT_YOURS(lang, n=n, owner=owner_label(item, names, lang))
        if outcome.status == "already":
            who = names.get(item.done_by or "", item.done_by or "?")
            return texts.ALREADY_DONE(lang, n=n, who=who, when=moment_label(item.done_at or 0, lang,
                                                                               self.checklists.settings.tz))
        if outcome.status == "not_done":
            return texts.NOT_DONE_YET(lang, n=n)
        left = len(c.open_items)
        if outcome.status == "undone":
            return texts.UNTICKED(lang, n=n, title=title(item, lang), left=left)
        if left == 0:
            return texts.TICKED_ALL(lang, n=n, title=title(item, lang))
        return texts.TICKED(lang, n=n, title=title(item, lang), left=left)

    # --- showing ----------------------------------------------------------------------------------
    async def show(self, mention: str | None) -> None:
        if mention and mention.strip().lower() not in SELF_WORDS:
            await self.show_for(mention.strip())
            return
        lists = await self.checklists.involving(self.ctx.user)
        if not lists:
            await self.ctx.say(texts.NO_CHECKLIST)
            return
        for checklist in lists:
            names = await self.checklists.names([checklist.member], self.lang)
            if checklist.member == self.ctx.user:
                await self.ctx.say(texts.MY_CHECKLIST, left=len(checklist.open_items), total=len(checklist.items),
                                   day=day_label(checklist.last_day, self.lang))
            else:
                mine = [i for i in tickable(checklist, self.ctx.user) if not i.done]
                await self.ctx.say(texts.MY_ITEMS, name=names[checklist.member], left=len(mine))
            await self.checklists.send_card(checklist, self.ctx.user)

    async def show_for(self, mention: str) -> None:
        resolution = await self.lookup.resolve(mention, role="any")
        with_lists = []
        for candidate in resolution.candidates[:_MAX_LISTED]:
            if await self.checklists.store.for_member(candidate.member.userid):
                with_lists.append(candidate.member)
        if resolution.status == "none" or not resolution.candidates:
            await self.ctx.say(texts.NOT_FOUND, mention=mention)
            return
        if len(with_lists) == 1 or (resolution.best is not None and not with_lists):
            await self.show_member(with_lists[0] if with_lists else resolution.candidates[0].member)
            return
        people = with_lists or [c.member for c in resolution.candidates[:_MAX_LISTED]]
        tz, now = self.checklists.settings.tz, self.checklists.clock.now()
        lines = "\n".join(f"{n}. {describe(m, self.lang, tz=tz, now=now)}" for n, m in enumerate(people, start=1))
        self.ctx.start_dialog(PICK_SHOW, {"choices": [m.userid for m in people]})
        await self.ctx.say(texts.PICK_PERSON, n=len(people), mention=mention, lines=lines)

    async def answer_show(self, data: dict[str, Any], answer: str) -> None:
        choices = [str(u) for u in data.get("choices", [])]
        found = await self.checklists.directory.get_many(choices)
        listed = [found[u] for u in choices if u in found]
        chosen = match_choice(answer, listed)
        if chosen is None:
            self.ctx.start_dialog(PICK_SHOW, data)
            await self.ctx.say(texts.PICK_AGAIN, n=len(listed))
            return
        await self.show_member(chosen)

    async def show_member(self, member: DirectoryMember) -> None:
        name = display_name(member, self.lang)
        lists = await self.checklists.store.for_member(member.userid)
        if not lists:
            await self.ctx.say(texts.NO_CHECKLIST_FOR, name=name)
            return
        checklist = lists[0]
        if not may_view(checklist, self.ctx.user, self.admins):
            await self.ctx.say(texts.STATUS_NOT_ALLOWED, name=name)
            return
        names = await self.checklists.checklist_names(checklist, self.lang)
        await self.ctx.reply(status_text(checklist, names, self.lang, self.checklists.settings.tz,
                                         self.checklists.today()))

    # --- snooze -----------------------------------------------------------------------------------
    async def snooze(self, until_iso: str | None) -> None:
        today = self.checklists.today()
        until = date.fromisoformat(until_iso) if until_iso else today + timedelta(days=1)
        if until <= today:
            until = today + timedelta(days=1)
        touched = await self.checklists.snooze(self.ctx.user, until)
        if not touched:
            await self.ctx.say(texts.SNOOZE_NOTHING)
            return
        await self.ctx.say(texts.SNOOZED, day=day_label(until, self.lang))

    # --- helpers ----------------------------------------------------------------------------------
    async def _stop(self, text: str) -> None:
        self.ctx.end_dialog()
        await self.ctx.reply(text)

    async def _not_admin_text(self) -> str:
        if not self.admins:
            return texts.NOT_ADMIN(self.lang, admins=texts.NO_ADMINS(self.lang))
        names = await self.checklists.names(self.admins, self.lang)
        sep = "、" if self.lang == "zh" else ", "
        return texts.NOT_ADMIN(self.lang, admins=sep.join(names[a] for a in self.admins))
