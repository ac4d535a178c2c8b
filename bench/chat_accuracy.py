"""Handover requests through the real chat path, counted (not a test; issue #17 measured from inside).

    .venv/bin/python bench/chat_accuracy.py                        # dev37 (and dev38 when it exists)
    .venv/bin/python bench/chat_accuracy.py --set dev36 --failures  # and every line that is not RIGHT
    .venv/bin/python bench/chat_accuracy.py --set dev37 --limit 10  # the first 10 lines of each kind

The labelled sets and their directories are bench/understand_accuracy.py's (`--set NAME`, each `devN` with its
own devN_directory.json, dev/dev2 with directory.json). Taken from a set: the lines labelled `handover` that name
both a giver and a receiver and no split (`takeovers`/`split`), and, counted apart, the `unknown` look-alikes.

For each set a sandbox WeCom is built from the set's directory (members as user/list gives them; those whose
status is 5 leave the company after the bot's first sync, as they would in WeCom; status 2/4 stay disabled/not
activated), every member owns a few customers and a customer group, and one HR admin (not in the
directory) types the lines. Every member, not only the labelled givers: a reading that names the wrong giver
then files a job from that person and counts as WRONG (until 2026-12-06 only the givers owned any, so a wrong
giver ended as "nothing to hand over", counted OTHER). The real app runs against it on a Redis this bench
starts, and each line goes in as an encrypted, signed text callback (tests/support/stack.py). After a line the
admin's dialog is cleared and any job it filed is cancelled, so no line sees another's state.

Handover lines naming somebody whose name others in the directory share as strongly (the directory's resolver
finds several: "Fu Qiang" for 付强 and 付蔷, a userid that is another's pinyin) are counted apart, since asking
"which one?" is the right answer there. Each handover line ends as one of
  RIGHT          a preview of a job from exactly the labelled giver to the labelled receiver
  CONFIRM-RIGHT  "did you mean … reply 1" and, after a 1, that same right job
  ASKS           a numbered "which one?" or a request for a missing name (nothing filed yet)
  NOT-UNDERSTOOD 没看懂 / didn't get that
  WRONG          a job (directly or after the confirm) from or to somebody else: the worst case
  OTHER          anything else (a name lookup of half a sentence, "nothing to hand over", …)
and each look-alike as LEFT-ALONE, ASKED (a question about a handover) or FILED/PREVIEWED.

Time per message: the callback sent until the bot's inbox is empty again (polled every 10 ms, so ~10 ms is the
floor); a confirm's "1" is not counted. WeCom's 30-messages-a-minute per member is lifted on both sides.
What the sandbox cannot show: user/list has one `alias`, so a member with both an english_name and a different
alias ("May Lin" / "May", 6 in all the directories) is known to the bot by the alias alone.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.understand_accuracy import DATA, SET_DIRECTORY, SETS, fold_person, load  # noqa: E402
from bot.app import AppOptions  # noqa: E402
from bot.clock import ManualClock  # noqa: E402
from bot.directory.resolve import DirectoryIndex, Role  # noqa: E402
from bot.directory.userlist import members_from_user_list  # noqa: E402
from bot.handover.conversation import CONFIRM, NAME, PICK  # noqa: E402
from bot.sandbox import SandboxWorld  # noqa: E402
from bot.sandbox.org import (  # noqa: E402
    STATUS_EXITED,
    Corp,
    Customer,
    Department,
    FollowUser,
    GroupChat,
    GroupMember,
    Member,
)
from bot.sandbox.world import SandboxCredentials  # noqa: E402
from bot.wecom import RateLimits  # noqa: E402
from storage.embedded import EmbeddedRedis  # noqa: E402
from storage.ratelimit import Window  # noqa: E402
from tests.handover.conftest import depart  # noqa: E402
from tests.support.stack import DEMO_START, Stack, start_stack, stop_stack  # noqa: E402

ADMIN = "chatbench_admin"
APPROVER = "chatbench_approver"
CUSTOMERS_EACH = 3
STEP_SECONDS = 10.0  # world time between lines
# One admin types a line every few milliseconds: far more than the 30 messages a minute WeCom lets an app send one
# member (the bot's client waits for that budget in real time). Both sides' windows are lifted; this bench
# measures understanding, not pacing.
OPEN_WINDOWS = (Window(1_000_000, 60.0), Window(1_000_000, 3600.0))
HANDOVER_CLASSES = ("RIGHT", "CONFIRM-RIGHT", "ASKS", "NOT-UNDERSTOOD", "WRONG", "OTHER")
LOOKALIKE_CLASSES = ("LEFT-ALONE", "ASKED", "FILED/PREVIEWED")
NOT_UNDERSTOOD_HEADS = ("没看懂", "Sorry, I didn't get that")
LIVE = {"pending_approval", "approved"}
STRONG_MATCHES = {"userid", "name", "alias", "pinyin", "english"}


@dataclass
class Line:
    text: str
    kind: str  # "handover", "shared" (a handover naming someone whose name others share) or "lookalike"
    handover: str | None = None  # userids, for handover lines
    takeover: str | None = None


@dataclass
class Outcome:
    line: Line
    verdict: str
    reply: str
    got: tuple[str, str] | None = None  # the filed job's (handover, takeover)
    ms: float = 0.0
    confirmed: bool = False  # filed after the bench answered 1 to "did you mean …?"


@dataclass
class SetResult:
    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # labelled names the directory does not pin down


# --- the set -----------------------------------------------------------------------------------
def directory_users(name: str) -> list[dict[str, Any]]:
    import json

    path = SET_DIRECTORY.get(name, DATA / "directory.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    users: list[dict[str, Any]] = raw.get("userlist", []) if isinstance(raw, dict) else raw
    return users


class People:
    """A labelled name → the members it may name: its exact spelling (the userid as typed; name, English name,
    alias after folding), else the directory's own strong spellings (full pinyin, "Yuqiao Song")."""

    def __init__(self, users: Sequence[dict[str, Any]]) -> None:
        self.exact: dict[str, set[str]] = {}
        self.by_userid: dict[str, set[str]] = {}
        for user in users:
            userid = str(user["userid"])
            self.by_userid.setdefault(userid.lower(), set()).add(userid)  # as typed: "HAN Dong" is no userid
            for key in ("name", "english_name", "alias"):
                value = user.get(key)
                if value:
                    self.exact.setdefault(fold_person(value), set()).add(userid)
        self.index = DirectoryIndex.build(members_from_user_list(users))

    def userids(self, label: str) -> set[str]:
        exact = self.by_userid.get(label.strip().lower()) or self.exact.get(fold_person(label))
        if exact:
            return exact
        found = self.index.resolve(label)
        if found.status == "unique" and found.candidates[0].match in STRONG_MATCHES:
            return {found.candidates[0].member.userid}
        return {c.member.userid for c in found.candidates if c.match in STRONG_MATCHES}

    def shared(self, label: str, role: Role) -> bool:
        """Others in the directory answer to this name as strongly (the userid of one is the pinyin of another,
        two 付强/付蔷 spell "Fu Qiang"): the directory's resolver asks which one, and that is the right answer."""
        return self.index.resolve(label, role=role).status == "ambiguous"


