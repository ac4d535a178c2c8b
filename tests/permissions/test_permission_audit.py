"""The permission audit on its real path: asked for in chat (encrypted callbacks → router → handler
→ WeCom's media/upload and message/send) and from the monthly timer, against the sandbox demo
corp where 张伟 left with his customers and groups still unassigned and 田甜's account is disabled
while she still owns customers and a group. The XLSX file is read back from what WeCom received."""

from __future__ import annotations

import asyncio
import base64
import io
import os
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from bot.permissions.feature import TIMER_ID, TIMER_KIND, PermissionAuditFeature, next_monthly
from bot.sandbox import SandboxWorld
from bot.sandbox.demo import ZHANGWEI_DIMISSION_TIME
from storage.timers import Timer
from tests.reliability.story import wait_for
from tests.support.stack import SHANGHAI, Stack, start_stack, stop_stack

ROOT = str(Path(__file__).resolve().parents[2])
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
DEC_1_10AM = datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI).timestamp()  # Tuesday: December's first working day


def _texts(stack: Stack, userid: str) -> list[str]:
    return [m.content or "" for m in stack.world.delivered(userid) if m.msgtype == "text"]


def _files(stack: Stack, userid: str) -> list[tuple[str, bytes]]:
    out = []
    for m in stack.world.delivered(userid):
        if m.msgtype == "file":
            assert m.card is not None
            media = stack.world.media[str(m.card["media_id"])]
            out.append((media.filename, base64.b64decode(media.data_b64)))
    return out


