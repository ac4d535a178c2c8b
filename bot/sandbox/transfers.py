"""离职继承 / 在职继承: customer and group transfers and their results (API.md §8).

Per-customer checks, in order: 40096 unknown customer · 40130 handover == takeover · 40131 handover
is not a follower · 40100 already in a transfer flow (any waiting transfer of that customer) ·
takeover eligibility (41054 not activated/disabled [unverified], 84074 not a customer-contact member
[unverified], 40098 not real-name verified, 40143 banned) · 40128 (on-job, ≥2 transfers in 90 days)
· 40099 takeover at the customer cap (counted on current customers; a cap reached while transfers
wait shows as status 4 at completion instead).
Top-level: >100 ids → 40058 [unverified]; unknown/deleted takeover → 40003 [unverified]; takeover
outside the app's visibility → 60011; resigned APIs with an active handover → 40097; on-job APIs with
a deleted handover → 60111 [unverified]; transfer_success_msg > 200 chars → 40058.
Results: status 2 with takeover_time = submission + 24 h; after that the takeover completes (1),
or the customer refuses (3, seeded by ``refusal_rate``), or the takeover is at the cap (4).
transfer_result for a pair without records returns an empty list (current docs; the old status 5
"无接替记录" is never produced).
Groups: immediate owner change. groupchat/transfer: 90501 unknown/not a customer group, 90508
already inherited, 90507 being inherited, 90504 owner unchanged, 90500 owner not resigned, 90503
group full. onjob_transfer: 90502 owner resigned, 40128 group moved ≥2 times in 90 days [unverified].
Both: >limit groups per original owner per (Beijing) day → 45009 per chat [unverified]; new-owner
ineligibility is top-level (codes as for takeovers) [unverified].
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from bot.sandbox.endpoints import Req, as_str, ok, require, route, str_list
from bot.sandbox.org import GROUP_RESIGNED_DONE, GROUP_RESIGNED_INHERITING, GroupMember, Member
from bot.sandbox.world import (
    JSON,
    NINETY_DAYS,
    ApiError,
    SandboxWorld,
    TransferRecord,
    decode_cursor,
    encode_cursor,
)

BEIJING = 8 * 3600


def _takeover(world: SandboxWorld, userid: str) -> Member:
    m = world.find_member(userid)
    if m is None or m.deleted:
        raise ApiError(40003, "invalid takeover userid")
    if not m.visible:
        raise ApiError(60011, "takeover userid outside app visibility")
    return m


def _takeover_problem(m: Member) -> int:
    if m.status != 1:
        return 41054
    if not m.customer_contact_enabled:
        return 84074
    if not m.real_name_verified:
        return 40098
    if m.banned:
        return 40143
    return 0


def _transfer_customers(world: SandboxWorld, req: Req, kind: str) -> JSON:
    body = req.body
    handover_id = as_str(require(body, "handover_userid"), "handover_userid")
    takeover_id = as_str(require(body, "takeover_userid"), "takeover_userid")
    external_ids = str_list(body.get("external_userid"), "external_userid", max_len=100)
    handover = world.find_member(handover_id)
    if kind == "resigned":
        if handover is None:
            raise ApiError(40003, "invalid handover userid")
        if not handover.deleted:
            raise ApiError(40097, "handover member has not resigned")
    else:
        msg = body.get("transfer_success_msg", "")
        if not isinstance(msg, str) or len(msg) > 200:
            raise ApiError(40058, "transfer_success_msg longer than 200 chars")
        if handover is None or handover.deleted:
            raise ApiError(60111, "handover userid not found")
    takeover = _takeover(world, takeover_id)
    now = world.now()
    waiting = world.waiting_customers()  # add_transfer keeps it current within this call too
    results = []
    for eid in external_ids:
        code = _customer_check(world, kind, handover_id, takeover, eid, waiting, now)
        if code == 0:
            world.add_transfer(TransferRecord(
                kind, handover_id, takeover_id, eid, now,
                will_refuse=world.rng.random() < world.refusal_rate, seq=len(world.transfers)))
        results.append({"external_userid": eid, "errcode": code})
    return ok(customer=results)


def _customer_check(world: SandboxWorld, kind: str, handover: str, takeover: Member, eid: str,
                    waiting: AbstractSet[str], now: float) -> int:
    customer = world.corp.customers.get(eid)
    if customer is None:
        return 40096
    if handover == takeover.userid:
        return 40130
    if customer.followed_by(handover) is None:
        return 40131
    if eid in waiting:
        return 40100
    problem = _takeover_problem(takeover)
    if problem:
        return problem
    if kind == "onjob":
        recent = [t for t in world.transfers
                  if t.kind == "onjob" and t.external_userid == eid and t.submitted_at > now - NINETY_DAYS]
        if len(recent) >= world.limits.onjob_transfers_per_90_days:
            return 40128
    at_cap = world.customer_count(takeover.userid) >= takeover.customer_cap
    if customer.followed_by(takeover.userid) is None and at_cap:
        return 40099
    return 0


def _transfer_result(world: SandboxWorld, req: Req, kind: str) -> JSON:
    handover = as_str(require(req.body, "handover_userid"), "handover_userid")
    takeover = as_str(require(req.body, "takeover_userid"), "takeover_userid")
    latest: dict[str, TransferRecord] = {}
    for t in world.transfers:
        if t.kind == kind and t.handover_userid == handover and t.takeover_userid == takeover:
            latest[t.external_userid] = t
    # While waiting, takeover_time is the future automatic takeover time.
    rows = [{"external_userid": t.external_userid, "status": t.status,
             "takeover_time": int(t.due_at if t.status == 2 else t.takeover_time)}
            for t in sorted(latest.values(), key=lambda t: t.seq)]
    start = int(decode_cursor("result", str(req.body.get("cursor") or "")) or 0)
    more = start + 1000 < len(rows)
    return ok(customer=rows[start:start + 1000],
              next_cursor=encode_cursor("result", str(start + 1000)) if more else "")


@route("externalcontact/resigned/transfer_customer", "POST")
def resigned_transfer_customer(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_customers(world, req, "resigned")


@route("externalcontact/transfer_customer", "POST")
def onjob_transfer_customer(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_customers(world, req, "onjob")


@route("externalcontact/resigned/transfer_result", "POST")
def resigned_transfer_result(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_result(world, req, "resigned")


@route("externalcontact/transfer_result", "POST")
def onjob_transfer_result(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_result(world, req, "onjob")


# ---------------------------------------------------------------------------- groups
def _transfer_groups(world: SandboxWorld, req: Req, kind: str) -> JSON:
    chat_ids = str_list(req.body.get("chat_id_list"), "chat_id_list", max_len=100)
    new_owner = _takeover(world, as_str(require(req.body, "new_owner"), "new_owner"))
    problem = _takeover_problem(new_owner)
    if problem:
        raise ApiError(problem, "new_owner cannot own customer groups")
    now = world.now()
    day = int((now + BEIJING) // 86400)
    failed = []
    for chat_id in chat_ids:
        code = _group_check(world, kind, chat_id, new_owner.userid, now, day)
        if code:
            failed.append({"chat_id": chat_id, "errcode": code, "errmsg": _GROUP_ERRMSG.get(code, "failed")})
            continue
        g = world.corp.groups[chat_id]
        day_key = f"{g.owner}|{day}"
        world.group_transfer_days[day_key] = world.group_transfer_days.get(day_key, 0) + 1
        g.original_owner = g.owner
        g.owner = new_owner.userid
        if kind == "resigned":
            g.status = GROUP_RESIGNED_DONE
        else:
            g.onjob_transfers.append(now)
        if not any(m.userid == new_owner.userid for m in g.members):
            g.members.append(GroupMember(new_owner.userid, 1, int(now), 1, g.original_owner, new_owner.name))
    return ok(failed_chat_list=failed)


_GROUP_ERRMSG = {
    90500: "the group owner has not resigned", 90501: "not a customer group",
    90502: "the group owner has resigned", 90503: "group is full, needs confirmation in the client",
    90504: "owner unchanged", 90507: "group is being inherited", 90508: "group already inherited",
    40128: "group transferred too often", 45009: "too many groups of this owner transferred today",
}


def _group_check(world: SandboxWorld, kind: str, chat_id: str, new_owner: str, now: float, day: int) -> int:
    g = world.corp.groups.get(chat_id)
    if g is None or not g.is_customer_group:
        return 90501
    owner = world.find_member(g.owner)
    owner_resigned = owner is None or owner.deleted
    if kind == "resigned":
        if g.status == GROUP_RESIGNED_DONE:
            return 90508
        if g.status == GROUP_RESIGNED_INHERITING:
            return 90507
        if g.owner == new_owner:
            return 90504
        if not owner_resigned:
            return 90500
    else:
        if owner_resigned:
            return 90502
        if g.owner == new_owner:
            return 90504
        recent = [t for t in g.onjob_transfers if t > now - NINETY_DAYS]
        if len(recent) >= 2:
            return 40128
    if g.full:
        return 90503
    if world.group_transfer_days.get(f"{g.owner}|{day}", 0) >= world.limits.groups_per_owner_per_day:
        return 45009
    return 0


@route("externalcontact/groupchat/transfer", "POST")
def groupchat_transfer(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_groups(world, req, "resigned")


@route("externalcontact/groupchat/onjob_transfer", "POST")
def groupchat_onjob_transfer(world: SandboxWorld, req: Req) -> JSON:
    return _transfer_groups(world, req, "onjob")
