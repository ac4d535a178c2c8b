"""An approval card whose message/send answer was lost is still delivered: the bot must treat it
as sent and accept clicks on it (found by this suite; fixed: the card is recorded before the send,
and "task_id already exists" on the client's retry means the first attempt went out).

Found by test_api_faults (10 % of message/send answers dropped). What happens:
1. bot/approvals/desk.py ``send_cards`` sends the card with a fresh task_id; the platform
   delivers it but the answer is lost (connection cut: an unknown outcome);
2. bot/wecom/core.py ``call`` retries the same body; the platform refuses a second card with that
   task_id (the sandbox answers 40058 "task_id already exists" — the errcode is [unverified], the
   rule is the platform's: a task_id is unique per app);
3. the error is permanent, so ``record_card`` never runs and bot/approvals/filing.py ``file``
   cancels the job ("approval card not delivered") and tells the requester the card failed;
4. the approver holds a live card; his click is refused as "task does not match the job"
   (desk.click: ``jobs.job_for_task`` knows no such task).
A fix has to treat "this task_id already exists" after an unknown outcome as "the card went out"
(or record the task id before the send, like the engine checkpoints a batch before its call).

Reproduction: the first message/send after 王芳's request (the card to 刘强) is dropped once.
"""

from __future__ import annotations

import re

from storage.connection import Redis
from tests.reliability.conftest import RigFactory, demo_world
from tests.reliability.story import drained, texts_to, wait_for

APPROVED_ONWARD = ("approved", "running", "submitted", "completed", "completed_with_failures")


async def test_a_card_whose_answer_was_lost_can_still_be_approved(
    make_rig: RigFactory, redis: Redis, redis_url: str
) -> None:
    world = demo_world()
    rig = await make_rig(world, redis, redis_url, size=1, seed=81)
    story = rig.story
    drop = world.faults.add("message/send", drop=True, count=1)
    await story.say("wangfang", "把陈静的客户交接给李娜")
    await wait_for(lambda: any(re.search(r"H-\d+", t) for t in texts_to(world, "wangfang")), "an answer to 王芳")
    await drained(rig.probe)
    [dropped] = [c for c in world.calls_to("message/send") if c.fault and "drop" in c.fault]
    assert drop.hits == 1 and dropped.body["msgtype"] == "template_card" and dropped.body["touser"] == "liuqiang"
    found = re.search(r"H-\d+", next(t for t in texts_to(world, "wangfang") if re.search(r"H-\d+", t)))
    assert found
    jid = story.job_id = found.group(0)
    assert len(world.cards_for("liuqiang")) == 1  # the platform did deliver the card

    await story.approve("liuqiang", 1)  # 刘强 taps Approve on the card he holds
    await drained(rig.probe)
    job = await rig.probe.job(jid)
    assert job.state in APPROVED_ONWARD, (
        f"{jid} is {job.state}; 王芳 was told {texts_to(world, 'wangfang')[-1]!r}; "
        f"刘强 was told {texts_to(world, 'liuqiang')}"
    )
