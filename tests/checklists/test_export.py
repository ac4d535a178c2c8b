"""``wecom-handover export --checklist``: the record with who ticked what, when."""

from __future__ import annotations

import argparse
import csv
import io
import json

from bot.checklists.export import ChecklistNotFound, add_checklist_export, export_checklist
from tests.checklists.conftest import services, start_chenjing
from tests.support.stack import SHANGHAI, Stack


async def test_export_by_id_member_and_name(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await stack.say("chenjing", "完成第3项")
    store, directory = services(stack)["checklists"].store, services(stack)["directory"]
    record = json.loads(await export_checklist(store, directory, cid, tz=SHANGHAI))
    assert record["id"] == cid and record["member"] == "chenjing" and record["successor"] == "lina"
    item = record["items"][2]
    assert item["done_by"] == "chenjing" and item["done_at"] == "2026-11-26T10:00:00+08:00"
    assert [(e["action"], e["actor"], e["item"]) for e in record["log"]] == [
        ("created", "wangfang", None), ("done", "chenjing", 3)]
    assert "cards" not in record
    for ref in ("chenjing", "陈静", cid.lower()):
        assert json.loads(await export_checklist(store, directory, ref, tz=SHANGHAI))["id"] == cid
    rows = list(csv.reader(io.StringIO((await export_checklist(store, directory, "chenjing", fmt="csv",
                                                               tz=SHANGHAI)).decode("utf-8-sig"))))
    assert rows[0][:5] == ["checklist", "member", "last_day", "status", "item"]
    assert len(rows) == 9 and rows[3][-1] == "chenjing" and rows[4][-1] == ""
    try:
        await export_checklist(store, directory, "lina", tz=SHANGHAI)
    except ChecklistNotFound as exc:
        assert "lina" in str(exc)
    else:
        raise AssertionError("lina has no checklist")


def test_the_option_joins_an_existing_export_command() -> None:
    parser = argparse.ArgumentParser(prog="wecom-handover")
    sub = parser.add_subparsers(dest="command", required=True)
    seen: list[str] = []
    job_export = sub.add_parser("export")
    job_export.add_argument("--job")
    job_export.add_argument("--format", choices=("csv", "json"), default="csv")
    job_export.set_defaults(func=lambda args: seen.append(f"job {args.job}") or 0)
    add_checklist_export(sub)
    args = parser.parse_args(["export", "--job", "H-1"])
    assert args.func(args) == 0 and seen == ["job H-1"]
    args = parser.parse_args(["export", "--checklist", "CL-7"])
    assert args.checklist == "CL-7" and args.format == "csv"


def test_the_option_creates_export_when_alone() -> None:
    parser = argparse.ArgumentParser(prog="wecom-handover")
    sub = parser.add_subparsers(dest="command", required=True)
    add_checklist_export(sub)
    args = parser.parse_args(["export", "--checklist", "chenjing"])
    assert args.checklist == "chenjing" and args.format == "json" and args.output is None
