"""When Redis drops while an event is being handled, the inbox worker must not lose its task to an
unhandled exception nor leave the event to another worker's XAUTOCLAIM (found by this suite;
fixed: the worker retries in place with backoff, and a reply's ledger mark waits Redis out).
What follows describes the bug as found:

bot/worker.py ``InboxWorker._process`` (lines ~149-171) calls ``_wait_for_turn`` (``is_head``),
``record_failure`` (inside the ``except`` of a failed handler) and ``finish`` without guarding
Redis errors. With Redis away, the handler fails transiently (here: the reply-ledger mark after
the send), then ``record_failure`` raises too: the task ends with "Task exception was never
retrieved", the failure is not counted, and the entry sits in the pending list until it has
been idle ``claim_idle`` (30 s for ``serve``) and a reclaim pass (every ``claim_idle / 2``) picks
it up. Meanwhile that member's later messages wait behind it (each waits ``claim_idle`` for its
turn, goes back to pending and needs a reclaim pass of its own). In the Redis restart test a 1.5 s
outage costs ~50 s before the inbox drains. Nothing is lost or repeated — the reply ledger holds —
but recovery is slow and the failure escapes as an unhandled task exception.

Reproduction: one ``serve`` process on its own Redis; a member's "help" is in flight (its
message/send is slowed by 1.5 s) when Redis is stopped; Redis comes back 2.5 s later.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from storage.connection import connect
from storage.embedded import EmbeddedRedis
from tests.reliability.conftest import Rig, RigFactory, demo_world
from tests.reliability.story import add_load_members, wait_for
from tests.reliability.test_redis_restart import reconnect, stop_bots_then


@pytest.mark.slow
async def test_worker_rides_out_redis_dropping_mid_event(
    make_rig: RigFactory, tmp_path: Path
) -> None:
    server = EmbeddedRedis(data_dir=tmp_path / "own-redis")
    server.start()
    client = connect(server.url)
    rigs: list[Rig] = []
    try:
        world = demo_world()
        [user] = add_load_members(world, 1)
        rig = await make_rig(world, client, server.url, size=1, seed=91)
        rigs.append(rig)
        slow = world.faults.add("message/send", latency=1.5, count=1)
        await rig.wire.must(rig.wire.text_xml(user, "help"), kind="text", user=user)
        await wait_for(lambda: slow.hits == 1, "the reply in flight", timeout=30)
        server.stop()  # the send completes; the ledger mark and everything after it fail
        await asyncio.sleep(2.5)
        server.start()
        await reconnect(client)
        await wait_for(lambda: len(world.delivered(user)) == 1, "the reply delivered", timeout=10)

        def log() -> str:
            return "".join(p.read_text(errors="replace") for p in (tmp_path / "logs").glob("bot*.log"))

        async def settled() -> bool:  # the dead task's exception logged, or the event finished
            return "Task exception was never retrieved" in log() or await rig.probe.depth() == (0, 0)

        await wait_for(settled, "the event finished (or its task died)", timeout=90, every=0.25)
        text = log()
        assert "Task exception was never retrieved" not in text, (
            "a Redis error escaped InboxWorker._process: " + text[text.find("Task exception"):][:600]
        )
        assert len(world.delivered(user)) == 1  # answered once all the same (the reply ledger held)
    finally:
        await stop_bots_then(server, client, rigs)
