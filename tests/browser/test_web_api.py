"""The page's JSON API and event stream without a browser: what the page relies on."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from bot.sandbox.run import SandboxOptions, SandboxRunner
from bot.sandbox.web import setup_web
from bot.sandbox.web.views import next_working_day_at
from bot.sandbox.world import MediaRecord
from storage.connection import Redis
from storage.embedded import free_port

SHANGHAI = ZoneInfo("Asia/Shanghai")


def _options(tmp_path: Path, redis_url: str) -> SandboxOptions:
    return SandboxOptions(port=free_port(), data_dir=tmp_path, redis_url=redis_url, save_every=0.2)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


async def _get(session: aiohttp.ClientSession, url: str) -> dict:  # type: ignore[type-arg]
    async with session.get(url) as resp:
        assert resp.status == 200, await resp.text()
        data: dict = await resp.json()  # type: ignore[type-arg]
        return data


async def test_sent_lines_and_answers_survive_a_restart_and_posts_need_json(
    tmp_path: Path, redis_url: str, redis: Redis, session: aiohttp.ClientSession
) -> None:
    opts = _options(tmp_path, redis_url)
    runner = SandboxRunner(opts, web_setup=setup_web)
    base = (await runner.start()).rstrip("/")
    try:
        await runner.idle()
        # a foreign page can only send simple requests (form/text bodies): refused
        async with session.post(f"{base}/sandbox/api/chat/lina/send", data="text=帮助") as resp:
            assert resp.status == 415
        async with session.post(f"{base}/sandbox/api/chat/lina/send", json={"text": "帮助"}) as resp:
            assert resp.status == 200
        await runner.idle()
        chat = await _get(session, f"{base}/sandbox/api/chat/lina")
        assert [m["from"] for m in chat["messages"]] == ["me", "bot"]
        assert chat["messages"][0]["content"] == "帮助"
        assert "把张伟的客户交接给李娜" in chat["messages"][1]["content"]
        # the departed member cannot type any more (WeCom would not deliver it)
        async with session.post(f"{base}/sandbox/api/chat/zhangwei/send", json={"text": "hi"}) as resp:
            assert resp.status == 409
        async with session.get(f"{base}/sandbox/api/chat/nobody") as resp:
            assert resp.status == 404
    finally:
        await runner.stop()

    again = SandboxRunner(opts, web_setup=setup_web)
    base = (await again.start()).rstrip("/")
    try:
        chat = await _get(session, f"{base}/sandbox/api/chat/lina")
        assert [m["from"] for m in chat["messages"]] == ["me", "bot"]
        assert chat["messages"][0]["content"] == "帮助"
    finally:
        await again.stop()


async def test_clock_presets_org_panel_media_and_the_event_stream(
    tmp_path: Path, redis_url: str, redis: Redis, session: aiohttp.ClientSession
) -> None:
    runner = SandboxRunner(_options(tmp_path, redis_url), web_setup=setup_web)
    base = (await runner.start()).rstrip("/")
    try:
        await runner.idle()
        org = await _get(session, f"{base}/sandbox/api/org")
        by_id = {m["userid"]: m for m in org["members"]}
        assert [m["userid"] for m in org["members"]][:3] == ["wangfang", "liuqiang", "sunhong"]
        assert by_id["zhangwei"]["status"] == "departed" and by_id["zhangwei"]["customers"] == 250
        assert by_id["zhangwei"]["groups"] == 12 and "admin" in by_id["wangfang"]["roles"]
        assert by_id["sunhong"]["roles"] == ["approver"]
        detail = await _get(session, f"{base}/sandbox/api/member/chenjing")
        assert detail["customers"] == 80 and len(detail["customer_list"]) == 80 and len(detail["group_list"]) == 3

        before = runner.clock.now()
        async with session.post(f"{base}/sandbox/api/clock/advance", json={"preset": "1h"}) as resp:
            clock = await resp.json()
        assert 3600 <= clock["now"] - before < 3700 and clock["offset_minutes"] == 480
        async with session.post(f"{base}/sandbox/api/clock/advance", json={"preset": "bogus"}) as resp:
            assert resp.status == 400
        async with session.post(f"{base}/sandbox/api/clock/advance", json={"preset": "workday"}) as resp:
            clock = await resp.json()
        local = datetime.fromtimestamp(clock["now"], SHANGHAI)
        assert local.isoweekday() <= 5 and (local.hour, local.minute) == (10, 0)

        world = runner.world
        world.media["3mfile"] = MediaRecord("3mfile", "file", "未接替名单.csv",
                                            base64.b64encode(b"a,b\n").decode(), world.now())
        async with session.get(f"{base}/sandbox/api/media/3mfile") as resp:
            assert resp.status == 200 and await resp.read() == b"a,b\n"
            assert resp.headers["Content-Type"] == "application/octet-stream"
            assert "attachment" in resp.headers["Content-Disposition"]
        async with session.get(f"{base}/") as resp:
            assert "script-src 'self'" in resp.headers["Content-Security-Policy"]

        # the stream: the conversation first, then a new line as soon as it is sent
        async with session.get(f"{base}/sandbox/api/stream", params={"user": "lina"}) as stream:
            assert stream.headers["Content-Type"].startswith("text/event-stream")
            events = _events(stream)
            first = await anext(events)
            assert first[0] == "chat" and first[1]["messages"] == []
            async with session.post(f"{base}/sandbox/api/chat/lina/send", json={"text": "帮助"}) as resp:
                assert resp.status == 200
            seen: list[str] = []
            async with asyncio.timeout(30):  # a guard against hanging, not a speed check
                async for name, data in events:
                    if name == "chat":
                        seen = [m["from"] for m in data["messages"]]
                        if seen == ["me", "bot"]:
                            break
            assert seen == ["me", "bot"]
    finally:
        await runner.stop()


async def _events(resp: aiohttp.ClientResponse) -> AsyncIterator[tuple[str, dict]]:  # type: ignore[type-arg]
    name = ""
    async for raw in resp.content:
        line = raw.decode().rstrip("\n")
        if line.startswith("event: "):
            name = line.removeprefix("event: ")
        elif line.startswith("data: "):
            yield name, json.loads(line.removeprefix("data: "))


def test_next_working_day_at_ten() -> None:
    thu_9 = datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI).timestamp()
    thu_11 = datetime(2026, 11, 26, 11, 0, tzinfo=SHANGHAI).timestamp()
    fri_11 = datetime(2026, 11, 27, 11, 0, tzinfo=SHANGHAI).timestamp()
    assert next_working_day_at(thu_9, SHANGHAI, "10:00") == datetime(2026, 11, 26, 10, 0, tzinfo=SHANGHAI).timestamp()
    assert next_working_day_at(thu_11, SHANGHAI, "10:00") == datetime(2026, 11, 27, 10, 0, tzinfo=SHANGHAI).timestamp()
    assert next_working_day_at(fri_11, SHANGHAI, "10:00") == datetime(2026, 11, 30, 10, 0, tzinfo=SHANGHAI).timestamp()
