"""Fixtures of the reliability suite: the sandbox WeCom served by the test's loop, a cluster of
real ``python -m bot serve`` processes against it, and the wire/probe/story to drive and judge."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, create_sandbox_api
from storage.connection import Redis
from tests.reliability.cluster import BotCluster, bot_env
from tests.reliability.story import Probe, Story, keys_for
from tests.reliability.wire import Wire
from tests.support.stack import DEMO_START


@dataclass
class Rig:
    world: SandboxWorld
    api: TestServer
    cluster: BotCluster
    wire: Wire
    probe: Probe
    story: Story


RigFactory = Callable[..., Awaitable[Rig]]


def demo_world(**kw: Any) -> SandboxWorld:
    """The demo corp on a clock that follows real time (the bots run on real time too)."""
    return SandboxWorld.demo(ManualClock(DEMO_START, follow_real_time=True), **kw)


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    # force_close: a killed backend must not leave pooled connections that fail as "unknown"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as s:
        yield s


@pytest.fixture
async def make_rig(tmp_path: Path, session: aiohttp.ClientSession) -> AsyncIterator[RigFactory]:
    made: list[Rig] = []

    async def make(world: SandboxWorld, redis: Redis, redis_url: str, *, size: int = 2, seed: int = 1,
                   start: bool = True, **env: str) -> Rig:  # fmt: skip
        api = TestServer(create_sandbox_api(world), host="127.0.0.1")
        await api.start_server(shutdown_timeout=2.0)  # hanging "timeout" faults must not hold teardown
        api_base = str(api.make_url("")).rstrip("/")
        cluster = BotCluster(bot_env(world, api_base, redis_url, tmp_path / "data", **env), size, tmp_path / "logs")
        wire = Wire(world, session, cluster.urls, cluster.contacts_urls, rng=random.Random(seed))
        probe = Probe(redis, keys_for(world))
        rig = Rig(world, api, cluster, wire, probe, Story(world, wire, probe))
        made.append(rig)
        if start:
            await cluster.start()
        return rig

    yield make
    for rig in made:
        await rig.cluster.stop()
        await rig.api.close()
