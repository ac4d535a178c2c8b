"""``wecom-handover`` — serve, check, parse (and sandbox/export as they land)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from datetime import date, datetime

from bot.settings import SettingsError, load_settings


def _fail(message: str) -> int:
    print(f"wecom-handover: {message}", file=sys.stderr)
    return 2


def cmd_serve(args: argparse.Namespace) -> int:
    from bot import serving
    from bot.app import AppOptions, create_app
    from bot.eventloop import EventLoopUnavailable, loop_name, new_event_loop
    from bot.logs import setup_logging

    try:
        settings = load_settings()
    except SettingsError as exc:
        return _fail(str(exc))
    if settings.audit_key is None:
        return _fail("HANDOVER_AUDIT_KEY is required by serve: it signs the audit log's checkpoints "
                     "(at least 32 characters, e.g. openssl rand -hex 32; keep it out of Redis)")
    setup_logging(settings.log_level, settings.log_format)
    host = args.host or settings.host
    port = args.port or settings.port
    try:
        loop = new_event_loop(settings.event_loop)
    except EventLoopUnavailable as exc:
        return _fail(str(exc))
    logging.getLogger("bot").info("event loop: %s", loop_name(loop))
    app = create_app(settings, AppOptions(workers=args.workers, background=not args.no_background))
    try:
        serving.run(app, host, port, loop, shutdown_timeout=15)
    except SettingsError as exc:  # e.g. a bad checklist template, found while wiring the features
        return _fail(str(exc))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"[FAIL] settings: {exc}")
        return 1
    from bot.check import run_checks

    return 0 if asyncio.run(run_checks(settings)).ok else 1


def cmd_parse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.language import PeopleSpotter, intent_json, parse

    today = date.fromisoformat(args.today) if args.today else datetime.now().date()
    people: PeopleSpotter | None = None
    if args.directory:
        from bot.directory.matcher import NameMatcher
        from bot.directory.userlist import load_user_list

        try:
            people = NameMatcher.build(load_user_list(Path(args.directory)))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            return _fail(f"could not read the directory {args.directory}: {exc}")
    print(intent_json(parse(" ".join(args.text), today=today, people=people)))
    return 0


def cmd_sandbox(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.logs import setup_logging
    from bot.sandbox.run import SandboxOptions, run_forever

    setup_logging(args.log_level, "text")
    options = SandboxOptions(host=args.host, port=args.port, data_dir=Path(args.data_dir), reset=args.reset,
                             transport=args.transport)
    try:
        asyncio.run(run_forever(options))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        return _fail(f"could not start the sandbox on {args.host}:{args.port}: {exc}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wecom-handover", description="WeCom offboarding handover bot")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="run the production server (callback edge + workers)")
    s.add_argument("--host")
    s.add_argument("--port", type=int)
    s.add_argument("--workers", type=int, default=1,
                   help="inbox consumers in this process (0 = callback edge only; run workers elsewhere)")
    s.add_argument("--no-background", action="store_true",
                   help="do not run timers, the transfer engine or reminders in this process")
    s.set_defaults(func=cmd_serve)
    c = sub.add_parser("check", help="validate settings, reach Redis, fetch a token")
    c.set_defaults(func=cmd_check)
    sb = sub.add_parser("sandbox", help="run the simulated WeCom with the demo org and the bot, on loopback")
    sb.add_argument("--host", default="127.0.0.1")
    sb.add_argument("--port", type=int, default=8080)
    sb.add_argument("--data-dir", default="./var/sandbox-demo")
    sb.add_argument("--reset", action="store_true", help="start the demo from scratch")
    sb.add_argument("--log-level", default="WARNING")
    sb.add_argument("--transport", choices=["callback", "ws"], default="callback",
                    help="how the bot hears WeCom: encrypted HTTP callbacks, or the intelligent bot's long "
                         "connection (the bot dials the sandbox's gateway; group chats work there)")
    sb.set_defaults(func=cmd_sandbox)
    from bot.backup.commands import add_backup_command, add_customer_export
    from bot.checklists.export import add_checklist_export
    from bot.engine.export import add_export_command

    add_export_command(sub)  # export --job/--member/--since
    add_checklist_export(sub)  # adds --checklist to the same command
    add_customer_export(sub)  # adds --customers/--date and --format xlsx
    add_backup_command(sub)
    from bot.audit_cli import add_audit_command

    add_audit_command(sub)  # audit verify/export/archive
    pr = sub.add_parser("parse", help="print what the reader understands of a message, as JSON")
    pr.add_argument("text", nargs="+")
    pr.add_argument("--today", help="ISO date to resolve relative dates against")
    pr.add_argument("--directory", metavar="FILE",
                    help="a JSON list of members as WeCom user/list returns them: the directory-aware reading")
    pr.set_defaults(func=cmd_parse)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    rc: int = args.func(args)
    return rc
