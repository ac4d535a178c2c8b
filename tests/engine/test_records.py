"""Records: the chat handler, the export, the store's queries."""

from __future__ import annotations

import argparse
import csv
import io
import json
from datetime import date
from types import SimpleNamespace
from typing import Any

from bot.directory.lookup import DirectoryLookup
from bot.directory.models import DirectoryMember
from bot.dispatcher import Context
from bot.engine import TransferEngine
from bot.engine.export import add_export_command, export_records, parse_since
from bot.language import Intent, parse
from bot.models.events import TextMessage
from bot.sandbox import SandboxWorld
from handlers.records import router, show_records
from storage.connection import Redis
from storage.directory import DirectoryStore
from storage.jobs import JobStore
from storage.keys import Keys
from storage.transfers import TransferStore
from tests.engine.conftest import BEIJING, START, approved

DAY = 86400.0


class Inbox:
    def __init__(self) -> None:
        self.sent: list[str] = []

    async def send_text(self, touser: str | list[str], content: str) -> Any:
        self.sent.append(content)


async def _done_job(engine: TransferEngine, jobs: JobStore, world: SandboxWorld) -> str:
    ids = sorted(c.external_userid for c in world.corp.customers_of("chenjing"))[:12]
    world.member("zhoujie").customer_cap = world.customer_count("zhoujie") + 4
    job = await approved(jobs, handover="chenjing", takeover="zhoujie", path="onjob", scope=["customers"], subset=ids)
    await engine.run_once()
    world.advance(DAY + 600)
    assert await engine.poll(job.id)
    return job.id


async def _ask(text: str, redis: Redis, keys: Keys, transfers: TransferStore, *, user: str = "wangfang") -> list[str]:
    store = DirectoryStore(redis, keys)
    await store.upsert_many([
        DirectoryMember(userid="chenjing", name="陈静"), DirectoryMember(userid="zhoujie", name="周杰"),
        DirectoryMember(userid="zhangwei", name="张伟"), DirectoryMember(userid="zhangwei2", name="张伟"),
    ])  # fmt: skip
    intent = parse(text, today=date(2026, 12, 1))
    assert intent.intent == "records"
    inbox = Inbox()
    event = TextMessage(to_user="wwcorp", from_user=user, content=text, msg_id="1",
                        create_time=int(START), agent_id=1)
    ctx = Context(event=event, user=user, lang=intent.lang, messenger=inbox)
    settings: Any = SimpleNamespace(tz=BEIJING, admins=("wangfang",))
    jobs = JobStore(redis, keys, SimpleNamespace(now=lambda: START))  # type: ignore[arg-type]
    await show_records(ctx, intent, intent.lang, transfers, DirectoryLookup(store), jobs, settings)
    return inbox.sent


async def test_records_in_chat_by_member_and_by_job(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld, redis: Redis, keys: Keys
) -> None:
    job_id = await _done_job(engine, jobs, world)
    [by_member] = await _ask("陈静的交接记录", redis, keys, transfers)
    assert by_member.startswith("陈静的交接记录") and job_id in by_member and "chenjing → zhoujie" in by_member
    [by_job] = await _ask(f"{job_id} 的交接记录", redis, keys, transfers)
    assert "在职继承" in by_job and "已接替" in by_job and "接替成员客户数已达上限" in by_job
    [english] = await _ask("records for zhoujie", redis, keys, transfers)
    assert english.startswith("Transfer records of 周杰") or english.startswith("Transfer records of Zhou")
    [ambiguous] = await _ask("张伟的交接记录", redis, keys, transfers)
    assert ambiguous == "“张伟”有多位同名同事，请说全名或账号：张伟 zhangwei；张伟 zhangwei2"  # never a guess
    assert router.for_intent("records") is not None


async def test_records_are_only_for_admins_and_the_people_involved(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld, redis: Redis, keys: Keys
) -> None:
    job_id = await _done_job(engine, jobs, world)
    [refused] = await _ask(f"{job_id} 的交接记录", redis, keys, transfers, user="lilei")
    assert refused.startswith("只有 HR 管理员") and job_id not in refused
    [refused] = await _ask("陈静的交接记录", redis, keys, transfers, user="lilei")
    assert refused.startswith("只有 HR 管理员")
    [own] = await _ask("陈静的交接记录", redis, keys, transfers, user="chenjing")
    assert job_id in own
    [involved] = await _ask(f"{job_id} 的交接记录", redis, keys, transfers, user="zhoujie")
    assert "在职继承" in involved


async def test_export_csv_and_json_and_store_queries(
    engine: TransferEngine, jobs: JobStore, transfers: TransferStore, world: SandboxWorld
) -> None:
    job_id = await _done_job(engine, jobs, world)
    raw = await export_records(transfers, job=job_id, fmt="csv", tz=BEIJING, lang="en")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["job", "type", "id"] and len(rows) == 13
    statuses = {r[5] for r in rows[1:]}
    assert statuses <= {"taken over", "refused", "at customer limit"} and "at customer limit" in statuses
    data = json.loads(await export_records(transfers, member="zhoujie", fmt="json", tz=BEIJING))
    assert len(data) == 12 and {d["takeover"] for d in data} == {"zhoujie"}
    later = parse_since("2026-12-31", BEIJING)
    assert json.loads(await export_records(transfers, member="chenjing", since=later, fmt="json", tz=BEIJING)) == []
    assert await transfers.jobs(member="chenjing") == [job_id] == await transfers.jobs(since=START - 1)
    assert len(await transfers.leftovers(job_id)) == sum(1 for d in data if d["status"] != "taken_over")
    parser = argparse.ArgumentParser()
    add_export_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", "--job", job_id, "--format", "json"])
    assert args.job == job_id and args.format == "json" and callable(args.func)


def test_records_intent_is_understood() -> None:
    intent = parse("records for zhangwei", today=date(2026, 12, 1))
    assert isinstance(intent, Intent) and intent.slots["member"] == "zhangwei"
