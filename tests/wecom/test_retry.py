from __future__ import annotations

import pytest

from bot.wecom import RateLimits, WeComAPIError, WeComTransportError, classify
from storage.connection import Redis
from storage.keys import Keys
from tests.wecom.conftest import MakeClient
from tests.wecom.fake import FakeWeCom, Step, errcode, hang, http_status, raw, reset

RETRYABLE = {
    "system busy -1": errcode(-1),
    "version conflict 6000": errcode(6000),
    "concurrency 45033": errcode(45033),
    "conflict 45035": errcode(45035),
    "HTTP 502": http_status(502),
    "HTTP 503": http_status(503),
    "timeout": hang(1.0),
    "connection reset": reset(),
    "non-JSON": raw("<html>bad gateway</html>"),
}


@pytest.mark.parametrize("step", RETRYABLE.values(), ids=RETRYABLE.keys())
async def test_transient_failures_recover(fake: FakeWeCom, make_client: MakeClient, step: Step) -> None:
    client = make_client(request_timeout=0.3)
    fake.handlers["user/get"] = lambda call: {"userid": "a", "name": "Ann"}
    fake.script("user/get", step)
    member = await client.get_user("a")
    assert member.name == "Ann"
    assert fake.count("user/get") == 2


async def test_transient_errcode_gives_up_after_max_attempts(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    fake.script("user/get", *(errcode(-1) for _ in range(10)))
    with pytest.raises(WeComAPIError) as info:
        await make_client().get_user("a")
    assert info.value.kind == "transient"
    assert fake.count("user/get") == 4


async def test_transport_failure_gives_up_with_unknown_outcome(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    fake.script("user/get", *(http_status(500) for _ in range(10)))
    with pytest.raises(WeComTransportError) as info:
        await make_client().get_user("a")
    assert info.value.http_status == 500
    assert fake.count("user/get") == 4


@pytest.mark.parametrize("code", [40003, 60111, 48002, 40097, 81013, 60140])
async def test_permanent_errors_are_not_retried(fake: FakeWeCom, make_client: MakeClient, code: int) -> None:
    fake.script("user/get", errcode(code, "no such user"))
    with pytest.raises(WeComAPIError) as info:
        await make_client().get_user("a")
    assert info.value.errcode == code
    assert info.value.kind == "permanent"
    assert fake.count("user/get") == 1


async def test_http_4xx_without_json_is_not_retried(fake: FakeWeCom, make_client: MakeClient) -> None:
    fake.script("user/get", http_status(404))
    with pytest.raises(WeComTransportError) as info:
        await make_client().get_user("a")
    assert info.value.kind == "permanent"
    assert fake.count("user/get") == 1


async def test_45009_blocks_the_endpoint_and_raises_when_the_wait_exceeds_the_budget(
    fake: FakeWeCom, make_client: MakeClient, redis: Redis, keys: Keys
) -> None:
    client = make_client(limits=RateLimits(block_seconds=60.0, max_wait=1.0))
    fake.script("user/get", errcode(45009, "api freq out of limit"))
    with pytest.raises(WeComAPIError) as info:
        await client.get_user("a")
    assert info.value.kind == "rate_limited"
    assert info.value.retry_after == 60.0
    assert await redis.pttl(keys.api_blocked_until("user/get")) > 50_000
    # every instance now refuses without touching the platform
    with pytest.raises(WeComAPIError) as again:
        await make_client(limits=RateLimits(max_wait=1.0)).get_user("b")
    assert again.value.kind == "rate_limited"
    assert again.value.retry_after is not None and again.value.retry_after > 50
    assert fake.count("user/get") == 1
    # other endpoints are unaffected
    await client.simple_list_members(1)


async def test_45009_waits_out_a_short_block_then_succeeds(fake: FakeWeCom, make_client: MakeClient) -> None:
    client = make_client(limits=RateLimits(block_seconds=0.2, max_wait=5.0))
    fake.handlers["user/get"] = lambda call: {"userid": "a"}
    fake.script("user/get", errcode(45009))
    assert (await client.get_user("a")).userid == "a"
    first, second = fake.calls_to("user/get")
    assert second.at - first.at >= 0.19


def test_classify_table() -> None:
    assert {c: classify(c) for c in (-1, 6000, 45033, 45035)} == dict.fromkeys(
        (-1, 6000, 45033, 45035), "transient"
    )
    assert classify(40014) == classify(42001) == "token"
    assert classify(45009) == "rate_limited"
    assert classify(40001) == "permanent"  # a bad secret; only a used token makes it "refresh once"
    assert classify(60111) == classify(40129) == "permanent"


async def test_connection_reset_on_a_post_is_retried_by_the_client(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    # aiohttp itself re-sends idempotent GETs once on a dropped keep-alive connection; a POST is ours.
    codes: list[int] = []
    client = make_client(on_call=lambda endpoint, code, seconds: codes.append(code))
    fake.handlers["externalcontact/groupchat/get"] = lambda call: {"group_chat": {"chat_id": "wr1"}}
    fake.script("externalcontact/groupchat/get", reset(), reset())
    assert (await client.get_group_chat("wr1")).chat_id == "wr1"
    assert fake.count("externalcontact/groupchat/get") == 3
    assert codes == [0, -2, -2, 0]  # gettoken, two transport failures, success
