"""The long connection cut again and again under load — a graceful close, a TCP abort without a
close frame, a frozen peer that stops answering pings, and a kick by another subscription (a
standby of the same deployment taking the lease over) — while members keep writing and a handover
runs: every message is handled exactly once (one reply each, however often the platform delivered
it), no customer is transferred twice, and the time to reconnect after each kind of cut is printed."""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
from collections import Counter
from dataclasses import replace

import aiohttp
import pytest

from bot import texts
from bot.approvals.filing import Filed
from bot.longconn.wiring import HolderTuning, build_holder
from bot.sandbox.longconn import GatewayConnection, NotConnected, SandboxGateway
from tests.approvals.support import APPROVED_ONWARD, card, job, key, request
from tests.longconn.support import BOUND, FAST, eventually, inbox_events, say, subscribed
from tests.support.stack import Stack

pytestmark = pytest.mark.slow

MEMBERS = ("lina", "liuqiang", "wulei", "sunhong", "chenjing", "tangyue")
PER_MEMBER = 12
CUTS = ("close", "abort", "freeze", "kick")


async def deliver(stack: Stack, userid: str, text: str, msgid: str | None = None) -> str:
    """The platform delivers a message, retrying while the bot holds no live connection."""
    assert stack.gateway is not None
    while True:
        try:
            return await stack.gateway.send_text(userid, text, msgid=msgid)
        except (NotConnected, ConnectionError, RuntimeError):
            await asyncio.sleep(0.02)


async def test_cuts_under_load_lose_and_double_nothing(bot_stack: Stack) -> None:
    gw = bot_stack.gateway
    assert gw is not None
    rt = bot_stack.runtime
    rt.outbox.channel_wait = 0.5  # while the standby holds the connection, replies go through the app
    for userid in MEMBERS:  # everyone has written to the bot once: answers may come over the connection
        await say(bot_stack, userid, "帮助")
    await subscribed(bot_stack)
    # an on-the-job handover of 高峰's customers (he is still employed), approved during the storm
    ask = replace(await request(bot_stack, handover="gaofeng", customers=15, leaders=["liuqiang"]), path="onjob")
    filed = await bot_stack.runtime.services["filer"].file(ask)
    assert isinstance(filed, Filed), filed
    filed = filed.job
    await bot_stack.idle()
    task = card(bot_stack, "liuqiang", filed.id).task_id
    assert task is not None
    before = {u: len(bot_stack.world.delivered(u)) for u in MEMBERS}
    rng = random.Random(21)
    reconnects: dict[str, list[float]] = {c: [] for c in CUTS}
    sent: dict[str, list[str]] = {u: [] for u in MEMBERS}
    loop = asyncio.get_running_loop()

    async with aiohttp.ClientSession() as session:
        standby = build_holder(bot_stack.settings, rt.redis, rt.keys, rt.inbox, session, "inst-standby",
                               HolderTuning(client=FAST, lease_ttl=2.0, standby_poll=0.05))
        standby.start()

        async def load() -> None:
            for i in range(PER_MEMBER):
                for userid in MEMBERS:
                    sent[userid].append(await deliver(bot_stack, userid, "帮助" if i % 2 else "help"))
                await asyncio.sleep(0.05)

        async def chaos() -> None:
            for cut in itertools.islice(itertools.cycle(CUTS), 12):
                old = (await live_connection(gw)).id
                started = loop.time()
                if cut == "close":
                    await gw.close()
                elif cut == "abort":
                    gw.abort()
                elif cut == "freeze":
                    gw.freeze()
                else:  # the lease goes (a long Redis stall): the other holder takes it and subscribes
                    await rt.redis.delete(rt.longconn.lease.key)
                while (c := gw.connection()) is None or c.id == old or c.frozen:
                    await asyncio.sleep(0.005)
                reconnects[cut].append(loop.time() - started)
                await asyncio.sleep(rng.uniform(0.2, 0.6))

        async def approve_meanwhile() -> None:
            await asyncio.sleep(1.0)
            await bot_stack.sender.click_card("liuqiang", task, key("approve", filed.id))

        try:
            async with asyncio.timeout(240):
                await asyncio.gather(load(), chaos(), approve_meanwhile())
                # after the storm the platform delivers everything once more (a redelivery)
                for userid in MEMBERS:
                    for msgid in sent[userid]:
                        await deliver(bot_stack, userid, "help", msgid)

                async def all_answered() -> bool:
                    await bot_stack.idle()
                    return all(sum((m.content or "") in (texts.HELP("zh"), texts.HELP("en"))
                                   for m in bot_stack.world.delivered(u)[before[u]:]) >= PER_MEMBER for u in MEMBERS)

                await eventually(all_answered, "every message answered", timeout=120)
        finally:
            await asyncio.wait_for(standby.stop(), BOUND)

    await bot_stack.idle()
    answers = {texts.HELP("zh"), texts.HELP("en")}
    for userid in MEMBERS:  # one answer per message: none lost, none doubled (other notices aside)
        replies = bot_stack.world.delivered(userid)[before[userid]:]
        assert len([m for m in replies if (m.content or "") in answers]) == PER_MEMBER, userid
    handled = Counter(e["callback_id"] for e in await inbox_events(rt.redis, rt.keys) if e["kind"] == "text")
    assert all(n == 1 for n in handled.values()) and len(handled) == len(MEMBERS) * (PER_MEMBER + 1)
    async def submitted() -> bool:
        return (await job(bot_stack, filed.id)).state in ("submitted", "completed", "completed_with_failures")

    await eventually(submitted, "the handover's transfers submitted", timeout=120)
    after = await job(bot_stack, filed.id)
    assert after.state in APPROVED_ONWARD and after.decided_by == "liuqiang"
    moved = Counter(t.external_userid for t in bot_stack.world.transfers if t.handover_userid == "gaofeng")
    assert len(moved) == 15 and all(n == 1 for n in moved.values())  # every customer once, none twice
    for cut, times in reconnects.items():
        assert times, cut
        print(f"reconnect after {cut:>6}: n={len(times)} median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms")


async def live_connection(gw: SandboxGateway) -> GatewayConnection:
    while (c := gw.connection()) is None or c.frozen:
        await asyncio.sleep(0.005)
    return c
