"""HANDOVER_CLAIM_IDLE: read from the environment, checked at startup, used by the app's workers."""

from __future__ import annotations

import pytest

from bot.app import RUNTIME, AppOptions
from bot.clock import ManualClock
from bot.settings import SettingsError, load_settings
from tests.support.stack import DEMO_START, start_stack, stop_stack
from tests.support.wire import AES_KEY, AGENT_ID, CORP_ID, SECRET, TOKEN

REQUIRED = {"WECOM_CORP_ID": CORP_ID, "WECOM_AGENT_ID": str(AGENT_ID), "WECOM_SECRET": SECRET,
            "WECOM_TOKEN": TOKEN, "WECOM_AES_KEY": AES_KEY}  # fmt: skip


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name, value in REQUIRED.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir("/")  # no .env file is read by accident
    return monkeypatch


def test_claim_idle_defaults_to_30_seconds_and_reads_the_environment(env: pytest.MonkeyPatch) -> None:
    assert load_settings().claim_idle == 30.0
    env.setenv("HANDOVER_CLAIM_IDLE", "7.5")
    assert load_settings().claim_idle == 7.5


@pytest.mark.parametrize("bad", ["0", "-3", "5000", "soon"])
def test_a_bad_claim_idle_stops_startup_with_one_line_naming_it(env: pytest.MonkeyPatch, bad: str) -> None:
    env.setenv("HANDOVER_CLAIM_IDLE", bad)
    with pytest.raises(SettingsError) as info:
        load_settings()
    message = str(info.value)
    assert "HANDOVER_CLAIM_IDLE" in message and "\n" not in message


async def test_the_workers_take_over_after_the_configured_idle_time(redis_url: str, redis: object) -> None:
    options = AppOptions(redis_url=redis_url, clock=ManualClock(DEMO_START))  # claim_idle from the settings
    stack, closers = await start_stack(redis_url, options=options, HANDOVER_CLAIM_IDLE=4)
    try:
        workers = stack.bot[RUNTIME].workers
        assert workers and all(w._claim_idle == 4.0 for w in workers)
    finally:
        await stop_stack(closers)
