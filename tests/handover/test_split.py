"""Splitting one member's customers among several successors, through encrypted callbacks into the
real app on the sandbox demo (issue #19): the people resolved, every blocker said before filing,
one job with its assignment, one preview and one approval card showing the split.

The demo's 张伟 (zhangwei, 销售一部) has 250 customers, 5 of them tagged VIP; there are two 张伟,
so every request first asks which one.
"""

from __future__ import annotations

from collections import Counter

from bot.sandbox.world import SandboxWorld
from storage.connection import Redis
from tests.backup.conftest import demo_stack
from tests.handover.conftest import depart
from tests.support.stack import Stack

VIP = {"HANDOVER_IMPORTANT_TAGS": "VIP"}


def vips(world: SandboxWorld) -> set[str]:
    return {c.external_userid for c in world.corp.customers_of("zhangwei")
            if any(t.get("tag_name") == "VIP" for t in (c.followed_by("zhangwei") or c.follow[0]).tags)}  # fmt: skip


async def test_even_split_one_job_one_card(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None, **VIP) as s:
        [question] = await s.say("wangfang", "把张伟的客户平均分给王磊和杨洋")
        assert question.startswith("找到两位“张伟”")
        [preview] = await s.say("wangfang", "1")
        jobs = s.runtime.services["jobs"]
        [job] = await jobs.recent(1)
        assert job.split is not None and job.split.mode == "even"
        assert [(p.takeover, p.count) for p in job.split.parts] == [("wanglei", 125), ("yangyang", 125)]
        assert job.takeover == "wanglei" and job.customer_count == 250
        # the assignment: every customer once, round-robin in the order they were added
        assignment = await jobs.assignment(job.id)
        book = sorted(s.world.corp.customers_of("zhangwei"),
                      key=lambda c: ((c.followed_by("zhangwei") or c.follow[0]).createtime, c.external_userid))
        assert [assignment[c.external_userid] for c in book] == [i % 2 for i in range(250)]
        # important customers per successor add up to the job's
        parts = [p.important.count if p.important else -1 for p in job.split.parts]
        assert sum(parts) == 5 and min(parts) >= 0
        for part in job.split.parts:
            assert part.important is not None
            mine = {e for e, i in assignment.items() if job.split.takeovers[i] == part.takeover}
            assert part.important.count == len(mine & vips(s.world))
        shown = ["、".join(p.important.names) if p.important else "" for p in job.split.parts]
        assert all(len(p.important.names) == p.important.count for p in job.split.parts if p.important)
        lines = preview.splitlines()
        assert lines[1] == "张伟（销售一部）→ 王磊（销售一部）、杨洋（销售一部）"
        assert lines[3:6] == [
            "平均分配（按添加时间轮流）：",
            f"· 王磊：125 位客户（含 {parts[0]} 位重要客户：{shown[0]}）",
            f"· 杨洋：125 位客户（含 {parts[1]} 位重要客户：{shown[1]}）",
        ]
        # separation of duties: neither successor approves; one card to the manager
        assert "wanglei" not in job.approvers + job.second_approvers
        assert "yangyang" not in job.approvers + job.second_approvers
        assert s.world.cards_for("wanglei") == [] and s.world.cards_for("yangyang") == []
        [card] = s.world.cards_for("liuqiang")
        assert card.card is not None
        assert card.card["main_title"]["desc"] == "张伟 → 王磊、杨洋"
        sub = card.card["sub_title_text"].splitlines()
        assert f"· 王磊：125 位客户（含 {parts[0]} 位重要客户：{shown[0]}）" in sub
        assert f"· 杨洋：125 位客户（含 {parts[1]} 位重要客户：{shown[1]}）" in sub
        # the status and the list say the same
        [status] = await s.say("wangfang", f"{job.id} 到哪了")
        assert status.splitlines()[1:5] == [
            "张伟（销售一部）→ 王磊、杨洋", "在职继承：250 位客户", "平均分配（按添加时间轮流）：",
            f"· 王磊：125 位客户（含 {parts[0]} 位重要客户：{shown[0]}）",
        ]  # fmt: skip
        [listed] = await s.say("wangfang", "列出所有交接任务")
        assert f"{job.id} 张伟 → 王磊、杨洋 · 250 位客户" in listed


