"""The handover conversation: request → people resolved (asking when ambiguous) → preview → filed.

State between messages is the dialog (``ctx.start_dialog``; saved by the dispatcher with the
settings' dialog TTL). Two states:
- ``handover.pick``: a numbered list was shown; the answer is a number, a userid or a fuller name.
- ``handover.name``: a person was missing from the request ("把张伟的客户交接一下"); the answer is a name.
- ``handover.confirm``: the reader guessed who is who ("陈静 何静 客户交接"): "did you mean …? reply 1";
  a 1 / yes goes on as if the request had been clear (people resolved, preview, approval).
Each step re-reads the directory, so an answer given minutes later sees the current snapshot.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import tzinfo
from typing import Any, Protocol

from bot.clock import Clock
from bot.directory.describe import display_name
from bot.directory.lookup import DirectoryLookup
from bot.directory.resolve import match_choice
from bot.handover import texts
from bot.handover.contract import Duplicate, Filed, HandoverRequest, Refused
from bot.handover.counting import ContactCounter, ContactSource
from bot.handover.feature import HandoverLinks
from bot.handover.people import Ask, Describer, Picked, Role, Stop, find_person, unknown_member
from bot.handover.prepare import Blocked, prepare_handover, takeover_blocker
from bot.handover.preview import duplicate_text, filed_preview
from bot.language import SELF_WORDS, Intent, says_yes
from bot.language.normalize import normalize
from bot.models.jobs import Job
from bot.texts import Lang, T
from storage.directory import DirectoryStore

PICK = "handover.pick"
NAME = "handover.name"
CONFIRM = "handover.confirm"
STATES = (PICK, NAME, CONFIRM)
_YES = re.compile(r"^\s*(?:1|１|一|yes|y|yep|ok|okay|confirm|correct|right|是|是的|对|对的|确认|好|好的|嗯|"
                  r"没错)\s*[.!。！]*\s*$",
                  re.IGNORECASE)
_ROLES: tuple[Role, ...] = ("handover", "takeover")
# an answer that says who receives ("转给何静", "to He Jing"), not whose customers move
_GIVEN_TO = re.compile(r"^\s*(?:就|请|那就)?(?:转|交|移交|交接|划|分)?给|"
                       r"^\s*(?:to|(?:give|hand|transfer|move)\s+(?:it\s+|them\s+)?(?:over\s+)?to)\b", re.IGNORECASE)

FILING_UNAVAILABLE = T(
    zh="暂时无法提交审批（审批模块未启用），请稍后再试。",
    en="I can't submit handovers for approval right now (approvals are not running). Please try later.",
)


class Chat(Protocol):
    """The slice of ``bot.dispatcher.Context`` the conversation uses."""

    user: str
    lang: Lang

    async def reply(self, text: str) -> None: ...

    async def say(self, t: T, **kw: object) -> None: ...

    def start_dialog(self, state: str, data: dict[str, Any] | None = None) -> None: ...

    def end_dialog(self) -> None: ...


class JobReader(Protocol):
    async def get(self, job_id: str) -> Job | None: ...

    async def by_requester(self, userid: str, limit: int = 20) -> list[Job]: ...


# how long after filing "不是给X，改成给Y" still means that request
AMEND_WINDOW_S = 30 * 60


@dataclass
class Pending:
    """A request being completed; stored as the dialog's data (JSON)."""

    scope: list[str]
    handover_mention: str | None = None
    takeover_mention: str | None = None
    handover: str | None = None  # userid, once resolved
    takeover: str | None = None
    parent_job: str | None = None
    parent_path: str | None = None
    replaces: str | None = None  # a pending job of the requester's that this one corrects
    subset: list[str] | None = None
    asking: Role | None = None
    choices: list[str] = field(default_factory=list)
    # a split among several successors (bot/handover/split.py): mentions in the order named,
    # resolved userids aligned with them; ``asking_index`` is the successor being asked about
    split: str | None = None
    tag: str | None = None
    takeover_mentions: list[str] = field(default_factory=list)
    successors: list[str | None] = field(default_factory=list)
    groups_to_mention: str | None = None
    asking_index: int | None = None
    # role -> another person named whom the reader's role check prefers for it: asked which, never guessed
    doubt: dict[str, str] = field(default_factory=dict)

    def data(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Pending:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def mention(self, role: Role) -> str | None:
        return self.handover_mention if role == "handover" else self.takeover_mention

    def resolved(self, role: Role) -> str | None:
        return self.handover if role == "handover" else self.takeover

    def resolve(self, role: Role, userid: str) -> None:
        if role == "handover":
            self.handover = userid
        elif self.split and self.asking_index is not None:
            self.successors[self.asking_index] = userid
        else:
            self.takeover = userid


@dataclass
class Conversation:
    ctx: Chat
    admins: tuple[str, ...]
    tz: tzinfo
    second_over: int
    client: ContactSource
    clock: Clock
    directory: DirectoryStore
    lookup: DirectoryLookup
    jobs: JobReader
    links: HandoverLinks

    # --- entry points ------------------------------------------------------------------
    async def start(self, intent: Intent) -> None:
        if not await self._may_request():
            return
        slots = intent.slots
        if _text(slots.get("split")) == "tag_only":
            await self.ctx.say(texts.TAG_ONLY, tag=_text(slots.get("tag")) or "",
                               handover=_text(slots.get("handover")) or "", takeover=_text(slots.get("takeover")) or "")
            return
        scope = slots.get("scope")
        pending = Pending(
            scope=[str(s) for s in scope] if isinstance(scope, list) and scope else ["customers"],
            handover_mention=_text(slots.get("handover")),
            takeover_mention=_text(slots.get("takeover")),
            doubt={role: alt for role in _ROLES if (alt := _text(slots.get(f"{role}_or"))) is not None},
        )
        takeovers = slots.get("takeovers")
        if isinstance(takeovers, list) and len(takeovers) > 1 and _text(slots.get("split")):
            pending.split, pending.tag = _text(slots.get("split")), _text(slots.get("tag"))
            pending.takeover_mentions = [t for t in takeovers if t.strip()]
            pending.successors = [None] * len(pending.takeover_mentions)
            pending.groups_to_mention = _text(slots.get("groups_to"))
        job_id = _text(slots.get("job"))
        if job_id is not None and not await self._leftovers(pending, job_id):
            return
        if _text(slots.get("amend")) == "takeover" and pending.handover_mention is None and await self._amend(pending):
            return
        if intent.unsure and pending.handover_mention and pending.takeover_mention and not pending.doubt:
            self.ctx.start_dialog(CONFIRM, pending.data())
            await self.ctx.say(texts.DID_YOU_MEAN, handover=pending.handover_mention,
                               takeover=pending.takeover_mention, what=_what(pending.scope, self.ctx.lang))
            return
        await self.advance(pending)

    async def answer(self, state: str, data: dict[str, Any], text: str, intent: Intent | None = None) -> None:
        pending = Pending.from_data(data)
        if state == CONFIRM:
            if _YES.match(text) or says_yes(text):
                await self.advance(pending)
            else:
                self.ctx.end_dialog()
                await self.ctx.say(texts.NOT_CONFIRMED)
            return
        role = pending.asking
        if role is None:
            self.ctx.end_dialog()
            return
        if state == PICK:
            members = await self.directory.get_many(pending.choices)
            listed = [members[u] for u in pending.choices if u in members]
            chosen = match_choice(text, listed)
            if chosen is None:
                self.ctx.start_dialog(state, pending.data())  # same question, fresh TTL
                await self.ctx.say(texts.NOT_A_CHOICE, n=len(listed))
                return
            pending.resolve(role, chosen.userid)
        elif role == "handover":
            if _GIVEN_TO.match(text) or (intent is not None and intent.intent == "handover"
                                         and intent.slots.get("takeover") and not intent.slots.get("handover")):
                # "转给何静" when asked whose customers move: names who receives, not whose; asked again
                self.ctx.start_dialog(state, pending.data())
                return await self.ctx.say(texts.ASK_HANDOVER_NAME)
            pending.handover_mention = await self._named(text)
        else:
            pending.takeover_mention = await self._named(text)
        pending.asking, pending.choices, pending.asking_index = None, [], None
        await self.advance(pending)

    async def _named(self, text: str) -> str:
        """The member an answer names: "转给何静", "接收人就填何静吧", "He Jing please" name one member, who is
        looked up, not the whole sentence; anything else is looked up as written (and may get a "did you mean")."""
        spots = (await self.lookup.people()).spot(normalize(text))
        names = {p.text for p in spots if p.text.lower() not in SELF_WORDS}
        return names.pop() if len(names) == 1 else text.strip()

    # --- steps -------------------------------------------------------------------------
    async def advance(self, pending: Pending) -> None:
        """Resolve whoever is still unresolved; ask, stop, or file."""
        if pending.split:
            from bot.handover.split_dialog import advance_split  # it builds on this module

            return await advance_split(self, pending)
        counter = ContactCounter(self.client)
        describer = Describer(self.ctx.lang, self.tz, self.clock.now())
        found: dict[Role, Picked | Ask | Stop] = {}
        for role in _ROLES:
            mention = pending.mention(role)
            if mention and mention.strip().lower() in SELF_WORDS:
                mention = self.ctx.user  # "转给我", "我来接": the sender, by their userid
            if pending.resolved(role) is None and mention:
                found[role] = await find_person(
                    mention, role, lookup=self.lookup, counter=counter, describer=describer
                )
        # Anything that ends the request is said first, before asking a question about the rest.
        for outcome in found.values():
            if isinstance(outcome, Stop):
                return await self.stop(outcome.text)
        for role in _ROLES:
            await self._doubted(pending, role, found, counter, describer)
        takeover = found.get("takeover")
        if isinstance(takeover, Picked):
            blocker = takeover_blocker(takeover.member, self.ctx.lang)
            if blocker is not None:
                return await self.stop(blocker)
        for role, outcome in found.items():
            if isinstance(outcome, Picked):
                pending.resolve(role, outcome.member.userid)
        for role in _ROLES:
            question = found.get(role)
            if isinstance(question, Ask):
                pending.asking, pending.choices = role, list(question.choices)
                self.ctx.start_dialog(PICK, pending.data())
                await self.ctx.reply(question.text)
                return
            if pending.resolved(role) is None:
                pending.asking, pending.choices = role, []
                self.ctx.start_dialog(NAME, pending.data())
                await self.ctx.say(texts.ASK_HANDOVER_NAME if role == "handover" else texts.ASK_TAKEOVER_NAME)
                return
        self.ctx.end_dialog()
        await self._file(pending, counter)

    async def _file(self, pending: Pending, counter: ContactCounter) -> None:
        assert pending.handover is not None and pending.takeover is not None
        members = await self.directory.get_many([pending.handover, pending.takeover])
        handover = members.get(pending.handover) or unknown_member(pending.handover, pending.parent_path)
        takeover = members.get(pending.takeover) or unknown_member(pending.takeover, None)
        prepared = await prepare_handover(
            requester=self.ctx.user,
            handover=handover,
            takeover=takeover,
            scope=tuple(pending.scope),
            lang=self.ctx.lang,
            client=self.client,
            subset=pending.subset,
            parent_job=pending.parent_job,
            counter=counter,
        )
        if isinstance(prepared, Blocked):
            await self.ctx.reply(prepared.text)
            return
        if pending.replaces is not None and not await self._withdraw(pending.replaces, takeover.userid):
            return
        await self.file(prepared)

    async def file(self, request: HandoverRequest) -> None:
        filer = self.links.filer
        if filer is None:
            await self.ctx.say(FILING_UNAVAILABLE)
            return
        # file() applies the approval plan itself (and refuses when nobody may approve); the
        # preview then names the approvers the job was filed with.
        outcome = await filer.file(request)
        if isinstance(outcome, Filed):
            job = outcome.job
            people = await self.directory.get_many([*job.approvers, *job.second_approvers])
            await self.ctx.reply(filed_preview(request, job, people, tz=self.tz, second_over=self.second_over))
        elif isinstance(outcome, Duplicate):
            await self.ctx.reply(duplicate_text(outcome.existing, request.handover, request.lang))
        elif isinstance(outcome, Refused):
            await self.ctx.reply(outcome.text)

    async def _doubted(self, pending: Pending, role: Role, found: dict[Role, Picked | Ask | Stop],
                       counter: ContactCounter, describer: Describer) -> None:
        """A role the reader filled while its role check preferred another person named: both are offered as a
        numbered question. Not when the other person is the one already chosen for the other role (the pair
        swapped: answering one question settles both), cannot be found as one member, or cannot take over."""
        alternative = pending.doubt.get(role)
        read = found.get(role)
        if alternative is None or not isinstance(read, Picked):
            return
        other = await find_person(alternative, role, lookup=self.lookup, counter=counter, describer=describer)
        if not isinstance(other, Picked) or other.member.userid == read.member.userid:
            return
        if role == "takeover" and takeover_blocker(other.member, self.ctx.lang) is not None:
            return
        counterpart: Role = "takeover" if role == "handover" else "handover"
        theirs = found.get(counterpart)
        taken = {pending.resolved(counterpart),
                 theirs.member.userid if isinstance(theirs, Picked) and counterpart not in pending.doubt else None}
        members = [m for m in (read.member, other.member) if m.userid not in taken]
        if len(members) == 1:
            found[role] = Picked(members[0])
            return
        if len(members) < 2:
            return
        lang = self.ctx.lang
        question = texts.DOUBT_WHICH_HANDOVER if role == "handover" else texts.DOUBT_WHICH_TAKEOVER
        lines = "\n".join(f"{i}. {describer.line(m)}" for i, m in enumerate(members, start=1))
        found[role] = Ask(text=question(lang, lines=lines, reply=texts.REPLY_HINT_EN(lang, numbers="1 or 2")),
                          choices=tuple(m.userid for m in members))

    # --- helpers -----------------------------------------------------------------------
    async def stop(self, text: str) -> None:
        self.ctx.end_dialog()
        await self.ctx.reply(text)

    async def _may_request(self) -> bool:
        if self.ctx.user in self.admins:
            return True
        if not self.admins:
            await self.ctx.say(texts.NO_ADMINS)
            return False
        known = await self.directory.get_many(list(self.admins))
        names = texts.NAME_SEP(self.ctx.lang).join(
            display_name(known[u], self.ctx.lang) if u in known else u for u in self.admins
        )
        await self.ctx.say(texts.ONLY_ADMINS, admins=names)
        return False

    async def _amend(self, pending: Pending) -> bool:
        """"不是给何静，改成给李娜": the requester's newest job still awaiting approval, filed minutes ago,
        gets a new receiver once confirmed. Without one it is a request whose giver is asked for."""
        now = self.clock.now()
        recent = [j for j in await self.jobs.by_requester(self.ctx.user, limit=5)
                  if j.state == "pending_approval" and j.split is None and j.subset is None
                  and now - j.created_at <= AMEND_WINDOW_S]
        if not recent:
            return False
        job = max(recent, key=lambda j: j.created_at)
        pending.handover, pending.scope, pending.replaces = job.handover, list(job.scope), job.id
        members = await self.directory.get_many([job.handover, job.takeover])
        lang = self.ctx.lang

        def name(userid: str) -> str:
            return display_name(members[userid], lang) if userid in members else userid

        self.ctx.start_dialog(CONFIRM, pending.data())
        await self.ctx.say(texts.AMEND_TAKEOVER, job=job.id, handover=name(job.handover), was=name(job.takeover),
                           takeover=pending.takeover_mention or "")
        return True

    async def _withdraw(self, job_id: str, takeover: str) -> bool:
        """Withdraw the job being corrected just before its replacement is filed (the filer refuses a
        second live job for the same member); a job approved meanwhile stays, and nothing is filed."""
        job = await self.jobs.get(job_id)
        if job is not None and job.takeover == takeover:
            members = await self.directory.get_many([takeover])
            name = display_name(members[takeover], self.ctx.lang) if takeover in members else takeover
            await self.ctx.say(texts.AMEND_SAME, job=job_id, takeover=name)
            return False
        approvals = self.links.approvals
        if approvals is None:
            await self.ctx.say(FILING_UNAVAILABLE)
            return False
        withdrawn = await approvals.cancel(job_id, self.ctx.user, admin=self.ctx.user in self.admins,
                                           lang=self.ctx.lang, pending_only=True)
        await self.ctx.reply(withdrawn.text)
        return withdrawn.outcome == "cancelled"

    async def _leftovers(self, pending: Pending, job_id: str) -> bool:
        """"把 H-1042 未接替的客户交接给周杰": the old job's handover member, its leftovers only."""
        transfers = self.links.transfers
        if transfers is None:
            await self.ctx.say(texts.REASSIGN_UNAVAILABLE, job=job_id)
            return False
        job = await self.jobs.get(job_id)
        if job is None:
            await self.ctx.say(texts.JOB_NOT_FOUND, job=job_id)
            return False
        leftovers = await transfers.leftovers(job_id)
        if not leftovers:
            await self.ctx.say(texts.NO_LEFTOVERS, job=job_id)
            return False
        pending.handover = job.handover
        pending.parent_job = job.id
        pending.parent_path = job.path
        pending.subset = list(dict.fromkeys(leftovers))
        pending.scope = ["customers"]
        return True


def _what(scope: list[str], lang: Lang) -> str:
    if "customers" in scope and "groups" in scope:
        return texts.WHAT_BOTH_AND(lang)
    return (texts.WHAT_GROUPS if scope == ["groups"] else texts.WHAT_CUSTOMERS)(lang)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
