"""Directory reads: department/list, department/simplelist, user/get, user/simplelist, user/list,
user/list_id (contacts-sync secret only). Deleted members are gone (60111); members outside the
app's visibility → 60011. Unknown department → 60123 [unverified: 无效的部门id]."""

from __future__ import annotations

from bot.sandbox.endpoints import Req, as_int, ok, optional_int, route
from bot.sandbox.org import Department, Member
from bot.sandbox.world import JSON, ApiError, SandboxWorld, decode_cursor, encode_cursor


def _dept_json(d: Department) -> JSON:
    return {"id": d.id, "name": d.name, "name_en": d.name_en, "department_leader": list(d.leaders),
            "parentid": d.parentid, "order": d.order}


def _departments(world: SandboxWorld, raw_id: str | None) -> list[Department]:
    if raw_id:
        dept_id = as_int(raw_id, "id")
        if dept_id not in world.corp.departments:
            raise ApiError(60123, "invalid department id")
        return world.corp.subtree(dept_id)
    roots = [d for d in world.corp.departments.values() if d.parentid not in world.corp.departments]
    return [d for root in sorted(roots, key=lambda d: d.id) for d in world.corp.subtree(root.id)]


@route("department/list", "GET", scope="directory")
def department_list(world: SandboxWorld, req: Req) -> JSON:
    return ok(department=[_dept_json(d) for d in _departments(world, req.query.get("id"))])


@route("department/simplelist", "GET", scope="directory")
def department_simplelist(world: SandboxWorld, req: Req) -> JSON:
    depts = _departments(world, req.query.get("id"))
    return ok(department_id=[{"id": d.id, "parentid": d.parentid, "order": d.order} for d in depts])


def user_json(m: Member) -> JSON:
    return {
        "userid": m.userid,
        "name": m.name,
        "department": list(m.department),
        "order": [0] * len(m.department),
        "position": m.position,
        "is_leader_in_dept": list(m.is_leader_in_dept),
        "direct_leader": list(m.direct_leader),
        "telephone": "",
        "alias": m.alias or m.english_name,
        "status": m.status,
        "main_department": m.main_department,
        "extattr": {"attrs": []},
        "external_position": "",
        "external_profile": {"external_corp_name": "", "external_attr": []},
    }


@route("user/get", "GET", scope="directory")
def user_get(world: SandboxWorld, req: Req) -> JSON:
    userid = req.query.get("userid", "")
    if not userid:
        raise ApiError(40063, "missing parameter: userid")
    m = world.find_member(userid)
    if m is None or m.deleted:
        raise ApiError(60111, "userid not found")
    if not m.visible:
        raise ApiError(60011, "no privilege to access/modify contact/party/agent")
    return ok(**user_json(m))


def _members_of(world: SandboxWorld, req: Req) -> list[Member]:
    raw = req.query.get("department_id", "")
    if not raw:
        raise ApiError(40063, "missing parameter: department_id")
    dept_id = as_int(raw, "department_id")
    if dept_id not in world.corp.departments:
        raise ApiError(60123, "invalid department id")
    return [m for m in world.corp.members.values() if not m.deleted and m.visible and dept_id in m.department]


@route("user/simplelist", "GET", scope="directory")
def user_simplelist(world: SandboxWorld, req: Req) -> JSON:
    return ok(userlist=[{"userid": m.userid, "name": m.name, "department": list(m.department)}
                        for m in _members_of(world, req)])


@route("user/list", "GET", scope="directory")
def user_list(world: SandboxWorld, req: Req) -> JSON:
    return ok(userlist=[user_json(m) for m in _members_of(world, req)])


@route("user/list_id", "POST", scope="contacts")
def user_list_id(world: SandboxWorld, req: Req) -> JSON:
    limit = optional_int(req.body.get("limit"), "limit", 10000)
    if not 1 <= limit <= 10000:
        raise ApiError(40058, "limit must be 1..10000")
    start = int(decode_cursor("list_id", str(req.body.get("cursor") or "")) or 0)
    rows = [{"userid": m.userid, "department": d}
            for m in world.corp.members.values() if not m.deleted for d in m.department]
    page = rows[start:start + limit]
    more = start + limit < len(rows)
    return ok(next_cursor=encode_cursor("list_id", str(start + limit)) if more else "", dept_user=page)
