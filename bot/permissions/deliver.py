"""Running one permission audit and delivering it exactly once to its recipients.

A run has an id (``monthly:2026-12`` for the timer, the chat event's key on request). Its report
is the first one finished (storage/permission_audit.py): a second instance or a re-delivered
timer sends that same report. The message goes through the outbox under the run's key (once per
recipient). The file is uploaded once per run (the media_id is kept, and reused while valid) and
sent with the platform's duplicate check, so a crash between the send and its flag resends the
identical request, which WeCom drops (4 hours, the longest interval it keeps).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from bot.clock import Clock
from bot.permissions import report
from bot.permissions.collect import AuditSource, JobSource, MemberSource, collect
from bot.permissions.findings import Findings
from bot.texts import Lang
from storage.permission_audit import PermissionAuditStore

MEDIA_VALID = 3 * 86400 - 3600  # media/upload ids live 3 days; an hour's margin
DUPLICATE_CHECK = 4 * 3600


class FileSender(Protocol):
    async def upload_media(self, filename: str, data: bytes, type: Any = "file") -> str: ...
    async def send_file(self, touser: list[str] | str, media_id: str, *, safe: bool = False,
                        duplicate_check_interval: int | None = None) -> Any: ...


class Poster(Protocol):
    async def post(self, touser: str | Sequence[str], text: str, *, key: str, once: bool = False) -> None: ...


class PermissionAudit:
    def __init__(self, *, source: AuditSource, files: FileSender, directory: MemberSource, jobs: JobSource,
                 store: PermissionAuditStore, outbox: Poster | None, settings: Any, clock: Clock) -> None:
        self.source = source
        self.files = files
        self.directory = directory
        self.jobs = jobs
        self.store = store
        self.outbox = outbox
        self.settings = settings
        self.clock = clock

    async def gather(self) -> Findings:
        """A fresh audit compared with the last one (nothing stored)."""
        found = await collect(self.source, self.directory, self.jobs, admins=self.settings.admins,
                              approvers=self.settings.approvers, now=self.clock.now())  # fmt: skip
        return found.compared_with(await self.store.previous())

    async def settled(self, run_id: str, actor: str) -> Findings:
        """The run's report: the stored one, else a fresh one stored now as "the last audit"."""
        stored = await self.store.stored_report(run_id)
        if stored is None:
            fresh = await self.gather()
            counts: dict[str, Any] = {k: len(v) for k, v in fresh.ids().items()}
            _, stored = await self.store.settle(run_id, fresh.model_dump_json(), fresh.summary(), actor=actor,
                                                extra={"run": run_id, "counts": counts})  # fmt: skip
        return Findings.model_validate_json(stored)

    async def deliver(self, run_id: str, recipients: Sequence[str], lang: Lang, *, actor: str) -> Findings:
        findings = await self.settled(run_id, actor)
        people = list(dict.fromkeys(recipients))
        if not people:
            return findings
        if self.outbox is None:
            raise RuntimeError("the permission audit needs the outbox to deliver its message")
        await self.outbox.post(people, report.message(findings, self.settings.tz, lang), key=f"permaudit:{run_id}",
                               once=True)  # fmt: skip
        await self.send_file(run_id, people, findings, lang)
        return findings

    async def send_file(self, run_id: str, people: list[str], findings: Findings, lang: Lang) -> None:
        if await self.store.file_sent(run_id):
            return
        now = self.clock.now()
        media = await self.store.media(run_id)
        if media is None or media[1] + MEDIA_VALID <= now:
            data = report.workbook(findings, self.settings.tz, lang)
            uploaded = await self.files.upload_media(report.filename(findings, self.settings.tz, lang), data, "file")
            media_id = await self.store.keep_media(run_id, uploaded, now, now - MEDIA_VALID)
        else:
            media_id = media[0]
        await self.files.send_file(people, media_id, duplicate_check_interval=DUPLICATE_CHECK)
        await self.store.mark_file_sent(run_id, self.clock.now())