def pick_lines(cases: Sequence[dict[str, Any]], users: Sequence[dict[str, Any]],
               limit: int | None) -> tuple[list[Line], list[str]]:
    people = People(users)
    handovers: list[Line] = []
    lookalikes: list[Line] = []
    skipped: list[str] = []
    for case in cases:
        slots = case.get("slots") or {}
        if case["intent"] == "unknown":
            lookalikes.append(Line(case["text"], "lookalike"))
            continue
        if case["intent"] != "handover" or not slots.get("handover") or not slots.get("takeover"):
            continue
        if slots.get("takeovers") or slots.get("split"):
            continue
        giver = people.userids(slots["handover"])
        receiver = people.userids(slots["takeover"])
        if len(giver) != 1 or len(receiver) != 1:
            skipped.append(f"{case['text']!r}: {slots['handover']} → {giver or '?'}, {slots['takeover']} → "
                           f"{receiver or '?'}")
            continue
        if giver == receiver:  # "simayun→司马云": one person spelled twice (generated), never a handover
            skipped.append(f"{case['text']!r}: {slots['handover']} and {slots['takeover']} are both {giver}")
            continue
        shared = people.shared(slots["handover"], "handover") or people.shared(slots["takeover"], "takeover")
        kind = "shared" if shared else "handover"
        handovers.append(Line(case["text"], kind, next(iter(giver)), next(iter(receiver))))
    if limit is not None:
        handovers, lookalikes = handovers[:limit], lookalikes[:limit]
    return handovers + lookalikes, skipped


