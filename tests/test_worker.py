"""Inbox workers against a real Redis: ordering, crash recovery, poison events."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from bot.models.events import InboundEvent, TextMessage, dedupe_key, ordering_key
from bot.worker import InboxWorker
from storage.inbox import Inbox
from storage.keys import Keys

ROOT = Path(__file__).resolve().parents[1]


def text(user: str, n: int) -> TextMessage:
    return TextMessage(to_user="corp", from_user=user, create_time=1_700_000_000 + n, content=f"{user}-{n}",
                       msg_id=f"{abs(hash(user)) % 10_000}{n:06d}")


async def enqueue(inbox: Inbox, ev: TextMessage) -> str | None:
    return await inbox.enqueue(ev.model_dump_json(), dedupe_key(ev), ordering_key(ev))


async def wait_for(predicate, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


async def test_two_workers_keep_each_users_order_and_handle_everything_once(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    seen: list[str] = []
    rnd = random.Random(7)

    async def handle(event: InboundEvent) -> None:
        assert isinstance(event, TextMessage)
        await asyncio.sleep(rnd.random() * 0.01)
        seen.append(event.content)

    workers = [InboxWorker(inbox, handle, consumer=f"w{i}", concurrency=8, claim_idle=5) for i in range(2)]
    for w in workers:
        await w.start()
    users = ["alice", "bob", "carol"]
    for n in range(15):
        for u in users:
            await enqueue(inbox, text(u, n))
    await wait_for(lambda: len(seen) == 45)
    for w in workers:
        await w.stop()
    assert len(seen) == len(set(seen)) == 45
    for u in users:
        assert [s for s in seen if s.startswith(u)] == [f"{u}-{n}" for n in range(15)]
    assert await inbox.depth() == (0, 0)


async def test_duplicate_enqueue_is_refused(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    ev = text("alice", 1)
    assert await enqueue(inbox, ev) is not None
    assert await enqueue(inbox, ev) is None
    assert await redis.xlen(keys.inbox()) == 1


async def test_worker_killed_between_dequeue_and_ack_loses_nothing(redis, redis_url: str, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    await inbox.ensure_group()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.worker_proc", redis_url, keys.prefix],
                            cwd=ROOT, env=env)
    try:
        await enqueue(inbox, text("alice", 1))
        await enqueue(inbox, text("alice", 2))
        await wait_for(lambda: False if proc.poll() is not None else True)  # still alive
        for _ in range(500):
            if await redis.llen("test:started"):
                break
            await asyncio.sleep(0.02)
        assert await redis.llen("test:started") == 1  # it took the first entry and hangs before XACK
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    handled: list[str] = []

    async def handle(event: InboundEvent) -> None:
        assert isinstance(event, TextMessage)
        handled.append(event.content)

    survivor = InboxWorker(inbox, handle, consumer="survivor", claim_idle=0.3)
    await survivor.start()
    await wait_for(lambda: len(handled) == 2)
    await asyncio.sleep(0.8)  # give a wrong implementation the chance to handle something twice
    await survivor.stop()
    assert handled == ["alice-1", "alice-2"]
    assert await inbox.depth() == (0, 0)


async def test_poison_event_is_parked_after_bounded_attempts_and_the_queue_moves_on(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    inbox = Inbox(redis, keys)
    attempts = 0
    handled: list[str] = []

    async def handle(event: InboundEvent) -> None:
        nonlocal attempts
        assert isinstance(event, TextMessage)
        if event.content == "alice-1":
            attempts += 1
            raise RuntimeError("boom")
        handled.append(event.content)

    worker = InboxWorker(inbox, handle, consumer="w", claim_idle=0.1, max_attempts=3)
    await worker.start()
    await enqueue(inbox, text("alice", 1))
    await enqueue(inbox, text("alice", 2))
    await enqueue(inbox, text("bob", 1))
    await wait_for(lambda: len(handled) == 2)
    await worker.stop()
    assert attempts == 3
    assert handled.index("alice-2") >= 0 and "bob-1" in handled
    parked = await inbox.parked()
    assert len(parked) == 1 and "alice-1" in parked[0]["event"] and "boom" in parked[0]["reason"]
    assert await inbox.depth() == (0, 1)


async def test_a_redelivered_event_does_not_repeat_replies_already_sent(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    from bot.dispatcher import Context
    from storage.conversations import ConversationStore

    sent: list[str] = []

    class Messenger:
        async def send_text(self, touser: str | list[str], content: str) -> None:
            sent.append(content)

    ledger = ConversationStore(redis, keys)
    event = text("alice", 1)
    first = Context(event=event, user="alice", lang="en", messenger=Messenger(), ledger=ledger)
    await first.reply("one")
    await first.reply("two")
    # the worker died before XACK; the event is handled again from the start
    again = Context(event=event, user="alice", lang="en", messenger=Messenger(), ledger=ledger)
    await again.reply("one")
    await again.reply("two")
    await again.reply("three")  # new work the first run never reached still goes out
    assert sent == ["one", "two", "three"]


async def test_a_restarted_consumer_resumes_its_own_unacknowledged_events_at_once(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    """A process restarted under its instance id reads the events its predecessor had taken but
    not finished, without waiting for the idle time after which anyone may reclaim them."""
    inbox = Inbox(redis, keys)
    await inbox.ensure_group()
    for n in range(3):
        await enqueue(inbox, text("alice", n))
    taken = await inbox.read("slot-1-0", count=10, block_ms=10)  # ... then the process died
    assert len(taken) == 3
    seen: list[str] = []

    async def handle(event: InboundEvent) -> None:
        assert isinstance(event, TextMessage)
        seen.append(event.content)

    other = InboxWorker(inbox, handle, consumer="slot-2-0", claim_idle=3600)
    again = InboxWorker(inbox, handle, consumer="slot-1-0", claim_idle=3600)  # the hour would block a reclaim
    await other.start()
    await again.start()
    await wait_for(lambda: len(seen) == 3)
    await again.stop()
    await other.stop()
    assert seen == ["alice-0", "alice-1", "alice-2"]


async def test_an_event_waiting_for_a_members_budget_is_not_failed_or_parked(redis, keys: Keys) -> None:  # type: ignore[no-untyped-def]
    """A card to an approver who is out of message budget: the event waits for the window, it
    does not burn its attempts and get parked (one attempt allowed here)."""
    from bot.wecom import MessageBudgetExceeded

    inbox = Inbox(redis, keys)
    tries: list[str] = []

    async def handle(event: InboundEvent) -> None:
        tries.append("x")
        if len(tries) < 3:
            raise MessageBudgetExceeded("message/send", retry_after=0.05, userids=["liuqiang"])

    worker = InboxWorker(inbox, handle, consumer="w", claim_idle=5, max_attempts=1)
    await worker.start()
    await enqueue(inbox, text("alice", 1))
    await wait_for(lambda: worker.handled == 1)
    await worker.stop()
    assert len(tries) == 3
    assert await inbox.depth() == (0, 0)
