"""The client against the sandbox WeCom (bot.sandbox): the same code paths the product runs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, create_sandbox_api
from bot.wecom import ButtonInteractionCard, RateLimits, WeComAPIError, WeComClient
from bot.wecom.cards import Button, MainTitle
from storage.connection import Redis
from storage.keys import Keys
from tests.wecom.conftest import FAST_RETRY

START = 1_795_000_000.0


@pytest.fixture
def world() -> SandboxWorld:
    return SandboxWorld.demo(ManualClock(START), seed=7, departed=True, refusal_rate=0.0)


@pytest.fixture
async def sandbox(
    aiohttp_server: Any, world: SandboxWorld, redis: Redis, keys: Keys
) -> AsyncIterator[WeComClient]:
    server = await aiohttp_server(create_sandbox_api(world))
    async with aiohttp.ClientSession() as session:
        yield WeComClient(
            session,
            redis,
            keys,
            api_base=str(server.make_url("")).rstrip("/"),
            corp_id=world.credentials.corp_id,
            secret=world.credentials.secret,
            agent_id=world.credentials.agent_id,
            clock=world.clock,
            retry=FAST_RETRY,
            limits=RateLimits(),
            request_timeout=0.5,
        )


async def test_resigned_handover_end_to_end(sandbox: WeComClient, world: SandboxWorld) -> None:
    unassigned = [u async for u in sandbox.iter_unassigned() if u.handover_userid == "zhangwei"]
    assert len(unassigned) == 250
    ids = [u.external_userid for u in unassigned]
    outcomes = []
    for start in range(0, len(ids), 100):
        outcomes += await sandbox.transfer_resigned_customers("zhangwei", "lina", ids[start : start + 100])
    assert len(outcomes) == 250 and all(o.started for o in outcomes)
    groups = [g.chat_id async for g in sandbox.iter_group_chats(owners=["zhangwei"], status_filter=1)]
    assert groups and await sandbox.transfer_resigned_groups(groups, "lina") == []
    world.advance(24 * 3600 + 60)
    results = [r async for r in sandbox.iter_transfer_results("zhangwei", "lina", resigned=True)]
    assert len(results) == 250 and {r.status for r in results} == {1}
    assert len(world.calls_to("gettoken")) == 2  # one per token lifetime: the 24 h jump expired the first


async def test_dropped_answer_then_resent_batch_counts_as_started(
    sandbox: WeComClient, world: SandboxWorld
) -> None:
    ids = [u.external_userid async for u in sandbox.iter_unassigned() if u.handover_userid == "zhangwei"][
        :100
    ]
    # The platform runs the first request, but its answer never arrives; the client re-sends.
    world.faults.add("externalcontact/resigned/transfer_customer", drop=True, count=1)
    outcomes = await sandbox.transfer_resigned_customers("zhangwei", "lina", ids)
    assert len(world.calls_to("externalcontact/resigned/transfer_customer")) == 2
    assert {o.errcode for o in outcomes} <= {0, 40100, 40129}
    assert all(o.started for o in outcomes)


@pytest.mark.parametrize(
    "fault",
    [{"errcode": -1}, {"errcode": 45033}, {"http_status": 502}, {"timeout": True}],
    ids=["busy", "concurrency", "502", "timeout"],
)
async def test_sandbox_faults_are_retried(
    sandbox: WeComClient, world: SandboxWorld, fault: dict[str, Any]
) -> None:
    world.faults.add("user/get", count=1, **fault)
    member = await sandbox.get_user("lina")
    assert member.name == "李娜"
    assert len(world.calls_to("user/get")) == 2


async def test_token_expiry_and_revocation_recover(sandbox: WeComClient, world: SandboxWorld) -> None:
    await sandbox.get_user("lina")
    world.advance(7200)  # the cached token expired on the world's clock: refreshed before use
    await sandbox.get_user("lina")
    world.invalidate_tokens(42001)  # revoked early: 42001 → one refresh → success
    await sandbox.get_user("lina")
    assert len(world.calls_to("gettoken")) == 3
    assert [c.errcode for c in world.calls_to("user/get")] == [0, 0, 42001, 0]


async def test_permanent_error_is_one_call(sandbox: WeComClient, world: SandboxWorld) -> None:
    with pytest.raises(WeComAPIError) as info:
        await sandbox.get_user("nobody-here")
    assert info.value.kind == "permanent"
    assert len(world.calls_to("user/get")) == 1


async def test_card_send_and_update(sandbox: WeComClient, world: SandboxWorld) -> None:
    card = ButtonInteractionCard(
        main_title=MainTitle(title="客户交接审批 H-1042"),
        task_id="ho_1042_ab",
        button_list=[Button(text="同意", key="approve:1042"), Button(text="拒绝", key="reject:1042")],
    )
    sent = await sandbox.send_template_card(["liuqiang", "sunhong"], card)
    assert sent.invaliduser == [] and sent.response_code
    assert world.card_copy("liuqiang", "ho_1042_ab") is not None
    await sandbox.update_template_card(sent.response_code, atall=True, replace_name="已同意 · 刘强")
    copy = world.card_copy("sunhong", "ho_1042_ab")
    assert copy is not None and "已同意 · 刘强" in str(copy.card)
