from __future__ import annotations

import asyncio

from storage.connection import Redis, connect
from storage.keys import Keys
from storage.timers import TimerStore, coalesce_key

T = 1_732_500_000.0


async def test_schedule_claim_complete(timers: TimerStore) -> None:
    assert await timers.schedule("expire:H-1001", T + 60, "job_expiry", {"job_id": "H-1001"})
    assert await timers.claim_due(T + 59, 10, 30, "a") == []
    [timer] = await timers.claim_due(T + 60, 10, 30, "a")
    assert (timer.id, timer.kind, timer.due, timer.payload, timer.attempt) == (
        "expire:H-1001", "job_expiry", T + 60, {"job_id": "H-1001"}, 1,
    )  # fmt: skip
    assert await timers.status(timer.id) == "inflight"
    assert not await timers.complete(timer.id, "someone-else")
    assert await timers.complete(timer.id, "a")
    assert await timers.status(timer.id) == "absent" and await timers.get(timer.id) is None
    assert await timers.claim_due(T + 1000, 10, 30, "a") == []


async def test_replace_semantics(timers: TimerStore) -> None:
    await timers.schedule("poll:H-1", T + 10, "takeover_poll", {"round": 1})
    assert await timers.schedule("poll:H-1", T + 20, "takeover_poll", {"round": 2})
    got = await timers.get("poll:H-1")
    assert got is not None and got.due == T + 20 and got.payload == {"round": 2}
    assert not await timers.schedule("poll:H-1", T + 5, "takeover_poll", {"round": 3}, replace=False)
    got = await timers.get("poll:H-1")
    assert got is not None and got.due == T + 20 and got.payload == {"round": 2}
    assert await timers.claim_due(T + 15, 10, 30, "a") == []
    assert [t.payload for t in await timers.claim_due(T + 20, 10, 30, "a")] == [{"round": 2}]
    assert (await timers.counts())["due"] == 0


async def test_cancel(timers: TimerStore) -> None:
    await timers.schedule("t1", T, "k")
    assert await timers.cancel("t1")
    assert not await timers.cancel("t1")
    assert await timers.claim_due(T + 1, 10, 30, "a") == []


async def test_two_claimers_get_each_timer_exactly_once(
    redis_url: str, keys: Keys, timers: TimerStore
) -> None:
    for i in range(200):
        await timers.schedule(f"t{i:03d}", T + i % 7, "k", {"i": i})
    clients = [connect(redis_url), connect(redis_url)]
    try:
        stores = [TimerStore(c, keys) for c in clients]

        async def drain(store: TimerStore, owner: str) -> list[str]:
            got: list[str] = []
            while batch := await store.claim_due(T + 10, 7, 60, owner):
                got += [t.id for t in batch]
                await asyncio.sleep(0)
            return got

        a, b = await asyncio.gather(drain(stores[0], "a"), drain(stores[1], "b"))
    finally:
        for c in clients:
            await c.aclose()
    assert set(a).isdisjoint(b)
    assert len(a) + len(b) == 200 and set(a) | set(b) == {f"t{i:03d}" for i in range(200)}
    assert (await timers.counts())["inflight"] == 200


async def test_expired_lease_is_delivered_again(timers: TimerStore) -> None:
    await timers.schedule("t", T, "k")
    [first] = await timers.claim_due(T, 10, 30, "crashed")
    assert await timers.claim_due(T + 29, 10, 30, "b") == []  # lease still held
    [again] = await timers.claim_due(T + 31, 10, 30, "b")
    assert again.id == "t" and again.attempt == 2 and first.attempt == 1
    assert not await timers.complete("t", "crashed")  # the old owner lost it
    assert await timers.complete("t", "b")
    assert await timers.status("t") == "absent"


async def test_reschedule_while_in_flight_survives_complete(timers: TimerStore) -> None:
    series = coalesce_key("checklist_reminder", "CL-7")
    await timers.schedule(series, T, "checklist_reminder")
    [claimed] = await timers.claim_due(T, 10, 30, "a")
    await timers.schedule(series, T + 86_400, "checklist_reminder")  # the handler's next occurrence
    assert not await timers.complete(claimed.id, "a")
    assert await timers.status(series) == "due"
    [next_one] = await timers.claim_due(T + 86_400, 10, 30, "a")
    assert next_one.attempt == 1  # a fresh schedule starts counting again


async def test_retry_extend_and_park(timers: TimerStore) -> None:
    await timers.schedule("t", T, "k", {"x": [1, 2]})
    [t1] = await timers.claim_due(T, 10, 30, "a")
    assert await timers.retry("t", "a", T + 100)
    assert await timers.claim_due(T + 99, 10, 30, "a") == []
    [t2] = await timers.claim_due(T + 100, 10, 30, "a")
    assert t2.attempt == 2 and t2.payload == {"x": [1, 2]}
    assert await timers.extend("t", "a", T + 1000)
    assert await timers.claim_due(T + 500, 10, 30, "b") == []  # lease extended
    assert not await timers.park(t2, "b", "nope", T)
    assert await timers.park(t2, "a", "unknown_kind", T + 500)
    assert await timers.status("t") == "parked"
    parked = await timers.parked()
    assert parked["t"]["reason"] == "unknown_kind" and parked["t"]["kind"] == "k"
    assert await timers.get("t") is None and t1.attempt == 1


async def test_timer_keys_have_no_ttl(timers: TimerStore, redis: Redis, keys: Keys) -> None:
    await timers.schedule("a", T, "k")
    await timers.schedule("b", T, "k")
    await timers.schedule("later", T + 100, "k")
    [ta, _] = await timers.claim_due(T, 10, 30, "o")
    await timers.park(ta, "o", "test", T)
    names = [keys.timers_due(), keys.timers_inflight(), keys.timers_data(), keys.timers_owner(),
             keys.timers_attempts(), keys.timers_parked()]  # fmt: skip
    assert await redis.exists(*names) == len(names)
    for key in names:
        assert await redis.ttl(key) == -1, key


def test_coalesce_key() -> None:
    assert coalesce_key("checklist_reminder", "CL-7", "chenjing") == "checklist_reminder:CL-7:chenjing"
