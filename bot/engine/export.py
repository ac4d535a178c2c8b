"""``wecom-handover export``: transfer records as CSV or JSON, from the bot's Redis.

    wecom-handover export --job H-1042 --format csv
    wecom-handover export --member zhangwei --since 2026-11-01 --format json -o records.json

Redis comes from the settings like ``wecom-handover check``: ``REDIS_URL``, else the embedded
server under the data directory. ``--since`` is a local date or date-time (settings time zone).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import date, datetime, tzinfo
from typing import Any, Literal

from bot.cliredis import settings_redis, write_output
from bot.engine.report import records_csv
from bot.texts import Lang
from storage.transfers import TransferStore


def parse_since(text: str, tz: tzinfo) -> float:
    """'2026-11-01' or '2026-11-01T09:30' (local) → unix seconds."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        d = date.fromisoformat(text)
        moment = datetime(d.year, d.month, d.day)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.timestamp()


async def export_records(
    transfers: TransferStore,
    *,
    job: str | None = None,
    member: str | None = None,
    since: float | None = None,
    fmt: Literal["csv", "json"] = "csv",
    lang: Lang = "zh",
    tz: tzinfo,
) -> bytes:
    records = await transfers.records_for(job_id=job, member=member, since=since)
    if fmt == "json":
        rows = [r.model_dump(mode="json") for r in records]
        return (json.dumps(rows, ensure_ascii=False, indent=1) + "\n").encode()
    return records_csv(records, lang, tz)


def add_export_command(subparsers: Any) -> None:
    """Register ``export`` on the CLI's subparsers (``argparse._SubParsersAction``)."""
    p = subparsers.add_parser("export", help="export customer transfer records (CSV or JSON)")
    p.add_argument("--job", help="one job, e.g. H-1042")
    p.add_argument("--member", help="a member's records (handing over or taking over), by userid")
    p.add_argument("--since", help="only transfers submitted since this local date/time (ISO)")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="CSV headings and words")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"wecom-handover: {exc}", file=sys.stderr)
        return 2
    data = asyncio.run(_export(settings, args))
    if data is None:
        return 1
    write_output(data, args.output)
    return 0


async def _export(settings: Any, args: argparse.Namespace) -> bytes | None:
    from bot.app import make_keys

    async with settings_redis(settings) as redis:
        try:
            since = parse_since(args.since, settings.tz) if args.since else None
            return await export_records(
                TransferStore(redis, make_keys(settings)), job=args.job, member=args.member, since=since,
                fmt=args.format, lang=args.lang, tz=settings.tz,
            )  # fmt: skip
        except Exception as exc:
            print(f"wecom-handover export: {type(exc).__name__}: {exc}", file=sys.stderr)
            return None
