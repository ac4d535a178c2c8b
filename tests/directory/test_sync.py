"""DirectorySync against an in-test fake of the WeCom API (Redis is real)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest

from bot.clock import ManualClock
from bot.directory.sync import ContactFields, DirectorySource, DirectorySync
from storage.connection import Redis
from storage.directory import DirectoryStore
from storage.keys import Keys
from tests.directory.people import LEFT_NOV_20, NOW, member


@dataclass(frozen=True)
class Dept:
    id: int
    name: str
    parentid: int = 0
    name_en: str = ""


@dataclass(frozen=True)
class User:
    userid: str
    name: str
    department: list[int]
    alias: str = ""
    english_name: str = ""
    main_department: int | None = None
    position: str = ""
    direct_leader: list[str] = field(default_factory=list)
    status: int = 1


@dataclass(frozen=True)
class Unassigned:
    handover_userid: str
    external_userid: str
    dimission_time: int


class APIError(Exception):
    pass


class FakeWeCom:
    """Answers like the directory and customer-contact endpoints of one small corp."""

    def __init__(self) -> None:
        self.departments = [
            Dept(1, "公司"), Dept(2, "销售一部", 1, "Sales 1"), Dept(3, "技术部", 1, "Engineering")
        ]
        self.users = {
            1: [User("wangfang", "王芳", [1])],
            2: [
                User("lina", "李娜", [2, 3], english_name="Lina Li", main_department=2),
                User("liuqiang", "刘强", [2], alias="Leo", position="经理"),
            ],
            3: [
                User("lina", "李娜", [2, 3], english_name="Lina Li", main_department=2),
                User("zhangwei2", "张伟", [3], direct_leader=["liuqiang"]),
                User("tangyue", "唐悦", [3], status=4),
            ],
        }
        self.follow = ["lina", "liuqiang", "zhangwei2"]
        self.unassigned = [
            Unassigned("zhangwei", "wmA", int(LEFT_NOV_20)),
            Unassigned("zhangwei", "wmB", int(LEFT_NOV_20)),
            Unassigned("zhangwei", "wmB", int(LEFT_NOV_20)),  # the same customer twice across pages
            Unassigned("wx_ghost", "wmC", int(LEFT_NOV_20) - 86400),
        ]
        self.member_calls: list[int] = []
        self.fail_follow = False
        self.fail_members = False
        self.get_user_answers: dict[str, User] = {}

    async def list_departments(self, id: int | None = None) -> list[Dept]:
        return list(self.departments)

    async def list_department_members(self, department_id: int) -> list[User]:
        self.member_calls.append(department_id)
        if self.fail_members and department_id == 3:
            raise APIError("45009 api freq out of limit")
        return list(self.users.get(department_id, []))

    async def list_follow_users(self) -> list[str]:
        if self.fail_follow:
            raise APIError("48002 api forbidden")
        return list(self.follow)

    async def iter_unassigned(self) -> AsyncIterator[Unassigned]:
        for row in self.unassigned:
            yield row

    async def get_user(self, userid: str) -> User:
        if userid not in self.get_user_answers:
            raise APIError("60111 userid not found")
        return self.get_user_answers[userid]


@pytest.fixture
def api() -> FakeWeCom:
    return FakeWeCom()


@pytest.fixture
def store(redis: Redis, keys: Keys) -> DirectoryStore:
    return DirectoryStore(redis, keys)


def make_sync(store: DirectoryStore, api: FakeWeCom) -> DirectorySync:
    source: DirectorySource = api
    return DirectorySync(store, source, clock=ManualClock(NOW))


async def test_full_sync_walks_departments_and_merges(store: DirectoryStore, api: FakeWeCom) -> None:
    await store.upsert(member("zhangwei", "张伟", departments=[2], department_names=["销售一部"]))
    report = await make_sync(store, api).full_sync()

    assert sorted(api.member_calls) == [1, 2, 3]  # user/list has no recursion: one call each
    everyone = {m.userid: m for m in await store.all_members()}
    assert set(everyone) == {"wangfang", "lina", "liuqiang", "zhangwei2", "tangyue", "zhangwei", "wx_ghost"}

    lina = everyone["lina"]
    assert lina.departments == [2, 3] and lina.department_names == ["销售一部", "技术部"]
    assert lina.department_names_en == ["Sales 1", "Engineering"]
    assert lina.english_name == "Lina Li" and lina.customer_contact is True
    assert everyone["liuqiang"].alias == "Leo" and everyone["liuqiang"].main_department == 2
    assert everyone["wangfang"].customer_contact is False
    assert everyone["tangyue"].status == "inactive"
    assert everyone["zhangwei2"].direct_leaders == ["liuqiang"]

    zhang = everyone["zhangwei"]  # known from before, now in get_unassigned_list
    assert zhang.departed and zhang.name == "张伟" and zhang.unassigned_customers == 2
    assert zhang.departed_at == int(LEFT_NOV_20)
    ghost = everyone["wx_ghost"]
    assert ghost.known_only_by_id and ghost.unassigned_customers == 1

    assert report.departments == 3 and report.listed == 5
    assert report.customer_contact == 3
    assert report.customer_counts == {"wx_ghost": 1, "zhangwei": 2}
    assert report.unassigned_customers == 4
    assert (report.departed_total, report.newly_departed, report.known_only) == (2, 2, 1)
    assert report.warnings == []
    assert report.version == await store.version()
    assert await store.synced_at() == NOW


async def test_follow_user_failure_is_a_warning(store: DirectoryStore, api: FakeWeCom) -> None:
    api.fail_follow = True
    report = await make_sync(store, api).full_sync()
    assert report.customer_contact is None
    assert any("get_follow_user_list" in w for w in report.warnings)
    lina = await store.get("lina")
    assert lina is not None and lina.customer_contact is None


async def test_a_failed_member_listing_changes_nothing(store: DirectoryStore, api: FakeWeCom) -> None:
    await store.upsert(member("old", "老员工"))
    version = await store.version()
    api.fail_members = True
    with pytest.raises(APIError):
        await make_sync(store, api).full_sync()
    assert await store.version() == version
    old = await store.get("old")
    assert old is not None and old.out_of_visibility_since is None


async def test_members_missing_from_the_next_sync_are_kept(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    api.users[3] = [u for u in api.users[3] if u.userid != "zhangwei2"]  # out of visibility now
    await sync.full_sync()
    zhang2 = await store.get("zhangwei2")
    assert zhang2 is not None and zhang2.status == "active" and zhang2.out_of_visibility_since == NOW


async def test_delete_user_marks_departed_at_event_time(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    gone = await sync.apply_contact_event("delete_user", "lina", at=LEFT_NOV_20)
    assert gone is not None and gone.departed and gone.departed_at == LEFT_NOV_20
    assert gone.department_names == ["销售一部", "技术部"]  # the record is kept
    # The next full sync no longer lists her; she stays departed, not "invisible".
    api.users = {k: [u for u in v if u.userid != "lina"] for k, v in api.users.items()}
    await sync.full_sync()
    lina = await store.get("lina")
    assert lina is not None and lina.departed and lina.out_of_visibility_since is None


async def test_update_user_refetches_the_member(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    api.get_user_answers["zhangwei2"] = User("zhangwei2", "张伟", [2], position="销售", main_department=2)
    updated = await sync.apply_contact_event("update_user", "zhangwei2", at=NOW)
    assert updated is not None and updated.department_names == ["销售一部"] and updated.position == "销售"
    assert updated.customer_contact is True  # carried over: user/get does not say


async def test_update_user_falls_back_to_the_event_fields(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    updated = await sync.apply_contact_event(
        "update_user", "liuqiang", fields=ContactFields(position="总监", departments=[3], status=5), at=NOW
    )
    assert updated is not None
    assert updated.position == "总监" and updated.department_names == ["技术部"]
    assert updated.departed and updated.departed_at == NOW and updated.alias == "Leo"


async def test_update_user_with_a_new_userid_moves_the_record(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    moved = await sync.apply_contact_event("update_user", "lina", new_userid="li.na", at=NOW)
    assert moved is not None and moved.userid == "li.na" and moved.name == "李娜"
    assert await store.get("lina") is None


async def test_create_user_adds_a_member(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    await sync.full_sync()
    api.get_user_answers["zhoujie"] = User("zhoujie", "周杰", [2])
    created = await sync.apply_contact_event("create_user", "zhoujie", at=NOW)
    assert created is not None and created.department_names == ["销售一部"]
    fallback = await sync.apply_contact_event(
        "create_user", "chenjing", fields=ContactFields(name="陈静", departments=[2]), at=NOW
    )
    assert fallback is not None and fallback.name == "陈静" and fallback.status == "active"
    # An id-only event for a stranger adds nothing; the next full sync will.
    assert await sync.apply_contact_event("create_user", "stranger", at=NOW) is None
    assert await store.get("stranger") is None


async def test_other_change_types_are_ignored(store: DirectoryStore, api: FakeWeCom) -> None:
    sync = make_sync(store, api)
    version = await store.version()
    assert await sync.apply_contact_event("update_party", "2", at=NOW) is None
    assert await store.version() == version
