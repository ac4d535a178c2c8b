from __future__ import annotations

from pathlib import Path

from storage.connection import connect
from storage.embedded import EmbeddedRedis


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
