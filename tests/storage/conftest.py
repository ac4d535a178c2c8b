from __future__ import annotations

import pytest

from bot.clock import ManualClock
from storage.audit import AuditLog
from storage.connection import Redis
from storage.jobs import JobStore
from storage.keys import Keys
from storage.timers import TimerStore

T0 = 1_732_500_000.0


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(start=T0)


@pytest.fixture
def jobs(redis: Redis, keys: Keys, clock: ManualClock) -> JobStore:
    return JobStore(redis, keys, clock)


@pytest.fixture
def audit(redis: Redis, keys: Keys) -> AuditLog:
    return AuditLog(redis, keys)


@pytest.fixture
def timers(redis: Redis, keys: Keys) -> TimerStore:
    return TimerStore(redis, keys)
