"""The audit log: who did what to which job, when, from which state to which.

Append-only Redis streams, hash-chained and checkpointed (storage/audit_chain.py); trimmed only by
an explicit archive, which leaves a signed anchor so the rest still verifies. Every entry goes to
the global stream and to the job's own stream (``Keys.audit_for_job``) so ``for_job`` is a plain
XRANGE, not a scan. The job scripts (storage/lua/_prelude.lua) write the same fields with XADD
inside the script that changes the job, so a transition and its audit entry are one atomic step;
``append`` is for events that change no job state (engine notes, sandbox actions); it is chained
by the same Lua function.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from storage.audit_chain import Checkpoint
from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text

PAGE = 1000


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
    seq: int | None = None  # the chain link (None for entries written before the chain)
    hash: str | None = None


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
        seq=int(f["seq"]) if f.get("seq", "").isdigit() else None,
        hash=f.get("hash") or None,
    )


class AuditLog:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed below
        self._redis: Any = redis
        self._keys = keys
        self._append = redis.register_script(script_text("audit_append", prelude=True))

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
        keys = [self._keys.audit(), *([self._keys.audit_for_job(job_id)] if job_id else [])]
        await self._append(keys=keys, args=list(fields.values()))

    async def append_in(self, pipe: Any, *, ts: float, actor: str, action: str, note: str | None = None,
                  extra: dict[str, JsonValue] | None = None) -> None:
        """Queue a chained entry inside ``pipe``'s MULTI, so it commits (or not) with the change
        the transaction makes — for stores that change state with WATCH/MULTI, not Lua."""
        fields = audit_fields(ts=ts, actor=actor, action=action, job_id=None, from_state=None,
                              to_state=None, note=note, extra=extra)
        await self._append(keys=[self._keys.audit()], args=list(fields.values()), client=pipe)

    async def for_job(self, job_id: str) -> list[AuditEntry]:
        """Every entry about one job, oldest first."""
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrange(self._keys.audit_for_job(job_id))
        return [_entry(i, f) for i, f in rows]

    async def tail(self, n: int) -> list[AuditEntry]:
        """The newest ``n`` entries of the whole log, oldest first."""
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrevrange(self._keys.audit(), count=n)
        return [_entry(i, f) for i, f in reversed(rows)]

    # --- the chain: reading it whole, checkpoints, archive ---------------------------------------
    async def raw(self, since_id: str = "-") -> AsyncIterator[tuple[str, dict[str, str]]]:
        """Every entry of the global stream from ``since_id``, in order, as stored (paged)."""
        start = since_id
        exclusive = False
        while True:
            lo = f"({start}" if exclusive else start
            rows: list[tuple[str, dict[str, str]]] = await self._redis.xrange(
                self._keys.audit(), min=lo, max="+", count=PAGE)
            for row in rows:
                yield row
            if len(rows) < PAGE:
                return
            start, exclusive = rows[-1][0], True

    async def head(self) -> tuple[str, dict[str, str]] | None:
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrevrange(self._keys.audit(), count=1)
        return rows[0] if rows else None

    async def checkpoints(self) -> list[Checkpoint]:
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrange(self._keys.audit_checkpoints())
        return [Checkpoint.from_fields(f) for _, f in rows]

    async def add_checkpoint(self, cp: Checkpoint) -> None:
        await self._redis.xadd(self._keys.audit_checkpoints(), cp.fields())

    async def cut_before(self, first_kept_id: str) -> int:
        """Drop the global stream's entries older than ``first_kept_id`` (after the anchor is written)."""
        removed: int = await self._redis.xtrim(self._keys.audit(), minid=first_kept_id, approximate=False)
        return removed

    async def cut_job_stream(self, job_id: str, last_seq: int | None, before: float) -> tuple[int, int]:
        """Drop a job's own copies of archived entries (chain seq ≤ ``last_seq``, or older than
        ``before`` for entries written before the chain); (removed, left)."""
        stream = self._keys.audit_for_job(job_id)
        rows: list[tuple[str, dict[str, str]]] = await self._redis.xrange(stream)

        def archived(f: dict[str, str]) -> bool:
            if last_seq is not None and f.get("seq", "").isdigit():
                return int(f["seq"]) <= last_seq
            return float(f.get("ts") or 0) < before

        drop = [i for i, f in rows if archived(f)]
        if len(drop) == len(rows):
            await self._redis.delete(stream)
        elif drop:
            await self._redis.xdel(stream, *drop)
        return len(drop), len(rows) - len(drop)

    async def record_verdict(self, ok: bool, at: float, entries: int, detail: str) -> None:
        await self._redis.hset(self._keys.audit_verified(), mapping={
            "ok": "1" if ok else "0", "at": f"{at:.3f}", "entries": str(entries), "detail": detail[:1000],
        })

    async def last_verdict(self) -> dict[str, str]:
        found: dict[str, str] = await self._redis.hgetall(self._keys.audit_verified())
        return found

    async def swap_settings_digest(self, digest: str) -> str | None:
        """Store the settings digest; the previous one (None the first time)."""
        previous: str | None = await self._redis.set(self._keys.audit_settings(), digest, get=True)
        return previous