async def assert_vips_to_lina_rest_to_wanglei(s: Stack) -> None:
    """The last job filed splits 张伟's customers: the 5 tagged VIP to 李娜, the 245 others to 王磊."""
    [job] = await s.runtime.services["jobs"].recent(1)
    assert job.split is not None and (job.split.mode, job.split.tag) == ("by_tag", "VIP")
    assert [(p.takeover, p.count) for p in job.split.parts] == [("lina", 5), ("wanglei", 245)]
    assignment = await s.runtime.services["jobs"].assignment(job.id)
    assert {e for e, i in assignment.items() if i == 0} == vips(s.world)
    assert Counter(assignment.values()) == Counter({0: 5, 1: 245})


async def test_by_tag_split_in_english(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None, **VIP) as s:
        await s.say("wangfang", "Zhang Wei's VIP customers to Li Na, the rest to Wang Lei")
        [preview] = await s.say("wangfang", "1")
        await assert_vips_to_lina_rest_to_wanglei(s)
        assert "Split by tag: those tagged “VIP” to Lina Li, the rest to Wang Lei:" in preview.splitlines()


async def test_groups_go_with_the_named_successor(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        await s.say("wangfang", "把张伟的客户和客户群平均分给王磊和杨洋，群给杨洋")
        [preview] = await s.say("wangfang", "1")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.split is not None and job.split.groups_to == "yangyang" and job.group_takeover == "yangyang"
        assert job.scope == ["customers", "groups"] and job.group_count == 12
        [line] = [x for x in preview.splitlines() if x.startswith("· 杨洋：125 位客户")]
        assert line.endswith("，12 个客户群")
        assert not any(x.startswith("· 王磊") and "客户群" in x for x in preview.splitlines())


async def test_every_blocker_is_said_before_anything_is_filed(redis_url: str, redis: Redis) -> None:
    def prepare(world: SandboxWorld) -> None:
        world.corp.members["yangyang"].customer_contact_enabled = False

    async with demo_stack(redis_url, prepare) as s:
        await depart(s, "lina")
        [answer] = await s.say("wangfang", "把王磊的客户平均分给李娜、杨洋、王芳和wanglei")
        lines = answer.splitlines()
        assert lines[0] == "这次分配不能提交："
        assert len(lines) == 5
        assert lines[1].startswith("· 李娜") and "离职" in lines[1]
        assert lines[2].startswith("· 杨洋") and "客户联系" in lines[2]
        assert lines[3].startswith("· 你（王芳）是发起人")
        assert lines[4] == "· 王磊不能接收自己的客户。"
        assert await s.runtime.services["jobs"].recent(1) == []


async def test_nobody_tagged_says_which_tags_exist(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        await s.say("wangfang", "张伟的金牌客户给李娜，其他给王磊")
        [answer] = await s.say("wangfang", "1")
        assert answer.startswith("张伟的客户里没有带“金牌”标签的。他的客户带有这些标签：") and "VIP" in answer
        assert await s.runtime.services["jobs"].recent(1) == []


async def test_a_departed_member_without_backup_splits_evenly_by_id(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        keys = s.runtime.keys
        await redis.delete(keys.backup_latest("wanglei"))
        await redis.hdel(keys.backup_latest_index(), "wanglei")
        await depart(s, "wanglei")
        [answer] = await s.say("wangfang", "王磊的VIP客户给李娜，其他给杨洋")
        assert answer.startswith("王磊已离职，且没有客户备份")
        [preview] = await s.say("wangfang", "把王磊的客户平均分给李娜和杨洋")
        assert "平均分配（无备份，无法得知添加时间，按客户 ID 轮流）：" in preview.splitlines()
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.path == "resigned" and job.split is not None
        assignment = await s.runtime.services["jobs"].assignment(job.id)
        assert [assignment[e] for e in sorted(assignment)] == [i % 2 for i in range(40)]


async def test_an_ambiguous_successor_is_a_numbered_question(redis_url: str, redis: Redis) -> None:
    """Two 张伟 could both receive customers: the split asks which one, then files with that one."""

    def prepare(world: SandboxWorld) -> None:
        world.corp.members["zhangwei2"].customer_contact_enabled = True

    async with demo_stack(redis_url, prepare) as s:
        [question] = await s.say("wangfang", "把王磊的客户平均分给杨洋和张伟")
        assert question.startswith("找到两位“张伟”，交接给哪一位？")
        assert "zhangwei2" in question.splitlines()[2]
        assert await s.runtime.services["jobs"].recent(1) == []
        [preview] = await s.say("wangfang", "2")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.takeovers == ["yangyang", "zhangwei2"] and job.split is not None
        assert preview.splitlines()[3:6] == ["平均分配（按添加时间轮流）：", "· 杨洋：20 位客户", "· 张伟：20 位客户"]