def build_world(users: Sequence[dict[str, Any]], clock: ManualClock) -> SandboxWorld:
    """The set's directory as a corp; each member owns a few customers and one group (so a wrong giver is
    a wrong job, not an empty one); the admin and the approver are extra members."""
    corp = Corp(corp_id="wwchatbench0001", name="Chat bench")
    corp.add_department(Department(1, "公司", 0, "Company"))
    for user in users:
        departments = [int(d) for d in user.get("department") or [1]]
        for dept in departments:
            if dept not in corp.departments:
                corp.add_department(Department(dept, f"部门{dept}", 1, f"Dept {dept}", dept))
        status = int(user.get("status") or 1)
        corp.add_member(Member(
            userid=str(user["userid"]), name=str(user.get("name") or ""), department=departments,
            position=str(user.get("position") or ""), english_name=str(user.get("english_name") or ""),
            alias=str(user.get("alias") or ""), status=1 if status == STATUS_EXITED else status,
        ))
    corp.add_department(Department(999, "人力资源部", 1, "HR", 999))
    corp.add_member(Member(userid=ADMIN, name="值班人事", department=[999]))
    corp.add_member(Member(userid=APPROVER, name="审批专员", department=[999]))
    for giver in sorted(str(user["userid"]) for user in users):
        chat = GroupChat(chat_id=f"wrBench{giver}", name=f"{giver} 的客户群", owner=giver)
        chat.members.append(GroupMember(giver, 1))
        for i in range(CUSTOMERS_EACH):
            external = f"wmBench{giver}{i}"
            customer = Customer(external_userid=external, name=f"客户{i + 1}")
            customer.follow.append(FollowUser(userid=giver, remark=f"客户{i + 1}"))
            corp.add_customer(customer)
            chat.members.append(GroupMember(external, 2))
        corp.add_group(chat)
    world = SandboxWorld(corp, clock, refusal_rate=0.0, credentials=SandboxCredentials(corp_id=corp.corp_id))
    world.limits.messages_per_member_per_minute = world.limits.messages_per_member_per_hour = 1_000_000
    return world


# --- one line ----------------------------------------------------------------------------------
async def live_jobs(stack: Stack) -> dict[str, Any]:
    jobs = await stack.runtime.services["jobs"].recent(50)
    return {job.id: job for job in jobs if job.state in LIVE}


async def run_line(stack: Stack, line: Line) -> Outcome:
    conversations = stack.runtime.services["conversations"]
    before = set(await live_jobs(stack))
    start = time.perf_counter()
    replies = await stack.say(ADMIN, line.text)
    ms = (time.perf_counter() - start) * 1000
    reply = "\n".join(replies)
    dialog, _ = await conversations.load(ADMIN)
    state = dialog.state if dialog is not None else None
    confirmed = False
    if state == CONFIRM and line.kind != "lookalike":
        reply += "\n  (1) " + "\n".join(await stack.say(ADMIN, "1"))
        dialog, _ = await conversations.load(ADMIN)
        state = dialog.state if dialog is not None else None
        confirmed = True
    now = await live_jobs(stack)
    new = [job for job_id, job in now.items() if job_id not in before]
    got = (new[0].handover, new[0].takeover) if new else None
    if line.kind == "lookalike":
        verdict = "FILED/PREVIEWED" if new else "ASKED" if state in (CONFIRM, PICK, NAME) else "LEFT-ALONE"
    elif got is not None:
        right = got == (line.handover, line.takeover)
        verdict = ("CONFIRM-RIGHT" if confirmed else "RIGHT") if right else "WRONG"
    elif state in (PICK, NAME):
        verdict = "ASKS"
    elif reply.startswith(NOT_UNDERSTOOD_HEADS):
        verdict = "NOT-UNDERSTOOD"
    else:
        verdict = "OTHER"
    await reset(stack, new)
    return Outcome(line, verdict, reply, got, ms, confirmed)


async def reset(stack: Stack, new: Sequence[Any]) -> None:
    """No state survives a line: the admin's dialog goes, whatever it filed is withdrawn."""
    await stack.runtime.services["conversations"].clear(ADMIN)
    for job in new:
        await stack.runtime.services["jobs"].transition(
            job.id, to="cancelled", actor=ADMIN, expected_from=LIVE, note="chat bench reset")
    await stack.idle()
    stack.world.advance(STEP_SECONDS)


