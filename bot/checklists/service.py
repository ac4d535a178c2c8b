"""Checklist business rules: create from the template, tick/untick (by text or card), snooze,
who may see and tick what, and the cards. Handlers, reminders and the departure flow call this.

Permissions: the departing member may tick every item; anyone else only the items they own
(manager items → the member's direct leaders; hr → the HR admins; it → the template's it_owners,
else the HR admins). Viewing the record: the member, the owners, the managers and the HR admins.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.checklists import texts
from bot.checklists.cards import checklist_card, new_task_id
from bot.checklists.format import day_label, title
from bot.checklists.templates import Template
from bot.checklists.workdays import local_day, next_reminder, on_or_before, parse_hhmm, shift
from bot.clock import Clock
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.longconn.cards import BotCards
from bot.outbox import Postman
from bot.settings import Settings
from bot.texts import Lang
from bot.timers import coalesce_key
from bot.wecom import WeComClient
from storage.checklists import CardState, Checklist, ChecklistItem, ChecklistStore, LogEntry
from storage.directory import DirectoryStore
from storage.outbox import OutboxStore
from storage.timers import TimerStore

log = logging.getLogger(__name__)

REMINDER_KIND = "checklist_reminder"
_MAX_CARDS_KEPT = 30

TickStatus = Literal["done", "undone", "already", "not_done", "no_item", "not_yours", "closed"]


@dataclass(frozen=True)
class TickOutcome:
    status: TickStatus
    checklist: Checklist
    item: ChecklistItem | None = None
    completed_now: bool = False


def series_id(checklist_id: str) -> str:
    return coalesce_key(REMINDER_KIND, checklist_id)


def can_tick(checklist: Checklist, user: str, item: ChecklistItem) -> bool:
    return user == checklist.member or user in item.owners


def tickable(checklist: Checklist, user: str) -> tuple[ChecklistItem, ...]:
    return tuple(i for i in checklist.items if can_tick(checklist, user, i))


def may_view(checklist: Checklist, user: str, admins: Iterable[str]) -> bool:
    return (
        user == checklist.member
        or user in checklist.managers
        or user in set(admins)
        or any(user in i.owners for i in checklist.items)
    )


class ChecklistService:
    def __init__(
        self,
        *,
        store: ChecklistStore,
        template: Template,
        settings: Settings,
        client: WeComClient,
        clock: Clock,
        directory: DirectoryStore,
        timers: TimerStore,
        outbox: Postman | None = None,
        bot_cards: BotCards | None = None,
    ) -> None:
        self.store = store
        self.bot_cards = bot_cards  # over the intelligent bot's connection, for who has messaged it
        # notices that must arrive once (completion, reminders, the last-day summary)
        self.outbox = outbox or Postman(OutboxStore(client.redis, client.keys), client)
        self.template = template
        self.settings = settings
        self.client = client
        self.clock = clock
        self.directory = directory
        self.timers = timers
        self.reminder_time = parse_hhmm(settings.reminder_time)

    # --- small helpers -------------------------------------------------------------------
    def today(self) -> date:
        return local_day(self.clock.now(), self.settings.tz)

    async def names(self, userids: Iterable[str], lang: Lang) -> dict[str, str]:
        ids = list(dict.fromkeys(u for u in userids if u))
        found = await self.directory.get_many(ids)
        return {u: display_name(found[u], lang) if u in found else u for u in ids}

    async def checklist_names(self, checklist: Checklist, lang: Lang) -> dict[str, str]:
        people = [checklist.member, *checklist.managers]
        if checklist.successor:
            people.append(checklist.successor)
        for item in checklist.items:
            people.extend(item.owners)
            if item.done_by:
                people.append(item.done_by)
        return await self.names(people, lang)

    # --- creating --------------------------------------------------------------------------
    def effective_last_day(self, given: date) -> date:
        return on_or_before(given)

    def build(
        self, new_id: str, *, requester: str, member: DirectoryMember, last_day: date,
        successor: DirectoryMember | None, lang: Lang,
    ) -> Checklist:
        admins = tuple(self.settings.admins)
        managers = tuple(member.direct_leaders)
        owners_by_role = {
            "member": (member.userid,),
            "manager": managers or admins,
            "hr": admins,
            "it": tuple(self.template.it_owners) or admins,
        }
        today = self.today()
        fill = {
            lang_: {
                "member": display_name(member, lang_),
                "successor": display_name(successor, lang_) if successor else texts.THE_SUCCESSOR(lang_),
            }
            for lang_ in ("zh", "en")
        }
        items = []
        for n, t in enumerate(self.template.items, start=1):
            due = max(shift(last_day, t.due), today)
            items.append(
                ChecklistItem(
                    n=n, key=t.key, title_zh=t.title.zh, title_en=t.title.en,
                    detail_zh=t.detail.zh.format(**fill["zh"]), detail_en=t.detail.en.format(**fill["en"]),
                    owner_role=t.owner, owners=owners_by_role[t.owner], due=due.isoformat(),
                )
            )
        escalate_from = max(shift(last_day, -self.template.escalate_days_before), today)
        return Checklist(
            id=new_id, member=member.userid, created_by=requester, created_at=self.clock.now(),
            last_day=last_day.isoformat(), escalate_from=escalate_from.isoformat(), lang=lang,
            template=self.template.name, successor=successor.userid if successor else None,
            managers=managers, items=tuple(items),
        )

    async def create(
        self, *, requester: str, member: DirectoryMember, last_day: date, successor: DirectoryMember | None, lang: Lang
    ) -> tuple[Checklist, bool]:
        checklist, created = await self.store.create(
            lambda new_id: self.build(new_id, requester=requester, member=member, last_day=last_day,
                                      successor=successor, lang=lang)
        )
        if created:
            await self.schedule_series(checklist)
            await self.send_card(checklist, checklist.member)
        return checklist, created

    # --- the reminder series -----------------------------------------------------------------
    async def schedule_series(self, checklist: Checklist) -> bool:
        """Schedule the next working-day reminder, unless it would fall after the last day."""
        due = next_reminder(self.clock.now(), self.settings.tz, self.reminder_time)
        if local_day(due, self.settings.tz) > date.fromisoformat(checklist.last_day):
            await self.timers.cancel(series_id(checklist.id))
            return False
        await self.timers.schedule(series_id(checklist.id), due, REMINDER_KIND, {"checklist": checklist.id})
        return True

    # --- cards -------------------------------------------------------------------------------
    async def send_card(self, checklist: Checklist, user: str) -> str | None:
        """Send ``user`` the card with the items they may tick (all of them for the member)."""
        items = checklist.items if user == checklist.member else tickable(checklist, user)
        if not items:
            return None
        lang: Lang = checklist.lang
        task_id = new_task_id(checklist.id)
        names = await self.names([checklist.member], lang)
        card = checklist_card(checklist, items, task_id=task_id, lang=lang, member_name=names[checklist.member],
                              for_member=user == checklist.member)
        state = CardState(user=user, items=tuple(i.n for i in items), checked=tuple(i.n for i in items if i.done))
        # Remember what the card shows before it can be clicked.
        await self.store.update(checklist.id, lambda c: _with_card(c, task_id, state, self.clock.now()))
        if self.bot_cards is None or await self.bot_cards.send(task_id, [user], card.to_api()):
            await self.client.send_template_card([user], card)
        return task_id

    async def refresh_card(self, checklist: Checklist, task_id: str, user: str, response_code: str,
                           click_req: str = "") -> None:
        """Show ``user``'s copy of card ``task_id`` with the current ticks (one use of the code;
        over the bot's connection: of the click's req_id, within 5 s — else a fresh card)."""
        state = checklist.cards.get(task_id)
        if state is None or not (response_code or click_req):
            return
        items = [i for i in checklist.items if i.n in state.items]
        names = await self.names([checklist.member], checklist.lang)
        card = checklist_card(checklist, items, task_id=task_id, lang=checklist.lang,
                              member_name=names[checklist.member], for_member=user == checklist.member)
        new_state = CardState(user=user, items=state.items, checked=tuple(i.n for i in items if i.done))
        await self.store.update(checklist.id, lambda c: _with_card(c, task_id, new_state, self.clock.now()))
        if click_req and self.bot_cards is not None:
            _holders, untouched = await self.bot_cards.freeze(task_id, card.to_api(), click_req)
            if untouched:  # the window was missed: the ticks are saved; show them on a new card
                await self.send_card(checklist, user)
            return
        await self.client.update_template_card(response_code, userids=[user], card=card)

    async def close_card(self, task_id: str, user: str, response_code: str, lang: Lang) -> None:
        if response_code:
            await self.client.update_template_card(response_code, userids=[user],
                                                   replace_name=texts.CARD_CLOSED(lang))

    # --- ticking -------------------------------------------------------------------------------
    async def tick(self, checklist_id: str, actor: str, n: int, *, done: bool) -> TickOutcome | None:
        now = self.clock.now()
        verdict: dict[str, TickStatus] = {}

        def change(c: Checklist) -> tuple[Checklist, list[LogEntry]] | None:
            item = c.item(n)
            if c.status != "open":
                verdict["s"] = "closed"
            elif item is None:
                verdict["s"] = "no_item"
            elif not can_tick(c, actor, item):
                verdict["s"] = "not_yours"
            elif item.done == done:
                verdict["s"] = "already" if done else "not_done"
            else:
                verdict["s"] = "done" if done else "undone"
                return _set_items(c, {n: done}, actor, now)
            return None

        checklist, _changed = await self.store.update(checklist_id, change)
        if checklist is None:
            return None
        status = verdict["s"]
        completed_now = False
        if status in ("done", "undone"):
            completed_now = await self._after_change(checklist)
        return TickOutcome(status, checklist, checklist.item(n), completed_now)

    async def submit(self, checklist_id: str, task_id: str, actor: str, selected: set[int]) -> TickOutcome | None:
        """A card submit: apply what changed against what that card showed, only for items the
        clicker may tick (a stale card never undoes someone else's tick made since)."""
        now = self.clock.now()
        verdict: dict[str, TickStatus] = {}

        def change(c: Checklist) -> tuple[Checklist, list[LogEntry]] | None:
            if c.status != "open":
                verdict["s"] = "closed"
                return None
            state = c.cards.get(task_id)
            if state is None or state.user != actor:
                verdict["s"] = "not_yours"
                return None
            shown = set(state.checked)
            wanted: dict[int, bool] = {}
            for n in state.items:
                item = c.item(n)
                if item is None or not can_tick(c, actor, item):
                    continue
                if n in selected and n not in shown and not item.done:
                    wanted[n] = True
                elif n not in selected and n in shown and item.done:
                    wanted[n] = False
            verdict["s"] = "done" if wanted else "already"
            return _set_items(c, wanted, actor, now) if wanted else None

        checklist, changed = await self.store.update(checklist_id, change)
        if checklist is None:
            return None
        completed_now = await self._after_change(checklist) if changed else False
        return TickOutcome(verdict.get("s", "already"), checklist, None, completed_now)

    async def _after_change(self, checklist: Checklist) -> bool:
        """Completion (once, whoever ticked last): stop the reminders, tell the admins. A reopened
        item after completion restarts the series. Returns whether this call completed it."""
        if checklist.complete:
            # The notice is queued before the completion is marked (once per checklist: whoever
            # completes it, however often this runs), so a crash between the two cannot lose it.
            admins = [a for a in self.settings.admins if a != checklist.member]
            if admins and checklist.completed_at is None:
                names = await self.names([checklist.member], checklist.lang)
                text = texts.COMPLETED_NOTICE(checklist.lang, name=names[checklist.member], total=len(checklist.items))
                await self.outbox.post(admins, text, key=f"{checklist.id}:completed", once=True)
            _, completed_now = await self.store.update(checklist.id, lambda c: _mark_completed(c, self.clock.now()))
            if not completed_now:
                return False
            await self.timers.cancel(series_id(checklist.id))
            return True
        if checklist.status == "open" and await self.timers.status(series_id(checklist.id)) == "absent":
            await self.schedule_series(checklist)  # an item reopened after completion
        return False

    # --- which checklist a person means ---------------------------------------------------------
    async def involving(self, user: str) -> list[Checklist]:
        """Open checklists where ``user`` is the member (first) or may tick something."""
        own = await self.store.open_for_member(user)
        others = [c for c in await self.store.open_checklists() if c.member != user and tickable(c, user)]
        return ([own] if own else []) + others

    # --- snooze ------------------------------------------------------------------------------------
    async def snooze(self, user: str, until: date) -> list[Checklist]:
        now = self.clock.now()
        touched = []
        for checklist in await self.involving(user):
            mine = [i for i in tickable(checklist, user) if not i.done]
            if not mine:
                continue

            def change(c: Checklist) -> tuple[Checklist, list[LogEntry]]:
                snoozes = {**c.snoozes, user: until.isoformat()}
                entry = LogEntry(at=now, actor=user, action="snoozed", note=until.isoformat())
                return c.model_copy(update={"snoozes": snoozes}), [entry]

            after, _ = await self.store.update(checklist.id, change)
            if after is not None:
                touched.append(after)
        return touched

    def item_title(self, item: ChecklistItem, lang: Lang) -> str:
        return title(item, lang)

    def day(self, checklist: Checklist, lang: Lang) -> str:
        return day_label(checklist.last_day, lang)


def _set_items(
    c: Checklist, wanted: dict[int, bool], actor: str, now: float
) -> tuple[Checklist, list[LogEntry]]:
    items = []
    entries = []
    for item in c.items:
        if item.n in wanted and item.done != wanted[item.n]:
            if wanted[item.n]:
                items.append(item.model_copy(update={"done_at": now, "done_by": actor}))
                entries.append(LogEntry(at=now, actor=actor, action="done", item=item.n))
            else:
                items.append(item.model_copy(update={"done_at": None, "done_by": None}))
                entries.append(LogEntry(at=now, actor=actor, action="undone", item=item.n))
        else:
            items.append(item)
    update: dict[str, object] = {"items": tuple(items)}
    if any(not i.done for i in items):
        update["completed_at"] = None
    return c.model_copy(update=update), entries


def _mark_completed(c: Checklist, now: float) -> tuple[Checklist, list[LogEntry]] | None:
    if not c.complete or c.completed_at is not None:
        return None
    return c.model_copy(update={"completed_at": now}), [LogEntry(at=now, actor="bot", action="completed")]


def _with_card(c: Checklist, task_id: str, state: CardState, now: float) -> tuple[Checklist, list[LogEntry]]:
    cards = {**c.cards, task_id: state}
    if len(cards) > _MAX_CARDS_KEPT:  # oldest first (dicts keep insertion order)
        cards = dict(list(cards.items())[-_MAX_CARDS_KEPT:])
    return c.model_copy(update={"cards": cards}), []
