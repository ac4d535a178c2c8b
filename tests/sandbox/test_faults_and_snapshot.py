"""Fault injection (errcode, HTTP status, drop, timeout, latency, rate/count) and snapshots."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, load_world, save_world
from bot.sandbox.faults import FaultSet

from .conftest import START, Api, customers_of


def transfer_body(world: SandboxWorld, n: int = 2) -> dict[str, object]:
    return {
        "handover_userid": "zhangwei",
        "takeover_userid": "lina",
        "external_userid": customers_of(world, "zhangwei")[:n],
    }


async def test_errcode_fault_answers_without_doing_anything(api: Api, world: SandboxWorld) -> None:
    world.faults.add("externalcontact/resigned/transfer_customer", errcode=-1, count=1)
    first = await api.post("externalcontact/resigned/transfer_customer", transfer_body(world))
    assert first["errcode"] == -1 and world.transfers == []
    second = await api.post("externalcontact/resigned/transfer_customer", transfer_body(world))
    assert second["errcode"] == 0 and len(world.transfers) == 2
    assert [c.fault for c in world.calls_to("externalcontact/resigned/transfer_customer")] == [
        "errcode=-1",
        None,
    ]


async def test_http_status_fault(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    world.faults.add("user/get", http_status=502)
    resp = await api.client.get("/cgi-bin/user/get", params={"access_token": token, "userid": "lina"})
    assert resp.status == 502 and world.calls_to("user/get")[-1].http_status == 502
    world.faults.clear()
    assert (await api.get("user/get", userid="lina"))["errcode"] == 0


async def test_drop_performs_the_operation_but_loses_the_answer(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    world.faults.add("externalcontact/resigned/transfer_customer", drop=True, count=1)
    with pytest.raises(aiohttp.ClientError):
        await api.client.post(
            "/cgi-bin/externalcontact/resigned/transfer_customer",
            params={"access_token": token},
            json=transfer_body(world),
        )
    assert len(world.transfers) == 2  # it happened
    # Re-sending the same batch is safe: the customers are already in a transfer flow.
    again = await api.post("externalcontact/resigned/transfer_customer", transfer_body(world))
    assert [c["errcode"] for c in again["customer"]] == [40100, 40100]


async def test_timeout_never_answers_and_does_nothing(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    world.faults.add("externalcontact/resigned/transfer_customer", timeout=True, count=1)
    with pytest.raises(asyncio.TimeoutError):
        await api.client.post(
            "/cgi-bin/externalcontact/resigned/transfer_customer",
            params={"access_token": token},
            json=transfer_body(world),
            timeout=aiohttp.ClientTimeout(total=0.3),
        )
    assert world.transfers == []
    assert world.calls_to("externalcontact/resigned/transfer_customer")[-1].fault == "timeout"


async def test_latency_then_normal_answer(api: Api, world: SandboxWorld) -> None:
    world.faults.add("user/get", latency=0.05, count=1)
    assert (await api.get("user/get", userid="lina"))["errcode"] == 0
    assert world.calls_to("user/get")[-1].fault == "latency=0.05"


async def test_response_time_includes_the_work_and_the_work_is_done(api: Api, world: SandboxWorld) -> None:
    world.faults.add("externalcontact/resigned/transfer_customer", response_time=0.08, count=1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    answer = await api.post("externalcontact/resigned/transfer_customer", transfer_body(world))
    took = loop.time() - started
    assert answer["errcode"] == 0 and len(world.transfers) == 2  # done, as without the fault
    assert took >= 0.08  # no sooner than the response time after arrival
    assert world.calls_to("externalcontact/resigned/transfer_customer")[-1].fault == "response_time=0.08"


def test_rate_is_seeded_and_count_limits_activations() -> None:
    def fired(seed: int) -> list[bool]:
        faults = FaultSet(seed)
        faults.add("*", errcode=-1, rate=0.5)
        return [faults.pick("message/send") is not None for _ in range(40)]

    assert fired(5) == fired(5) and 5 < sum(fired(5)) < 35
    faults = FaultSet(1)
    fault = faults.add("/cgi-bin/message/send", errcode=45033, count=2)
    assert [faults.pick("message/send") is fault for _ in range(3)] == [True, True, False]
    assert faults.pick("user/get") is None and fault.hits == 2


async def test_snapshot_round_trip_continues_the_story(api: Api, world: SandboxWorld) -> None:
    await api.post("externalcontact/resigned/transfer_customer", transfer_body(world, 3))
    await api.post(
        "message/send",
        {
            "touser": "liuqiang",
            "msgtype": "template_card",
            "agentid": 1000002,
            "template_card": {
                "card_type": "button_interaction",
                "task_id": "t1",
                "main_title": {"title": "审批"},
                "button_list": [{"text": "同意", "key": "ok"}],
            },
        },
    )
    data = json.loads(json.dumps(world.snapshot(), ensure_ascii=False))
    clock = ManualClock(world.now())
    restored = SandboxWorld.from_snapshot(data, clock)
    assert restored.card_copy("liuqiang", "t1") is not None
    assert len(restored.corp.customers) == len(world.corp.customers)
    restored.advance(86400)
    assert [t.status for t in restored.transfers] == [1, 1, 1]
    assert restored.corp.members["zhangwei"].deleted
    # The same seed state gives the same future refusals in both worlds.
    assert restored.rng.random() == world.rng.random()


def test_save_and_load_world_file_keeps_time_moving_forward(tmp_path: Path, world: SandboxWorld) -> None:
    world.advance(5000)
    path = tmp_path / "sandbox" / "world.json"
    save_world(world, path)
    restored = load_world(path, ManualClock(START))  # a fresh clock from before the snapshot
    assert restored.now() == world.now() and not list(path.parent.glob("*.tmp"))
    assert restored.member("zhangwei").deleted


def test_saves_at_the_same_time_each_land_whole(tmp_path: Path, world: SandboxWorld) -> None:
    # the periodic save runs in a thread; the last save on stop may start while it still writes
    path = tmp_path / "sandbox" / "world.json"
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: save_world(world, path), range(40)))
    assert load_world(path, ManualClock(START)).now() == world.now()
    assert not list(path.parent.glob("*.tmp"))


def test_pending_departure_is_applied_by_the_runner() -> None:
    world = SandboxWorld.demo(ManualClock(START - 30 * 86400), seed=1)
    assert not world.member("zhangwei").deleted and "zhangwei" in world.pending_departures
    assert world.apply_pending_departures() == []
    world.clock.set(world.pending_departures["zhangwei"])
    assert world.apply_pending_departures() == ["zhangwei"]
    m = world.member("zhangwei")
    assert m.deleted and m.dimission_time == 1795168800  # 2026-11-20 18:00 +08:00
    assert {g.status for g in world.corp.groups.values() if g.owner == "zhangwei"} == {1}
