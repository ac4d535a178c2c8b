"""The retention sweep in the running bot: scheduled at startup, daily after each run; what people
said to the bot goes once older than HANDOVER_RETENTION_DAYS, the audit log stays."""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from bot.retention import EVERY, FIRST_AFTER, TIMER, RetentionFeature
from storage.timers import Timer
from tests.support.stack import start_stack, stop_stack


async def test_the_daily_sweep_deletes_old_conversations_and_keeps_the_audit_log(redis_url: str, redis: Any) -> None:
    stack, closers = await start_stack(redis_url, HANDOVER_RETENTION_DAYS=90)
    try:
        rt = stack.runtime
        timers = rt.services["timers"]
        first = await timers.get(TIMER)
        assert first is not None and first.due == stack.clock.now() + FIRST_AFTER
        [preview] = await asyncio.wait_for(stack.say("wangfang", "把陈静的客户交接给李娜"), 60)
        assert preview.startswith("交接预览 H-")
        said, audited = await rt.redis.xlen(rt.keys.inbox()), await rt.redis.xlen(rt.keys.audit())
        assert said >= 1 and audited >= 1
        handler = RetentionFeature().timer_handlers(rt.services)[TIMER]
        # 89 days after the message (stream ids are the Redis server's time): nothing is old enough yet
        stack.clock.set(time.time() + 89 * 86400)
        await asyncio.wait_for(handler(Timer(id=TIMER, kind=TIMER, due=stack.clock.now())), 30)
        assert await rt.redis.xlen(rt.keys.inbox()) == said
        stack.clock.set(time.time() + 91 * 86400)
        await asyncio.wait_for(handler(Timer(id=TIMER, kind=TIMER, due=stack.clock.now())), 30)
        assert await rt.redis.xlen(rt.keys.inbox()) == 0
        assert await rt.redis.xlen(rt.keys.audit()) >= audited  # evidence is not swept
        last = await rt.services["retention"].last()
        assert int(last["conversations"]) == said
        assert abs(float(last["cutoff"]) - (stack.clock.now() - 90 * 86400)) < 0.01
        metrics = (await rt.metrics.render()).decode()
        [shown] = re.findall(r"^handover_retention_swept_timestamp_seconds (\S+)$", metrics, re.MULTILINE)
        assert float(shown) == float(last["at"]) > 0
        again = await timers.get(TIMER)
        assert again is not None and again.due == stack.clock.now() + EVERY
    finally:
        await stop_stack(closers)
