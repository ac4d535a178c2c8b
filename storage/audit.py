"""The audit log: who did what to which job, when, from which state to which.

Append-only Redis streams without TTL or trimming. Every entry goes to the global stream and to
the job's own stream (``Keys.audit_for_job``) so ``for_job`` is a plain XRANGE, not a scan. The job
scripts (storage/lua/_prelude.lua) write the same fields with XADD inside the script that changes
the job, so a transition and its audit entry are one atomic step; ``append`` is for events that
change no job state (engine notes, sandbox actions).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from storage.connection import Redis
from storage.keys import Keys


class AuditEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # stream id; orders entries
    ts: float
    actor: str
    action: str
    job_id: str | None = None
    from_state: str | None = None
    to_state: str | None = None
    note: str | None = None
    extra: dict[str, JsonValue] = Field(default_factory=dict)


def audit_fields(
    *,
    ts: float,
    actor: str,
    action: str,
    job_id: str | None,
    from_state: str | None,
    to_state: str | None,
    note: str | None,
    extra: dict[str, JsonValue] | None,
) -> dict[str, str]:
    return {
        "ts": f"{ts:.6f}",
        "actor": actor,
        "action": action,
        "job_id": job_id or "",
        "from_state": from_state or "",
        "to_state": to_state or "",
        "note": note or "",
        "extra": json.dumps(extra or {}, ensure_ascii=False, separators=(",", ":")),
    }


def _entry(entry_id: str, f: dict[str, str]) -> AuditEntry:
    extra: Any = json.loads(f.get("extra") or "{}")
    return AuditEntry(
        id=entry_id,
        ts=float(f["ts"]),
        actor=f.get("actor", ""),
        action=f.get("action", ""),
        job_id=f.get("job_id") or None,
        from_state=f.get("from_state") or None,
        to_state=f.get("to_state") or None,
        note=f.get("note") or None,
        extra=extra if isinstance(extra, dict) else {"value": extra},
    )


class AuditLog:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed below
        self._redis: Any = redis
        self._keys = keys

    async def append(
        self,
        *,
        ts: float,
        actor: str,
        action: str,
        job_id: str | None = None,
        from_state: str | None = None,
        to_state: str | None = None,
        note: str | None = None,
        extra: dict[str, JsonValue] | None = None,
    ) -> None:
        fields = audit_fields(
            ts=ts, actor=actor, action=action, job_id=job_id,
            from_state=from_state, to_state=to_state, note=note, extra=extra,
        )  # fmt: skip
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(self._keys.audit(), fields)
            if job_id:
                pipe.xadd(self._keys.audit_for_job(job_id), fields)
            await pipe.execute()

    async def for_job(self, job_id: str) -> list[AuditEntry]:
        """Every entry about one job, oldest first."""
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrange(self._keys.audit_for_job(job_id))
        return [_entry(i, f) for i, f in rows]

    async def tail(self, n: int) -> list[AuditEntry]:
        """The newest ``n`` entries of the whole log, oldest first."""
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrevrange(self._keys.audit(), count=n)
        return [_entry(i, f) for i, f in reversed(rows)]
