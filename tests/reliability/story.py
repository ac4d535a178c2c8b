"""The handover story and the chat load, driven over a ``Wire``; the evidence read afterwards.

Evidence comes from two places only: the sandbox's own records (``world.calls``: what the platform
was asked and did; ``world.delivered``: what people saw) and the product's stores in Redis.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field

from bot import texts
from bot.approvals import texts as approval_texts
from bot.cards import ButtonKey
from bot.clock import SystemClock
from bot.engine.engine import POLL_KIND
from bot.models.jobs import Job
from bot.sandbox import SandboxWorld
from bot.sandbox.org import Member
from bot.wecom.messages import truncate_utf8
from storage.connection import Redis
from storage.inbox import Inbox
from storage.jobs import JobStore
from storage.keys import Keys
from storage.timers import TimerStore, coalesce_key
from storage.transfers import TransferStore
from tests.engine.proof import accepted_customers, moved_groups
from tests.reliability.wire import Delivery, Wire

DAY = 86400.0
FINAL = ("completed", "completed_with_failures", "failed")
# Between the platform recording a message/send and the sender marking it in the reply ledger: a
# SIGKILL landing here re-sends that reply once (documented at bot.dispatcher.Context.reply).
# Generous: on a busy 2-core machine the answer can take a while to reach the bot.
KILL_WINDOW = 1.0

# What a member types → the one reply the bot sends for it.
LOAD_REPLIES: dict[str, str] = {
    "help": truncate_utf8(texts.HELP("en")),
    "帮助": truncate_utf8(texts.HELP("zh")),
    "进度": truncate_utf8(approval_texts.STATUS_NONE("zh")),
}


def keys_for(world: SandboxWorld) -> Keys:
    """The keys ``serve`` uses (default namespace) for the world's corp and agent."""
    return Keys.for_app("wh", world.credentials.corp_id, world.credentials.agent_id)


@dataclass
class Probe:
    """Read-only views of the product's stores (and the one timer nudge, see ``nudge_poll``)."""

    redis: Redis
    keys: Keys

    @property
    def jobs(self) -> JobStore:
        return JobStore(self.redis, self.keys, SystemClock())

    @property
    def transfers(self) -> TransferStore:
        return TransferStore(self.redis, self.keys)

    @property
    def inbox(self) -> Inbox:
        return Inbox(self.redis, self.keys)

    @property
    def timers(self) -> TimerStore:
        return TimerStore(self.redis, self.keys)

    async def job(self, job_id: str) -> Job:
        job = await self.jobs.get(job_id)
        assert job is not None, job_id
        return job

    async def depth(self) -> tuple[int, int]:
        try:
            return await self.inbox.depth()
        except Exception:  # no stream yet
            return 0, 0

    async def nudge_poll(self, job_id: str) -> None:
        """Make the job's durable poll timer due NOW on the bots' (real-time) clocks.

        The bots cannot share the world's ManualClock, so 24 h of world time pass in a blink while
        the poll timer (+10 min, +1 h, … on the bots' clocks) stays far ahead. Rescheduling that
        same timer id is exactly what "the bots' clocks reached the +24 h poll" would look like:
        a live instance claims it and polls transfer_result. A schedule of the same id supersedes a
        claim held by an instance that was killed (storage/timers.py), so this also stands in for
        the lease expiry we cannot wait for."""
        await self.timers.schedule(coalesce_key(POLL_KIND, job_id), time.time(), POLL_KIND, {"job_id": job_id})


async def wait_for(check: Callable[[], Awaitable[bool] | bool], what: str, timeout: float = 90.0,
                   every: float = 0.1) -> None:  # fmt: skip
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = check()
        if not isinstance(result, bool):
            result = await result
        if result:
            return
        if loop.time() > deadline:
            raise AssertionError(f"never happened within {timeout:.0f}s: {what}")
        await asyncio.sleep(every)


async def drained(probe: Probe, timeout: float = 120.0) -> None:
    """Every enqueued event handled (a killed instance's entries are reclaimed after 30 s idle)."""

    async def empty() -> bool:
        lag, _parked = await probe.depth()
        return lag == 0

    await wait_for(empty, "the inbox drained", timeout, every=0.25)


def texts_to(world: SandboxWorld, user: str) -> list[str]:
    return [m.content or "" for m in world.delivered(user) if m.msgtype == "text"]


def add_load_members(world: SandboxWorld, n: int) -> list[str]:
    """``n`` extra staff in 客服部 who only chat with the bot (help, progress)."""
    users = []
    for i in range(n):
        userid = f"load{i:03d}"
        world.corp.add_member(Member(userid=userid, name=f"测试员{i:03d}", department=[5], position="客服专员"))
        users.append(userid)
    return users


