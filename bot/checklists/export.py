"""``wecom-handover export --checklist <id|member>``: one checklist's record — every item with its
owner, due date and who ticked it when, plus the full log — as JSON (default) or CSV.

    wecom-handover export --checklist CL-7
    wecom-handover export --checklist chenjing --format csv -o chenjing.csv

``add_checklist_export(subparsers)`` adds ``--checklist`` to the CLI's ``export`` command when it
exists (call it after the transfer-records export registers; its ``--format``, default csv, and
``-o`` then apply), else creates ``export`` (default JSON). Redis
comes from the settings like ``wecom-handover check``: ``REDIS_URL``, else the embedded server.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import json
import sys
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from bot.cliredis import settings_redis, write_output
from storage.checklists import Checklist, ChecklistStore
from storage.directory import DirectoryStore


class ChecklistNotFound(LookupError):
    pass


async def find_checklist(store: ChecklistStore, directory: DirectoryStore, ref: str) -> Checklist:
    """By id (CL-7), by the member's userid (their newest), or by an unambiguous name."""
    ref = ref.strip()
    if ref.upper().startswith("CL-"):
        found = await store.get(ref.upper())
        if found is not None:
            return found
    lists = await store.for_member(ref)
    if lists:
        return lists[0]
    named = [m for m in await directory.all_members() if ref in (m.name, m.english_name, m.alias)]
    if len(named) == 1:
        lists = await store.for_member(named[0].userid)
        if lists:
            return lists[0]
    raise ChecklistNotFound(f"no checklist for {ref!r} (give an id like CL-7 or the member's userid)")


def _iso(ts: float | None, tz: tzinfo) -> str:
    return datetime.fromtimestamp(ts, tz).isoformat(timespec="seconds") if ts is not None else ""


async def export_checklist(
    store: ChecklistStore, directory: DirectoryStore, ref: str, *, fmt: str = "json", tz: tzinfo
) -> bytes:
    checklist = await find_checklist(store, directory, ref)
    if fmt == "csv":
        return _csv(checklist, tz)
    record: dict[str, Any] = json.loads(checklist.model_dump_json(exclude={"cards"}))
    for key in ("created_at", "completed_at", "closed_at", "departed_at"):
        record[key] = _iso(getattr(checklist, key), tz) or None
    for item, raw in zip(checklist.items, record["items"], strict=True):
        raw["done_at"] = _iso(item.done_at, tz) or None
    record["log"] = [
        {**json.loads(e.model_dump_json()), "at": _iso(e.at, tz)} for e in await store.log(checklist.id)
    ]
    return (json.dumps(record, ensure_ascii=False, indent=1) + "\n").encode()


def _csv(checklist: Checklist, tz: tzinfo) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["checklist", "member", "last_day", "status", "item", "key", "title", "owner_role", "owners",
                     "due", "done_at", "done_by"])
    for item in checklist.items:
        writer.writerow([checklist.id, checklist.member, checklist.last_day, checklist.status, item.n, item.key,
                         item.title_zh, item.owner_role, "|".join(item.owners), item.due, _iso(item.done_at, tz),
                         item.done_by or ""])
    return ("\ufeff" + out.getvalue()).encode()  # BOM: Excel opens UTF-8 Chinese correctly


def add_checklist_export(subparsers: Any) -> None:
    """Register ``--checklist`` on ``export`` (``subparsers`` is the CLI's _SubParsersAction)."""
    parser: argparse.ArgumentParser | None = subparsers.choices.get("export")
    previous: Callable[[argparse.Namespace], int] | None = None
    if parser is None:
        parser = subparsers.add_parser("export", help="export records (checklists)")
        parser.add_argument("--format", choices=("csv", "json"), default="json")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    else:
        previous = parser.get_default("func")
    parser.add_argument("--checklist", metavar="ID|MEMBER",
                        help="an offboarding checklist by id (CL-7) or the member's userid: items, ticks, log")
    this = parser

    def run(args: argparse.Namespace) -> int:
        if getattr(args, "checklist", None):
            return cmd_checklist_export(args)
        if previous is not None:
            return previous(args)
        this.error("give --checklist ID|MEMBER")
        return 2

    parser.set_defaults(func=run)


def cmd_checklist_export(args: argparse.Namespace) -> int:
    from bot.settings import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"wecom-handover: {exc}", file=sys.stderr)
        return 2
    fmt = "csv" if getattr(args, "format", None) == "csv" else "json"
    data = asyncio.run(_export(settings, args.checklist, fmt))
    if data is None:
        return 1
    write_output(data, getattr(args, "output", None))
    return 0


async def _export(settings: Any, ref: str, fmt: str) -> bytes | None:
    from bot.app import make_keys

    keys = make_keys(settings)
    async with settings_redis(settings) as redis:
        try:
            return await export_checklist(ChecklistStore(redis, keys), DirectoryStore(redis, keys), ref, fmt=fmt,
                                          tz=settings.tz)  # fmt: skip
        except ChecklistNotFound as exc:
            print(f"wecom-handover export: {exc.args[0]}", file=sys.stderr)
            return None
