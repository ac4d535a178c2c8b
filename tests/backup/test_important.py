"""The important-customer rule end to end: through encrypted, signed callbacks into the real app,
with the sandbox WeCom answering the API calls.

- a member still here: 40 customers, 3 of them A类 → the second approver is needed, the preview
  names the three, the card says why;
- a departed member without a backup → the second approver is needed, and the preview says why;
- a departed member with a backup kept current by change events → the rule reads the backup.
"""

from __future__ import annotations

from bot.sandbox.world import SandboxWorld
from storage.connection import Redis
from tests.approvals.support import click
from tests.backup.conftest import A_CLASS, demo_stack, tag_a_class
from tests.handover.conftest import depart

RULE = {"HANDOVER_IMPORTANT_TAGS": "客户等级:A类,VIP"}


async def test_forty_customers_three_a_class_need_the_second_approver(redis_url: str, redis: Redis) -> None:
    names: list[str] = []

    def prepare(world: SandboxWorld) -> None:
        names.extend(tag_a_class(world, "wanglei", 3))

    async with demo_stack(redis_url, prepare, **RULE) as s:
        [preview] = await s.say("wangfang", "把王磊的客户交接给李娜")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert preview.splitlines()[2:5] == [
            "在职继承：40 位客户",
            f"重要客户（A类）：{'、'.join(names)}",
            "审批人：刘强（王磊的上级）；含 3 位重要客户（A类），还需孙红复核",
        ]
        assert job.customer_count == 40 and job.needs_second_approval and job.second_approvers == ["sunhong"]
        assert job.important is not None and (job.important.source, job.important.count) == ("live", 3)
        [card] = s.world.cards_for("liuqiang")
        assert card.card is not None
        sub = card.card["sub_title_text"].splitlines()
        assert "含 3 位重要客户（A类），刘强同意后还需孙红复核" in sub
        assert f"重要客户（A类）：{'、'.join(names)}" in sub
        assert s.world.cards_for("sunhong") == []
        await click(s, "liuqiang", job.id, "approve")
        [review] = s.world.cards_for("sunhong")
        assert review.card is not None and review.card["main_title"]["title"] == f"客户交接复核 {job.id}"


async def test_the_same_in_english_with_both_reasons(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, lambda w: tag_a_class(w, "wanglei", 1), HANDOVER_SECOND_APPROVAL_OVER="30",
                          **RULE) as s:  # fmt: skip
        [preview] = await s.say("wangfang", "hand over Wang Lei's customers to Lina Li")
        lines = preview.splitlines()
        assert lines[3].startswith("Important customers (A类): ")
        assert lines[4] == ("Approver: Leo Liu (Wang Lei's manager); over 30 customers and 1 important customer (A类), "
                            "so Helen Sun reviews too")  # fmt: skip


async def test_no_important_customer_means_one_approver(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, lambda w: tag_a_class(w, "wanglei", 0), **RULE) as s:
        [preview] = await s.say("wangfang", "把王磊的客户交接给李娜")
        assert preview.splitlines()[3] == "审批人：刘强（王磊的上级）"
        [job] = await s.runtime.services["jobs"].recent(1)
        assert not job.needs_second_approval and job.important is not None and job.important.count == 0


async def test_a_departed_member_without_a_backup_needs_the_second_approver(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, lambda w: tag_a_class(w, "wanglei", 0), **RULE) as s:
        # as on a bot installed after wanglei's last day: nothing of his book was ever kept
        keys = s.runtime.keys
        await redis.delete(keys.backup_latest("wanglei"))
        await redis.hdel(keys.backup_latest_index(), "wanglei")
        await depart(s, "wanglei")
        [preview] = await s.say("wangfang", "把王磊的客户交接给李娜")
        lines = preview.splitlines()
        assert lines[2] == "离职继承：40 位客户"
        assert lines[3] == "审批人：刘强（王磊的上级）；王磊离职前没有客户备份，无法确认是否含重要客户，还需孙红复核"
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.needs_second_approval and job.important is not None and job.important.source == "missing"
        [card] = s.world.cards_for("liuqiang")
        assert card.card is not None and "王磊离职前没有客户备份" in card.card["sub_title_text"]


async def test_change_events_keep_the_backup_the_rule_reads_after_departure(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, lambda w: tag_a_class(w, "wanglei", 0), **RULE) as s:
        store = s.runtime.services["backup_store"]
        first, second = sorted(s.world.corp.customers_of("wanglei"), key=lambda c: c.external_userid)[:2]
        # wanglei tags one customer A类 in the WeCom client and deletes another: two events arrive
        follow = first.followed_by("wanglei")
        assert follow is not None
        follow.tags.append(dict(A_CLASS))
        follow.remark = "老客户"
        await s.sender.customer_changed("edit_external_contact", "wanglei", first.external_userid)
        second.follow = [f for f in second.follow if f.userid != "wanglei"]
        await s.sender.customer_changed("del_external_contact", "wanglei", second.external_userid)
        await s.idle()
        latest = await store.latest("wanglei")
        assert latest is not None and len(latest.customers) == 39
        kept = next(c for c in latest.customers if c.external_userid == first.external_userid)
        assert (kept.remark, [(t.group, t.name) for t in kept.tags]) == ("老客户", [("客户等级", "A类")])
        # after the departure the platform no longer shows his tags; the backup still does
        await depart(s, "wanglei")
        [preview] = await s.say("wangfang", "把王磊的客户交接给李娜")
        assert preview.splitlines()[2:5] == [
            "离职继承：39 位客户",
            f"重要客户（A类）：{first.name}",
            "审批人：刘强（王磊的上级）；含 1 位重要客户（A类），还需孙红复核",
        ]
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.important is not None and job.important.source == "backup"


async def test_tags_the_platform_refuses_to_show_fail_safe(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, lambda w: tag_a_class(w, "wanglei", 0), **RULE) as s:
        s.world.faults.add("externalcontact/batch/get_by_user", errcode=48002)
        [preview] = await s.say("wangfang", "把王磊的客户交接给李娜")
        assert preview.splitlines()[3] == (
            "审批人：刘强（王磊的上级）；暂时读不到王磊客户的标签，无法确认是否含重要客户，还需孙红复核"
        )
