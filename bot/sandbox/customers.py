"""客户联系 reads: get_follow_user_list, list, get, batch/get_by_user, get_corp_tag_list, groupchat/list,
groupchat/get, get_unassigned_list (API.md §7, §8.1).

Decisions [unverified]: externalcontact/list for an unknown userid → 40003, for a deleted one → 60111,
for a member not configured for customer contact → 84074, for one without customers → 84061.
Deleted members are skipped by batch/get_by_user and omitted from follow_user of get (their customers
are reached through get_unassigned_list). groupchat/get of an unknown chat → 40050.
"""

from __future__ import annotations

from bot.sandbox.endpoints import Req, as_int, as_str, ok, optional_int, require, route, str_list
from bot.sandbox.org import Customer, FollowUser, GroupChat
from bot.sandbox.tags import tag_library
from bot.sandbox.world import JSON, ApiError, SandboxWorld, decode_cursor, encode_cursor


def contact_json(c: Customer) -> JSON:
    return {"external_userid": c.external_userid, "name": c.name, "position": c.position,
            "avatar": "", "corp_name": c.corp_name, "corp_full_name": c.corp_full_name or c.corp_name,
            "type": c.type, "gender": c.gender, "unionid": "", "external_profile": {"external_attr": []}}


def _follow_json(f: FollowUser, *, tag_ids: bool) -> JSON:
    out: JSON = {"userid": f.userid, "remark": f.remark, "description": f.description,
                 "createtime": f.createtime, "remark_corp_name": f.remark_corp_name, "remark_mobiles": [],
                 "oper_userid": f.oper_userid or f.userid, "add_way": f.add_way, "state": f.state}
    if tag_ids:
        out["tag_id"] = [str(t.get("tag_id", "")) for t in f.tags if t.get("type", 1) == 1]
    else:
        out["tags"] = list(f.tags)
    return out


@route("externalcontact/get_follow_user_list", "GET")
def get_follow_user_list(world: SandboxWorld, req: Req) -> JSON:
    return ok(follow_user=[m.userid for m in world.corp.members.values()
                           if world.is_present(m.userid) and m.customer_contact_enabled])


@route("externalcontact/list", "GET")
def external_list(world: SandboxWorld, req: Req) -> JSON:
    userid = req.query.get("userid", "")
    if not userid:
        raise ApiError(40063, "missing parameter: userid")
    m = world.find_member(userid)
    if m is None:
        raise ApiError(40003, "invalid userid")
    if m.deleted:
        raise ApiError(60111, "userid not found")
    if not m.visible:
        raise ApiError(60011, "no privilege to access/modify contact/party/agent")
    if not m.customer_contact_enabled:
        raise ApiError(84074, "no external contact permission")
    ids = sorted(c.external_userid for c in world.corp.customers_of(userid))
    if not ids:
        raise ApiError(84061, "not external contact")
    return ok(external_userid=ids)


@route("externalcontact/get", "GET")
def external_get(world: SandboxWorld, req: Req) -> JSON:
    eid = req.query.get("external_userid", "")
    if not eid:
        raise ApiError(40063, "missing parameter: external_userid")
    c = world.corp.customers.get(eid)
    if c is None:
        raise ApiError(40096, "invalid external userid")
    follows = [f for f in c.follow if world.is_present(f.userid)]
    start = int(decode_cursor("get", req.query.get("cursor", "")) or 0)
    page = follows[start:start + 500]
    more = start + 500 < len(follows)
    return ok(external_contact=contact_json(c), follow_user=[_follow_json(f, tag_ids=False) for f in page],
              next_cursor=encode_cursor("get", str(start + 500)) if more else "")


@route("externalcontact/batch/get_by_user", "POST")
def batch_get_by_user(world: SandboxWorld, req: Req) -> JSON:
    userids = str_list(req.body.get("userid_list"), "userid_list", max_len=100)
    limit = optional_int(req.body.get("limit"), "limit", 50)
    if limit < 1:
        raise ApiError(40058, "limit must be positive")
    limit = min(limit, 100)  # doc 92994: "超过最大值时取最大值" — over 100 is read as 100, not refused
    cursor = str(req.body.get("cursor") or "")
    start = int(decode_cursor("batch", cursor) or 0)
    # The (customer, follower) list of these members is fixed when the walk starts (first page) and
    # reused by its later pages: a walk over a 200,000-customer corp must not rescan it per page.
    walk_key = "\x00".join(userids)
    pairs = world.batch_walks.get(walk_key) if cursor else None
    if pairs is None:
        present = [u for u in userids if world.is_present(u)]
        wanted = set(present)
        by_user: dict[str, list[str]] = {u: [] for u in present}
        if world.follower_index is not None:
            by_user = {u: list(world.follower_index.get(u, [])) for u in present}
        else:
            for c in world.corp.customers.values():
                for f in c.follow:
                    if f.userid in wanted:
                        by_user[f.userid].append(c.external_userid)
        pairs = [(u, eid) for u in present for eid in sorted(by_user[u])]
        world.remember_walk(walk_key, pairs)
    rows = []
    for userid, eid in pairs[start:start + limit]:
        found = world.corp.customers.get(eid)
        follow = found.followed_by(userid) if found is not None else None
        if found is not None and follow is not None:  # gone since the walk began: skipped, as a live read
            rows.append({"external_contact": contact_json(found), "follow_info": _follow_json(follow, tag_ids=True)})
    more = start + limit < len(pairs)
    return ok(external_contact_list=rows, next_cursor=encode_cursor("batch", str(start + limit)) if more else "")


