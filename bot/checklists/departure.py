"""When the member has left: close the checklist, tell the admins what is waiting for a new owner
and offer the one-tap handover to the successor named on the checklist.

Two ways in, both idempotent: the departure hook (change_contact delete_user, run by
handlers/contacts.py) and a half-hourly poll (``checklist_departure_poll``) that reads the
directory and ``get_unassigned_list`` — delete events are not guaranteed to reach the bot. Only
members with an open checklist are handled here; the close is one atomic transition, and each
admin's notice is claimed before it is sent, so two instances or a retried event say it once.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

from bot.checklists import texts
from bot.checklists.cards import departed_card
from bot.checklists.format import owner_lines
from bot.checklists.service import ChecklistService, series_id
from bot.directory.describe import display_name
from bot.directory.models import DirectoryMember
from bot.handover.counting import ContactCounter
from bot.handover.prepare import prepare_handover, takeover_blocker
from bot.texts import Lang
from storage.checklists import Checklist, LogEntry
from storage.timers import Timer

log = logging.getLogger(__name__)

POLL_KIND = "checklist_departure_poll"
POLL_EVERY = 1800.0
NOTICE = "departure"


class _Filer(Protocol):
    async def file(self, request: Any) -> Any: ...


class Departures:
    def __init__(self, service: ChecklistService, services: Mapping[str, Any]) -> None:
        self.service = service
        # The live catalogue: the filer (bot/approvals) is looked up when a click needs it.
        self._services = services

    # --- ways in --------------------------------------------------------------------------------
    async def on_departure(self, userid: str, departed_at: float) -> None:
        """The departure hook: ``(userid, departed_at)`` after the directory marked them departed."""
        checklist = await self._current(userid)
        if checklist is not None:
            await self.depart(checklist, departed_at)

    async def on_poll(self, timer: Timer) -> None:
        try:
            await self.poll()
        finally:
            await self.service.timers.schedule(timer.id, self.service.clock.now() + POLL_EVERY, POLL_KIND, {})

    async def poll(self) -> None:
        open_lists = await self.service.store.open_checklists()
        if not open_lists:
            return  # nothing to watch: no API call
        members = await self.service.directory.get_many([c.member for c in open_lists])
        counter = ContactCounter(self.service.client)
        now = self.service.clock.now()
        for checklist in open_lists:
            member = members.get(checklist.member)
            if member is not None and member.departed:
                await self.depart(checklist, member.departed_at or now, counter)
            elif await counter.unassigned(checklist.member) > 0:
                await self.depart(checklist, now, counter)

    async def _current(self, userid: str) -> Checklist | None:
        """The open checklist, or one closed by a departure whose notices are not all out yet."""
        for checklist in await self.service.store.for_member(userid):
            if checklist.status == "open":
                return checklist
            if checklist.status == "departed":
                sent = await self.service.store.sent_to(checklist.id, NOTICE)
                return checklist if set(self.service.settings.admins) - sent else None
        return None

    # --- the departure --------------------------------------------------------------------------
    async def depart(self, checklist: Checklist, departed_at: float, counter: ContactCounter | None = None) -> None:
        now = self.service.clock.now()

        def close(c: Checklist) -> tuple[Checklist, list[LogEntry]] | None:
            if c.status != "open":
                return None
            entry = LogEntry(at=now, actor="bot", action="departed",
                             note=f"{len(c.open_items)} of {len(c.items)} items open")
            return c.model_copy(update={"status": "departed", "closed_at": now, "departed_at": departed_at}), [entry]

        after, _ = await self.service.store.update(checklist.id, close)
        if after is None or after.status != "departed":
            return
        await self.service.timers.cancel(series_id(after.id))
        sent = await self.service.store.sent_to(after.id, NOTICE)
        admins = [a for a in self.service.settings.admins if a not in sent]
        if not admins:
            return
        member = await self._departed_member(after)
        counter = counter or ContactCounter(self.service.client)
        customers = await counter.customers(member)
        groups = await counter.groups(member)
        for admin in admins:
            if not await self.service.store.claim_send(after.id, NOTICE, admin):
                continue
            try:
                await self._notify(admin, after, member, customers, groups)
            except Exception:
                await self.service.store.release_send(after.id, NOTICE, admin)
                raise

    async def _departed_member(self, checklist: Checklist) -> DirectoryMember:
        member = await self.service.directory.get(checklist.member)
        if member is None:
            return DirectoryMember(userid=checklist.member, status="departed", departed_at=checklist.departed_at)
        if not member.departed:  # the poll saw it before the directory did
            return member.model_copy(update={"status": "departed", "departed_at": checklist.departed_at})
        return member

    async def _notify(
        self, admin: str, checklist: Checklist, member: DirectoryMember, customers: int, groups: int
    ) -> None:
        lang: Lang = checklist.lang
        client = self.service.client
        name = display_name(member, lang)
        successor = await self.service.directory.get(checklist.successor) if checklist.successor else None
        blocker = takeover_blocker(successor, lang) if successor is not None else None
        if customers == 0 and groups == 0:
            await client.send_text([admin], texts.DEPARTED_NOTHING(lang, name=name))
        elif successor is None or blocker is not None:
            why = f"（{blocker}）" if blocker and lang == "zh" else f" ({blocker})" if blocker else ""
            await client.send_text(
                [admin], texts.DEPARTED_ASK(lang, name=name, customers=customers, groups=groups, why=why)
            )
        else:
            card = departed_card(
                checklist, lang=lang, member_name=name, department=member.main_department_name(lang),
                successor_name=display_name(successor, lang), customers=customers, groups=groups,
            )
            await client.send_template_card([admin], card)
        await client.send_text([admin], await self._items_text(checklist, name, lang))

    async def _items_text(self, checklist: Checklist, name: str, lang: Lang) -> str:
        open_items = checklist.open_items
        if not open_items:
            return texts.DEPARTED_ALL_DONE(lang, name=name, total=len(checklist.items))
        names = await self.service.checklist_names(checklist, lang)
        return "\n".join([texts.DEPARTED_OPEN(lang, name=name, n=len(open_items)),
                          *owner_lines(open_items, names, lang)])

    # --- the one-tap handover -------------------------------------------------------------------
    async def handover(self, checklist_id: str, clicker: str) -> tuple[str, str | None]:
        """File the handover to the checklist's successor for ``clicker`` (an HR admin).

        Returns (what to tell the clicker, the job id when one was filed or already exists)."""
        settings = self.service.settings
        checklist = await self.service.store.get(checklist_id)
        if checklist is None:
            raise LookupError(checklist_id)
        lang: Lang = checklist.lang
        if clicker not in settings.admins:
            log.warning("checklist %s: one-tap handover clicked by non-admin %s", checklist_id, clicker)
            admins = await self.service.names(settings.admins, lang)
            return texts.HANDOVER_NOT_ADMIN(lang, admins="、".join(admins.values())), None
        member = await self._departed_member(checklist)
        name = display_name(member, lang)
        successor = await self.service.directory.get(checklist.successor) if checklist.successor else None
        if successor is None:
            return texts.DEPARTED_ASK(lang, name=name, customers="?", groups="?", why=""), None
        successor_name = display_name(successor, lang)
        if checklist.handover_job:
            return texts.HANDOVER_DUPLICATE(lang, name=name, job=checklist.handover_job), checklist.handover_job
        filer: _Filer | None = self._services.get("filer")
        if filer is None:
            return texts.HANDOVER_UNAVAILABLE(lang, name=name, successor=successor_name), None
        prepared = await prepare_handover(
            requester=clicker, handover=member, takeover=successor, scope=("customers", "groups"), lang=lang,
            client=self.service.client,
        )
        if not hasattr(prepared, "requester"):  # Blocked: the reason, in words
            return str(prepared.text), None
        plan = await filer.plan(prepared) if hasattr(filer, "plan") else None
        if plan is not None and getattr(plan, "refusal", None):
            return str(plan.refusal), None
        result = await filer.file(prepared)
        job = getattr(result, "job", None) or getattr(result, "existing", None)
        if job is None:  # Refused
            return str(getattr(result, "text", "")), None
        job_id = str(job.id)
        await self._remember_job(checklist.id, clicker, job_id)
        if hasattr(result, "job"):
            return texts.HANDOVER_FILED(lang, job=job_id, name=name, successor=successor_name), job_id
        return texts.HANDOVER_DUPLICATE(lang, name=name, job=job_id), job_id

    async def _remember_job(self, checklist_id: str, actor: str, job_id: str) -> None:
        now = self.service.clock.now()

        def change(c: Checklist) -> tuple[Checklist, list[LogEntry]] | None:
            if c.handover_job == job_id:
                return None
            entry = LogEntry(at=now, actor=actor, action="handover", note=job_id)
            return c.model_copy(update={"handover_job": job_id}), [entry]

        await self.service.store.update(checklist_id, change)
