"""`wecom-handover audit verify|export|archive` and `serve` without the key, as an operator runs
them (exit codes a monitoring job can use: 0 intact, 1 broken, 2 could not check)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.app import make_keys
from bot.cli import main
from bot.settings import load_settings
from storage.audit import AuditLog
from storage.connection import connect

KEY = "cli-audit-key-0123456789abcdef0123456"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, redis_url: str, tmp_path: Path) -> None:
    for name, value in {
        "WECOM_CORP_ID": "wwclitest", "WECOM_AGENT_ID": "1000002", "WECOM_SECRET": "s",
        "WECOM_TOKEN": "tok", "WECOM_AES_KEY": "a" * 43, "REDIS_URL": redis_url,
        "HANDOVER_DATA_DIR": str(tmp_path), "HANDOVER_AUDIT_KEY": KEY,
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)  # no .env from the checkout


def _run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


async def _write(n: int, start: float = 1_700_000_000.0) -> None:
    settings = load_settings()
    redis = connect(settings.redis_url or "")
    try:
        keys = make_keys(settings)
        await redis.delete(keys.audit(), keys.audit_checkpoints())
        log = AuditLog(redis, keys)
        for i in range(n):
            await log.append(ts=start + i * 86400, actor="wangfang", action="create", job_id=f"H-{1000 + i}")
    finally:
        await redis.aclose()


async def _tamper() -> None:
    settings = load_settings()
    redis = connect(settings.redis_url or "")
    try:
        keys = make_keys(settings)
        rows = await redis.xrange(keys.audit())
        await redis.delete(keys.audit())
        for i, (entry_id, fields) in enumerate(rows):
            await redis.xadd(keys.audit(), {**fields, "actor": "mallory"} if i == 2 else fields, id=entry_id)
    finally:
        await redis.aclose()


def test_verify_export_archive_round_trip(env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(_write(6))
    assert main(["audit", "verify"]) == 0
    assert capsys.readouterr().out.startswith("OK: 6 entries")
    out = tmp_path / "audit.jsonl"
    assert main(["audit", "export", "--since", "2000-01-01", "--until", "2100-01-01", "--output", str(out)]) == 0
    assert len(out.read_text().splitlines()) == 6
    assert main(["audit", "verify", "--file", str(out)]) == 0
    assert "OK: 6 entries" in capsys.readouterr().out
    out.write_text(out.read_text().replace("H-1003", "H-1009"))
    assert main(["audit", "verify", "--file", str(out)]) == 1
    assert "BROKEN" in capsys.readouterr().out
    # archive the first three days; the rest still verifies
    assert main(["audit", "archive", "--before", "2023-11-17T12:00"]) == 0
    assert "archived" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0


def test_verify_exits_1_on_a_broken_chain_naming_the_entry(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    _run(_write(5))
    _run(_tamper())
    assert main(["audit", "verify"]) == 1
    line = capsys.readouterr().out
    assert "BROKEN" in line and "seq 3" in line and "position 3" in line


def test_a_bad_date_or_a_missing_file_exits_2(env: None, tmp_path: Path) -> None:
    assert main(["audit", "export", "--since", "yesterday", "--until", "2100-01-01"]) == 2
    assert main(["audit", "verify", "--file", str(tmp_path / "nope.jsonl")]) == 2


def test_serve_refuses_to_start_without_the_key(env: None, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("HANDOVER_AUDIT_KEY")
    assert main(["serve"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "HANDOVER_AUDIT_KEY is required" in err


def test_a_short_key_is_one_clear_line(env: None, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HANDOVER_AUDIT_KEY", "short")
    assert main(["audit", "verify"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "HANDOVER_AUDIT_KEY" in err and "32 characters" in err
