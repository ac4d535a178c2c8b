"""The whole path on Redis Cluster (a one-node cluster owning every slot): all keys share one hash
tag, so the Lua scripts, transactions and streams work as on a single server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.embedded import EmbeddedRedis
from tests.approvals.support import click, eventually, job, texts_to
from tests.support.stack import Stack, start_stack, stop_stack


@pytest.fixture
async def cluster_stack(tmp_path: Path) -> AsyncIterator[Stack]:
    server = EmbeddedRedis(data_dir=tmp_path, cluster=True)
    url = server.start()
    assert url.startswith("redis+cluster://")
    s, closers = await start_stack(url)
    yield s
    await stop_stack(closers)
    server.stop()


async def test_request_approval_and_execution_on_a_cluster(cluster_stack: Stack) -> None:
    stack = cluster_stack
    assert any("把张伟的客户交接给李娜" in t for t in await stack.say("lina", "帮助"))
    [preview] = await stack.say("wangfang", "把陈静的客户交接给李娜")
    assert preview.startswith("交接预览 H-"), preview
    jid = preview.split()[1]
    await click(stack, "liuqiang", jid, "approve")

    async def submitted() -> bool:
        told = any(t.startswith(f"{jid} 已提交") for t in texts_to(stack, "wangfang"))
        return told and (await job(stack, jid)).state == "submitted"

    await eventually(submitted, "the engine submitted the job on the cluster", timeout=60)
    audit = await stack.runtime.services["audit"].for_job(jid)
    actions = [e.action for e in audit]
    assert actions[0] == "create" and "approve" in actions