@route("externalcontact/get_corp_tag_list", "POST")
def get_corp_tag_list(world: SandboxWorld, req: Req) -> JSON:
    tag_ids = str_list(req.body.get("tag_id"), "tag_id", max_len=1000, min_len=0)
    group_ids = str_list(req.body.get("group_id"), "group_id", max_len=1000, min_len=0)
    return ok(tag_group=tag_library(world, tag_ids=tag_ids, group_ids=group_ids))


# ---------------------------------------------------------------------------- groups
@route("externalcontact/groupchat/list", "POST")
def groupchat_list(world: SandboxWorld, req: Req) -> JSON:
    body = req.body
    limit = as_int(require(body, "limit"), "limit")
    if not 1 <= limit <= 1000:
        raise ApiError(40058, "limit must be 1..1000")
    status_filter = optional_int(body.get("status_filter"), "status_filter", 0)
    if status_filter not in (0, 1, 2, 3):
        raise ApiError(40058, "invalid status_filter")
    owner_filter = body.get("owner_filter") or {}
    if not isinstance(owner_filter, dict):
        raise ApiError(40058, "invalid owner_filter")
    owners = str_list(owner_filter.get("userid_list"), "owner_filter.userid_list", max_len=100, min_len=0)
    if not owners:
        visible = sum(1 for m in world.corp.members.values() if world.is_present(m.userid))
        if visible > world.limits.visible_members_for_unfiltered_groupchat_list:
            raise ApiError(81017, "too many members in app visibility: use owner_filter")
    chats = []
    for g in sorted(world.corp.groups.values(), key=lambda g: (g.create_time, g.chat_id)):
        if not g.is_customer_group:
            continue
        owner = world.find_member(g.owner)
        if owners:
            if g.owner not in owners:
                continue
        elif owner is None or owner.deleted:
            continue  # resigned owners' groups only when named in owner_filter
        if owner is not None and not owner.deleted and not owner.visible:
            continue
        if status_filter and g.status != status_filter:
            continue
        chats.append({"chat_id": g.chat_id, "status": g.status})
    start = int(decode_cursor("groups", str(body.get("cursor") or "")) or 0)
    more = start + limit < len(chats)
    return ok(group_chat_list=chats[start:start + limit],
              next_cursor=encode_cursor("groups", str(start + limit)) if more else "")


def group_json(world: SandboxWorld, g: GroupChat, need_name: bool) -> JSON:
    members = []
    for gm in g.members:
        item: JSON = {"userid": gm.userid, "type": gm.type, "join_time": gm.join_time,
                      "join_scene": gm.join_scene, "invitor": {"userid": gm.invitor or g.owner},
                      "group_nickname": ""}
        if gm.type == 2:
            item["unionid"] = ""
        if need_name:
            item["name"] = gm.name
        members.append(item)
    return {"chat_id": g.chat_id, "name": g.name, "owner": g.owner, "create_time": g.create_time,
            "notice": g.notice, "member_list": members, "admin_list": [{"userid": a} for a in g.admin_list],
            "member_version": str(len(g.members))}


@route("externalcontact/groupchat/get", "POST")
def groupchat_get(world: SandboxWorld, req: Req) -> JSON:
    chat_id = as_str(require(req.body, "chat_id"), "chat_id")
    g = world.corp.groups.get(chat_id)
    if g is None or not g.is_customer_group:
        raise ApiError(40050, "invalid chatid")
    need_name = optional_int(req.body.get("need_name"), "need_name", 0) == 1
    return ok(group_chat=group_json(world, g, need_name))


# ---------------------------------------------------------------------------- unassigned
def unassigned(world: SandboxWorld) -> list[tuple[int, str, str]]:
    """(dimission_time, handover_userid, external_userid) of deleted members' customers that are
    not in, or done with, a transfer flow from that member; sorted."""
    busy = {(t.handover_userid, t.external_userid) for t in world.transfers
            if t.kind == "resigned" and t.status in (1, 2)}
    rows = []
    for m in world.corp.members.values():
        if not m.deleted:
            continue
        for c in world.corp.customers_of(m.userid):
            if (m.userid, c.external_userid) not in busy:
                rows.append((m.dimission_time, m.userid, c.external_userid))
    return sorted(rows)


@route("externalcontact/get_unassigned_list", "POST")
def get_unassigned_list(world: SandboxWorld, req: Req) -> JSON:
    page_size = optional_int(req.body.get("page_size"), "page_size", 1000)
    if not 1 <= page_size <= 1000:
        raise ApiError(40058, "page_size must be 1..1000")
    after = decode_cursor("unassigned", str(req.body.get("cursor") or ""))
    rows = unassigned(world)
    if after is not None:
        # Keyset cursor: rows that start or finish a transfer between pages never shift the rest.
        t, h, e = after.split("\x00")
        key = (int(t), h, e)
        rows = [r for r in rows if r > key]
    page = rows[:page_size]
    is_last = len(rows) <= page_size
    cursor = "" if is_last else encode_cursor("unassigned", "\x00".join(map(str, page[-1])))
    return ok(info=[{"handover_userid": h, "external_userid": e, "dimission_time": t} for t, h, e in page],
              is_last=is_last, next_cursor=cursor)
