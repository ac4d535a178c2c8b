"""The in-process slot relay: a finished call's externalcontact slot goes straight to a waiting call
of the same process, never past its lease, never after a 45009, and never leaks on cancellation."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.wecom import RateLimits
from bot.wecom.slots import HAND_ON_FOR, HeldSlot, SlotRelay
from storage.connection import Redis
from storage.keys import Keys
from storage.ratelimit import Admission, Semaphore, Window, WindowCharge
from tests.wecom.conftest import MakeClient
from tests.wecom.fake import Call, FakeWeCom


class Released:
    def __init__(self) -> None:
        self.holders: list[str] = []

    async def __call__(self, holder: str) -> None:
        self.holders.append(holder)


async def test_a_finished_slot_goes_to_the_longest_waiting_call_without_a_release() -> None:
    released = Released()
    relay = SlotRelay(released, lease_seconds=60)
    slot = relay.taken("h1")
    first = asyncio.create_task(relay.wait(5))
    second = asyncio.create_task(relay.wait(5))
    await asyncio.sleep(0)
    await relay.done(slot, hand_on=True)
    assert await first == slot
    assert not second.done() and released.holders == []
    await relay.done(slot, hand_on=True)
    assert await second == slot and released.holders == []
    await relay.done(slot, hand_on=True)  # nobody waits: back to Redis
    assert released.holders == ["h1"]


@pytest.mark.parametrize(
    ("slot", "hand_on"),
    [
        (HeldSlot("h1", time.monotonic()), False),  # e.g. the call was answered 45009
        # held for a while: back to Redis for the other instances
        (HeldSlot("h1", time.monotonic() - HAND_ON_FOR), True),
    ],
    ids=["no-hand-on", "held-too-long"],
)
async def test_the_slot_is_released_and_a_waiter_retries_through_redis(slot: HeldSlot, hand_on: bool) -> None:
    released = Released()
    relay = SlotRelay(released, lease_seconds=60)
    waiting = asyncio.create_task(relay.wait(5))
    await asyncio.sleep(0)
    await relay.done(slot, hand_on=hand_on)
    assert await waiting is None  # woken to take a slot through Redis, like everyone else
    assert released.holders == ["h1"]


async def test_a_waiter_that_gave_up_is_never_handed_a_slot() -> None:
    released = Released()
    relay = SlotRelay(released, lease_seconds=60)
    assert await relay.wait(0.001) is None
    await relay.done(relay.taken("h1"), hand_on=True)
    assert released.holders == ["h1"]


async def test_a_slot_handed_to_a_cancelled_call_is_passed_on_or_released() -> None:
    released = Released()
    relay = SlotRelay(released, lease_seconds=60)
    doomed = asyncio.create_task(relay.wait(5))
    heir = asyncio.create_task(relay.wait(5))
    await asyncio.sleep(0)
    slot = relay.taken("h1")
    await relay.done(slot, hand_on=True)  # resolved for `doomed`, which is cancelled before it runs
    doomed.cancel()
    assert await heir == slot  # passed on to the next waiter
    assert doomed.cancelled() and released.holders == []

    lonely = asyncio.create_task(relay.wait(5))
    await asyncio.sleep(0)
    await relay.done(slot, hand_on=True)
    lonely.cancel()
    for _ in range(5):
        await asyncio.sleep(0)
    assert lonely.cancelled() and released.holders == ["h1"]  # nobody to take it: released


async def test_reserve_charges_the_windows_of_a_call_refused_only_for_a_slot(redis: Redis, keys: Keys) -> None:
    admission = Admission(redis, keys)
    slots = Semaphore(redis, keys, "externalcontact", capacity=1, lease_seconds=60)
    two = [WindowCharge("externalcontact/x", Window(2, 60.0))]
    await redis.zadd(slots.key, {"other": 10**13})
    refused = await admission.try_admit("externalcontact/x", two, slots=slots, holder="h1", reserve=True)
    assert refused.refused == "slot" and refused.charged
    refused = await admission.try_admit("externalcontact/x", two, slots=slots, holder="h2")
    assert refused.refused == "slot" and not refused.charged
    await redis.zrem(slots.key, "other")
    assert (await admission.try_admit("externalcontact/x", two, slots=slots, holder="h2")).refused is None
    await slots.release("h2")
    spent = await admission.try_admit("externalcontact/x", two, slots=slots, holder="h3")
    assert spent.refused == "window"  # the reserved charge and h2's used the window of 2


def _slow_group_get(state: dict[str, int]) -> object:
    async def handler(call: Call) -> dict[str, object]:
        state["in_flight"] += 1
        state["peak"] = max(state["peak"], state["in_flight"])
        await asyncio.sleep(0.01)
        state["in_flight"] -= 1
        return {"group_chat": {"chat_id": call.json["chat_id"], "name": "g"}}

    return handler


async def test_calls_of_one_process_share_handed_slots_and_each_charges_its_window_once(
    fake: FakeWeCom, make_client: MakeClient, redis: Redis, keys: Keys
) -> None:
    state = {"in_flight": 0, "peak": 0}
    fake.handlers["externalcontact/groupchat/get"] = _slow_group_get(state)
    window = Window(1000, 60.0)
    client = make_client(limits=RateLimits(externalcontact_concurrency=2, api_windows=(window,)))
    await client.get_token()
    chats = await asyncio.gather(*(client.get_group_chat(f"c{i}") for i in range(9)))
    assert [c.chat_id for c in chats] == [f"c{i}" for i in range(9)]
    assert state["peak"] == 2
    assert await redis.zcard(keys.api_concurrency("externalcontact")) == 0  # every slot given back
    charged = await redis.hvals(keys.rate_window("externalcontact/groupchat/get", "60000ms"))
    assert sum(int(v) for v in charged) == 9  # reserved or not, once per call


async def test_a_45009_answer_sends_the_slot_back_so_waiting_calls_meet_the_block(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    answered: list[float] = []

    async def limited_once(call: Call) -> dict[str, object]:
        answered.append(time.monotonic())
        await asyncio.sleep(0.01)
        if len(answered) == 1:
            return {"errcode": 45009, "errmsg": "api freq out of limit"}
        return {"group_chat": {"chat_id": call.json["chat_id"], "name": "g"}}

    fake.handlers["externalcontact/groupchat/get"] = limited_once
    client = make_client(limits=RateLimits(externalcontact_concurrency=1, block_seconds=0.3, max_wait=5.0))
    await client.get_token()
    chats = await asyncio.gather(*(client.get_group_chat(f"c{i}") for i in range(3)))
    assert sorted(c.chat_id for c in chats) == ["c0", "c1", "c2"]
    # after the 45009 nobody called before the block ended (a handed slot would have skipped it)
    assert len(answered) == 4 and answered[1] - answered[0] >= 0.3
