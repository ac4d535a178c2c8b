"""Full runs against the sandbox over HTTP with the product's client: what a run keeps, that an
interrupted run resumes with the chunks not yet done (never starting over), and the CLI export."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from bot.backup.commands import export_customers
from bot.backup.records import DetailLike, TagGroupLike
from bot.backup.runner import CustomerBackup
from bot.clock import ManualClock
from storage.backup import CustomerBackupStore
from storage.connection import Redis
from tests.backup.conftest import demo_stack
from tests.support.stack import SHANGHAI, Stack

ROOT = str(Path(__file__).resolve().parents[2])


class Crash(Exception):
    pass


class CrashingSource:
    """The real client, until the walk of chunk number ``crash_on`` (0-based) begins."""

    def __init__(self, client: Any, crash_on: int) -> None:
        self._client = client
        self._crash_on = crash_on
        self.walks = 0
        self.follow_lists = 0

    async def list_follow_users(self) -> list[str]:
        self.follow_lists += 1
        users: list[str] = await self._client.list_follow_users()
        return users

    async def corp_tags(self) -> Sequence[TagGroupLike]:
        tags: Sequence[TagGroupLike] = await self._client.corp_tags()
        return tags

    async def iter_customers_by_user(self, userids: list[str]) -> AsyncIterator[DetailLike]:
        if self.walks == self._crash_on:
            raise Crash("the instance died here")
        self.walks += 1
        async for row in self._client.iter_customers_by_user(userids):
            yield row

    async def get_customer(self, external_userid: str) -> DetailLike:
        detail: DetailLike = await self._client.get_customer(external_userid)
        return detail


def _runner(s: Stack, source: Any, holder: str, parallel: int = 1) -> CustomerBackup:
    clock = ManualClock(s.clock.now())
    return CustomerBackup(s.runtime.services["backup_store"], source, clock=clock, tz=SHANGHAI, keep_days=7,
                          holder=holder, parallel=parallel, chunk_size=4, lease_ttl=30)  # fmt: skip


def _walked(s: Stack, since: int) -> list[list[str]]:
    """The member lists of batch/get_by_user walks begun after call number ``since``."""
    calls = s.world.calls[since:]
    return [c.body["userid_list"] for c in calls if c.endpoint == "externalcontact/batch/get_by_user"
            and not c.body.get("cursor")]  # fmt: skip


async def test_the_startup_backup_keeps_every_members_book(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url) as s:
        store: CustomerBackupStore = s.runtime.services["backup_store"]
        [gen] = await store.generations()
        enabled = [m.userid for m in s.world.corp.members.values() if m.customer_contact_enabled]
        assert gen.members == len(enabled)
        assert gen.customers == sum(len(s.world.corp.customers_of(u)) for u in enabled)
        zhang = await store.latest("zhangwei")
        assert zhang is not None and len(zhang.customers) == 250
        vips = [c for c in zhang.customers if any((t.group, t.name) == ("VIP", "VIP") for t in c.tags)]
        assert len(vips) == 5
        one = next(c for c in zhang.customers if c.external_userid == vips[0].external_userid)
        sandbox = s.world.corp.customers[one.external_userid].followed_by("zhangwei")
        assert sandbox is not None and (one.remark, one.createtime, one.add_way) == (
            sandbox.remark, sandbox.createtime, sandbox.add_way)


async def test_an_interrupted_run_resumes_without_starting_over(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url) as s:
        store: CustomerBackupStore = s.runtime.services["backup_store"]
        client = s.runtime.client
        crashing = CrashingSource(client, crash_on=3)
        mark = len(s.world.calls)
        try:
            await _runner(s, crashing, "first").run()
            raise AssertionError("the run should have crashed")
        except Crash:
            pass
        run = await store.run()
        assert run is not None and sorted(run.done) == [0, 1, 2] and run.chunks > 4
        first_walks = _walked(s, mark)
        assert first_walks == [run.chunk(i) for i in range(3)]

        mark = len(s.world.calls)
        resumed = CrashingSource(client, crash_on=-1)
        report = await _runner(s, resumed, "second").run()
        assert report.resumed_with == 3 and report.chunks == run.chunks
        assert resumed.follow_lists == 0  # the member list of the run was kept, not fetched again
        assert _walked(s, mark) == [run.chunk(i) for i in range(3, run.chunks)]  # only what was left
        assert report.generation is not None and await store.run() is None
        enabled = [m.userid for m in s.world.corp.members.values() if m.customer_contact_enabled]
        assert report.generation.members == len(enabled)
        assert report.generation.customers == sum(len(s.world.corp.customers_of(u)) for u in enabled)


async def test_a_crash_in_one_of_two_walkers_stops_both_and_the_rest_resumes(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url) as s:
        store: CustomerBackupStore = s.runtime.services["backup_store"]
        try:
            await _runner(s, CrashingSource(s.runtime.client, crash_on=4), "first", parallel=2).run()
            raise AssertionError("the run should have crashed")
        except Crash:
            pass
        left = await store.run()
        assert left is not None and 0 < len(left.done) < left.chunks
        mark = len(s.world.calls)
        report = await _runner(s, CrashingSource(s.runtime.client, crash_on=-1), "second", parallel=2).run()
        assert sorted(map(tuple, _walked(s, mark))) == sorted(tuple(left.chunk(i)) for i in left.todo())
        assert report.generation is not None and report.resumed_with == len(left.done)
        enabled = [m.userid for m in s.world.corp.members.values() if m.customer_contact_enabled]
        assert report.generation.members == len(enabled)  # every chunk exactly once, none twice


async def test_export_a_members_customers_as_csv_and_xlsx(redis_url: str, redis: Redis) -> None:
    async with demo_stack(redis_url) as s:
        store: CustomerBackupStore = s.runtime.services["backup_store"]
        [gen] = await store.generations()
        data = await export_customers(store, "chenjing", day=gen.day, fmt="csv", tz=SHANGHAI)
        table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert table[0][:4] == ["成员", "备份", "客户ID", "客户名称"] and len(table) == 81
        assert {r[2] for r in table[1:]} == {c.external_userid for c in s.world.corp.customers_of("chenjing")}
        book = await export_customers(store, "chenjing", day=None, fmt="xlsx", tz=SHANGHAI, lang="en")
        with zipfile.ZipFile(io.BytesIO(book)) as z:
            sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
            assert "xl/workbook.xml" in z.namelist() and "[Content_Types].xml" in z.namelist()
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        rows = sheet.findall("m:sheetData/m:row", ns)
        first = ["".join(c.itertext()) for c in rows[0].findall("m:c", ns)]
        assert len(rows) == 81 and first[:3] == ["member", "backup", "external_userid"]
        try:
            await export_customers(store, "chenjing", day="2020-01-01", fmt="csv", tz=SHANGHAI)
            raise AssertionError("no backup that day")
        except LookupError as exc:
            assert "2020-01-01" in str(exc)


async def test_backup_now_as_the_cli_runs_it(redis_url: str, redis: Redis) -> None:
    from aiohttp.test_utils import TestServer

    from bot.backup.commands import backup_now
    from bot.sandbox import SandboxWorld, create_sandbox_api
    from tests.support.stack import DEMO_START, stack_settings

    world = SandboxWorld.demo(ManualClock(DEMO_START))
    server = TestServer(create_sandbox_api(world), host="127.0.0.1")
    await server.start_server()
    try:
        settings = stack_settings(world, str(server.make_url("")).rstrip("/"), REDIS_URL=redis_url)
        line = await backup_now(settings)
    finally:
        await server.close()
    enabled = [m.userid for m in world.corp.members.values() if m.customer_contact_enabled]
    total = sum(len(world.corp.customers_of(u)) for u in enabled)
    assert re.fullmatch(rf"backup \d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d: {len(enabled)} members, {total} customers", line)


async def test_the_export_command_writes_the_file(redis_url: str, redis: Redis, tmp_path: Any) -> None:
    import asyncio
    import os
    import sys

    async with demo_stack(redis_url) as s:
        c = s.world.credentials
        env = {**os.environ, "PYTHONPATH": ROOT, "WECOM_CORP_ID": c.corp_id, "WECOM_AGENT_ID": str(c.agent_id),
               "WECOM_SECRET": c.secret, "WECOM_TOKEN": c.token, "WECOM_AES_KEY": c.aes_key,
               "REDIS_URL": redis_url}  # fmt: skip
        out = tmp_path / "chenjing.xlsx"

        async def cli(*argv: str) -> tuple[int, str]:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", *argv, env=env, cwd=str(tmp_path),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )  # fmt: skip
            _, err = await proc.communicate()
            return proc.returncode or 0, err.decode()

        assert await cli("export", "--customers", "chenjing", "--format", "xlsx", "-o", str(out)) == (0, "")
        with zipfile.ZipFile(out) as z:
            assert z.read("xl/worksheets/sheet1.xml").count(b"<row ") == 81
        code, err = await cli("export", "--customers", "nobody", "--format", "csv")
        assert code == 1 and "no customer backup of 'nobody'" in err
        code, err = await cli("export", "--job", "H-1001", "--format", "xlsx")
        assert code == 2 and "--format xlsx is for --customers" in err


async def test_a_run_left_by_a_dead_instance_is_resumed_by_the_check_timer(redis_url: str, redis: Redis) -> None:
    from bot.backup.feature import CHECK, CHECK_AFTER
    from tests.approvals.support import eventually

    async with demo_stack(redis_url) as s:
        store: CustomerBackupStore = s.runtime.services["backup_store"]
        [startup] = await store.generations()
        try:
            await _runner(s, CrashingSource(s.runtime.client, crash_on=2), "dead").run()
        except Crash:
            pass
        left = await store.run()
        assert left is not None and len(left.done) == 2 and left.generation != startup.id  # same second: new id
        assert await s.runtime.services["timers"].get(CHECK) is not None
        s.clock.advance(CHECK_AFTER + 1)

        async def finished() -> bool:
            return await store.run() is None

        await eventually(finished, "the CHECK timer resumed the run and finished it")
        [newest] = await store.generations()  # one per day is kept: the later run of the same day
        enabled = [m.userid for m in s.world.corp.members.values() if m.customer_contact_enabled]
        assert newest.id == left.generation and newest.members == len(enabled)
