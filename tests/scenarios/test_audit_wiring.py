"""The audit chain in the running bot: a real handover's entries verify; settings are recorded at
startup without secrets; a break found by the daily verification reaches the admins and /metrics."""

from __future__ import annotations

from typing import Any

from bot.auditing import AUDIT_VERIFY_TIMER, AuditFeature
from storage.timers import Timer
from tests.approvals.support import texts_to
from tests.support.stack import start_stack, stop_stack

KEY = "stack-audit-key-0123456789abcdef0123"


async def _entries(stack: Any) -> list[tuple[str, dict[str, str]]]:
    rt = stack.runtime
    rows: list[tuple[str, dict[str, str]]] = await rt.redis.xrange(rt.keys.audit())
    return rows


async def test_settings_are_recorded_at_startup_without_secrets(redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    stack, closers = await start_stack(redis_url, HANDOVER_AUDIT_KEY=KEY)
    try:
        [recorded] = [f for _, f in await _entries(stack) if f["action"] == "settings_recorded"]
        secret = stack.settings.secret.get_secret_value()
        assert secret not in recorded["extra"] and KEY not in recorded["extra"]
        assert '"secret":"sha256:' in recorded["extra"]
    finally:
        await stop_stack(closers)
    # started again: only what differs is named (each test sandbox listens on a new port)
    stack, closers = await start_stack(redis_url, HANDOVER_AUDIT_KEY=KEY)
    await stop_stack(closers)
    stack, closers = await start_stack(redis_url, HANDOVER_AUDIT_KEY=KEY, HANDOVER_APPROVAL_TTL=7200)
    try:
        changes = [f["extra"] for _, f in await _entries(stack) if f["action"] == "settings_changed"]
        assert [f["action"] for _, f in await _entries(stack)].count("settings_recorded") == 1
        assert len(changes) == 2
        assert '"changed":["api_base"]' in changes[0]
        assert '"changed":["api_base","approval_ttl"]' in changes[1]
    finally:
        await stop_stack(closers)


async def test_a_broken_chain_is_told_to_the_admins_and_shown_in_metrics(redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    stack, closers = await start_stack(redis_url, HANDOVER_AUDIT_KEY=KEY)
    try:
        [preview] = await stack.say("wangfang", "把陈静的客户交接给李娜")
        assert preview.startswith("交接预览 H-"), preview
        services = stack.runtime.services
        keeper = services["audit_keeper"]
        assert (await keeper.verify()).ok
        assert await keeper.checkpoint() is not None
        # someone with Redis access rewrites the job's creation entry
        rt = stack.runtime
        rows = await _entries(stack)
        await rt.redis.delete(rt.keys.audit())
        for entry_id, fields in rows:
            if fields["action"] == "create":
                fields = {**fields, "actor": "liuqiang"}
            await rt.redis.xadd(rt.keys.audit(), fields, id=entry_id)
        handler = AuditFeature().timer_handlers(services)[AUDIT_VERIFY_TIMER]
        await handler(Timer(id=AUDIT_VERIFY_TIMER, kind=AUDIT_VERIFY_TIMER, due=stack.clock.now()))
        for admin in ("wangfang", "tangyue"):
            assert any("审计日志校验失败" in t and "content does not match" in t for t in texts_to(stack, admin))
        metrics = (await rt.metrics.render()).decode()
        assert "handover_audit_chain_ok 0.0" in metrics
    finally:
        await stop_stack(closers)
