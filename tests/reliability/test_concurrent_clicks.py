"""Concurrent clicks: one approval card (one task id) held by two approvers, both tap Approve at
the same moment, and each tap's callback is delivered twice to each of two instances — eight
POSTs at once. The job store's single Lua decision lets exactly one through: one decision, one
card update (the freeze, with the winner's response code), one notice to the requester; the
winner is told they approved, the other that it was already approved.

The cast: 陈静 (80 customers, one approval level) is given two direct leaders, 刘强 and 孙红,
so both hold the same level-1 card.
"""

from __future__ import annotations

import asyncio
import re

from bot.cards import ButtonKey
from storage.audit import AuditLog
from storage.connection import Redis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import drained, texts_to, wait_for

APPROVERS = ("liuqiang", "sunhong")


async def test_both_approvers_clicking_at_once_on_two_instances_decide_once(
    make_rig: RigFactory, redis: Redis, redis_url: str
) -> None:
    world = demo_world()
    world.member("chenjing").direct_leader = list(APPROVERS)
    rig = await make_rig(world, redis, redis_url, size=2, seed=51)
    wire, story = rig.wire, rig.story
    await story.say("wangfang", "把陈静的客户交接给李娜")
    await wait_for(lambda: any(re.search(r"H-\d+", t) for t in texts_to(world, "wangfang")), "the preview")
    found = re.search(r"H-\d+", texts_to(world, "wangfang")[-1])
    assert found, texts_to(world, "wangfang")
    jid = story.job_id = found.group(0)
    tasks = {u: await story.wait_card(u, 1) for u in APPROVERS}
    assert tasks["liuqiang"] == tasks["sunhong"], "both approvers hold the same card"

    key = ButtonKey("approve", jid, "1").pack()
    clicks = [wire.seal(wire.click_xml(u, tasks[u], key)) for u in APPROVERS]  # each its own ResponseCode
    posts = [wire.post(sealed, index) for sealed in clicks for index in (0, 1, 0, 1)]
    outcomes = await asyncio.gather(*posts)
    assert outcomes == ["ok"] * 8
    await drained(rig.probe)

    job = await rig.probe.job(jid)
    assert job.state in ("approved", "running", "submitted", "completed", "completed_with_failures")
    assert len(job.approvals) == 1
    winner = job.approvals[0].userid
    loser = next(u for u in APPROVERS if u != winner)
    entries = await AuditLog(redis, rig.probe.keys).for_job(jid)
    decisions = [e for e in entries if e.from_state == "pending_approval"]
    assert len(decisions) == 1 and decisions[0].actor == winner, [(e.action, e.actor) for e in entries]

    updates = [c for c in world.calls_to("message/update_template_card") if c.errcode == 0]
    assert len(updates) == 1, "one freeze"
    for u in APPROVERS:
        copy = world.card_copy(u, tasks[u])
        assert copy is not None and copy.card is not None and copy.card.get("replace_text"), f"{u}'s card not frozen"
    approved_notices = [t for t in texts_to(world, "wangfang") if t.startswith(f"{jid} 已获批准")]
    assert len(approved_notices) == 1, texts_to(world, "wangfang")
    assert texts_to(world, winner).count(f"已同意 {jid}。") == 1
    assert len([t for t in texts_to(world, loser) if t.startswith(f"{jid} 已由")]) == 1, texts_to(world, loser)
    assert not any(t.startswith("已同意") for t in texts_to(world, loser))
