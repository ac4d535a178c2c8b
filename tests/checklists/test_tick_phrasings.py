"""Checklist ticks in the forms people type them (issue #17), through encrypted callbacks: each
tick and untick lands on the right item of 陈静's checklist."""

from __future__ import annotations

import json

from bot.checklists.export import export_checklist
from tests.checklists.conftest import services, start_chenjing
from tests.support.stack import SHANGHAI, Stack


async def test_ticks_in_many_forms(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    for text in ("清单第5项已完成", "✅ 3", "tick 2", "第1项done", "第5项撤回，第3项打勾", "item 4 isn't done yet"):
        await stack.say("chenjing", text)
    store, directory = services(stack)["checklists"].store, services(stack)["directory"]
    record = json.loads(await export_checklist(store, directory, cid, tz=SHANGHAI))
    assert [(e["action"], e["item"]) for e in record["log"] if e["action"] != "created"][:5] == [
        ("done", 5), ("done", 3), ("done", 2), ("done", 1), ("undone", 5)]
    done = {i + 1 for i, item in enumerate(record["items"]) if item["done_by"]}
    assert done == {1, 2, 3}
