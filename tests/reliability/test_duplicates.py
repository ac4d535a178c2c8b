"""Duplicate deliveries: WeCom re-sends a callback it is unsure about, and a balancer may hand
each copy to a different instance. Here EVERY callback of the story — the departure event, the
request and the answer, both approval clicks, the members' messages and the platform's
transfer_fail events — is delivered three times, the same signed POST each time: one after
another to one instance, all at once to one instance, or all at once spread over both.

Each copy is answered 200 (a duplicate is acknowledged, or WeCom would keep retrying), and each
callback is handled once: the inbox stream holds one entry per callback, each message got one
reply, one job was filed with one card per level, the refusals were counted once (our records
equal the platform's outcome), the final report went out once, and each customer moved once.
"""

from __future__ import annotations

from storage.connection import Redis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import LoadPlan, add_load_members, audit_replies, drained, run_load

COPIES = 3


async def test_every_callback_delivered_three_times_is_handled_once(
    make_rig: RigFactory, redis: Redis, redis_url: str
) -> None:
    world = demo_world()
    users = add_load_members(world, 12)
    rig = await make_rig(world, redis, redis_url, size=2, seed=41)
    rig.wire.copies = COPIES
    story = rig.story
    await story.depart_zhangwei()
    await story.request()
    await story.approve_all()
    deliveries = await run_load(rig.wire, LoadPlan(users, per_user=2, duration=2.0, tampered=0.0, seed=3))
    await story.wait_state(("submitted",))
    pushed = await story.settle_takeovers()
    job = await story.finish()
    await drained(rig.probe)

    sent = rig.wire.deliveries
    assert all(d.outcome == "ok" and len(d.attempts) == COPIES for d in sent)
    modes = {d.kind.split(":")[-1] for d in sent}
    assert modes == {"sequential", "concurrent-one", "concurrent-spread"}
    # one inbox entry per callback (the contacts event goes through the same inbox)
    assert await redis.xlen(rig.probe.keys.inbox()) == len(sent)
    assert await rig.probe.depth() == (0, 0)

    audit = audit_replies(world, deliveries)
    audit.assert_clean()
    assert audit.repeated == 0
    assert len(await rig.probe.jobs.recent(10)) == 1
    assert len(await rig.probe.jobs.cards(job.id)) == 2  # one card per approval level
    story.assert_each_customer_once()
    await story.assert_records_match_platform()
    story.assert_story_messages()  # no allowance: nothing may arrive twice
    assert pushed > 0, "the world refused nobody: the transfer_fail duplicates were not exercised"
    print(f"\n[duplicates] {len(sent)} callbacks × {COPIES}; job {job.id} {job.state}; transfer_fail {pushed}")
