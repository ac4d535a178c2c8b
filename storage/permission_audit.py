"""The permission audit's state in Redis: the previous audit's summary and each audit's delivery.

- ``permission_audit_last``: the summary (sets of userids / job ids per finding) of the last audit,
  so the next one can say what changed since.
- ``permission_audit_run(run_id)`` (TTL): one audit — its report as first finished (a second
  instance or a re-delivered timer gets the same report back, so the admins never get two
  different versions), the media_id of its uploaded file and whether the file went out.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text

RUN_TTL = 40 * 86400  # a month's run outlives its retries and the next month's first working day


class AuditSummary(BaseModel):
    """What one audit found, as sets (sorted lists) of ids per finding — enough to diff."""

    model_config = ConfigDict(frozen=True)

    at: float
    findings: dict[str, list[str]] = Field(default_factory=dict)


class PermissionAuditStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis: Any = redis
        self._keys = keys
        self._settle = redis.register_script(script_text("permission_audit_settle", prelude=True))
        self._keep_media = redis.register_script(script_text("permission_audit_media"))

    async def previous(self) -> AuditSummary | None:
        raw = await self._redis.get(self._keys.permission_audit_last())
        return AuditSummary.model_validate_json(raw) if raw else None

    async def stored_report(self, run_id: str) -> str | None:
        found: str | None = await self._redis.hget(self._keys.permission_audit_run(run_id), "report")
        return found

    async def settle(self, run_id: str, report: str, summary: AuditSummary, *, actor: str,
                     extra: dict[str, JsonValue]) -> tuple[bool, str]:
        """Store ``report`` unless this run already has one; (stored now?, the run's report)."""
        keys = [self._keys.permission_audit_run(run_id), self._keys.permission_audit_last(), self._keys.audit()]
        args: list[str | int] = [report, summary.model_dump_json(), RUN_TTL, f"{summary.at:.6f}", actor,
                json.dumps(extra, ensure_ascii=False, separators=(",", ":"))]
        won, stored = await self._settle(keys=keys, args=args)
        return bool(int(won)), str(stored)

    async def media(self, run_id: str) -> tuple[str, float] | None:
        media_id, at = await self._redis.hmget(self._keys.permission_audit_run(run_id), ["media_id", "media_at"])
        return (str(media_id), float(at)) if media_id and at else None

    async def keep_media(self, run_id: str, media_id: str, at: float, stale_before: float) -> str:
        """Store an uploaded file's media_id unless a valid one is there; the media_id to send."""
        args = [media_id, f"{at:.3f}", f"{stale_before:.3f}"]
        kept = await self._keep_media(keys=[self._keys.permission_audit_run(run_id)], args=args)
        return str(kept)

    async def file_sent(self, run_id: str) -> bool:
        return bool(await self._redis.hexists(self._keys.permission_audit_run(run_id), "file_sent"))

    async def mark_file_sent(self, run_id: str, at: float) -> None:
        await self._redis.hset(self._keys.permission_audit_run(run_id), "file_sent", f"{at:.3f}")
