"""DirectoryStore on the real Redis fixture."""

from __future__ import annotations

import asyncio

from bot.directory.lookup import DirectoryLookup
from bot.directory.models import Department
from storage.connection import Redis
from storage.directory import DepartedInfo, DirectoryStore
from storage.keys import Keys
from tests.directory.people import LEFT_NOV_20, NOW, member, people

DEPARTMENTS = [
    Department(id=1, name="公司"),
    Department(id=2, name="销售一部", parent_id=1, name_en="Sales 1"),
]


async def test_round_trip_members_and_departments(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    everyone = people()
    version = await store.upsert_many(everyone)
    await store.upsert_departments(DEPARTMENTS)
    assert version == 1
    assert await store.get("lina") == everyone[3]
    assert await store.get("nobody") is None
    assert set(await store.get_many(["lina", "lvbu", "nobody"])) == {"lina", "lvbu"}
    assert {m.userid for m in await store.all_members()} == {m.userid for m in everyone}
    assert (await store.departments())[2] == DEPARTMENTS[1]
    # Keys stay under the deployment prefix.
    assert all(str(k).startswith(keys.prefix) for k in await redis.keys("*"))


async def test_all_members_is_cached_until_the_version_moves(redis: Redis, keys: Keys) -> None:
    reader = DirectoryStore(redis, keys)
    writer = DirectoryStore(redis, keys)  # another process
    await writer.upsert_many(people())
    first = await reader.all_members()
    assert await reader.all_members() is first  # no reload while the version stands

    # A write that does not bump the version is invisible: proof that nothing was reloaded.
    await redis.hset(keys.directory_members(), "sneaky", member("sneaky", "偷偷").model_dump_json())
    assert "sneaky" not in {m.userid for m in await reader.all_members()}

    await writer.upsert(member("newbie", "新人"))
    reloaded = await reader.all_members()
    assert reloaded is not first
    assert {"newbie", "sneaky"} <= {m.userid for m in reloaded}


async def test_mark_departed_keeps_the_member(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert(member("chenjing", "陈静", departments=[2], department_names=["销售一部"]))
    departed = await store.mark_departed("chenjing", LEFT_NOV_20)
    assert departed.status == "departed" and departed.departed_at == LEFT_NOV_20
    stored = await store.get("chenjing")
    assert stored is not None and stored.name == "陈静" and stored.department_names == ["销售一部"]
    # A repeated event does not move the departure date.
    await store.mark_departed("chenjing", NOW)
    assert (await store.get("chenjing")).departed_at == LEFT_NOV_20  # type: ignore[union-attr]


async def test_mark_departed_of_a_stranger_creates_a_known_only_record(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    ghost = await store.mark_departed("wx_ghost", LEFT_NOV_20)
    assert ghost.known_only_by_id and ghost.departed and ghost.name == ""


async def test_add_known_only_never_overwrites_a_richer_record(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert(member("zhangwei", "张伟", position="销售"))
    kept = await store.add_known_only("zhangwei", LEFT_NOV_20, unassigned_customers=250)
    assert kept.name == "张伟" and kept.position == "销售" and not kept.known_only_by_id
    assert kept.departed and kept.unassigned_customers == 250

    fresh = await store.add_known_only("wx_ghost", LEFT_NOV_20, unassigned_customers=3)
    assert fresh.known_only_by_id and fresh.unassigned_customers == 3


async def test_rename_moves_the_record(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert(member("lina", "李娜"))
    moved = await store.rename("lina", "li.na")
    assert moved is not None and moved.userid == "li.na"
    assert await store.get("lina") is None
    assert (await store.get("li.na")).name == "李娜"  # type: ignore[union-attr]
    assert await store.rename("nobody", "somebody") is None


async def test_full_sync_keeps_departed_and_invisible_members(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert_many(
        [
            member("stay", "留下"),
            member("gone_event", "删除"),  # a delete_user event will arrive
            member("gone_unassigned", "离职有客户"),  # will show up in get_unassigned_list
            member("vanished", "不见了"),  # no evidence: out of visibility
        ]
    )
    await store.mark_departed("gone_event", LEFT_NOV_20)
    outcome = await store.replace_snapshot(
        [member("stay", "留下"), member("hired", "新人")],
        DEPARTMENTS,
        departed={
            "gone_unassigned": DepartedInfo(departed_at=LEFT_NOV_20, customers=7),
            "wx_ghost": DepartedInfo(departed_at=LEFT_NOV_20, customers=2),
        },
        synced_at=NOW,
    )
    everyone = {m.userid: m for m in await store.all_members()}
    assert set(everyone) == {"stay", "hired", "gone_event", "gone_unassigned", "vanished", "wx_ghost"}
    assert everyone["stay"].status == "active" and everyone["stay"].out_of_visibility_since is None
    assert everyone["gone_event"].departed and everyone["gone_event"].unassigned_customers == 0
    assert everyone["gone_unassigned"].departed and everyone["gone_unassigned"].unassigned_customers == 7
    assert everyone["gone_unassigned"].name == "离职有客户"
    assert everyone["vanished"].status == "active" and everyone["vanished"].out_of_visibility_since == NOW
    assert everyone["wx_ghost"].known_only_by_id and everyone["wx_ghost"].unassigned_customers == 2
    assert (outcome.listed, outcome.departed_total, outcome.newly_departed) == (2, 3, 2)
    assert (outcome.known_only, outcome.out_of_visibility) == (1, 1)
    assert outcome.version == await store.version()
    assert await store.synced_at() == NOW

    # Listed again later: the invisibility mark goes away.
    await store.replace_snapshot(
        [member("stay", "留下"), member("vanished", "不见了")], DEPARTMENTS, departed={}, synced_at=NOW + 60
    )
    back = await store.get("vanished")
    assert back is not None and back.out_of_visibility_since is None
    assert (await store.get("gone_unassigned")).unassigned_customers == 0  # type: ignore[union-attr]


async def test_a_delete_event_during_a_full_sync_is_not_lost(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert_many([member(f"u{i}", f"成员{i}") for i in range(50)])
    listing = [member(f"u{i}", f"成员{i}") for i in range(1, 50)]  # u0 no longer listed
    await asyncio.gather(
        store.replace_snapshot(listing, DEPARTMENTS, departed={}, synced_at=NOW),
        *(store.mark_departed("u0", LEFT_NOV_20) for _ in range(3)),
    )
    u0 = await store.get("u0")
    assert u0 is not None and u0.departed and u0.out_of_visibility_since is None


async def test_lookup_rebuilds_the_index_only_when_the_directory_changed(redis: Redis, keys: Keys) -> None:
    store = DirectoryStore(redis, keys)
    await store.upsert_many(people())
    lookup = DirectoryLookup(store)
    index = await lookup.index()
    assert await lookup.index() is index
    assert (await lookup.resolve("Lina Li")).candidates[0].member.userid == "lina"
    await store.upsert(member("linali2", "李丽娜", english_name="Lina Li"))
    assert await lookup.index() is not index
    assert (await lookup.resolve("Lina Li")).status == "ambiguous"
