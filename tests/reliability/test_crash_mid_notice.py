"""A bot process that dies while sending the "approved" notice to the requester must not lose
that notice (found by this suite; fixed: approval follow-up claims are leases until done).

bot/approvals/desk.py ``_after_decision`` sends the notice inside
``async with self.marks.once(job.id, "notify:approved")``: the mark is CLAIMED in Redis BEFORE the
send and only given back when the body raises. A process killed mid-send never gives it back, so
when the click event is handled again (reclaimed from the dead consumer) ``once`` says "already
done" and nobody tells the requester. The same pattern guards the card freeze (``frozen:<task>``
in ``freeze``) and the level-1 notice (``notify:level1``). At-most-once where the rest of the
product is at-least-once (reply ledger: mark AFTER the send; engine milestones: flag after the
send plus a safety timer).

Reproduction: one ``serve`` process; 刘强 approves 陈静 → 李娜 (one level); the requester notice's
message/send never answers (a sandbox "timeout" fault: nothing is delivered); the process is
SIGKILLed while it waits, and restarted. After the click event is reclaimed and handled again,
the approver has his reply — and 王芳 never hears that her job was approved.
"""

from __future__ import annotations

import re

import pytest

from storage.connection import Redis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import drained, texts_to, wait_for


@pytest.mark.slow
async def test_requester_notice_survives_the_bot_dying_mid_send(
    make_rig: RigFactory, redis: Redis, redis_url: str
) -> None:
    world = demo_world()
    rig = await make_rig(world, redis, redis_url, size=1, seed=71)
    story, cluster = rig.story, rig.cluster
    await story.say("wangfang", "把陈静的客户交接给李娜")
    await wait_for(lambda: any(re.search(r"H-\d+", t) for t in texts_to(world, "wangfang")), "the preview")
    found = re.search(r"H-\d+", next(t for t in texts_to(world, "wangfang") if re.search(r"H-\d+", t)))
    assert found
    jid = story.job_id = found.group(0)
    await story.wait_card("liuqiang", 1)

    hang = world.faults.add("message/send", timeout=True, count=1)
    await story.approve("liuqiang", 1)
    await wait_for(lambda: hang.hits == 1, "the requester notice hanging in message/send", timeout=30)
    [hung] = [c for c in world.calls_to("message/send") if c.fault == "timeout"]
    assert hung.body["touser"] == "wangfang" and jid in hung.body["text"]["content"], hung.body
    await cluster.kill(0)  # dies mid-send: the notice was never delivered
    await cluster.restart(0)
    await drained(rig.probe)  # the click event is reclaimed (30 s idle) and handled again

    assert (await rig.probe.job(jid)).approvals[0].userid == "liuqiang"
    assert len([t for t in texts_to(world, "liuqiang") if jid in t]) == 1  # the re-run answered the approver
    # the re-run ran to its end (drained), so its notice is out by now — or never will be
    notices = [t for t in texts_to(world, "wangfang") if t.startswith(f"{jid} 已获批准")]
    assert notices, f"王芳 never told that {jid} was approved: the notify:approved mark outlived the crash"
