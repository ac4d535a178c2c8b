"""The backup store on real Redis: chunks in any order, written once and only by the lease holder;
the latest view survives an empty listing; generations pruned to one per day for N days."""

from __future__ import annotations

from storage.backup import BackedUpCustomer, BackedUpTag, BackupRun, CustomerBackupStore
from storage.connection import Redis
from storage.keys import Keys


def _c(eid: str, *tags: str) -> BackedUpCustomer:
    return BackedUpCustomer(external_userid=eid, name=eid.upper(), tags=[BackedUpTag(group="g", name=t) for t in tags])


def _run(gen: str = "2026-12-01T02:30:00") -> BackupRun:
    return BackupRun(generation=gen, started_at=1.0, members=["a", "b", "c", "d", "e"], chunk_size=2)


async def test_chunks_finish_in_any_order_once_and_only_for_the_holder(redis: Redis, keys: Keys) -> None:
    store = CustomerBackupStore(redis, keys)
    assert await store.acquire("one", 60)
    assert not await store.acquire("two", 60)  # one instance at a time
    run = await store.begin(_run())
    assert run.chunks == 3 and run.todo() == [0, 1, 2]
    assert await store.save_chunk(run, 2, {"e": [_c("w5")]}, holder="one", at=10.0)
    assert not await store.save_chunk(run, 2, {"e": []}, holder="one", at=11.0)  # written once
    assert not await store.save_chunk(run, 0, {"a": [_c("w1")]}, holder="two", at=12.0)  # not the holder
    again = await store.run()
    assert again is not None and again.todo() == [0, 1] and again.members == run.members
    assert await store.begin(_run("2026-12-02T00:00:00")) == again  # a second begin carries on the first
    assert await store.save_chunk(again, 0, {"a": [_c("w1"), _c("w2", "VIP")], "b": []}, holder="one", at=13.0)
    assert await store.save_chunk(again, 1, {"c": [_c("w3")], "d": []}, holder="one", at=14.0)
    gen = await store.finish(again, at=15.0, keep_days=7)
    assert (gen.id, gen.members, gen.customers) == ("2026-12-01T02:30:00", 5, 4)
    assert await store.run() is None
    a = await store.member_on("a", "2026-12-01")
    assert a is not None and [c.external_userid for c in a.customers] == ["w1", "w2"]
    assert a.customers[1].tags == [BackedUpTag(group="g", name="VIP")]
    assert await store.member_on("a", "2026-11-30") is None


async def test_an_empty_listing_keeps_the_last_real_backup(redis: Redis, keys: Keys) -> None:
    # a member deleted between the member list and their walk reads as empty: their book must stay
    store = CustomerBackupStore(redis, keys)
    await store.acquire("one", 60)
    first = await store.begin(_run("2026-12-01T02:30:00"))
    for i, chunk in enumerate([{"a": [_c("w1")], "b": []}, {"c": [], "d": []}, {"e": []}]):
        assert await store.save_chunk(first, i, chunk, holder="one", at=1.0 + i)
    await store.finish(first, at=5.0, keep_days=7)
    second = await store.begin(_run("2026-12-02T02:30:00"))
    for i, chunk in enumerate([{"a": [], "b": []}, {"c": [], "d": []}, {"e": []}]):
        assert await store.save_chunk(second, i, chunk, holder="one", at=10.0 + i)
    await store.finish(second, at=20.0, keep_days=7)
    latest = await store.latest("a")
    assert latest is not None and [c.external_userid for c in latest.customers] == ["w1"]
    newest = await store.member_on("a")
    assert newest is not None and newest.generation == "2026-12-02T02:30:00" and newest.customers == []


async def test_events_edit_the_latest_view(redis: Redis, keys: Keys) -> None:
    store = CustomerBackupStore(redis, keys)
    assert await store.latest("a") is None
    await store.put("a", _c("w1", "A类"), at=1.0)
    await store.put("a", _c("w2"), at=2.0)
    await store.remove("a", "w2", at=3.0)
    latest = await store.latest("a")
    assert latest is not None and latest.backed_up_at == 3.0
    assert [(c.external_userid, [t.name for t in c.tags]) for c in latest.customers] == [("w1", ["A类"])]


async def test_prune_keeps_the_newest_generation_of_the_last_n_days(redis: Redis, keys: Keys) -> None:
    store = CustomerBackupStore(redis, keys)
    await store.acquire("one", 60)
    ids = ["2026-12-01T02:30:00", "2026-12-02T02:30:00", "2026-12-02T15:00:00", "2026-12-03T02:30:00"]
    for n, gid in enumerate(ids):
        run = BackupRun(generation=gid, started_at=n, members=["a"], chunk_size=100)
        run = await store.begin(run)
        assert await store.save_chunk(run, 0, {"a": [_c(f"w{n}")]}, holder="one", at=float(n))
        await store.finish(run, at=float(n), keep_days=2)
    assert [g.id for g in await store.generations()] == ["2026-12-02T15:00:00", "2026-12-03T02:30:00"]
    assert not await redis.exists(keys.backup_generation("2026-12-01T02:30:00"))
    assert not await redis.exists(keys.backup_generation("2026-12-02T02:30:00"))
    day2 = await store.member_on("a", "2026-12-02")
    assert day2 is not None and day2.customers[0].external_userid == "w2"
