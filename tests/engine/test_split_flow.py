"""A split by tag end to end, through encrypted callbacks into the real app on the sandbox (issue
#19): filed and approved in chat, executed by the app's own engine, followed to the end. Every
customer 张伟 tagged VIP goes to 李娜 and every other to 王磊 (the sandbox's transfer log and its
customers' new followers say so); the final report, the records ("…的交接记录") and the export
show who got whom."""

from __future__ import annotations

import asyncio
import csv
import io
from collections import Counter

from bot.engine.export import export_records
from storage.connection import Redis
from tests.approvals.support import click
from tests.backup.conftest import demo_stack
from tests.engine.proof import accepted_customers
from tests.handover.test_split import vips

DAY = 86400.0


async def test_by_tag_split_moves_tagged_to_the_first_and_the_rest_to_the_second(
    redis_url: str, redis: Redis
) -> None:
    async with demo_stack(redis_url, None, HANDOVER_IMPORTANT_TAGS="VIP") as s:
        world = s.world
        tagged = vips(world)
        everyone = {c.external_userid for c in world.corp.customers_of("zhangwei")}
        assert len(tagged) == 5 and len(everyone) == 250
        await s.say("wangfang", "张伟的VIP客户给李娜，其他给王磊")
        await s.say("wangfang", "1")
        jobs, transfers = s.runtime.services["jobs"], s.runtime.services["transfers"]
        [job] = await jobs.recent(1)
        assert job.split is not None and [p.count for p in job.split.parts] == [5, 245]
        await click(s, "liuqiang", job.id, "approve")
        await click(s, "sunhong", job.id, "approve", level=2)
        engine = s.runtime.services["engine"]
        engine.start()  # the app's engine (demo_stack keeps it stopped while the request is filed)
        async with asyncio.timeout(60):
            while (current := await jobs.get(job.id)) is not None and current.state != "submitted":
                await asyncio.sleep(0.05)
        await engine.stop()
        await s.idle()

        want = {e: ("lina" if e in tagged else "wanglei") for e in everyone}
        assert {t.external_userid: t.takeover_userid for t in world.transfers} == want
        assert set(accepted_customers(world).values()) == {1} and len(world.transfers) == 250
        submitted = await jobs.get(job.id)
        assert submitted is not None and submitted.state == "submitted" and submitted.exec.started == 250

        # the platform completes the takeovers a day later; the follow-up poll closes the job
        s.clock.advance(DAY + 600)
        async with asyncio.timeout(60):
            assert await engine.poll(job.id)
        await s.idle()
        done = await jobs.get(job.id)
        assert done is not None and done.state in ("completed", "completed_with_failures")
        taken = Counter(t.takeover_userid for t in world.transfers if t.status == 1)
        assert taken["lina"] >= 1 and taken["wanglei"] >= 1
        for t in world.transfers:  # the sandbox's customers follow their new owner
            customer = world.corp.customers[t.external_userid]
            assert (customer.followed_by(t.takeover_userid) is not None) == (t.status == 1)
        report = next(m for m in s.new_texts("wangfang") if m.startswith(f"{job.id} 完成："))
        assert f"客户已接替：李娜接替 {taken['lina']} 位、王磊接替 {taken['wanglei']} 位" in report

        records = await transfers.records(job.id)
        assert {r.id: r.takeover for r in records if r.kind == "customer"} == want
        [answer] = await s.say("wangfang", f"{job.id} 的交接记录")
        lines = answer.splitlines()
        assert lines[0].startswith(f"{job.id} · zhangwei → lina、wanglei · ")
        assert lines[1].startswith(f"· lina：{'已接替'} {taken['lina']}")
        assert lines[2].startswith(f"· wanglei：{'已接替'} {taken['wanglei']}")

        exported = await export_records(transfers, job=job.id, fmt="csv", tz=s.settings.tz)
        rows = list(csv.DictReader(io.StringIO(exported.decode("utf-8-sig"))))
        assert {r["ID"]: r["接替人"] for r in rows if r["类型"] == "客户"} == want


async def test_groups_go_to_the_successor_the_request_names(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        world = s.world
        chats = {g.chat_id for g in world.corp.groups.values() if g.owner == "zhangwei"}
        assert len(chats) == 12
        await s.say("wangfang", "把张伟的客户和客户群平均分给王磊和杨洋，群给杨洋")
        await s.say("wangfang", "1")
        jobs = s.runtime.services["jobs"]
        [job] = await jobs.recent(1)
        await click(s, "liuqiang", job.id, "approve")
        await click(s, "sunhong", job.id, "approve", level=2)
        engine = s.runtime.services["engine"]
        engine.start()
        async with asyncio.timeout(60):
            while (current := await jobs.get(job.id)) is not None and current.state != "submitted":
                await asyncio.sleep(0.05)
        await engine.stop()
        assert {world.corp.groups[c].owner for c in chats} == {"yangyang"}
        assert Counter(t.takeover_userid for t in world.transfers) == Counter({"wanglei": 125, "yangyang": 125})
        records = await s.runtime.services["transfers"].records(job.id)
        assert {r.id: r.takeover for r in records if r.kind == "group"} == dict.fromkeys(chats, "yangyang")
