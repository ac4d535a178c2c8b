"""The inbox's group commit: concurrent enqueues share one script call, each keeps its own answer."""

from __future__ import annotations

import asyncio
import json

import pytest
from redis.exceptions import ResponseError

from storage.inbox import Inbox
from storage.keys import Keys


def event(user: str, n: int) -> str:
    return json.dumps({"kind": "text", "from_user": user, "n": n})


async def evalsha_calls(redis) -> int:  # type: ignore[no-untyped-def]
    stats = await redis.info("commandstats")
    return int(stats.get("cmdstat_evalsha", {}).get("calls", 0))


async def test_concurrent_enqueues_are_all_added_in_call_order(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys, max_batch=16)
    calls = [(f"u{i % 3}", i) for i in range(100)]
    ids = await asyncio.gather(*(inbox.enqueue(event(u, i), f"msg:{i}", u) for u, i in calls))
    assert all(ids) and len(set(ids)) == 100
    rows = await redis.xrange(keys.inbox())
    assert [json.loads(f["event"])["n"] for _id, f in rows] == list(range(100))  # stream order = call order
    for user in ("u0", "u1", "u2"):
        order = await redis.lrange(keys.inbox_order(user), 0, -1)
        assert order == [ids[i] for i, (u, _n) in enumerate(calls) if u == user]


async def test_many_callers_share_few_script_calls(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys, max_batch=8)
    await inbox.enqueue(event("warm", 0), "msg:warm", "warm")  # loads the script
    before = await evalsha_calls(redis)
    ids = await asyncio.gather(*(inbox.enqueue(event("u", i), f"msg:{i}", "u") for i in range(40)))
    calls = await evalsha_calls(redis) - before
    assert all(ids)
    assert 5 <= calls < 40  # at most 8 per call, and batched at all


async def test_a_duplicate_in_the_same_batch_is_refused_once(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    first, second, other = await asyncio.gather(
        inbox.enqueue(event("a", 1), "msg:1", "a"),
        inbox.enqueue(event("a", 1), "msg:1", "a"),
        inbox.enqueue(event("a", 2), "msg:2", "a"),
    )
    assert first is not None and second is None and other is not None
    assert await redis.xlen(keys.inbox()) == 2
    assert await inbox.enqueue(event("a", 1), "msg:1", "a") is None  # and later too


async def test_a_failed_call_fails_every_caller_and_marks_nothing_seen(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    await redis.set(keys.inbox(), "not a stream")  # XADD fails with WRONGTYPE inside the script
    results = await asyncio.gather(
        *(inbox.enqueue(event("b", i), f"msg:{i}", "b") for i in range(5)), return_exceptions=True
    )
    assert all(isinstance(r, ResponseError) for r in results)
    await redis.delete(keys.inbox())
    # WeCom retries: nothing was marked seen, so every retry is taken (none is lost as a "duplicate")
    ids = await asyncio.gather(*(inbox.enqueue(event("b", i), f"msg:{i}", "b") for i in range(5)))
    assert all(ids)
    assert await redis.xlen(keys.inbox()) == 5


async def test_a_caller_that_gives_up_does_not_disturb_the_others(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    tasks = [asyncio.create_task(inbox.enqueue(event("c", i), f"msg:{i}", "c")) for i in range(6)]
    await asyncio.sleep(0)  # all six are waiting for the same commit
    tasks[2].cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(done[2], asyncio.CancelledError)
    assert all(isinstance(r, str) for i, r in enumerate(done) if i != 2)
    # the given-up one was committed all the same (its retry is then a duplicate, never a loss)
    assert await redis.xlen(keys.inbox()) == 6
    assert await inbox.enqueue(event("c", 2), "msg:2", "c") is None


@pytest.mark.parametrize("size", [1, 2, 64, 65, 130])
async def test_batches_of_any_size_answer_everyone(redis, keys: Keys, size: int) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys, max_batch=64)
    ids = await asyncio.gather(*(inbox.enqueue(event("e", i), f"msg:{size}:{i}", f"e{i % 5}") for i in range(size)))
    assert len([i for i in ids if i]) == size
