"""Engine tests run against the sandbox WeCom over HTTP and the session's real Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import timedelta, timezone
from typing import Any

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.directory.models import DirectoryMember
from bot.engine import ClientNotifier, TransferEngine
from bot.models.jobs import Job, JobDraft
from bot.sandbox import SandboxWorld, create_sandbox_api
from bot.wecom import RateLimits, RetryPolicy, WeComClient
from storage.connection import Redis
from storage.jobs import JobStore
from storage.keys import Keys
from storage.timers import TimerStore
from storage.transfers import TransferStore

START = 1_796_000_000.0  # 2026-11-30, after zhangwei left
BEIJING = timezone(timedelta(hours=8))
FAST_RETRY = RetryPolicy(base_delay=0.001, max_delay=0.01, total_budget=5.0, token_wait=5.0,
                         token_poll_interval=0.01)  # fmt: skip
FAST_LIMITS = RateLimits(block_seconds=0.05, concurrency_lease_seconds=1.0, max_wait=2.0)


class WorldNames:
    """A NameSource over the sandbox directory (the app uses storage.directory.DirectoryStore)."""

    def __init__(self, world: SandboxWorld) -> None:
        self._world = world

    async def get_many(self, userids: Sequence[str]) -> Mapping[str, DirectoryMember]:
        out = {}
        for u in userids:
            m = self._world.find_member(u)
            if m is not None:
                out[u] = DirectoryMember(userid=u, name=m.name, english_name=m.english_name or None)
        return out


def draft(**over: Any) -> JobDraft:
    base: dict[str, Any] = {
        "requester": "wangfang", "handover": "zhangwei", "takeover": "lina", "path": "resigned",
        "scope": ["customers", "groups"], "approvers": ["liuqiang"], "lang": "zh",
        "transfer_success_msg": "您好，后续由新同事为您服务",
    }  # fmt: skip
    base.update(over)
    return JobDraft(**base)


async def approved(jobs: JobStore, **over: Any) -> Job:
    job = await jobs.create(draft(**over))
    decision = await jobs.decide(job.id, actor=job.approvers[0], decision="approve", level=1)
    assert decision.applied and decision.job is not None and decision.job.state == "approved"
    return decision.job


@pytest.fixture
def world() -> SandboxWorld:
    return SandboxWorld.demo(ManualClock(START, follow_real_time=True), seed=3, departed=True, refusal_rate=0.1)


@pytest.fixture
async def api_base(aiohttp_server: Any, world: SandboxWorld) -> str:
    server = await aiohttp_server(create_sandbox_api(world))
    return str(server.make_url("")).rstrip("/")


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


def make_client(session: aiohttp.ClientSession, redis: Redis, keys: Keys, world: SandboxWorld, api_base: str,
                **over: Any) -> WeComClient:  # fmt: skip
    options: dict[str, Any] = {
        "api_base": api_base, "corp_id": world.credentials.corp_id, "secret": world.credentials.secret,
        "agent_id": world.credentials.agent_id, "clock": world.clock, "retry": FAST_RETRY,
        "limits": FAST_LIMITS, "request_timeout": 0.5,
    }  # fmt: skip
    options.update(over)
    return WeComClient(session, redis, keys, **options)


@pytest.fixture
def client(session: aiohttp.ClientSession, redis: Redis, keys: Keys, world: SandboxWorld, api_base: str) -> WeComClient:
    return make_client(session, redis, keys, world, api_base)


@pytest.fixture
def jobs(redis: Redis, keys: Keys, world: SandboxWorld) -> JobStore:
    return JobStore(redis, keys, world.clock)


@pytest.fixture
def transfers(redis: Redis, keys: Keys) -> TransferStore:
    return TransferStore(redis, keys)


@pytest.fixture
def timers(redis: Redis, keys: Keys) -> TimerStore:
    return TimerStore(redis, keys)


MakeEngine = Callable[..., TransferEngine]


@pytest.fixture
def make_engine(jobs: JobStore, transfers: TransferStore, client: WeComClient, timers: TimerStore,
                world: SandboxWorld) -> MakeEngine:  # fmt: skip
    def build(**over: Any) -> TransferEngine:
        options: dict[str, Any] = {
            "instance_id": "test-1", "tz": BEIJING, "lease_seconds": 5.0, "scan_interval": 0.05,
            "backoff_base": 0.01, "backoff_max": 0.05, "names": WorldNames(world),
        }  # fmt: skip
        options.update(over)
        c = options.pop("client", client)
        return TransferEngine(jobs, transfers, c, timers, world.clock, ClientNotifier(c), **options)

    return build


@pytest.fixture
def engine(make_engine: MakeEngine) -> TransferEngine:
    return make_engine()
