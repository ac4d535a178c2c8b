from __future__ import annotations

from storage.audit import AuditLog
from storage.connection import Redis
from storage.keys import Keys


async def test_append_tail_and_for_job(audit: AuditLog, redis: Redis, keys: Keys) -> None:
    await audit.append(ts=1.5, actor="engine", action="batch_sent", job_id="H-1001", extra={"batch": 1})
    await audit.append(ts=2.0, actor="sandbox", action="reset")
    await audit.append(ts=3.0, actor="engine", action="batch_sent", job_id="H-1002", note="第 1 批")

    tail = await audit.tail(2)
    assert [(e.actor, e.action, e.job_id) for e in tail] == [
        ("sandbox", "reset", None),
        ("engine", "batch_sent", "H-1002"),
    ]
    assert tail[0].id < tail[1].id and tail[1].note == "第 1 批"
    [only] = await audit.for_job("H-1001")
    assert (only.ts, only.extra, only.from_state, only.to_state) == (1.5, {"batch": 1}, None, None)
    assert await audit.for_job("H-404") == []
    assert len(await audit.tail(100)) == 3
    for key in (keys.audit(), keys.audit_for_job("H-1001")):
        assert await redis.ttl(key) == -1
