from __future__ import annotations

import asyncio

import pytest

from bot.wecom import MessageBudgetExceeded, RateLimits, WeComAPIError, Window
from storage.connection import Redis
from storage.keys import Keys
from storage.ratelimit import Admission, Blocks, Semaphore, WindowCharge, WindowLimiter
from tests.wecom.conftest import MakeClient
from tests.wecom.fake import Call, FakeWeCom


def max_in_any_window(times: list[float], span: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= span:
            start += 1
        best = max(best, end - start + 1)
    return best


async def test_two_instances_share_the_per_api_rate(fake: FakeWeCom, make_client: MakeClient) -> None:
    limits = RateLimits(api_windows=(Window(4, 0.5),), max_wait=10.0)
    first, second = make_client(limits=limits), make_client(limits=limits)
    await first.get_token()  # keep gettoken out of the picture
    fake.handlers["user/simplelist"] = lambda call: {"userlist": []}
    await asyncio.gather(*((first if i % 2 else second).simple_list_members(i) for i in range(14)))
    times = [c.at for c in fake.calls_to("user/simplelist")]
    assert len(times) == 14
    # Server-side arrival times; the span is a little under the window to absorb network jitter.
    assert max_in_any_window(times, 0.45) <= 4
    assert max(times) - min(times) >= 1.0  # 14 calls at 4 per 0.5 s need at least 3 full windows


async def test_rate_limit_raises_when_the_wait_exceeds_max_wait(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    client = make_client(limits=RateLimits(api_windows=(Window(2, 60.0),), max_wait=0.5))
    await client.simple_list_members(1)
    await client.simple_list_members(1)
    with pytest.raises(WeComAPIError) as info:
        await client.simple_list_members(1)
    assert info.value.kind == "rate_limited"
    assert info.value.retry_after is not None and info.value.retry_after > 0.5
    assert fake.count("user/simplelist") == 2


async def test_windows_are_all_or_nothing(redis: Redis, keys: Keys) -> None:
    limiter = WindowLimiter(redis, keys)
    small, big = WindowCharge("a", Window(1, 60.0)), WindowCharge("b", Window(5, 60.0))
    assert await limiter.try_acquire([small, big]) == 0
    assert await limiter.try_acquire([small, big]) > 0  # "a" is full, so "b" is not charged either
    for _ in range(4):
        assert await limiter.try_acquire([big]) == 0
    assert await limiter.try_acquire([big]) > 0
    with pytest.raises(ValueError):
        await limiter.try_acquire([small], cost=2)


async def test_the_31st_message_to_a_member_in_a_minute_is_not_sent(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    client = make_client(limits=RateLimits(max_wait=0.2))  # default 30/min, 1000/h
    for i in range(30):
        await client.send_text("alice", f"reminder {i}")
    with pytest.raises(MessageBudgetExceeded) as info:
        await client.send_text("alice", "one too many")
    assert info.value.kind == "rate_limited"
    assert info.value.retry_after is not None and info.value.retry_after > 0.2
    assert fake.count("message/send") == 30
    # a second instance sees the same budget
    with pytest.raises(MessageBudgetExceeded):
        await make_client(limits=RateLimits(max_wait=0.2)).send_text("alice", "still too many")
    # a multi-recipient send is all-or-nothing: bob is not charged by the refused send
    with pytest.raises(MessageBudgetExceeded):
        await client.send_text(["bob", "alice"], "hello both")
    for i in range(30):
        await client.send_text("bob", f"hi {i}")
    assert fake.count("message/send") == 60


async def test_a_send_waits_for_the_members_budget(fake: FakeWeCom, make_client: MakeClient) -> None:
    client = make_client(limits=RateLimits(member_message_windows=(Window(3, 0.5),), max_wait=5.0))
    for i in range(4):
        await client.send_text("alice", f"m{i}")
    sends = fake.calls_to("message/send")
    assert len(sends) == 4
    assert sends[3].at - sends[0].at >= 0.45  # the 4th waited for the window instead of being dropped


async def test_a_send_to_several_members_counts_for_each(fake: FakeWeCom, make_client: MakeClient) -> None:
    client = make_client(limits=RateLimits(member_message_windows=(Window(2, 60.0),), max_wait=0.1))
    await client.send_text(["a", "b"], "1")
    await client.send_text(["a", "b"], "2")
    with pytest.raises(MessageBudgetExceeded) as info:
        await client.send_text("a", "3")
    assert info.value.userids == ["a"]
    await client.send_text("c", "3")
    assert [c.json["touser"] for c in fake.calls_to("message/send")] == ["a|b", "a|b", "c"]


async def test_externalcontact_calls_are_capped_in_flight_across_instances(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    in_flight = 0
    peak = 0

    async def slow(call: Call) -> dict[str, object]:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.03)
        in_flight -= 1
        return {"group_chat": {"chat_id": call.json["chat_id"], "name": "g"}}

    fake.handlers["externalcontact/groupchat/get"] = slow
    limits = RateLimits(externalcontact_concurrency=2)
    first, second = make_client(limits=limits), make_client(limits=limits)
    await first.get_token()
    chats = await asyncio.gather(*((first if i % 2 else second).get_group_chat(f"c{i}") for i in range(12)))
    assert [c.chat_id for c in chats] == [f"c{i}" for i in range(12)]
    assert peak == 2


async def test_admission_is_all_or_nothing(redis: Redis, keys: Keys) -> None:
    admission = Admission(redis, keys)
    slots = Semaphore(redis, keys, "externalcontact", capacity=1, lease_seconds=60)
    one = [WindowCharge("externalcontact/x", Window(1, 60.0))]
    blocks = Blocks(redis, keys)

    await blocks.block("externalcontact/x", 60)
    refused = await admission.try_admit("externalcontact/x", one, slots=slots, holder="h1")
    assert refused.refused == "blocked" and refused.wait > 59
    assert await redis.zcard(slots.key) == 0  # no slot taken while blocked
    await redis.delete(keys.api_blocked_until("externalcontact/x"))

    await redis.zadd(slots.key, {"other": 10**13})  # the only slot is someone else's
    refused = await admission.try_admit("externalcontact/x", one, slots=slots, holder="h1")
    assert refused.refused == "slot"
    await redis.zrem(slots.key, "other")

    admitted = await admission.try_admit("externalcontact/x", one, slots=slots, holder="h1")
    assert admitted.refused is None  # the refusals above charged no window
    assert await redis.zrange(slots.key, 0, -1) == ["h1"]
    await slots.release("h1")
    again = await admission.try_admit("externalcontact/x", one, slots=slots, holder="h2")
    assert again.refused == "window" and again.wait > 0  # now the window is spent
    assert await redis.zcard(slots.key) == 0  # and no slot was kept for the refused call
    with pytest.raises(ValueError):
        await admission.try_admit("externalcontact/x", one, cost=2)
