"""The approval desk: sends the cards, takes the clicks, freezes the cards, tells people.

The job store decides (one Lua CAS: authorization, two-person rule, first valid click wins);
everything after a decision is a follow-up that may run again — a click re-delivered after a
transient WeCom error, a timer fired twice — so each follow-up is claimed once in ApprovalMarks
and given back when it fails in a way worth retrying.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from bot.approvals import texts
from bot.approvals.cards import Level, approval_card, counts, level_approvers, new_task_id, task_level
from bot.approvals.marks import ApprovalMarks
from bot.approvals.people import People, stamp, when
from bot.approvals.split_words import receivers
from bot.cards import ButtonKey
from bot.clock import Clock
from bot.longconn.cards import BotCards
from bot.models.events import CardClick
from bot.models.jobs import AlreadyDecided, Decision, Job
from bot.outbox import Postman
from bot.settings import Settings
from bot.texts import Lang, T
from bot.wecom.client import WeComClient
from bot.wecom.errors import WeComAPIError
from storage.audit import AuditLog
from storage.directory import DirectoryStore
from storage.jobs import JobStore, expiry_timer_id
from storage.outbox import OutboxEntry, Post
from storage.timers import TimerStore

log = logging.getLogger(__name__)

REMINDER_TIMER_KIND = "approval_reminder"  # payload {"job_id"}; halfway to expiry
REJECT_NOTICE_TIMER_KIND = "approval_reject_notice"  # payload {"job_id"}; tells the requester if no reason came
RESPONSE_CODE_TTL = 72 * 3600  # API.md §5.1 (current docs); a stale code is not even tried
BOT_ACTOR = "bot"
SYSTEM_ACTOR = "system"


def reminder_timer_id(job_id: str) -> str:
    return f"{REMINDER_TIMER_KIND}:{job_id}"


def reject_notice_timer_id(job_id: str) -> str:
    return f"{REJECT_NOTICE_TIMER_KIND}:{job_id}"


@dataclass(frozen=True)
class ClickReply:
    """What to tell the clicker (in ``lang``), and whether to ask them for a rejection reason."""

    text: str | None
    lang: Lang = "zh"
    ask_reason_for: str | None = None  # job id


@dataclass(frozen=True)
class CancelReply:
    text: str
    outcome: Literal["cancelled", "stopping", "refused", "not_found"]


class ApprovalDesk:
    def __init__(
        self,
        *,
        jobs: JobStore,
        client: WeComClient,
        directory: DirectoryStore,
        settings: Settings,
        clock: Clock,
        timers: TimerStore,
        audit: AuditLog,
        marks: ApprovalMarks,
        services: Mapping[str, Any],
        outbox: Postman,
        bot_cards: BotCards | None = None,
    ) -> None:
        self.jobs = jobs
        self.client = client
        self.directory = directory
        self.settings = settings
        self.clock = clock
        self.timers = timers
        self.audit = audit
        self.marks = marks
        self.outbox = outbox
        self.bot_cards = bot_cards  # cards over the intelligent bot's connection, when configured
        # The live catalogue: the engine may be wired after this feature (or not at all).
        self._services = services

    # --- helpers ---------------------------------------------------------------------------------
    async def people(self, job: Job, lang: Lang | None = None, *extra: str) -> People:
        ids = [job.requester, job.handover, *job.takeovers, *job.approvers, *job.second_approvers]
        ids += [a.userid for a in job.approvals] + [job.decided_by or "", *extra]
        return await People.load(self.directory, ids, lang or job.lang)

    async def wake_engine(self) -> None:
        engine = self._services.get("engine")
        if engine is None or not hasattr(engine, "wake"):
            return
        result = engine.wake()
        if inspect.isawaitable(result):
            await result

    async def _tell(self, userids: list[str], text: str, *, key: str) -> None:
        """A notice about ``job``: through the outbox, once per (job, ``key``, recipient) however
        often this follow-up runs again; delivered with the platform's duplicate check (the text
        names the job)."""
        targets = [u for u in dict.fromkeys(userids) if u]
        if targets:
            await self.outbox.post(targets, text, key=key, once=True)

    @staticmethod
    def _notice(key: str, userid: str, text: str) -> Post:
        """The outbox entry ``_tell`` would write, for a transition that writes it itself."""
        return Post(userid, OutboxEntry(f"{key}:{userid}", text, time.time(), once=True))

    # --- cards -----------------------------------------------------------------------------------
    async def send_cards(self, job: Job, level: Level) -> str | None:
        """One card for every approver of ``level`` (one task_id, so one click code can freeze
        every copy). A level that already has a card is not sent again."""
        recorded = [c for c in await self.jobs.cards(job.id) if task_level(c.task_id) == level]
        if recorded:
            return recorded[0].task_id
        recipients = level_approvers(job, level)
        if not recipients:
            log.error("job %s has no eligible approver for level %s", job.id, level)
            return None
        task_id = new_task_id(job.id, level)
        card = approval_card(
            job, level, task_id, await self.people(job), self.settings.tz,
            second_over=self.settings.second_approval_over,
        )  # fmt: skip
        # The approvers' budget first: a card that cannot go out yet must not be recorded as sent
        # (a re-run would then never send it); this waits or raises before anything is written.
        await self.client.charge_members(recipients)
        # Recorded before the send, like a batch is checkpointed before its call: if the answer is
        # lost the card may still be out, and a click on it must map to this job.
        await self.jobs.record_card(job.id, task_id, recipients)
        by_app = recipients
        if self.bot_cards is not None:  # who has messaged the bot gets it there; everyone else from the app
            by_app = await self.bot_cards.send(task_id, recipients, card.to_api())
        if not by_app:
            await self.audit.append(
                ts=self.clock.now(), actor=BOT_ACTOR, action="approval_card_sent", job_id=job.id,
                extra={"level": level, "task_id": task_id, "to": [*recipients], "via": "aibot"},
            )  # fmt: skip
            return task_id
        try:
            result = await self.client.send_template_card(by_app, card, budget_charged=True)
        except WeComAPIError as exc:
            if not _task_already_sent(exc):
                raise
            # The client retried after a lost answer and the platform refused the task_id as taken:
            # our first attempt went out. The click will bring a response code.
            log.warning("approval card %s of %s: answer lost, the platform already has it", task_id, job.id)
            await self.audit.append(
                ts=self.clock.now(), actor=BOT_ACTOR, action="approval_card_sent", job_id=job.id,
                extra={"level": level, "task_id": task_id, "to": [*recipients], "answer_lost": True},
            )  # fmt: skip
            return task_id
        if result.response_code:
            await self.jobs.update_response_code(task_id, result.response_code)
        await self.audit.append(
            ts=self.clock.now(), actor=BOT_ACTOR, action="approval_card_sent", job_id=job.id,
            extra={"level": level, "task_id": task_id, "to": [*recipients], "invalid": [*result.invaliduser]},
        )  # fmt: skip
        if result.invaliduser:
            log.warning("approval card of %s did not reach %s", job.id, result.invaliduser)
        return task_id

    def frozen_text(self, job: Job, level: Level, people: People) -> str | None:
        """The grey button text of a card of ``level`` given what happened to the job (None while
        that card still waits for a click)."""
        lang, tz = people.lang, self.settings.tz
        first = next((a for a in job.approvals if a.level == 1), None)
        if level == 1 and first is not None:
            return texts.FROZEN_APPROVED(lang, name=people.name(first.userid), when=stamp(first.at, tz))
        at = job.decided_at or job.state_changed_at
        by = people.name(job.decided_by or "")
        if job.decision == "reject":
            return texts.FROZEN_REJECTED(lang, name=by, when=stamp(at, tz))
        if job.decision == "approve":
            return texts.FROZEN_APPROVED(lang, name=by, when=stamp(at, tz))
        if job.state == "expired":
            return texts.FROZEN_EXPIRED(lang, when=stamp(job.state_changed_at, tz))
        if job.state == "cancelled":
            return texts.FROZEN_CANCELLED(lang, name=by, when=stamp(at, tz))
        return None

    async def freeze(self, job: Job, task_id: str, people: People, *, code: str | None = None,
                     click_req: str = "") -> bool:
        """Grey every copy of one card (atall) with the click's code, else the newest stored one.
        False when no valid code was left (the card stays clickable; clicks are refused anyway).
        Copies sent over the bot's connection are updated on the click's req_id (``click_req``,
        5 s, once); when that is not possible their holders are told who decided."""
        level = task_level(task_id)
        text = self.frozen_text(job, level, people) if level is not None else None
        if level is None or text is None:
            return False
        async with self.marks.once(job.id, f"frozen:{task_id}") as first:
            if not first:
                if code:  # keep the unused code of a late click for a later update
                    await self.jobs.update_response_code(task_id, code)
                return True
            card = approval_card(
                job, level, task_id, people, self.settings.tz,
                second_over=self.settings.second_approval_over, replace_text=text,
            )  # fmt: skip
            if self.bot_cards is not None and not await self._freeze_bot_copies(job, task_id, card.to_api(), text,
                                                                                 click_req):
                return True  # every copy went over the connection: nothing for the app to update
            if code and await self._update(task_id, code, card):
                return True
            stored = await self.jobs.take_response_code(task_id)
            if stored is not None and self.clock.now() - stored[1] < RESPONSE_CODE_TTL:
                if await self._update(task_id, stored[0], card):
                    return True
            await self.marks.release(job.id, f"frozen:{task_id}")  # a later click's code may still do it
            return False

    async def _freeze_bot_copies(self, job: Job, task_id: str, card: dict[str, Any], text: str,
                                 click_req: str) -> bool:
        """The connection's copies; True when the app sent copies of this card too."""
        assert self.bot_cards is not None
        holders, untouched = await self.bot_cards.freeze(task_id, card, click_req)
        if untouched:
            await self._tell(untouched, texts.CARD_DECIDED(job.lang, job=job.id, state=text),
                             key=f"{job.id}:frozen:{task_id}")
        sent = next((c.userids for c in await self.jobs.cards(job.id) if c.task_id == task_id), [])
        return bool(set(sent) - set(holders))

    async def _update(self, task_id: str, code: str, card: Any) -> bool:
        try:
            await self.client.update_template_card(code, atall=True, card=card)
            return True
        except WeComAPIError as exc:
            if exc.kind != "permanent":
                raise
            log.warning("could not update card %s: errcode %s", task_id, exc.errcode)
            return False

    async def close_cards(self, job: Job, people: People) -> list[str]:
        """Freeze every card of a closed job; returns who holds a card that could not be frozen."""
        unreached: list[str] = []
        for record in await self.jobs.cards(job.id):
            if await self.marks.done(job.id, f"frozen:{record.task_id}"):
                continue
            if not await self.freeze(job, record.task_id, people):
                unreached += record.userids
        return list(dict.fromkeys(unreached))

    # --- clicks ----------------------------------------------------------------------------------
    async def click(self, actor: str, key: ButtonKey, event: CardClick) -> ClickReply:
        if key.action not in ("approve", "reject") or key.extra not in ("1", "2"):
            log.warning("approval click with an unexpected key from %s", actor)
            return ClickReply(None)
        level: Level = 1 if key.extra == "1" else 2
        if await self.jobs.job_for_task(event.task_id) != key.ref or task_level(event.task_id) != level:
            # the key and the card do not belong together: not a click our card can produce
            log.warning("refused approval click from %s: task %s does not match %s", actor, event.task_id, key.ref)
            known = await self.jobs.get(key.ref) is not None  # no audit stream for made-up job ids
            await self.audit.append(
                ts=self.clock.now(), actor=actor, action="decide_refused", job_id=key.ref if known else None,
                note="task_mismatch",
                extra={"job_id": key.ref, "task_id": event.task_id, "level": level, "decision": key.action},
            )  # fmt: skip
            return ClickReply(texts.NOT_APPROVER("zh"))
        decision: Literal["approve", "reject"] = "approve" if key.action == "approve" else "reject"
        d = await self.jobs.decide(key.ref, actor=actor, decision=decision, level=level)
        if d.refused is not None:
            return self._refused_reply(d, key.ref, actor)
        job = d.job
        assert job is not None
        if d.applied:
            return await self._after_decision(job, level, decision, actor, event)
        assert d.already is not None
        mine = self._decided_by(job, actor, level, decision)
        if mine:  # a double click or a re-delivery: finish whatever did not get done
            reply = await self._after_decision(job, level, decision, actor, event)
            if reply.ask_reason_for is not None:
                return reply
        else:
            await self.freeze(job, event.task_id, await self.people(job), code=event.response_code or None,
                              click_req=event.reply_req_id)
        return ClickReply(await self._already_text(job, d.already, actor), job.lang)

    @staticmethod
    def _decided_by(job: Job, actor: str, level: Level, decision: str) -> bool:
        if decision == "reject":
            return job.decision == "reject" and job.decided_by == actor
        return any(a.userid == actor and a.level == level for a in job.approvals)

    def _refused_reply(self, d: Decision, job_id: str, actor: str) -> ClickReply:
        log.warning("refused approval click from %s on %s: %s", actor, job_id, d.refused)
        lang: Lang = d.job.lang if d.job is not None else "zh"
        if d.refused == "separation_of_duties":
            return ClickReply(texts.INVOLVED(lang, job=job_id), lang)
        if d.refused == "same_approver":
            return ClickReply(texts.SAME_APPROVER(lang, job=job_id), lang)
        if d.refused in ("not_found", "wrong_level"):
            return ClickReply(texts.STALE_CARD(lang), lang)
        return ClickReply(texts.NOT_APPROVER(lang), lang)

    async def _already_text(self, job: Job, already: AlreadyDecided, actor: str) -> str:
        people = await self.people(job)
        lang = job.lang

        def who(userid: str | None) -> str:
            if userid == actor:
                return texts.YOU(lang)
            if userid in (None, "", SYSTEM_ACTOR, BOT_ACTOR):
                return texts.SYSTEM(lang)
            return people.name(userid)

        at = when(already.decided_at or job.state_changed_at, self.settings.tz, now=self.clock.now())
        if already.decision == "approve":
            if job.state == "pending_approval":
                second = people.either(level_approvers(job, 2))
                return texts.ALREADY_APPROVED_L1(lang, job=job.id, name=who(already.decided_by), when=at, second=second)
            return texts.ALREADY_APPROVED(lang, job=job.id, name=who(already.decided_by), when=at)
        if already.decision == "reject":
            return texts.ALREADY_REJECTED(lang, job=job.id, name=who(already.decided_by), when=at)
        if job.state == "expired":
            return texts.ALREADY_EXPIRED(lang, job=job.id, when=at)
        if job.state == "cancelled":
            return texts.ALREADY_CANCELLED(lang, job=job.id, name=who(already.decided_by), when=at)
        return texts.STALE_CARD(lang)

    async def _after_decision(self, job: Job, level: Level, decision: str, actor: str, event: CardClick) -> ClickReply:
        people = await self.people(job)
        lang = job.lang
        await self.freeze(job, event.task_id, people, code=event.response_code or None, click_req=event.reply_req_id)
        if decision == "reject":
            await self.timers.schedule(
                reject_notice_timer_id(job.id), self.clock.now() + self.settings.dialog_ttl + 1,
                REJECT_NOTICE_TIMER_KIND, {"job_id": job.id}, replace=False,
            )  # fmt: skip
            if await self.marks.done(job.id, "notify:rejected"):
                return ClickReply(None, lang)
            return ClickReply(
                texts.REJECTED_ASK_REASON(lang, job=job.id, requester=people.name(job.requester)),
                lang, ask_reason_for=job.id,
            )  # fmt: skip
        if job.state == "pending_approval":  # level 1 of two: the reviewers' turn
            await self.send_cards(job, 2)
            second = people.either(level_approvers(job, 2))
            async with self.marks.once(job.id, "notify:level1") as first:
                if first:
                    await self._tell([job.requester], texts.TO_REQUESTER_L1(
                        lang, job=job.id, first=people.name(actor), second=second), key=f"{job.id}:level1")  # fmt: skip
            return ClickReply(texts.APPROVED_L1_YOU(lang, job=job.id, second=second), lang)
        async with self.marks.once(job.id, "notify:approved") as first:
            if first:
                names = people.names([a.userid for a in job.approvals])
                await self._tell([job.requester], texts.TO_REQUESTER_APPROVED(lang, job=job.id, names=names),
                                 key=f"{job.id}:approved")
        await self.wake_engine()
        return ClickReply(texts.APPROVED_YOU(lang, job=job.id), lang)

    # --- rejection reason ------------------------------------------------------------------------
    async def tell_rejection(self, job_id: str, reason: str | None) -> bool:
        """Tell the requester about a rejection, once (with the reason when one was given)."""
        job = await self.jobs.get(job_id)
        if job is None or job.decision != "reject":
            return False
        async with self.marks.once(job.id, "notify:rejected") as first:
            if not first:
                return False
            people = await self.people(job)
            name = people.name(job.decided_by or "")
            if reason:
                await self.marks.put(job.id, "reject_reason", reason)
                await self.audit.append(
                    ts=self.clock.now(), actor=job.decided_by or SYSTEM_ACTOR, action="reject_reason",
                    job_id=job.id, from_state=job.state, to_state=job.state, note=reason,
                )  # fmt: skip
                text = texts.TO_REQUESTER_REJECTED_REASON(job.lang, job=job.id, name=name, reason=reason)
            else:
                text = texts.TO_REQUESTER_REJECTED(job.lang, job=job.id, name=name)
            await self._tell([job.requester], text, key=f"{job.id}:rejected")
        await self.timers.cancel(reject_notice_timer_id(job.id))
        return True

    async def reject_reason(self, job_id: str) -> str | None:
        """The reason the rejecter gave (JobStore cannot set decision_note on a final job)."""
        job = await self.jobs.get(job_id)
        if job is not None and job.decision_note:
            return job.decision_note
        return await self.marks.read(job_id, "reject_reason")

    # --- timers ----------------------------------------------------------------------------------
    async def remind(self, job_id: str) -> None:
        job = await self.jobs.get(job_id)
        if job is None or job.state != "pending_approval":
            return
        recipients = level_approvers(job, job.awaited_level or 1)
        expiry = await self.timers.get(expiry_timer_id(job.id))
        expires_at = expiry.due if expiry is not None else job.created_at + self.settings.approval_ttl
        hours = max(1, round((expires_at - self.clock.now()) / 3600))
        people = await self.people(job)
        async with self.marks.once(job.id, "reminded") as first:
            if first:
                await self._tell(recipients, texts.REMINDER(
                    job.lang, job=job.id, handover=people.name(job.handover),
                    takeover=receivers(job, people.name, job.lang), counts=counts(job, job.lang), hours=hours,
                ), key=f"{job.id}:reminder")  # fmt: skip

    async def expire(self, job_id: str) -> None:
        result = await self.jobs.transition(
            job_id, to="expired", actor=SYSTEM_ACTOR, expected_from={"pending_approval"},
            note="approval not given in time",
        )  # fmt: skip
        if result.job is not None and result.job.state == "expired":
            await self.closed(result.job)

    async def closed(self, job: Job) -> None:
        """Follow-ups of a job closed before a decision (expired, or cancelled while pending)."""
        people = await self.people(job)
        unreached = await self.close_cards(job, people)
        lang = job.lang
        if job.state == "expired":
            hours = max(1, round(self.settings.approval_ttl / 3600))
            async with self.marks.once(job.id, "notify:closed") as first:
                if first:
                    await self._tell([job.requester], texts.TO_REQUESTER_EXPIRED(lang, job=job.id, hours=hours),
                                     key=f"{job.id}:expired")
            approvers_text = texts.APPROVERS_EXPIRED(lang, job=job.id)
        else:
            by = job.decided_by or ""
            if by != job.requester:
                async with self.marks.once(job.id, "notify:closed") as first:
                    if first:
                        await self._tell([job.requester], texts.TO_REQUESTER_CANCELLED_BY(
                            lang, job=job.id, name=people.name(by)), key=f"{job.id}:cancelled")  # fmt: skip
            approvers_text = texts.APPROVERS_CANCELLED(lang, job=job.id, name=people.name(by))
        unreached = [u for u in unreached if u != job.decided_by]
        if unreached:
            async with self.marks.once(job.id, "notify:approvers_closed") as first:
                if first:
                    await self._tell(unreached, approvers_text, key=f"{job.id}:closed_approvers")

    # --- cancel / stop ---------------------------------------------------------------------------
    async def cancel(
        self, job_id: str, actor: str, *, admin: bool, lang: Lang, pending_only: bool = False
    ) -> CancelReply:
        """Withdraw a job not yet running, or stop a running one. ``pending_only``: withdraw only a job
        still awaiting approval (a correction replaces it; it must never stop a transfer)."""
        for _ in range(3):  # the state may move under us (a click, the engine): look again
            job = await self.jobs.get(job_id)
            if job is None:
                return CancelReply(texts.NO_SUCH_JOB(lang, job=job_id), "not_found")
            if actor != job.requester and not admin:
                people = await self.people(job, lang)
                text = texts.CANCEL_NOT_ALLOWED(lang, job=job.id, requester=people.name(job.requester))
                return CancelReply(text, "refused")
            if pending_only and job.state != "pending_approval":
                state = state_words(job.state, lang)
                return CancelReply(texts.CANCEL_NOT_PENDING(lang, job=job.id, state=state), "refused")
            # Someone else's cancel or stop is told to the requester: that notice is written in the
            # transition's own step (a crash after it cannot lose it; a re-run finds the job final).
            told: list[Post] = []
            if actor != job.requester and job.state in ("pending_approval", "approved", "running", "paused"):
                name = (await self.people(job, None, actor)).name(actor)
                stopping = job.state in ("running", "paused")
                word = texts.TO_REQUESTER_STOPPED_BY if stopping else texts.TO_REQUESTER_CANCELLED_BY
                key = f"{job.id}:stopped_by" if stopping else f"{job.id}:cancelled"
                told = [self._notice(key, job.requester, word(job.lang, job=job.id, name=name))]
            if job.state in ("pending_approval", "approved"):
                result = await self.jobs.transition(
                    job.id, to="cancelled", actor=actor, expected_from={job.state}, note="withdrawn", notices=told,
                )  # fmt: skip
                if not result.applied or result.job is None:
                    continue
                await self.outbox.flush(job.requester)
                if job.state == "pending_approval":
                    await self.closed(result.job)
                return CancelReply(texts.CANCEL_DONE(lang, job=job.id), "cancelled")
            if job.state in ("running", "paused"):
                result = await self.jobs.transition(
                    job.id, to="stopped", actor=actor, expected_from={"running", "paused"},
                    note="stopped by a person", notices=told,
                )  # fmt: skip
                if not result.applied:
                    continue
                await self.outbox.flush(job.requester)
                await self.wake_engine()
                return CancelReply(texts.CANCEL_STOPPING(lang, job=job.id), "stopping")
            if job.state == "submitted":
                return CancelReply(texts.CANCEL_TOO_LATE_SUBMITTED(lang, job=job.id), "refused")
            state = state_words(job.state, lang)
            return CancelReply(texts.CANCEL_FINAL(lang, job=job.id, state=state), "refused")
        return CancelReply(texts.STALE_CARD(lang), "refused")


def state_words(state: str, lang: Lang) -> str:
    word: T | None = texts.STATE_WORDS.get(state)
    return word(lang) if word is not None else state


def _task_already_sent(exc: WeComAPIError) -> bool:
    """The platform's answer to a second card with a task_id it already has. The docs name no
    errcode for it [unverified]; the sandbox answers 40058 "task_id already exists"."""
    return exc.errcode == 40058 and "task_id" in exc.errmsg.lower() and "exist" in exc.errmsg.lower()
