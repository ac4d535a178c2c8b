"""HANDOVER_INSTANCE_ID: stable per deployment slot, one live process per id, and a restarted
process takes its own dead claims (timers, inbox entries) back at once."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from bot.settings import SettingsError, default_instance_id, load_settings
from storage.connection import Redis
from storage.instances import InstanceHeartbeat, InstanceInUse
from storage.keys import Keys
from storage.timers import TimerStore
from tests.test_settings_claim_idle import env  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parents[1]


def test_the_default_id_is_the_same_for_a_restart_on_one_host_and_data_dir(tmp_path: Path) -> None:
    a = default_instance_id(tmp_path / "var", "web-1")
    assert a == default_instance_id(tmp_path / "var", "web-1")
    assert a != default_instance_id(tmp_path / "other", "web-1")
    assert a != default_instance_id(tmp_path / "var", "web-2")
    assert a.startswith("web-1-") and ":" not in a


def test_the_setting_wins_over_the_default(env: pytest.MonkeyPatch) -> None:  # noqa: F811
    env.setenv("HANDOVER_INSTANCE_ID", "handover-2")
    assert load_settings().instance == "handover-2"
    env.delenv("HANDOVER_INSTANCE_ID")
    assert load_settings().instance == default_instance_id(Path("./var"))


@pytest.mark.parametrize("bad", ["a:b", "", "x" * 65, "名字"])
def test_a_bad_instance_id_stops_startup_with_one_line(env: pytest.MonkeyPatch, bad: str) -> None:  # noqa: F811
    env.setenv("HANDOVER_INSTANCE_ID", bad)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert "HANDOVER_INSTANCE_ID" in str(info.value) and "\n" not in str(info.value)


async def test_a_second_live_process_with_the_same_id_is_refused(redis: Redis, keys: Keys) -> None:
    first = InstanceHeartbeat(redis, keys, "slot-a", beat=0.05)
    await first.claim()

    async def beating() -> None:
        while True:
            await first.beat()
            await asyncio.sleep(0.02)

    task = asyncio.create_task(beating())
    try:
        with pytest.raises(InstanceInUse, match="slot-a"):
            await InstanceHeartbeat(redis, keys, "slot-a", beat=0.05).claim()
        await InstanceHeartbeat(redis, keys, "slot-b", beat=0.05).claim()  # another id is fine
    finally:
        task.cancel()
    assert await first.beat()  # still the holder


async def test_a_dead_holder_is_replaced_and_fenced_out(redis: Redis, keys: Keys) -> None:
    dead = InstanceHeartbeat(redis, keys, "slot-a", beat=0.05)
    await dead.claim()  # then never beats again: SIGKILL leaves its key behind
    restarted = InstanceHeartbeat(redis, keys, "slot-a", beat=0.05)
    await restarted.claim()
    assert await restarted.beat()
    assert not await dead.beat() and dead.displaced  # a paused old process finds it taken


async def test_a_restart_takes_back_its_own_timers_not_others(redis: Redis, keys: Keys) -> None:
    store = TimerStore(redis, keys)
    for tid in ("mine", "theirs"):
        await store.schedule(tid, 100.0, "k")
    [mine] = await store.claim_due(100.0, 1, 3600.0, "slot-a:dead")
    [theirs] = await store.claim_due(100.0, 1, 3600.0, "slot-b:live")
    assert (mine.id, theirs.id) == ("mine", "theirs")
    assert await store.take_back("slot-a:", "slot-a:new", 101.0) == 1
    [again] = await store.claim_due(101.0, 10, 3600.0, "slot-a:new")
    assert again.id == "mine"
    assert not await store.complete("mine", "slot-a:dead")  # the dead owner's settle is refused
    assert await store.status("theirs") == "inflight"


async def test_serve_refuses_a_live_duplicate_with_one_line(redis: Redis, redis_url: str, tmp_path: Path) -> None:
    """Two ``serve`` processes with one id: the second exits 2 with one line naming the setting."""
    from tests.reliability.cluster import bot_env
    from tests.reliability.conftest import demo_world

    world = demo_world()
    bot_vars = bot_env(world, "http://127.0.0.1:9", redis_url, tmp_path, HANDOVER_INSTANCE_ID="same")
    key = Keys.for_app("wh", world.credentials.corp_id, world.credentials.agent_id).instance_heartbeat("same")
    serve = [sys.executable, "-m", "bot", "serve", "--port", "0", "--host", "127.0.0.1"]
    first = await asyncio.create_subprocess_exec(*serve, cwd=ROOT, env=bot_vars, stdout=subprocess.DEVNULL,
                                                 stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        while not await redis.exists(key):  # the first holds the id
            assert first.returncode is None
            await asyncio.sleep(0.05)
        second = await asyncio.create_subprocess_exec(*serve, cwd=ROOT, env=bot_vars, stdout=subprocess.DEVNULL,
                                                      stderr=subprocess.PIPE)  # fmt: skip
        _, err = await asyncio.wait_for(second.communicate(), 60)
    finally:
        first.terminate()
        await first.wait()
    assert second.returncode == 2
    last = err.decode().strip().splitlines()[-1]
    assert last.startswith("wecom-handover:") and "HANDOVER_INSTANCE_ID" in last and "in use" in last