def _sheet(data: bytes) -> list[list[str]]:
    """The rows of the workbook's one sheet, every cell as text (what a spreadsheet shows)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"}
        assert parts <= set(z.namelist())
        sheet = ElementTree.fromstring(z.read("xl/worksheets/sheet1.xml"))
    return [["".join(c.itertext()) for c in row.findall("m:c", NS)] for row in sheet.findall("m:sheetData/m:row", NS)]


def _follow_users(world: SandboxWorld) -> set[str]:
    return {m.userid for m in world.corp.members.values() if world.is_present(m.userid) and m.customer_contact_enabled}


async def test_an_admin_asks_in_chat_and_gets_the_counts_and_the_file(redis_url: str, redis: Any) -> None:
    stack, closers = await start_stack(redis_url)
    try:
        # he leaves after the bot knew him, as the sandbox runner plays it: deleted, and WeCom says so
        stack.world.delete_member("zhangwei", at=ZHANGWEI_DIMISSION_TIME)
        await asyncio.wait_for(stack.sender.contact_deleted("zhangwei"), 30)
        await stack.idle()
        [text] = await asyncio.wait_for(stack.say("wangfang", "做一次权限审计"), 60)
        holders = _follow_users(stack.world)
        assert f"客户联系权限：{len(holders)} 人" in text
        assert "已离职仍有客户或客户群：1 人（客户 250、群 12）" in text and "张伟" in text
        assert "已禁用仍有客户或客户群：1 人（客户 6、群 1）" in text and "田甜" in text
        assert "申请人自己审批的交接：0 个" in text and "这是第一次权限审计" in text
        [(name, data)] = _files(stack, "wangfang")
        assert name.startswith("权限审计-2026-11-26") and name.endswith(".xlsx")
        rows = _sheet(data)
        assert rows[0][:3] == ["类别", "账号/编号", "姓名"]
        by_category: dict[str, list[list[str]]] = {}
        for row in rows[1:]:
            by_category.setdefault(row[0], []).append(row)
        assert {r[1] for r in by_category["客户联系权限"]} == holders
        [departed] = by_category["已离职仍有客户/群"]
        assert departed[1:3] == ["zhangwei", "张伟"] and departed[5:7] == ["250", "12"]
        assert departed[7].startswith("2026-11-20")
        [disabled] = by_category["已禁用仍有客户/群"]
        assert disabled[1:3] == ["tiantian", "田甜"] and disabled[4:7] == ["disabled", "6", "1"]
        assert {r[1] for r in by_category["管理员"]} == set(stack.settings.admins)
        assert "申请人自己审批" not in by_category
        assert _texts(stack, "tangyue") == [] and _files(stack, "tangyue") == []  # only the asker

        # the next audit, in English: compared with the first one; nothing changed in between
        [again] = await asyncio.wait_for(stack.say("tangyue", "run the permission audit"), 60)
        assert "Left but still own customers or groups: 1 (customers 250, groups 12)" in again
        assert "Since the last audit (2026-11-26 10:00): no change" in again
        [(name, data)] = _files(stack, "tangyue")
        assert name == "permission-audit-2026-11-26.xlsx" and _sheet(data)[0][:2] == ["category", "userid/job"]

        # not an admin: a polite no, no file
        [refused] = await asyncio.wait_for(stack.say("lina", "permission audit"), 60)
        assert refused.startswith("Sorry, only HR admins can run the permission audit")
        assert _files(stack, "lina") == []
        entries = [f for _, f in await stack.runtime.redis.xrange(stack.runtime.keys.audit())
                   if f["action"] == "permission_audit"]
        assert [e["actor"] for e in entries] == ["wangfang", "tangyue"]
        metrics = (await stack.runtime.metrics.render()).decode()
        [shown] = re.findall(r"^handover_permission_audit_timestamp_seconds (\S+)$", metrics, re.MULTILINE)
        assert float(shown) == stack.clock.now()  # the last audit: tangyue's, on the stack's clock
    finally:
        await stop_stack(closers)


async def test_the_monthly_audit_goes_to_the_admins_once_on_the_first_working_day(redis_url: str, redis: Any) -> None:
    stack, closers = await start_stack(redis_url)
    try:
        rt = stack.runtime
        timers = rt.services["timers"]
        scheduled = await timers.get(TIMER_ID)
        assert scheduled is not None and scheduled.due == DEC_1_10AM
        [first] = await asyncio.wait_for(stack.say("wangfang", "权限审计"), 60)
        assert "已离职仍有客户或客户群：0 人" in first
        stack.world.delete_member("zhangwei", at=ZHANGWEI_DIMISSION_TIME)  # he leaves before the month turns
        stack.clock.set(DEC_1_10AM)

        def monthly(userid: str) -> list[str]:
            return [t for t in _texts(stack, userid) if t.startswith("权限审计 · 2026-12-01")]

        jan_1_10am = datetime(2027, 1, 1, 10, 0, tzinfo=SHANGHAI).timestamp()

        async def rescheduled() -> bool:
            nxt = await timers.get(TIMER_ID)
            return nxt is not None and nxt.due == jan_1_10am

        await wait_for(lambda: all(monthly(a) and _files(stack, a) for a in ("wangfang", "tangyue")),
                       "the monthly audit reached both admins", timeout=60)
        await wait_for(rescheduled, "the next occurrence was scheduled", timeout=60)  # the handler's last step
        [text] = monthly("tangyue")
        assert "已离职仍有客户或客户群：1 人（客户 250、群 12）" in text
        assert "已离职仍有客户/群 +1 −0" in text  # 张伟, since wangfang's audit on Nov 26

        # re-delivered (a crash before the timer was completed) and run by a second instance at once:
        # the admins still have December's audit once
        handler = PermissionAuditFeature().timer_handlers(rt.services)[TIMER_KIND]
        other = PermissionAuditFeature()
        other_services = {**rt.services, **other.services(rt.services)}
        other_handler = other.timer_handlers(other_services)[TIMER_KIND]
        redelivered = Timer(id=TIMER_ID, kind=TIMER_KIND, due=DEC_1_10AM, attempt=2)
        await asyncio.wait_for(asyncio.gather(handler(redelivered), other_handler(redelivered)), 60)
        for admin in ("wangfang", "tangyue"):
            assert len(monthly(admin)) == 1 and len(_files(stack, admin)) == (2 if admin == "wangfang" else 1)
        # January's run raced by two instances from the start: one text and one file each
        january = Timer(id=TIMER_ID, kind=TIMER_KIND, due=datetime(2027, 1, 1, 10, tzinfo=SHANGHAI).timestamp())
        stack.clock.set(january.due)
        await asyncio.wait_for(asyncio.gather(handler(january), other_handler(january)), 60)
        await wait_for(lambda: all(any(t.startswith("权限审计 · 2027-01-01") for t in _texts(stack, a))
                                   for a in ("wangfang", "tangyue")), "January's audit reached both admins", timeout=60)
        for admin in ("wangfang", "tangyue"):
            assert len([t for t in _texts(stack, admin) if t.startswith("权限审计 · 2027-01-01")]) == 1
            assert len(_files(stack, admin)) == (3 if admin == "wangfang" else 2)
        runs = [f for _, f in await rt.redis.xrange(rt.keys.audit()) if f["action"] == "permission_audit"]
        assert [r["actor"] for r in runs] == ["wangfang", "system", "system"]
    finally:
        await stop_stack(closers)


def test_the_first_working_day_at_the_reminder_time() -> None:
    # Nov 26 2026 (Thu) → Tue Dec 1; on Dec 1 after 10:00 → Fri Jan 1 2027; Aug 2026 starts on a Saturday → Mon Aug 3
    assert next_monthly(datetime(2026, 11, 26, 9, tzinfo=SHANGHAI).timestamp(), SHANGHAI, "10:00") == DEC_1_10AM
    assert next_monthly(DEC_1_10AM, SHANGHAI, "10:00") == datetime(2027, 1, 1, 10, tzinfo=SHANGHAI).timestamp()
    assert next_monthly(DEC_1_10AM - 60, SHANGHAI, "10:00") == DEC_1_10AM
    assert next_monthly(datetime(2026, 7, 15, tzinfo=SHANGHAI).timestamp(), SHANGHAI, "09:30") == datetime(
        2026, 8, 3, 9, 30, tzinfo=SHANGHAI).timestamp()


async def test_the_cli_prints_the_counts_and_writes_the_file_without_becoming_the_last_audit(
    redis_url: str, redis: Any, tmp_path: Path
) -> None:
    stack, closers = await start_stack(redis_url)
    try:
        stack.world.delete_member("zhangwei", at=ZHANGWEI_DIMISSION_TIME)
        c, out = stack.world.credentials, tmp_path / "audit.xlsx"
        env = {**os.environ, "PYTHONPATH": ROOT, "WECOM_CORP_ID": c.corp_id, "WECOM_AGENT_ID": str(c.agent_id),
               "WECOM_SECRET": c.secret, "WECOM_TOKEN": c.token, "WECOM_AES_KEY": c.aes_key,
               "REDIS_URL": redis_url, "WECOM_API_BASE": stack.settings.api_base,
               "HANDOVER_ADMINS": "wangfang,tangyue"}  # fmt: skip
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "audit", "permissions", "--out", str(out), "--lang", "en", env=env,
            cwd=str(tmp_path), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        stdout, stderr = await asyncio.wait_for(proc.communicate(), 120)
        assert proc.returncode == 0, stderr.decode()
        printed = stdout.decode()
        assert "Left but still own customers or groups: 1 (customers 250, groups 12)" in printed
        assert "Disabled but still own customers or groups: 1 (customers 6, groups 1)" in printed
        rows = _sheet(out.read_bytes())
        assert ["left, still owning", "zhangwei"] == rows[[r[1] for r in rows].index("zhangwei")][:2]
        assert await stack.runtime.redis.get(stack.runtime.keys.permission_audit_last()) is None
    finally:
        await stop_stack(closers)


async def test_a_crash_between_the_file_send_and_its_flag_sends_the_file_once(redis_url: str, redis: Any) -> None:
    stack, closers = await start_stack(redis_url)
    try:
        audit = PermissionAuditFeature().services(stack.runtime.services)["permission_audit"]
        mark = audit.store.mark_file_sent
        crashes = [RuntimeError("process killed after WeCom accepted the file, before the flag")]

        async def crash_once(run_id: str, at: float) -> None:
            if crashes:
                raise crashes.pop()
            await mark(run_id, at)

        audit.store.mark_file_sent = crash_once
        try:
            await asyncio.wait_for(audit.deliver("monthly:2026-12", ["wangfang"], "zh", actor="system"), 60)
            raise AssertionError("the first delivery should have died")
        except RuntimeError as exc:
            assert "process killed" in str(exc)
        stack.clock.advance(130)  # the timer's lease ran out: delivered again
        await asyncio.wait_for(audit.deliver("monthly:2026-12", ["wangfang"], "zh", actor="system"), 60)
        assert len(_files(stack, "wangfang")) == 1  # the identical resend was dropped by WeCom's duplicate check
        assert len([t for t in _texts(stack, "wangfang") if t.startswith("权限审计")]) == 1
        assert await audit.store.file_sent("monthly:2026-12")
        assert len(stack.world.calls_to("media/upload")) == 1  # uploaded once, the media_id kept
    finally:
        await stop_stack(closers)
