"""``wecom-handover backup`` (a full customer backup now, or the rest of an interrupted one) and
``wecom-handover export --customers MEMBER [--date YYYY-MM-DD] --format csv|xlsx``.

    wecom-handover backup
    wecom-handover export --customers zhangwei --date 2026-11-19 --format xlsx -o zhangwei.xlsx

The export reads the newest generation of that local date holding the member (without ``--date``:
the newest generation holding them; a departed member whose generations were all pruned: their
last backup). Redis comes from the settings like ``wecom-handover check``.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import Any

from bot.backup import xlsx
from bot.cliredis import settings_redis, write_output
from bot.texts import Lang
from storage.backup import CustomerBackupStore, MemberBackup

HEADINGS = {
    "zh": ["成员", "备份", "客户ID", "客户名称", "客户企业", "备注", "标签", "添加时间", "添加方式"],
    "en": ["member", "backup", "external_userid", "name", "corp_name", "remark", "tags", "added_at", "add_way"],
}


class NoBackup(LookupError):
    pass


async def find_backup(store: CustomerBackupStore, member: str, day: str | None) -> MemberBackup:
    if day is not None:
        date.fromisoformat(day)  # ValueError for a malformed date
    found = await store.member_on(member, day)
    if found is None and day is None:
        found = await store.latest(member)
    if found is None:
        when = f" on {day}" if day else ""
        raise NoBackup(f"no customer backup of {member!r}{when} (see `wecom-handover backup`)")
    return found


def rows(backup: MemberBackup, tz: tzinfo, lang: Lang) -> list[list[xlsx.Cell]]:
    label = backup.generation or "latest"
    out: list[list[xlsx.Cell]] = [list(HEADINGS[lang])]
    for c in backup.customers:
        added = datetime.fromtimestamp(c.createtime, tz).isoformat(timespec="seconds") if c.createtime else ""
        tags = "|".join(f"{t.group}:{t.name}" if t.group else t.name for t in c.tags)
        out.append([backup.userid, label, c.external_userid, c.name, c.corp_name, c.remark, tags, added,
                    c.add_way if c.add_way is not None else ""])  # fmt: skip
    return out


def render(table: Sequence[Sequence[xlsx.Cell]], fmt: str, sheet: str) -> bytes:
    if fmt == "xlsx":
        return xlsx.workbook(table, sheet=sheet)
    out = io.StringIO()
    csv.writer(out).writerows(table)
    return ("\ufeff" + out.getvalue()).encode()  # BOM: Excel opens UTF-8 Chinese correctly


async def export_customers(
    store: CustomerBackupStore, member: str, *, day: str | None, fmt: str, tz: tzinfo, lang: Lang = "zh"
) -> bytes:
    backup = await find_backup(store, member, day)
    return render(rows(backup, tz, lang), fmt, sheet=member)


# --- CLI ---------------------------------------------------------------------------------------------
def add_customer_export(subparsers: Any) -> None:
    """Add ``--customers``/``--date`` to ``export`` (after the other exports registered) and xlsx to
    its formats; other exports refuse xlsx."""
    parser: argparse.ArgumentParser = subparsers.choices["export"]
    previous: Callable[[argparse.Namespace], int] = parser.get_default("func")
    for action in parser._actions:  # argparse has no public way to widen an option's choices
        if action.dest == "format" and action.choices is not None:
            action.choices = [*action.choices, "xlsx"]
    parser.add_argument("--customers", metavar="MEMBER", help="a member's backed-up customers (userid)")
    parser.add_argument("--date", help="the backup of this local date, YYYY-MM-DD (default: the newest)")

    def run(args: argparse.Namespace) -> int:
        if getattr(args, "customers", None):
            return cmd_customer_export(args)
        if args.format == "xlsx":
            parser.error("--format xlsx is for --customers")
        return previous(args)

    parser.set_defaults(func=run)


def add_backup_command(subparsers: Any) -> None:
    p = subparsers.add_parser("backup", help="back up every member's customers now (or finish an interrupted run)")
    p.set_defaults(func=cmd_backup)


def _settings() -> Any:
    from bot.settings import SettingsError, load_settings

    try:
        return load_settings()
    except SettingsError as exc:
        print(f"wecom-handover: {exc}", file=sys.stderr)
        return None


def cmd_customer_export(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2

    async def work(store: CustomerBackupStore, _: Any) -> bytes:
        return await export_customers(store, args.customers, day=args.date, fmt=args.format, tz=settings.tz,
                                      lang=getattr(args, "lang", "zh"))  # fmt: skip

    try:
        data = asyncio.run(_with_store(settings, work, client=False))
    except (NoBackup, ValueError) as exc:
        print(f"wecom-handover export: {exc}", file=sys.stderr)
        return 1
    write_output(data, args.output)
    return 0


async def backup_now(settings: Any) -> str:
    """One full run (or the rest of a recorded one) with the settings' Redis and WeCom; a summary line."""

    async def work(store: CustomerBackupStore, client: Any) -> str:
        import os
        import socket

        from bot.backup.runner import CustomerBackup
        from bot.clock import SystemClock

        runner = CustomerBackup(store, client, clock=SystemClock(), tz=settings.tz, keep_days=settings.backup_keep_days,
                                holder=f"cli-{socket.gethostname()}-{os.getpid()}")  # fmt: skip
        report = await runner.run()
        if report.generation is None:
            return "a backup is running on another instance; nothing done"
        g = report.generation
        resumed = f", {report.resumed_with} of {report.chunks} chunks were already done" if report.resumed_with else ""
        return f"backup {g.id}: {g.members} members, {g.customers} customers{resumed}"

    summary: str = await _with_store(settings, work, client=True)
    return summary


def cmd_backup(args: argparse.Namespace) -> int:
    settings = _settings()
    if settings is None:
        return 2
    try:
        print(asyncio.run(backup_now(settings)))
    except Exception as exc:
        print(f"wecom-handover backup: {type(exc).__name__}: {exc} (run it again to carry on)", file=sys.stderr)
        return 1
    return 0


async def _with_store(settings: Any, work: Callable[[CustomerBackupStore, Any], Any], *, client: bool) -> Any:
    from bot.app import make_keys
    from bot.wecom import WeComClient, api_session

    keys = make_keys(settings)
    async with settings_redis(settings) as redis:
        store = CustomerBackupStore(redis, keys)
        if not client:
            return await work(store, None)
        async with api_session(30.0) as session:
            wecom = WeComClient(session, redis, keys, api_base=settings.api_base, corp_id=settings.corp_id,
                                secret=settings.secret.get_secret_value(), agent_id=settings.agent_id)  # fmt: skip
            return await work(store, wecom)