# --- the chat load ----------------------------------------------------------------------------------
@dataclass
class LoadPlan:
    users: Sequence[str]
    per_user: int = 3
    duration: float = 10.0
    single_attempt: float = 0.3  # share of callbacks WeCom gives up on after one try (→ some refused)
    tampered: float = 0.05  # share with a broken signature (403: must never be handled)
    attempts: int = 3
    seed: int = 7


async def run_load(wire: Wire, plan: LoadPlan) -> list[Delivery]:
    """Every user sends ``per_user`` messages at random moments within ``duration`` seconds."""
    rng = random.Random(plan.seed)
    out: list[Delivery] = []

    async def member(user: str, moments: list[float], words: list[str], modes: list[str]) -> None:
        started = asyncio.get_running_loop().time()
        for at, word, mode in zip(moments, words, modes, strict=True):
            await asyncio.sleep(max(0.0, started + at - asyncio.get_running_loop().time()))
            sealed = wire.seal(wire.text_xml(user, word), tamper=mode == "tampered")
            if wire.copies > 1 and mode != "tampered":
                out.append(await wire.repeat(sealed, kind=mode, user=user, label=word))
                continue
            tries = 1 if mode == "single" else plan.attempts
            out.append(await wire.deliver(sealed, kind=mode, user=user, label=word, attempts=tries))

    jobs = []
    for user in plan.users:
        moments = sorted(rng.uniform(0, plan.duration) for _ in range(plan.per_user))
        words = [rng.choice(list(LOAD_REPLIES)) for _ in range(plan.per_user)]
        modes = []
        for _ in range(plan.per_user):
            roll = rng.random()
            modes.append("tampered" if roll < plan.tampered else
                         "single" if roll < plan.tampered + plan.single_attempt else "retried")  # fmt: skip
        jobs.append(member(user, moments, words, modes))
    await asyncio.gather(*jobs)
    return out


# --- accounting -----------------------------------------------------------------------------------
def sends_to(world: SandboxWorld, user: str) -> list[tuple[float, str, str]]:
    """(at, msgtype, fault) of every message/send the platform performed for ``user``."""
    out = []
    for call in world.calls_to("message/send"):
        if call.errcode != 0 or not isinstance(call.body, dict):
            continue
        if user in str(call.body.get("touser", "")).split("|"):
            out.append((call.at, str(call.body.get("msgtype")), call.fault or ""))
    return out


def window_sends(world: SandboxWorld, user: str, kills_at: Iterable[float],
                 real: Callable[[float], float] = lambda t: t) -> int:  # fmt: skip
    """Sends to ``user`` that the platform performed shortly before a SIGKILL: the only ones a
    correct bot may repeat (it died between the send and the ledger mark). ``real`` maps world
    time to elapsed time (the world jumps a day ahead in the final phase; the bots do not)."""
    kills = [real(k) for k in kills_at]
    return sum(1 for at, _t, _f in sends_to(world, user) if any(0 <= k - real(at) <= KILL_WINDOW for k in kills))


def dropped_sends(world: SandboxWorld, user: str) -> int:
    """Sends to ``user`` performed but whose answer the platform dropped (client saw no answer)."""
    return sum(1 for _at, _t, fault in sends_to(world, user) if "drop" in fault)


@dataclass
class ReplyAudit:
    """Per member and message text: what the sender knew vs. what the member received."""

    lost: list[str] = field(default_factory=list)  # a 200 without its reply
    extra: list[str] = field(default_factory=list)  # more replies than callbacks that may have run
    repeated: int = 0  # replies beyond one per acknowledged callback (all explained, or listed in extra)
    outcomes: Counter[str] = field(default_factory=Counter)

    def assert_clean(self) -> None:
        assert not self.lost, f"acknowledged callbacks never answered: {self.lost}"
        assert not self.extra, f"replies not explained by any callback: {self.extra}"