# --- one set -----------------------------------------------------------------------------------
async def run_lines(redis_url: str, lines: Sequence[Line], users: Sequence[dict[str, Any]]) -> list[Outcome]:
    """The lines through the real app on a world built from ``users``, on the Redis at ``redis_url``."""
    clock = ManualClock(DEMO_START)
    world = build_world(users, clock)
    options = AppOptions(redis_url=redis_url, clock=clock, claim_idle=2.0,
                         limits=RateLimits(member_message_windows=OPEN_WINDOWS))
    stack, closers = await start_stack(redis_url, world=world, options=options,
                                       HANDOVER_ADMINS=ADMIN, HANDOVER_APPROVERS=APPROVER)
    try:
        for user in users:
            if int(user.get("status") or 1) == STATUS_EXITED:
                await depart(stack, str(user["userid"]))
        return [await run_line(stack, line) for line in lines]
    finally:
        await stop_stack(closers)


async def run_set(lines: Sequence[Line], users: Sequence[dict[str, Any]]) -> list[Outcome]:
    """``run_lines`` on a Redis of its own (the project's embedded launcher), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="chatbench-") as tmp, EmbeddedRedis(data_dir=Path(tmp)) as redis:
        return await run_lines(redis.url, lines, users)


# --- figures -----------------------------------------------------------------------------------
def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0


KINDS = (
    # kind, title, classes, the classes that end well (not listed with --failures)
    ("handover", "handover requests, names unambiguous", HANDOVER_CLASSES, ("RIGHT",)),
    ("shared", "handover requests naming a shared name (asking is right)", HANDOVER_CLASSES, ("RIGHT", "ASKS")),
    ("lookalike", "look-alikes", LOOKALIKE_CLASSES, ("LEFT-ALONE",)),
)


def report(title: str, outcomes: Sequence[Outcome], failures: bool) -> None:
    for kind, label, classes, good in KINDS:
        mine = [o for o in outcomes if o.line.kind == kind]
        if not mine and kind == "shared":
            continue
        counts = Counter(o.verdict for o in mine)
        n = len(mine)
        print(f"== {title}: {label}, n={n}")
        for verdict in classes:
            print(f"    {verdict:16s} {counts[verdict]:4d}  {100 * counts[verdict] / max(n, 1):5.1f} %")
        times = [o.ms for o in mine]
        if times:
            median, p95 = statistics.median(times), percentile(times, 0.95)
            print(f"    time per message: median {median:.0f} ms, p95 {p95:.0f} ms")
        if failures:
            for verdict in (v for v in classes if v not in good):
                for o in (o for o in mine if o.verdict == verdict):
                    want = f" want {o.line.handover} → {o.line.takeover}" if o.line.handover else ""
                    got = f" got {o.got[0]} → {o.got[1]}" if o.got else ""
                    got += " (after confirming)" if o.got and o.confirmed else ""
                    shown = o.reply.replace("\n", " ⏎ ")[:160]
                    print(f"  [{verdict}] {o.line.text!r}{want}{got}\n      bot: {shown}")


def default_sets() -> list[str]:
    return [name for name in ("dev37", "dev38") if name in SETS and SETS[name].exists()]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="default: dev37 (and dev38 if present)")
    ap.add_argument("--limit", type=int, help="at most N handover lines and N look-alikes per set")
    ap.add_argument("--failures", action="store_true", help="print every line that did not end well")
    args = ap.parse_args(argv)
    logging.getLogger("bot").setLevel(logging.ERROR)  # not a warning per receiver without customers (84061)
    pooled: list[Outcome] = []
    names = args.set or default_sets()
    for name in names:
        path = SETS[name]
        if not path.exists():
            print(f"== {name}: {path} not found")
            continue
        users = directory_users(name)
        lines, skipped = pick_lines(load(path), users, args.limit)
        started = time.perf_counter()
        outcomes = asyncio.run(run_set(lines, users))
        print(f"{name}: {len(users)} members, {len(lines)} lines in {time.perf_counter() - started:.1f} s")
        if skipped:
            print(f"  {len(skipped)} handover lines left out (a labelled name is not one member):")
            print("\n".join(f"    {s}" for s in skipped))
        report(name, outcomes, args.failures)
        pooled.extend(outcomes)
    if len(names) > 1:
        report(f"pooled ({len(names)} sets)", pooled, failures=False)


if __name__ == "__main__":
    main()
