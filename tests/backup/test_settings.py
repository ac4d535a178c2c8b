"""HANDOVER_IMPORTANT_TAGS, HANDOVER_BACKUP_KEEP_DAYS, HANDOVER_BACKUP_TIME: read, checked at startup
(one clear line), and the nightly timer scheduled from them."""

from __future__ import annotations

import pytest

from bot.backup.feature import NIGHTLY, next_daily
from bot.backup.important import ImportantRule
from bot.settings import SettingsError, load_settings
from storage.backup import BackedUpTag
from storage.connection import Redis
from tests.backup.conftest import demo_stack
from tests.support.stack import SHANGHAI
from tests.test_settings_claim_idle import env  # noqa: F401 (fixture)


def test_the_settings_are_read_and_checked(env: pytest.MonkeyPatch) -> None:  # noqa: F811
    s = load_settings()
    assert (s.important_tags, s.backup_keep_days, s.backup_time) == ((), 7, "02:30")
    env.setenv("HANDOVER_IMPORTANT_TAGS", "客户等级：A类， VIP ,")
    env.setenv("HANDOVER_BACKUP_KEEP_DAYS", "30")
    env.setenv("HANDOVER_BACKUP_TIME", "3:05")
    s = load_settings()
    assert (s.important_tags, s.backup_keep_days, s.backup_time) == (("客户等级:A类", "VIP"), 30, "03:05")
    for name, value, said in [
        ("HANDOVER_IMPORTANT_TAGS", "客户等级:", "HANDOVER_IMPORTANT_TAGS not a tag: '客户等级:'"),
        ("HANDOVER_IMPORTANT_TAGS", ":A类", "HANDOVER_IMPORTANT_TAGS not a tag: ':A类'"),
        ("HANDOVER_BACKUP_KEEP_DAYS", "0", "HANDOVER_BACKUP_KEEP_DAYS Input should be greater than or equal to 1"),
        ("HANDOVER_BACKUP_TIME", "25:00", "HANDOVER_BACKUP_TIME must be HH:MM in 24-hour time"),
    ]:
        env.setenv(name, value)
        with pytest.raises(SettingsError) as err:
            load_settings()
        assert said in str(err.value) and "\n" not in str(err.value)
        env.delenv(name)


def test_the_rule_matches_names_anywhere_and_group_names_exactly() -> None:
    rule = ImportantRule(["客户等级:A类", "VIP"])
    assert rule.labels([BackedUpTag(group="客户等级", name="A类")]) == ["A类"]
    assert rule.labels([BackedUpTag(group="其他", name="A类")]) == []
    assert rule.labels([BackedUpTag(group="任何组", name="VIP")]) == ["VIP"]
    assert not ImportantRule([]).enabled


def test_next_daily_is_strictly_later() -> None:
    at_0230 = 1_764_873_000.0  # 2025-12-05 02:30 Asia/Shanghai
    assert next_daily(at_0230, SHANGHAI, "02:30") == at_0230 + 86400
    assert next_daily(at_0230 - 60, SHANGHAI, "02:30") == at_0230


async def test_the_nightly_backup_is_scheduled_at_startup(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url, HANDOVER_BACKUP_TIME="03:15") as s:
        timer = await s.runtime.services["timers"].get(NIGHTLY)
        assert timer is not None and timer.due == next_daily(s.clock.now(), SHANGHAI, "03:15")


def test_the_preview_names_the_first_ten_and_counts_the_rest() -> None:
    from bot.approvals.reasons import important_names, second_reasons
    from bot.backup.important import ImportantRule
    from bot.models.jobs import JobDraft
    from storage.backup import BackedUpCustomer

    rule = ImportantRule(["VIP"])
    book = [BackedUpCustomer(external_userid=f"wm{i:02d}", name=f"客户{i:02d}",
                             tags=[BackedUpTag(group="VIP", name="VIP")] if i % 2 else []) for i in range(26)]
    found = rule.summarize(book, source="backup")
    assert (found.count, len(found.names), found.labels) == (13, 10, ["VIP"])
    job = JobDraft(requester="hr", handover="zw", takeover="ln", path="resigned", scope=["customers"],
                   customer_count=26, approvers=["boss"], second_approvers=["rev"], needs_second_approval=True,
                   important=found)  # fmt: skip
    first_ten = "、".join(f"客户{i:02d}" for i in range(1, 20, 2))
    assert important_names(job, "zh") == f"重要客户（VIP）：{first_ten} 等，共 13 位"
    assert str(important_names(job, "en")).endswith(" and 3 more")
    assert second_reasons(job, second_over=200, lang="zh", name="张伟") == ["含 13 位重要客户（VIP）"]
    both = second_reasons(job, second_over=20, lang="en", name="Zhang")
    assert both == ["over 20 customers", "13 important customers (VIP)"]