def audit_replies(world: SandboxWorld, deliveries: Sequence[Delivery], *,
                  allowance: Callable[[str], int] = lambda user: 0) -> ReplyAudit:  # fmt: skip
    """Each acknowledged message answered exactly once; each refused one never; unknown ones at
    most once. ``allowance(user)`` is how many repeats a correct bot could still have produced
    for that member (kill windows, dropped send answers)."""
    audit = ReplyAudit()
    by_user: dict[str, list[Delivery]] = {}
    for d in deliveries:
        by_user.setdefault(d.user, []).append(d)
        audit.outcomes[f"{d.kind}:{d.outcome}"] += 1
    for user, ds in by_user.items():
        got = Counter(texts_to(world, user))
        spare = allowance(user)
        for word, reply in LOAD_REPLIES.items():
            mine = [d for d in ds if d.label == word]
            ok = sum(1 for d in mine if d.outcome == "ok")
            unknown = sum(1 for d in mine if d.outcome == "unknown")
            n = got.pop(reply, 0)
            if n < ok:
                audit.lost.append(f"{user} {word!r}: {ok} acknowledged, {n} replies")
            over = n - ok - unknown
            if n > ok:
                audit.repeated += max(0, over)
            if over > 0:
                spare -= over
                if spare < 0:
                    audit.extra.append(f"{user} {word!r}: {n} replies for {ok} ok + {unknown} unknown")
        for text, n in got.items():
            audit.extra.append(f"{user}: unexpected reply {text[:40]!r} ×{n}")
    return audit


