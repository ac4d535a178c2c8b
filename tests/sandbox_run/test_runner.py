"""The `sandbox` command's runner: the real bot wired to the simulated WeCom, restartable."""

from __future__ import annotations

from pathlib import Path

from bot.app import RUNTIME
from bot.sandbox.run import SandboxOptions, SandboxRunner
from storage.embedded import free_port


async def test_demo_runs_the_story_path_and_survives_a_restart(tmp_path: Path, redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    opts = SandboxOptions(port=free_port(), data_dir=tmp_path, redis_url=redis_url, save_every=0.2)
    runner = SandboxRunner(opts)
    url = await runner.start()
    try:
        assert url.endswith(f":{opts.port}/")
        # the departed rep was announced to the bot as WeCom does (change_contact delete_user)
        await runner.idle()
        directory = runner.bot_app[RUNTIME].services["directory"]
        zhang = await directory.get("zhangwei")
        assert zhang is not None and zhang.status == "departed" and zhang.name == "张伟"
        await runner.sender.send_text("lina", "help")
        await runner.idle()
        assert any("hand over" in (m.content or "") for m in runner.world.delivered("lina"))
        before = runner.clock.now()
        await runner.advance(24 * 3600)
        assert runner.clock.now() - before >= 24 * 3600
    finally:
        await runner.stop()
    assert runner.world_file.exists()

    again = SandboxRunner(opts)
    await again.start()
    try:
        # the world continued: lina's conversation and the clock are where they were
        assert any("hand over" in (m.content or "") for m in again.world.delivered("lina"))
        assert again.clock.now() >= before + 24 * 3600
        assert again.world.member("zhangwei").deleted
        zhang = await again.bot_app[RUNTIME].services["directory"].get("zhangwei")
        assert zhang is not None and zhang.status == "departed"
    finally:
        await again.stop()


async def test_reset_starts_the_bot_from_scratch_too(tmp_path: Path) -> None:
    """The README's path: the embedded Redis under the data dir, a job filed, stop, `--reset`.
    After the reset the first message is answered (the new world's message ids cannot collide with
    the ones the bot remembers) and the old job is gone with the old world."""
    opts = SandboxOptions(port=free_port(), data_dir=tmp_path, save_every=0.2)
    first = SandboxRunner(opts)
    await first.start()
    try:
        await first.idle()
        await first.sender.send_text("wangfang", "把陈静的客户交接给李娜")
        await first.idle()
        [preview] = [m.content for m in first.world.delivered("wangfang") if "交接预览" in (m.content or "")]
        job_id = preview.split()[1]
        await first.sender.send_text("wangfang", "进度")
        await first.idle()
        assert job_id in (first.world.delivered("wangfang")[-1].content or "")
    finally:
        await first.stop()
    assert (tmp_path / "redis").exists()

    reset = SandboxRunner(SandboxOptions(port=free_port(), data_dir=tmp_path, save_every=0.2, reset=True))
    await reset.start()
    try:
        await reset.idle()
        assert reset.world.delivered("wangfang") == []
        await reset.sender.send_text("wangfang", "进度")
        await reset.idle()
        answers = [m.content or "" for m in reset.world.delivered("wangfang")]
        assert answers, "the first message after --reset got no answer"
        assert all(job_id not in a for a in answers), answers
        jobs = reset.bot_app[RUNTIME].services["jobs"]
        assert await jobs.get(job_id) is None
    finally:
        await reset.stop()


async def test_the_ws_transport_runs_over_the_long_connection(tmp_path: Path, redis_url: str, redis) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    import pytest

    from bot.cli import build_parser
    from tests.reliability.story import wait_for

    args = build_parser().parse_args(["sandbox", "--transport", "ws"])
    assert args.transport == "ws"
    runner = SandboxRunner(SandboxOptions(port=free_port(), data_dir=tmp_path, redis_url=redis_url,
                                          transport=args.transport))
    async with asyncio.timeout(120):
        await runner.start()
        try:
            assert runner.gateway is not None and runner.gateway.subscriptions == 1
            await runner.member_says("lina", "help")
            await wait_for(lambda: any(m.via == "aibot_respond_msg" for m in runner.world.delivered("lina")),
                           "lina answered over the connection", timeout=30)
            await runner.member_says("wangfang", "@交接助手 help", chatid="wrHR")
            await wait_for(lambda: bool(runner.world.delivered("group:wrHR")), "the group answered", timeout=30)
            assert "hand over" in (runner.world.delivered("group:wrHR")[0].content or "")
        finally:
            await runner.stop()
    callback = SandboxRunner(SandboxOptions(port=free_port(), data_dir=tmp_path / "cb", redis_url=redis_url))
    async with asyncio.timeout(120):
        await callback.start()
        try:
            with pytest.raises(ValueError, match="--transport ws"):
                await callback.member_says("wangfang", "@交接助手 help", chatid="wrHR")
        finally:
            await callback.stop()
