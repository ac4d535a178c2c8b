"""The daily reminder series of one checklist (durable timer ``checklist_reminder:<id>``).

One run, on a working day at ``HANDOVER_REMINDER_TIME`` (corp time zone): every owner with open
items gets ONE message listing them (snoozed people are skipped); from ``escalate_from`` on,
the member's manager(s) also hear which items are overdue; on the last day the HR admins get a
summary. Everything one person gets that day is one message (per-member limits: never one per
item). Then the handler schedules the next working day's occurrence from ``clock.now()`` under
the same timer id — after downtime the missed days collapse into this one run; on a weekend the
run sends nothing. Re-delivery and a second instance are harmless: each (checklist, day,
recipient) send is claimed in Redis first.
"""

from __future__ import annotations

import logging
from datetime import date

from bot.checklists import texts
from bot.checklists.format import owner_lines, reminder_lines
from bot.checklists.service import ChecklistService
from bot.checklists.workdays import is_working_day
from bot.texts import Lang
from storage.checklists import Checklist, ChecklistItem
from storage.timers import Timer

log = logging.getLogger(__name__)

# A day's sends that keep failing are given up after this many deliveries, so the series (and
# tomorrow's reminder) survives instead of being parked by the timer service.
GIVE_UP_AFTER = 3


class Reminders:
    def __init__(self, service: ChecklistService) -> None:
        self.service = service

    async def on_timer(self, timer: Timer) -> None:
        checklist = await self.service.store.get(str(timer.payload.get("checklist") or ""))
        if checklist is None or checklist.status != "open" or checklist.complete:
            return  # closed or done: the series ends here
        today = self.service.today()
        try:
            await self.run(checklist, today)
        except Exception:
            if timer.attempt < GIVE_UP_AFTER:
                raise  # retried with backoff; recipients already served are claimed
            log.exception("checklist %s: giving up today's reminders after %d tries", checklist.id, timer.attempt)
        # Same id: replaces this claim, so exactly one future occurrence exists (none after the
        # last day).
        await self.service.schedule_series(checklist)

    async def run(self, checklist: Checklist, today: date) -> None:
        last_day = date.fromisoformat(checklist.last_day)
        if today > last_day:
            await self._late_summary(checklist, today)
            return
        if not is_working_day(today):
            return
        lang: Lang = checklist.lang
        names = await self.service.checklist_names(checklist, lang)
        member_name = names.get(checklist.member, checklist.member)
        day = self.service.day(checklist, lang)
        sections: dict[str, list[str]] = {}
        owes: set[str] = set()
        for user, items in _open_by_owner(checklist).items():
            if checklist.snoozes.get(user, "") > today.isoformat():
                continue
            head = (
                texts.REMIND_MEMBER(lang, day=day, left=len(items))
                if user == checklist.member
                else texts.REMIND_OWNER(lang, name=member_name, day=day, left=len(items))
            )
            sections.setdefault(user, []).append("\n".join([head, *reminder_lines(items, today, lang)]))
            owes.add(user)
        if today >= date.fromisoformat(checklist.escalate_from):
            overdue = [i for i in checklist.open_items if date.fromisoformat(i.due) < today]
            if overdue:
                text = "\n".join([texts.ESCALATE(lang, name=member_name, n=len(overdue), day=day),
                                  *owner_lines(overdue, names, lang)])
                for manager in checklist.managers or self.service.settings.admins:
                    if manager != checklist.member:
                        sections.setdefault(manager, []).append(text)
        if today == last_day:
            summary = self._summary(checklist, names, lang, today, late=False)
            for admin in self.service.settings.admins:
                sections.setdefault(admin, []).append(summary)
        await self._send(checklist, f"day-{today.isoformat()}", sections, owes, lang)

    async def _late_summary(self, checklist: Checklist, today: date) -> None:
        """The bot was down over the last day: the admins still get the summary, once."""
        lang: Lang = checklist.lang
        names = await self.service.checklist_names(checklist, lang)
        summary = self._summary(checklist, names, lang, today, late=True)
        await self._send(checklist, "summary-late", {a: [summary] for a in self.service.settings.admins}, set(), lang)

    def _summary(self, checklist: Checklist, names: dict[str, str], lang: Lang, today: date, *, late: bool) -> str:
        member_name = names.get(checklist.member, checklist.member)
        done = sum(1 for i in checklist.items if i.done)
        head = (texts.SUMMARY_LATE if late else texts.SUMMARY)(
            lang, name=member_name, day=self.service.day(checklist, lang), done=done, total=len(checklist.items)
        )
        open_items = checklist.open_items
        if not open_items:
            return head
        return "\n".join([head, texts.OPEN_HEAD(lang), *owner_lines(open_items, names, lang)])

    async def _send(
        self, checklist: Checklist, occasion: str, sections: dict[str, list[str]], owes: set[str], lang: Lang
    ) -> None:
        store = self.service.store
        failure: Exception | None = None
        for user, parts in sections.items():
            text = "\n\n".join(parts)
            if user in owes:
                text += "\n" + texts.REMIND_FOOT(lang)
            try:  # into the outbox once per checklist, occasion and person, however often this runs
                await self.service.outbox.post([user], text, key=f"{checklist.id}:{occasion}", once=True)
            except Exception as exc:  # let a retry post it; keep serving the others now
                log.warning("checklist %s: reminder to %s failed: %r", checklist.id, user, exc)
                failure = exc
                continue
            await store.claim_send(checklist.id, occasion, user)  # the record of who was told
        if failure is not None:
            raise failure


def _open_by_owner(checklist: Checklist) -> dict[str, list[ChecklistItem]]:
    by_owner: dict[str, list[ChecklistItem]] = {}
    for item in checklist.open_items:
        for owner in item.owners:
            by_owner.setdefault(owner, []).append(item)
    return by_owner
