"""The simulated corp's data: departments, members, customers (外部联系人) and customer groups.

Plain mutable dataclasses: the sandbox world owns and mutates them. ``corp_to_dict`` /
``corp_from_dict`` give a JSON-safe round trip (snapshots, ``load_org`` files).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

JSON = dict[str, Any]

# user/get ``status`` codes.
STATUS_ACTIVE = 1
STATUS_DISABLED = 2
STATUS_NOT_ACTIVATED = 4
STATUS_EXITED = 5

# groupchat ``status`` codes.
GROUP_NORMAL = 0
GROUP_RESIGNED_WAITING = 1  # 离职待继承
GROUP_RESIGNED_INHERITING = 2  # 离职继承中
GROUP_RESIGNED_DONE = 3  # 离职继承完成

DEFAULT_CUSTOMER_CAP = 2000


@dataclass
class Department:
    id: int
    name: str
    parentid: int = 0
    name_en: str = ""
    order: int = 0
    leaders: list[str] = field(default_factory=list)


@dataclass
class Member:
    userid: str
    name: str
    department: list[int]
    position: str = ""
    english_name: str = ""
    alias: str = ""
    direct_leader: list[str] = field(default_factory=list)
    is_leader_in_dept: list[int] = field(default_factory=list)
    main_department: int = 0
    status: int = STATUS_ACTIVE
    deleted: bool = False
    dimission_time: int = 0
    customer_contact_enabled: bool = True
    real_name_verified: bool = True
    banned: bool = False
    visible: bool = True  # inside the app's visibility
    last_login: int = 0
    customer_cap: int = DEFAULT_CUSTOMER_CAP

    def __post_init__(self) -> None:
        if not self.main_department and self.department:
            self.main_department = self.department[0]
        if not self.is_leader_in_dept:
            self.is_leader_in_dept = [0] * len(self.department)


@dataclass
class FollowUser:
    userid: str
    remark: str = ""
    description: str = ""
    createtime: int = 0
    tags: list[JSON] = field(default_factory=list)  # {group_name, tag_name, type, tag_id}
    add_way: int = 1
    oper_userid: str = ""
    state: str = ""
    remark_corp_name: str = ""


@dataclass
class Customer:
    external_userid: str
    name: str
    corp_name: str = ""
    corp_full_name: str = ""
    type: int = 1  # 1 WeChat user, 2 WeCom user
    gender: int = 0
    position: str = ""
    follow: list[FollowUser] = field(default_factory=list)

    def followed_by(self, userid: str) -> FollowUser | None:
        return next((f for f in self.follow if f.userid == userid), None)


@dataclass
class GroupMember:
    userid: str
    type: int  # 1 member, 2 external
    join_time: int = 0
    join_scene: int = 1
    invitor: str = ""
    name: str = ""


@dataclass
class GroupChat:
    chat_id: str
    name: str
    owner: str
    create_time: int = 0
    notice: str = ""
    members: list[GroupMember] = field(default_factory=list)
    admin_list: list[str] = field(default_factory=list)
    status: int = GROUP_NORMAL
    is_customer_group: bool = True
    full: bool = False  # needs the client's confirmation to change owner (90503)
    onjob_transfers: list[float] = field(default_factory=list)  # world times
    original_owner: str = ""


@dataclass
class Corp:
    corp_id: str
    name: str
    departments: dict[int, Department] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    customers: dict[str, Customer] = field(default_factory=dict)
    groups: dict[str, GroupChat] = field(default_factory=dict)
    # The corp tag library (get_corp_tag_list): {group_id, group_name, order, tag: [{id, name, order}]}.
    # Tags found on followers but missing here are listed too (bot/sandbox/tags.py).
    tag_groups: list[JSON] = field(default_factory=list)

    def add_department(self, dept: Department) -> Department:
        self.departments[dept.id] = dept
        return dept

    def add_member(self, member: Member) -> Member:
        self.members[member.userid] = member
        return member

    def add_customer(self, customer: Customer) -> Customer:
        self.customers[customer.external_userid] = customer
        return customer

    def add_group(self, group: GroupChat) -> GroupChat:
        self.groups[group.chat_id] = group
        return group

    def customers_of(self, userid: str) -> list[Customer]:
        return [c for c in self.customers.values() if c.followed_by(userid) is not None]

    def subtree(self, dept_id: int) -> list[Department]:
        """The department and all of its descendants, parents first."""
        root = self.departments.get(dept_id)
        if root is None:
            return []
        out = [root]
        frontier = [dept_id]
        while frontier:
            children = sorted(
                (d for d in self.departments.values() if d.parentid in frontier and d.id not in frontier),
                key=lambda d: (d.order, d.id),
            )
            children = [d for d in children if d not in out]
            out.extend(children)
            frontier = [d.id for d in children]
        return out


def corp_to_dict(corp: Corp) -> JSON:
    return {
        "corp_id": corp.corp_id,
        "name": corp.name,
        "departments": [asdict(d) for d in corp.departments.values()],
        "members": [asdict(m) for m in corp.members.values()],
        "customers": [asdict(c) for c in corp.customers.values()],
        "groups": [asdict(g) for g in corp.groups.values()],
        "tag_groups": [dict(g) for g in corp.tag_groups],
    }


def corp_from_dict(data: JSON) -> Corp:
    corp = Corp(corp_id=str(data["corp_id"]), name=str(data.get("name", "")),
                tag_groups=list(data.get("tag_groups", [])))
    for d in data.get("departments", []):
        corp.add_department(Department(**d))
    for m in data.get("members", []):
        corp.add_member(Member(**m))
    for c in data.get("customers", []):
        follow = [FollowUser(**f) for f in c.get("follow", [])]
        corp.add_customer(Customer(**{**c, "follow": follow}))
    for g in data.get("groups", []):
        members = [GroupMember(**gm) for gm in g.get("members", [])]
        corp.add_group(GroupChat(**{**g, "members": members}))
    return corp


def load_org(path: str | Path) -> Corp:
    """Load a corp from a ``.json`` or ``.toml`` file shaped like ``corp_to_dict``'s output
    (TOML: top-level ``corp_id``/``name`` and arrays of tables ``[[members]]`` etc.)."""
    p = Path(path)
    raw = p.read_bytes()
    data: JSON = tomllib.loads(raw.decode("utf-8")) if p.suffix == ".toml" else json.loads(raw)
    return corp_from_dict(data)
