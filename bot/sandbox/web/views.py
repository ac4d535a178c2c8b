"""The world as the web page shows it: plain JSON-able dicts, computed on request.

Everything here only reads the world. Untrusted text (customer names, messages, card fields) is
passed through as data; the page escapes it when it renders.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from bot.sandbox.org import (
    STATUS_ACTIVE,
    STATUS_DISABLED,
    STATUS_NOT_ACTIVATED,
    Member,
)
from bot.sandbox.web.chatlog import ChatLog
from bot.sandbox.world import SandboxWorld, TransferRecord

JSON = dict[str, Any]

# The people of STORIES.md, in the order a visitor meets them; any other member follows.
CAST = ("wangfang", "liuqiang", "sunhong", "zhangwei", "chenjing", "lina", "tangyue", "zhoujie",
        "zhaomin", "lilei", "zhangwei2", "zhangwei3")

TRANSFER_STATUS = {1: "done", 2: "waiting", 3: "refused", 4: "cap"}
GROUP_STATUS = {0: "normal", 1: "resigned_waiting", 2: "resigned_inheriting", 3: "resigned_done"}


def member_status(world: SandboxWorld, m: Member) -> str:
    if m.deleted:
        return "departed"
    if m.userid in world.pending_departures:
        return "departing"
    if m.status == STATUS_DISABLED:
        return "disabled"
    if m.status == STATUS_NOT_ACTIVATED:
        return "not_activated"
    return "active" if m.status == STATUS_ACTIVE else "exited"


def ordered_members(world: SandboxWorld) -> list[Member]:
    members = world.corp.members
    first = [members[u] for u in CAST if u in members]
    return first + [m for u, m in members.items() if u not in CAST]


def _dept_name(world: SandboxWorld, m: Member) -> tuple[str, str]:
    dept = world.corp.departments.get(m.main_department)
    return (dept.name, dept.name_en or dept.name) if dept else ("", "")


def _customer_counts(world: SandboxWorld) -> Counter[str]:
    counts: Counter[str] = Counter()
    for c in world.corp.customers.values():
        for f in c.follow:
            counts[f.userid] += 1
    return counts


def _group_counts(world: SandboxWorld) -> Counter[str]:
    return Counter(g.owner for g in world.corp.groups.values() if g.is_customer_group)


def member_summary(world: SandboxWorld, m: Member, admins: Sequence[str], approvers: Sequence[str],
                   customers: int, groups: int) -> JSON:
    dept_zh, dept_en = _dept_name(world, m)
    roles = []
    if m.userid in admins:
        roles.append("admin")
    if m.userid in approvers:
        roles.append("approver")
    if any(m.is_leader_in_dept):
        roles.append("leader")
    return {
        "userid": m.userid, "name": m.name, "english_name": m.english_name,
        "department": m.main_department, "dept": dept_zh, "dept_en": dept_en,
        "position": m.position, "status": member_status(world, m), "roles": roles,
        "customers": customers, "groups": groups, "can_chat": world.is_present(m.userid),
        "departure_at": world.pending_departures.get(m.userid) or (m.dimission_time or None),
    }


def org_view(world: SandboxWorld, admins: Sequence[str], approvers: Sequence[str]) -> JSON:
    customers = _customer_counts(world)
    groups = _group_counts(world)
    departments = []
    for root in (d for d in world.corp.departments.values() if d.parentid == 0):
        for d in world.corp.subtree(root.id):
            departments.append({"id": d.id, "name": d.name, "name_en": d.name_en or d.name,
                                "parentid": d.parentid, "leaders": list(d.leaders)})
    return {
        "corp": world.corp.name,
        "departments": departments,
        "members": [member_summary(world, m, admins, approvers, customers[m.userid], groups[m.userid])
                    for m in ordered_members(world)],
    }


def _latest(records: Iterable[TransferRecord]) -> TransferRecord | None:
    latest: TransferRecord | None = None
    for rec in records:
        if latest is None or (rec.submitted_at, rec.seq) >= (latest.submitted_at, latest.seq):
            latest = rec
    return latest


def _transfer_json(rec: TransferRecord) -> JSON:
    return {"kind": rec.kind, "status": TRANSFER_STATUS.get(rec.status, str(rec.status)),
            "handover": rec.handover_userid, "takeover": rec.takeover_userid,
            "submitted_at": rec.submitted_at, "due_at": rec.due_at, "takeover_time": rec.takeover_time or None}


def member_detail(world: SandboxWorld, userid: str, admins: Sequence[str], approvers: Sequence[str]) -> JSON:
    """One member's customers and groups: who follows each customer now, and how each
    handover involving this member stands (world.transfers)."""
    m = world.member(userid)
    mine = [t for t in world.transfers if userid in (t.handover_userid, t.takeover_userid)]
    by_customer: dict[str, list[TransferRecord]] = {}
    for t in mine:
        by_customer.setdefault(t.external_userid, []).append(t)
    rows = []
    following = 0
    for c in world.corp.customers.values():
        follows = c.followed_by(userid) is not None
        if not follows and c.external_userid not in by_customer:
            continue
        following += follows
        latest = _latest(by_customer.get(c.external_userid, []))
        mine_follow = c.followed_by(userid)
        rows.append({
            "external_userid": c.external_userid, "name": c.name, "corp_name": c.corp_name,
            "followers": [f.userid for f in c.follow], "follows": follows,
            "tags": [str(t.get("tag_name", "")) for t in mine_follow.tags] if mine_follow else [],
            "transfer": _transfer_json(latest) if latest else None,
        })
    out_counts = Counter(TRANSFER_STATUS.get(t.status, "?") for t in mine if t.handover_userid == userid)
    in_counts = Counter(TRANSFER_STATUS.get(t.status, "?") for t in mine if t.takeover_userid == userid)
    groups = []
    for g in world.corp.groups.values():
        if userid not in (g.owner, g.original_owner):
            continue
        groups.append({"chat_id": g.chat_id, "name": g.name, "owner": g.owner,
                       "original_owner": g.original_owner or None,
                       "status": GROUP_STATUS.get(g.status, str(g.status)), "members": len(g.members)})
    summary = member_summary(world, m, admins, approvers, following,
                             sum(1 for g in groups if g["owner"] == userid))
    return {**summary, "customer_list": rows, "group_list": groups,
            "transfers_out": dict(out_counts), "transfers_in": dict(in_counts)}


def conversation(world: SandboxWorld, log: ChatLog, userid: str, viewer: str = "") -> list[JSON]:
    """The member's chat with the bot (or, for ``group:<chatid>``, that group's thread as
    ``viewer`` sees it): what was typed and what the bot sent, in time order. Messages the
    platform dropped (per-member limits) show as a notice, as a support aid."""
    items: list[tuple[float, int, JSON]] = []
    for seq, sent in enumerate(log.of(userid)):
        who = "me" if not sent.by or sent.by == viewer else "member"
        items.append((sent.at, 0, {"id": sent.id, "at": sent.at, "from": who, "name": sent.by, "kind": "text",
                                   "content": sent.text, "seq": seq}))
    for seq, msg in enumerate(world.inbox(userid)):
        item: JSON = {"id": f"{msg.msgid}:{seq}", "at": msg.sent_at, "from": "bot", "kind": msg.msgtype}
        if msg.dropped:
            item["kind"] = "dropped"
        elif msg.msgtype in ("text", "markdown"):
            item["content"] = msg.content or ""
        else:
            item["card"] = msg.card or {}
            item["task_id"] = msg.task_id
        items.append((msg.sent_at, 1, item))
    items.sort(key=lambda x: (x[0], x[1]))
    return [i for _, _, i in items]


def conversation_fingerprint(world: SandboxWorld, log: ChatLog, userid: str) -> str:
    """Changes whenever the member's conversation would render differently (new messages,
    cards updated or greyed out)."""
    h = hashlib.sha1(usedforsecurity=False)
    h.update(f"{len(log.of(userid))}|{len(world.inbox(userid))}".encode())
    for msg in world.inbox(userid):
        if msg.card is not None and msg.task_id:
            h.update(json.dumps(msg.card, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


# The group chat the "ws" sandbox offers (the intelligent bot works in groups; the app does not).
DEMO_GROUPS = ({"id": "wrHRGroup", "name": "人事群", "name_en": "HR group"},)
BOT_MENTION = "@交接助手"


def world_fingerprint(world: SandboxWorld) -> str:
    """Changes whenever the org or customer panels would: departures, group owners and states,
    transfers and who follows whom."""
    h = hashlib.sha1(usedforsecurity=False)
    statuses = Counter(t.status for t in world.transfers)
    h.update(repr((len(world.transfers), sorted(statuses.items()), len(world.corp.customers),
                   sum(len(c.follow) for c in world.corp.customers.values()))).encode())
    h.update(repr([(u, m.deleted, m.status) for u, m in world.corp.members.items()]).encode())
    h.update(repr([(g.owner, g.status) for g in world.corp.groups.values()]).encode())
    h.update(repr(sorted(world.pending_departures.items())).encode())
    return h.hexdigest()


def clock_view(now: float, tz: tzinfo) -> JSON:
    local = datetime.fromtimestamp(now, tz)
    offset = local.utcoffset() or timedelta(0)
    return {"now": now, "offset_minutes": int(offset.total_seconds() // 60), "iso": local.isoformat(timespec="seconds"),
            "weekday": local.isoweekday()}


def next_working_day_at(now: float, tz: tzinfo, hhmm: str) -> float:
    """The next moment after ``now`` that is ``hhmm`` on a Monday–Friday in ``tz``."""
    hour, minute = (int(p) for p in hhmm.split(":"))
    local = datetime.fromtimestamp(now, tz)
    day = local.date()
    while True:
        candidate = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
        if candidate.timestamp() > now and candidate.isoweekday() <= 5:
            return candidate.timestamp()
        day += timedelta(days=1)
