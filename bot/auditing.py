"""Keeping the audit log as evidence: signed checkpoints, verification, export and archive.

The chain itself is written by the storage layer in the same step as each state change
(storage/audit_chain.py); this module holds what needs the HMAC key, which Redis never sees:
- ``checkpoint``: sign the chain's head (seq, hash) now and then (hourly; and before an archive);
- ``verify``: walk the whole chain against the signed checkpoints, record the verdict (for /metrics);
- ``export``: entries in a time range with their links and hashes, plus the checkpoints that fall in
  it, as JSON lines or CSV — ``verify_export`` checks such a file on its own later;
- ``archive``: after an export, drop entries older than a date, leaving a signed anchor where the
  log was cut so the remaining chain still verifies.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import JsonValue

from bot.features import Feature, Services
from bot.timers import TimerHandler
from storage.audit import AuditLog
from storage.audit_chain import FIELDS, Checkpoint, Verdict, Walker
from storage.job_archive import JobArchive
from storage.timers import Timer

log = logging.getLogger(__name__)

ExportFormat = Literal["jsonl", "csv"]
CSV_COLUMNS = ("record", "id", *FIELDS, "hash", "kind", "mac")


@dataclass(frozen=True)
class ArchiveResult:
    removed: int
    anchor: Checkpoint | None
    job_entries: int = 0  # the jobs' own copies of the archived entries
    jobs: int = 0  # ended jobs whose whole audit trail was archived: their records went too


class AuditKeeper:
    def __init__(self, audit: AuditLog, key: bytes | None, now: Any, jobs: JobArchive | None = None) -> None:
        self.audit = audit
        self.key = key
        self._now = now  # () -> float
        self.jobs = jobs  # archive also removes the per-job streams and the records of ended jobs

    def _require_key(self) -> bytes:
        if self.key is None:
            raise AuditKeyMissing("HANDOVER_AUDIT_KEY is not set: checkpoints and anchors cannot be signed")
        return self.key

    async def checkpoint(self) -> Checkpoint | None:
        """Sign the head if it moved since the last checkpoint; None when there is nothing new."""
        key = self._require_key()
        head = await self.audit.head()
        if head is None or not head[1].get("seq", "").isdigit():
            return None
        seq = int(head[1]["seq"])
        done = await self.audit.checkpoints()
        if done and max(cp.seq for cp in done) >= seq:
            return None
        cp = Checkpoint.sign(key, seq, head[1].get("hash", ""), f"{self._now():.6f}")
        await self.audit.add_checkpoint(cp)
        return cp

    async def verify(self, since_id: str = "-") -> Verdict:
        """The whole chain (or from a stream id, continuing the entry before it) against the checkpoints."""
        checkpoints = await self.audit.checkpoints()
        start: tuple[int, str] | None = None
        walker: Walker | None = None
        async for entry_id, values in self.audit.raw(since_id):
            if walker is None:
                if since_id != "-" and values.get("seq", "").isdigit():
                    start = (int(values["seq"]) - 1, values.get("prev", ""))
                walker = Walker(checkpoints, self.key, start)
            if not walker.feed(entry_id, values):
                break
        verdict = (walker or Walker(checkpoints, self.key)).end()
        await self.audit.record_verdict(verdict.ok, self._now(), verdict.entries, verdict.describe())
        if not verdict.ok:
            log.error("audit chain broken: %s", verdict.describe())
        return verdict

    async def export(self, since: float, until: float, fmt: ExportFormat) -> str:
        rows: list[tuple[str, dict[str, str]]] = []
        async for entry_id, values in self.audit.raw():
            ts = float(values.get("ts") or 0)
            if since <= ts < until:
                rows.append((entry_id, values))
        seqs = {int(v["seq"]) for _, v in rows if v.get("seq", "").isdigit()}
        marks = [cp for cp in await self.audit.checkpoints() if cp.seq in seqs]
        return render_export(rows, marks, fmt)

    async def archive(self, before: float) -> ArchiveResult:
        """Drop entries older than ``before`` (never the newest: it is the chain's head). An anchor
        (seq, hash of the last dropped entry), signed, is written first so the rest still verifies."""
        key = self._require_key()
        last_dropped: tuple[str, dict[str, str]] | None = None
        first_kept: str | None = None
        async for entry_id, values in self.audit.raw():
            if float(values.get("ts") or 0) < before:
                last_dropped = (entry_id, values)
            else:
                first_kept = entry_id
                break
        if last_dropped is None:
            return ArchiveResult(0, None)
        if first_kept is None:  # everything is older: keep the head
            head = await self.audit.head()
            assert head is not None
            if head[0] == last_dropped[0]:
                rows = [row async for row in self.audit.raw()]
                if len(rows) < 2:
                    return ArchiveResult(0, None)
                last_dropped, first_kept = rows[-2], rows[-1][0]
        values = last_dropped[1]
        anchor: Checkpoint | None = None
        if values.get("seq", "").isdigit():
            anchor = Checkpoint.sign(key, int(values["seq"]), values.get("hash", ""), f"{self._now():.6f}",
                                     kind="anchor")
            await self.audit.add_checkpoint(anchor)
        assert first_kept is not None
        removed = await self.audit.cut_before(first_kept)
        if self.jobs is None:
            return ArchiveResult(removed, anchor)
        last_seq = int(values["seq"]) if values.get("seq", "").isdigit() else None
        job_entries = jobs = 0
        for job_id in await self.jobs.job_ids_before(before):
            dropped, left = await self.audit.cut_job_stream(job_id, last_seq, before)
            job_entries += dropped
            if dropped and not left and await self.jobs.remove_if_final(job_id):
                jobs += 1
        return ArchiveResult(removed, anchor, job_entries, jobs)


class AuditKeyMissing(RuntimeError):
    pass


def render_export(rows: Iterable[tuple[str, dict[str, str]]], marks: Iterable[Checkpoint], fmt: ExportFormat) -> str:
    if fmt == "jsonl":
        lines = [json.dumps({"record": "entry", "id": i, **{k: v.get(k, "") for k in (*FIELDS, "hash")}},
                            ensure_ascii=False) for i, v in rows]
        lines += [json.dumps({"record": "checkpoint", **cp.fields()}, ensure_ascii=False) for cp in marks]
        return "".join(line + "\n" for line in lines)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for i, v in rows:
        writer.writerow({"record": "entry", "id": i, **{k: v.get(k, "") for k in (*FIELDS, "hash")}})
    for cp in marks:
        writer.writerow({"record": "checkpoint", **cp.fields()})
    return out.getvalue()


def _export_records(text: str) -> Iterator[dict[str, str]]:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        for line in text.splitlines():
            if line.strip():
                yield {k: str(v) for k, v in json.loads(line).items()}
        return
    yield from csv.DictReader(io.StringIO(text))


def verify_export(text: str, key: bytes | None) -> Verdict:
    """An export on its own: its links and hashes, continuing from its first entry's ``prev``, and
    the checkpoints inside it (signed, when the key is given)."""
    entries: list[tuple[str, dict[str, str]]] = []
    marks: list[Checkpoint] = []
    for record in _export_records(text):
        if record.get("record") == "checkpoint":
            marks.append(Checkpoint.from_fields(record))
        else:
            entries.append((record.get("id", ""), {k: record.get(k, "") for k in (*FIELDS, "hash")}))
    start: tuple[int, str] | None = None
    if entries and entries[0][1].get("seq", "").isdigit():
        start = (int(entries[0][1]["seq"]) - 1, entries[0][1].get("prev", ""))
    walker = Walker(marks, key, start)
    for entry_id, values in entries:
        if not walker.feed(entry_id, values):
            break
    return walker.end()


AUDIT_CHECKPOINT_TIMER = "audit_checkpoint"
AUDIT_CHECKPOINT_EVERY = 3600.0
AUDIT_VERIFY_TIMER = "audit_verify"
AUDIT_VERIFY_EVERY = 86400.0


def settings_fingerprint(settings: Any) -> dict[str, str]:
    """What the settings are, without any secret: secrets as a short SHA-256 fingerprint, so a
    rotated Secret shows up in the audit log without being written into it."""
    out: dict[str, str] = {}
    for name, value in sorted(settings.model_dump().items()):
        if hasattr(value, "get_secret_value"):
            out[name] = "sha256:" + hashlib.sha256(value.get_secret_value().encode()).hexdigest()[:12]
        elif isinstance(value, str):
            out[name] = value
        else:
            out[name] = json.dumps(value, default=str, ensure_ascii=False, sort_keys=True)
    return out


class AuditFeature(Feature):
    """Checkpoints hourly, verification daily (a break is told to the admins), settings at startup."""

    name = "audit"

    def services(self, base: Services) -> dict[str, Any]:
        settings = base["settings"]
        key = settings.audit_key.get_secret_value().encode() if settings.audit_key else None
        jobs = JobArchive(base["redis"], base["keys"])
        return {"audit_keeper": AuditKeeper(base["audit"], key, base["clock"].now, jobs)}

    def timer_handlers(self, services: Services) -> dict[str, TimerHandler]:
        keeper: AuditKeeper = services["audit_keeper"]
        timers = services["timers"]
        clock = services["clock"]

        async def checkpoint(timer: Timer) -> None:
            try:
                if keeper.key is not None:
                    await keeper.checkpoint()
            finally:
                await timers.schedule(timer.id, clock.now() + AUDIT_CHECKPOINT_EVERY, AUDIT_CHECKPOINT_TIMER, {})

        async def verify(timer: Timer) -> None:
            try:
                verdict = await keeper.verify()
                if not verdict.ok:
                    await _tell_admins(services, verdict)
            finally:
                await timers.schedule(timer.id, clock.now() + AUDIT_VERIFY_EVERY, AUDIT_VERIFY_TIMER, {})

        return {AUDIT_CHECKPOINT_TIMER: checkpoint, AUDIT_VERIFY_TIMER: verify}

    async def start(self, services: Services) -> None:
        clock, timers = services["clock"], services["timers"]
        await _record_settings(services)
        for name, every in ((AUDIT_CHECKPOINT_TIMER, AUDIT_CHECKPOINT_EVERY), (AUDIT_VERIFY_TIMER, AUDIT_VERIFY_EVERY)):
            await timers.schedule(name, clock.now() + every, name, {}, replace=False)


async def _record_settings(services: Services) -> None:
    audit: AuditLog = services["audit"]
    current = settings_fingerprint(services["settings"])
    digest = hashlib.sha256(json.dumps(current, sort_keys=True).encode()).hexdigest()
    previous_json = await audit.swap_settings_digest(json.dumps({"digest": digest, "values": current}))
    previous: dict[str, Any] = json.loads(previous_json)["values"] if previous_json else {}
    if previous == current:
        return
    names = sorted(current.keys() | previous.keys())
    changed: list[JsonValue] = [k for k in names if current.get(k) != previous.get(k)]
    values: dict[str, JsonValue] = dict(current)
    if previous:
        extra: dict[str, JsonValue] = {"changed": changed, "values": values}
        await audit.append(ts=services["clock"].now(), actor="system", action="settings_changed", extra=extra)
    else:
        await audit.append(ts=services["clock"].now(), actor="system", action="settings_recorded",
                           extra={"values": values})


async def _tell_admins(services: Services, verdict: Verdict) -> None:
    admins = list(services["settings"].admins)
    if not admins:
        return
    text = ("审计日志校验失败 / Audit log verification failed:\n" + verdict.describe()
            + "\n请立即检查 Redis 的访问记录 / Check who has write access to Redis now.")
    try:
        await services["client"].send_text(admins, text, duplicate_check_interval=3600)
    except Exception:
        log.warning("could not tell the admins about the broken audit chain", exc_info=True)
