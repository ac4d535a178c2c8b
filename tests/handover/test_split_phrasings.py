"""Split requests in phrasings the first split tests never used, end to end through encrypted
callbacks into the real app on the sandbox demo: Cantonese, receivers named before the source, a
tag found by its shape after the customers word, and who takes the groups said after the name.

The demo's 张伟 (zhangwei, 销售一部) has 250 customers (5 tagged VIP) and 12 groups; there are two
张伟, so every request first asks which one (the numbered question) and "1" picks zhangwei.
"""

from __future__ import annotations

from storage.connection import Redis
from tests.backup.conftest import demo_stack
from tests.handover.test_split import assert_vips_to_lina_rest_to_wanglei

VIP = {"HANDOVER_IMPORTANT_TAGS": "VIP"}


async def test_cantonese_even_split(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        [question] = await s.say("wangfang", "張偉啲客一人一半俾王磊同楊洋")
        assert question.startswith("找到两位“张伟”")
        assert await s.runtime.services["jobs"].recent(1) == []
        await s.say("wangfang", "1")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.split is not None and job.split.mode == "even"
        assert [(p.takeover, p.count) for p in job.split.parts] == [("wanglei", 125), ("yangyang", 125)]
        assert job.scope == ["customers"]


async def test_receivers_named_first_share_the_customers(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        [question] = await s.say("wangfang", "Wang Lei and Yang Yang share Zhang Wei's customers")
        # English in, English out; the source is the ambiguous one, asked by number
        assert question.startswith("Three people match “Zhang Wei” — whose customers should move?")
        assert await s.runtime.services["jobs"].recent(1) == []
        await s.say("wangfang", "1")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.split is not None and job.split.mode == "even" and job.handover == "zhangwei"
        assert [(p.takeover, p.count) for p in job.split.parts] == [("wanglei", 125), ("yangyang", 125)]


async def test_a_tag_after_the_customers_word(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None, **VIP) as s:
        await s.say("wangfang", "张伟的客户里，VIP给李娜，其他的给王磊")
        await s.say("wangfang", "1")
        await assert_vips_to_lina_rest_to_wanglei(s)


async def test_the_receiver_who_takes_the_groups(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, None) as s:
        text = "Split Zhang Wei's customers and groups between Wang Lei and Yang Yang; Yang Yang takes the groups"
        await s.say("wangfang", text)
        await s.say("wangfang", "1")
        [job] = await s.runtime.services["jobs"].recent(1)
        assert job.split is not None and job.split.groups_to == "yangyang" and job.group_takeover == "yangyang"
        assert job.scope == ["customers", "groups"] and job.group_count == 12


async def test_people_named_for_something_else_never_file_a_split(redis_url: str, redis: Redis) -> None:
    """李娜 and 杨洋 only introduced the customers: one plain handover of 张伟's customers to 王磊."""
    async with demo_stack(redis_url, None) as s:
        await s.say("wangfang", "张伟的客户一半是李娜介绍的，一半是杨洋介绍的，都转给王磊")
        await s.say("wangfang", "1")
        [job] = await s.runtime.services["jobs"].recent(5)
        assert job.split is None and (job.handover, job.takeover) == ("zhangwei", "wanglei")


async def test_only_the_tagged_customers_to_one_receiver_asks_instead_of_moving_the_whole_book(
        redis_url: str, redis: Redis) -> None:
    """"张伟的VIP客户给李娜" with nobody for the rest: a plain handover would move all 250 customers."""
    async with demo_stack(redis_url, None, **VIP) as s:
        [zh] = await s.say("wangfang", "张伟的VIP客户给李娜")
        assert "只交接带“VIP”的那部分客户" in zh and "其余客户给谁" in zh and "没有提交" in zh
        [en] = await s.say("wangfang", "Zhang Wei's VIP customers should go to Li Na")
        assert "only Zhang Wei's “VIP” customers" in en and "Nothing was filed" in en
        assert await s.runtime.services["jobs"].recent(5) == []
        # the whole book, said plainly, still goes the usual way (the numbered question first)
        [question] = await s.say("wangfang", "把张伟的客户交接给李娜")
        assert question.startswith("找到两位“张伟”")
