"""`wecom-handover check` against the sandbox: PASS when set up, the fixing step when not."""

from __future__ import annotations

from aiohttp.test_utils import TestServer

from bot.check import run_checks
from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, create_sandbox_api
from tests.support.stack import DEMO_START, stack_settings


async def _serve_world() -> tuple[SandboxWorld, TestServer]:
    world = SandboxWorld.demo(ManualClock(DEMO_START))
    server = TestServer(create_sandbox_api(world), host="127.0.0.1")
    await server.start_server()
    return world, server


async def test_check_passes_against_a_configured_corp(redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    world, server = await _serve_world()
    try:
        settings = stack_settings(world, str(server.make_url("")).rstrip("/"), REDIS_URL=redis_url,
                                  HANDOVER_AUDIT_KEY="check-audit-key-0123456789abcdef01234")
        report = await run_checks(settings, out=lambda _line: None)
        without_key = await run_checks(stack_settings(world, str(server.make_url("")).rstrip("/"),
                                                      REDIS_URL=redis_url), out=lambda _line: None)
    finally:
        await server.close()
    assert report.ok, report.lines
    assert any(line.startswith("[PASS] access token") for line in report.lines)
    assert any(line.startswith("[PASS] audit key") for line in report.lines)
    assert not without_key.ok
    assert any(ln.startswith("[FAIL] audit key") and "HANDOVER_AUDIT_KEY" in ln for ln in without_key.lines)
    assert any("members configured for customer contact" in line for line in report.lines)


async def test_check_points_to_the_secret_step_when_the_secret_is_wrong(redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    world, server = await _serve_world()
    try:
        settings = stack_settings(world, str(server.make_url("")).rstrip("/"), REDIS_URL=redis_url,
                                  WECOM_SECRET="not-the-secret")
        report = await run_checks(settings, out=lambda _line: None)
    finally:
        await server.close()
    assert not report.ok
    [line] = [ln for ln in report.lines if "access token" in ln]
    assert line.startswith("[FAIL]") and "Secret" in line and "not-the-secret" not in line


async def test_check_refuses_a_redis_without_aof(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from storage.embedded import EmbeddedRedis

    world, server = await _serve_world()
    plain = EmbeddedRedis(data_dir=tmp_path, appendonly=False)
    plain.start()
    try:
        settings = stack_settings(world, str(server.make_url("")).rstrip("/"), REDIS_URL=plain.url)
        report = await run_checks(settings, out=lambda _line: None)
    finally:
        plain.stop()
        await server.close()
    assert not report.ok
    assert any(ln.startswith("[FAIL] redis") and "appendonly" in ln for ln in report.lines)
