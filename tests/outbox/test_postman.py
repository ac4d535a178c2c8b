"""The outbox's delivery rules, one at a time, against the sandbox WeCom and the real Redis."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from bot.outbox import Postman, merge_texts
from bot.sandbox import SandboxWorld
from bot.wecom import RateLimits
from storage.connection import Redis
from storage.keys import Keys
from storage.outbox import OutboxEntry, OutboxStore
from storage.ratelimit import Window
from tests.engine.conftest import make_client


@pytest.fixture
def postman(session: aiohttp.ClientSession, redis: Redis, keys: Keys, world: SandboxWorld,
            api_base: str) -> Postman:  # fmt: skip
    limits = RateLimits(member_message_windows=(Window(3, 3600.0),), max_wait=0.1)
    client = make_client(session, redis, keys, world, api_base, limits=limits)
    return Postman(OutboxStore(redis, keys), client, instance="test")


class Killed(Exception):
    """The process ends here (SIGKILL): nothing after this point runs."""


def texts(world: SandboxWorld, userid: str) -> list[str]:
    return [m.content or "" for m in world.delivered(userid)]


async def test_posting_the_same_key_again_sends_nothing(postman: Postman, world: SandboxWorld) -> None:
    await postman.post("lina", "你好", key="r:1:0")
    await postman.post("lina", "你好", key="r:1:0")  # the same step, run again
    await postman.post("lina", "你好", key="r:2:0")  # the same words, another reply
    assert texts(world, "lina") == ["你好", "你好"]


async def test_past_the_budget_it_waits_and_other_members_are_not_delayed(
    postman: Postman, world: SandboxWorld
) -> None:
    for i in range(5):
        await postman.post("lina", f"第{i}条", key=f"r:{i}")
    assert texts(world, "lina") == ["第0条", "第1条", "第2条"]  # the budget is 3 per hour here
    members, waiting, _ = await postman.store.depth(9e9)
    assert (members, waiting) == (1, 2)
    [due] = await postman.store.due(9e9)
    assert due == "lina"
    await postman.post("zhoujie", "轮到你", key="z:1")
    assert texts(world, "zhoujie") == ["轮到你"]  # not behind lina's queue
    assert [e.text for e in await postman.store.peek("lina", 10)] == ["第3条", "第4条"]


async def test_far_over_budget_waiting_messages_are_merged_in_order(postman: Postman, world: SandboxWorld) -> None:
    for i in range(3 + postman.merge_at):
        await postman.post("lina", f"m{i}", key=f"r:{i}")
    left = await postman.store.peek("lina", 50)
    assert len(left) == 1 and left[0].text == "\n\n".join(f"m{i}" for i in range(3, 3 + postman.merge_at))


async def test_a_member_who_cannot_receive_is_skipped_not_retried_forever(
    postman: Postman, world: SandboxWorld
) -> None:
    await postman.post("nobody-here", "hi", key="x:1")
    assert await postman.store.depth(9e9) == (0, 0, 0.0)


async def test_a_notice_resent_after_a_lost_record_is_dropped_by_wecom(
    postman: Postman, world: SandboxWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sent, then the process dies before the entry is dropped: the re-send carries WeCom's
    duplicate check and the same body, so WeCom delivers it once."""
    real = postman.store.settle

    async def dies_after_the_send(userid: str, **kw: Any) -> int:
        if kw.get("delivered"):
            raise Killed
        return await real(userid, **kw)

    monkeypatch.setattr(postman.store, "settle", dies_after_the_send)
    with pytest.raises(Killed):
        await postman.post("lina", "H-1001 已提交", key="H-1001:submitted", once=True)
    monkeypatch.setattr(postman.store, "settle", real)
    await postman.flush("lina")  # the restarted sender
    assert texts(world, "lina") == ["H-1001 已提交"]
    sends = world.calls_to("message/send")
    assert len(sends) == 2 and all(c.body["enable_duplicate_check"] == 1 for c in sends)
    assert await postman.store.depth(9e9) == (0, 0, 0.0)


async def test_a_restart_of_the_instance_takes_its_member_locks_back(postman: Postman, redis: Redis,
                                                                     keys: Keys) -> None:  # fmt: skip
    assert await postman.store.lock("lina", 30.0, "test")  # the dead process's lock
    assert await postman.store.lock("lina", 30.0, "other") is None  # another instance must wait
    assert await postman.store.lock("lina", 30.0, "test")


def test_merge_takes_as_many_as_fit_in_one_text() -> None:
    entries = [OutboxEntry(str(i), "字" * 300, 0.0) for i in range(5)]  # 900 bytes each
    assert merge_texts(entries) == 2
    assert merge_texts(entries[:1]) == 1