# --- the story: 张伟 leaves, 王芳 hands his customers to 李娜, 刘强 and 孙红 approve -------------------
@dataclass
class Story:
    world: SandboxWorld
    wire: Wire
    probe: Probe
    job_id: str = ""
    question: str = ""
    preview: str = ""
    zhang_customers_at_start: set[str] = field(default_factory=set)
    skips: list[tuple[float, float]] = field(default_factory=list)  # (world time after a jump, seconds)

    def real(self, world_time: float) -> float:
        """World time with the jumps taken out: comparable across the final phase's day ahead."""
        return world_time - sum(seconds for after, seconds in self.skips if world_time >= after)

    async def depart_zhangwei(self) -> None:
        self.zhang_customers_at_start = {
            c.external_userid for c in self.world.corp.customers.values() if c.followed_by("zhangwei") is not None
        }
        self.world.delete_member("zhangwei", at=self.world.now() - 6 * DAY)
        await self.wire.must(self.wire.contact_deleted_xml("zhangwei"), kind="delete_user", user="sys",
                             contacts=True)  # fmt: skip

        async def known_departed() -> bool:
            from storage.directory import DirectoryStore

            m = await DirectoryStore(self.probe.redis, self.probe.keys).get("zhangwei")
            return m is not None and m.departed

        await wait_for(known_departed, "the bots learned that 张伟 left", timeout=90)

    async def say(self, user: str, text: str) -> None:
        await self.wire.must(self.wire.text_xml(user, text), kind="story", user=user)

    async def request(self) -> str:
        before = len(texts_to(self.world, "wangfang"))
        await self.say("wangfang", "把张伟的客户和客户群交接给李娜")
        question = self.question = await self._next_text("wangfang", before, lambda t: "销售一部" in t)
        pick = next(line for line in question.splitlines() if "销售一部" in line and "zhangwei " in line + " ")
        number = re.match(r"\s*(\d+)\.", pick)
        assert number, question
        before = len(texts_to(self.world, "wangfang"))
        await self.say("wangfang", number.group(1))
        preview = self.preview = await self._next_text("wangfang", before, lambda t: re.search(r"H-\d+", t) is not None)
        found = re.search(r"H-\d+", preview)
        assert found and "250" in preview and "李娜" in preview, preview
        self.job_id = found.group(0)
        return self.job_id

    async def _next_text(self, user: str, after: int, match: Callable[[str], bool]) -> str:
        found: list[str] = []

        def seen() -> bool:
            found[:] = [t for t in texts_to(self.world, user)[after:] if match(t)]
            return bool(found)

        await wait_for(seen, f"a reply to {user}", timeout=120)
        return found[0]

    def card_task(self, user: str, level: int, job_id: str | None = None) -> str:
        jid = job_id or self.job_id
        prefix = f"ho_{jid}_l{level}_"
        tasks = [m.task_id for m in self.world.cards_for(user) if (m.task_id or "").startswith(prefix)]
        assert tasks, f"{user} has no level-{level} card of {jid}"
        return str(tasks[0])

    async def wait_card(self, user: str, level: int, job_id: str | None = None) -> str:
        prefix = f"ho_{job_id or self.job_id}_l{level}_"
        await wait_for(lambda: any((m.task_id or "").startswith(prefix) for m in self.world.cards_for(user)),
                       f"{user}'s level-{level} card", timeout=120)  # fmt: skip
        return self.card_task(user, level, job_id)

    async def approve(self, user: str, level: int, job_id: str | None = None) -> None:
        task = await self.wait_card(user, level, job_id)
        key = ButtonKey("approve", job_id or self.job_id, str(level)).pack()
        await self.wire.must(self.wire.click_xml(user, task, key), kind="click", user=user)

    async def approve_all(self) -> None:
        await self.approve("liuqiang", 1)
        await self.approve("sunhong", 2)

    async def wait_state(self, states: Sequence[str], timeout: float = 150.0, job_id: str | None = None) -> Job:
        jid = job_id or self.job_id

        async def reached() -> bool:
            return (await self.probe.job(jid)).state in states

        await wait_for(reached, f"{jid} reached {states}", timeout, every=0.25)
        return await self.probe.job(jid)

    async def settle_takeovers(self, *, on_event: Callable[[], Awaitable[None]] | None = None,
                               attempts: int = 40) -> int:  # fmt: skip
        """A day later: the platform finishes the takeovers and pushes transfer_fail for refusals
        (spread over the instances); returns how many events were pushed."""
        self.world.advance(DAY + 3600)
        self.skips.append((self.world.now(), DAY + 3600))
        events = list(self.world.outbox)
        self.world.outbox.clear()
        for i, event in enumerate(events):
            f = event.fields
            await self.wire.must(self.wire.transfer_fail_xml(f["UserID"], f["ExternalUserID"], f["FailReason"]),
                                 kind="transfer_fail", user="sys", attempts=attempts)  # fmt: skip
            if on_event is not None and i == len(events) // 2:
                await on_event()
        return len(events)

    async def finish(self, job_id: str | None = None, timeout: float = 150.0) -> Job:
        """Nudge the poll timer until the job is final (see Probe.nudge_poll for why)."""
        jid = job_id or self.job_id
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            job = await self.probe.job(jid)
            if job.state in FINAL:
                return job
            if loop.time() > deadline:
                raise AssertionError(f"{jid} stuck in {job.state}")
            await self.probe.nudge_poll(jid)
            await asyncio.sleep(2.0)

    # --- evidence ---------------------------------------------------------------------------------
    def assert_each_customer_once(self, extra_customers: set[str] | None = None, extra_groups: int = 0) -> None:
        """The sandbox accepted each of 张伟's 250 customers (plus ``extra_customers`` of other jobs)
        exactly once, nobody else's, and moved each of his 12 groups (plus ``extra_groups``) once."""
        accepted = accepted_customers(self.world)
        expected = self.zhang_customers_at_start | (extra_customers or set())
        assert len(self.zhang_customers_at_start) == 250
        assert set(accepted) == expected, "a customer was skipped or someone else's was moved"
        assert set(accepted.values()) == {1}, [c for c, n in accepted.items() if n > 1]
        assert len(self.world.transfers) == len(expected) == len({t.external_userid for t in self.world.transfers})
        groups = moved_groups(self.world)
        assert len(groups) == 12 + extra_groups and set(groups.values()) == {1}, groups

    async def assert_records_match_platform(self, job_id: str | None = None, handover: str = "zhangwei") -> Job:
        """Our per-customer records equal the platform's outcome, and the final state follows."""
        job = await self.probe.job(job_id or self.job_id)
        truth = {t.external_userid: t.status for t in self.world.transfers if t.handover_userid == handover}
        records = {r.id: r.status for r in await self.probe.transfers.records(job.id) if r.kind == "customer"}
        assert records == {e: {1: "taken_over", 3: "refused"}[s] for e, s in truth.items()}
        refused = sum(1 for s in truth.values() if s == 3)
        assert job.state == ("completed_with_failures" if refused else "completed"), (job.state, refused)
        return job

    def assert_story_messages(self, allowance: Callable[[str], int] = lambda user: 0) -> dict[str, int]:
        """The milestones arrived, and no story message (text or card) arrived twice unless
        ``allowance`` covers it. Returns the repeats seen per member."""
        jid = self.job_id
        milestones = {
            "wangfang": [self.question, self.preview, f"{jid} 已提交", f"{jid} 完成"],
            "liuqiang": [f"{jid} 完成"],
            "sunhong": [f"{jid} 完成"],
        }
        for user, starts in milestones.items():
            got = texts_to(self.world, user)
            for start in starts:
                assert any(t.startswith(start) for t in got), f"{user} never got {start[:30]!r}: {got}"
        repeats: dict[str, int] = {}
        for user in milestones:
            seen = Counter(
                (m.msgtype, m.content if m.msgtype == "text" else (m.task_id or "").rsplit("_", 1)[0])
                for m in self.world.delivered(user)
            )
            repeats[user] = sum(n - 1 for n in seen.values() if n > 1)
            assert repeats[user] <= allowance(user), (
                f"{user} got repeats no crash explains: {[k for k, n in seen.items() if n > 1]}"
            )
        return repeats
