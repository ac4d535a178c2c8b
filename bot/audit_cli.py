"""``wecom-handover audit verify|export|archive`` — the audit log as evidence, from a shell.

Exit codes for monitoring: 0 intact (or done), 1 the chain is broken, 2 could not check (a bad
argument, a missing key where one is needed, Redis unreachable).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

BROKEN, CANNOT = 1, 2


def add_audit_command(sub: Any) -> None:
    a = sub.add_parser("audit", help="verify, export or archive the tamper-evident audit log")
    verbs = a.add_subparsers(dest="verb", required=True)
    v = verbs.add_parser("verify", help="check the hash chain and the signed checkpoints")
    v.add_argument("--since", help="start at this date (local, YYYY-MM-DD[THH:MM])")
    v.add_argument("--file", type=Path, help="verify an export instead of the live log")
    e = verbs.add_parser("export", help="entries with their links and hashes (verifiable on their own)")
    e.add_argument("--since", required=True)
    e.add_argument("--until", required=True)
    e.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    e.add_argument("--output", type=Path, help="write here instead of standard output")
    r = verbs.add_parser("archive", help="drop entries before a date (export them first), leaving a signed anchor")
    r.add_argument("--before", required=True)
    from bot.permissions.cli import add_permissions_verb

    add_permissions_verb(verbs)
    a.set_defaults(func=cmd_audit)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def cmd_audit(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        _say(f"wecom-handover audit: {exc}")
        return CANNOT
    key = settings.audit_key.get_secret_value().encode() if settings.audit_key else None
    if args.verb == "verify" and args.file is not None:
        from bot.auditing import verify_export

        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            _say(f"wecom-handover audit verify: {exc}")
            return CANNOT
        verdict = verify_export(text, key)
        print(verdict.describe() + ("" if key else " (signatures not checked: HANDOVER_AUDIT_KEY unset)"))
        return 0 if verdict.ok else BROKEN
    try:
        if args.verb == "permissions":
            from bot.permissions.cli import run_permissions

            return asyncio.run(run_permissions(settings, args))
        return asyncio.run(_live(settings, key, args))
    except (OSError, ConnectionError) as exc:
        _say(f"wecom-handover audit: Redis unreachable: {exc}")
        return CANNOT


@asynccontextmanager
async def _keeper(settings: Any, key: bytes | None) -> AsyncIterator[Any]:
    from bot.app import make_keys
    from bot.auditing import AuditKeeper
    from bot.cliredis import settings_redis
    from bot.clock import SystemClock
    from storage.audit import AuditLog
    from storage.job_archive import JobArchive

    async with settings_redis(settings) as redis:
        keys = make_keys(settings)
        yield AuditKeeper(AuditLog(redis, keys), key, SystemClock().now, JobArchive(redis, keys))


async def _live(settings: Any, key: bytes | None, args: argparse.Namespace) -> int:
    from bot.auditing import AuditKeyMissing
    from bot.engine.export import parse_since

    def when(text: str) -> float:
        return parse_since(text, settings.tz)

    try:
        bounds = {name: when(getattr(args, name)) for name in ("since", "until", "before")
                  if getattr(args, name, None)}
    except ValueError as exc:
        _say(f"wecom-handover audit: not a date: {exc}")
        return CANNOT
    async with _keeper(settings, key) as keeper:
        if args.verb == "verify":
            since_id = "-"
            if "since" in bounds:
                since_id = f"{int(bounds['since'] * 1000)}-0"
            verdict = await keeper.verify(since_id)
            print(verdict.describe() + ("" if key else " (signatures not checked: HANDOVER_AUDIT_KEY unset)"))
            return 0 if verdict.ok else BROKEN
        if args.verb == "export":
            text = await keeper.export(bounds["since"], bounds["until"], args.format)
            if args.output:
                args.output.write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
            return 0
        try:
            result = await keeper.archive(bounds["before"])
        except AuditKeyMissing as exc:
            _say(f"wecom-handover audit archive: {exc}")
            return CANNOT
        anchor = f", anchor at seq {result.anchor.seq}" if result.anchor else ""
        print(f"archived {result.removed} entries{anchor}; {result.job_entries} job-stream entries and "
              f"{result.jobs} ended jobs' records removed")
        return 0
