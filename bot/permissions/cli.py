"""``wecom-handover audit permissions [--out FILE] [--lang zh|en]``: the permission audit now, from a
shell — the message on standard output and, with ``--out``, the XLSX file. Read-only: it is
compared with the last audit but does not become it (only the chat and monthly runs do)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_permissions_verb(verbs: Any) -> None:
    p = verbs.add_parser("permissions", help="the permission audit now: counts on stdout, details in --out FILE")
    p.add_argument("--out", type=Path, help="write the details here as XLSX")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")


async def run_permissions(settings: Any, args: argparse.Namespace) -> int:
    from bot.app import make_keys
    from bot.cliredis import settings_redis
    from bot.clock import SystemClock
    from bot.permissions import report
    from bot.permissions.deliver import PermissionAudit
    from bot.wecom import WeComClient, api_session
    from storage.directory import DirectoryStore
    from storage.jobs import JobStore
    from storage.permission_audit import PermissionAuditStore

    keys, clock = make_keys(settings), SystemClock()
    async with settings_redis(settings) as redis, api_session(30.0) as session:
        client = WeComClient(session, redis, keys, api_base=settings.api_base, corp_id=settings.corp_id,
                             secret=settings.secret.get_secret_value(), agent_id=settings.agent_id)  # fmt: skip
        audit = PermissionAudit(source=client, files=client, directory=DirectoryStore(redis, keys),
                                jobs=JobStore(redis, keys, clock), store=PermissionAuditStore(redis, keys),
                                outbox=None, settings=settings, clock=clock)  # fmt: skip
        findings = await audit.gather()
    print(report.message(findings, settings.tz, args.lang))
    if args.out is not None:
        args.out.write_bytes(report.workbook(findings, settings.tz, args.lang))
        print(f"wrote {args.out}")
    return 0
