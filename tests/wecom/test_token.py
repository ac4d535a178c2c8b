from __future__ import annotations

import asyncio

import pytest

from bot.wecom import WeComAPIError
from storage.connection import Redis
from storage.keys import Keys
from storage.tokens import TokenStore, secret_fingerprint
from tests.wecom.conftest import MakeClient
from tests.wecom.fake import CORP_ID, SECRET, FakeWeCom, errcode


async def test_fifty_concurrent_calls_on_two_instances_fetch_one_token(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    fake.gettoken_delay = 0.05  # keep the refresh in flight while everyone piles up
    fake.handlers["user/get"] = lambda call: {"userid": call.query["userid"], "name": "N"}
    first, second = make_client(), make_client()
    members = await asyncio.gather(*((first if i % 2 else second).get_user(f"u{i}") for i in range(50)))
    assert [m.userid for m in members] == [f"u{i}" for i in range(50)]
    assert fake.count("gettoken") == 1
    assert fake.count("user/get") == 50


async def test_token_is_cached_under_a_fingerprint_with_a_shortened_ttl(
    fake: FakeWeCom, make_client: MakeClient, redis: Redis, keys: Keys
) -> None:
    token = await make_client().get_token()
    key = keys.access_token(secret_fingerprint(CORP_ID, SECRET))
    assert await redis.hget(key, "token") == token
    ttl = await redis.ttl(key)
    assert 7200 - 300 - 5 <= ttl <= 7200 - 300
    every_key = [k async for k in redis.scan_iter("*")]
    assert every_key and not any(SECRET in k for k in every_key)
    # a second instance reuses it
    assert await make_client().get_token() == token
    assert fake.count("gettoken") == 1


async def test_expired_token_is_refreshed_once_and_the_call_succeeds(
    fake: FakeWeCom, client: object, make_client: MakeClient
) -> None:
    c = make_client()
    fake.handlers["user/get"] = lambda call: {"userid": "a"}
    await c.get_user("a")
    fake.expire_tokens()  # the platform invalidated the token early → 42001
    member = await c.get_user("a")
    assert member.userid == "a"
    assert fake.count("gettoken") == 2
    assert fake.count("user/get") == 3  # ok, 42001, ok


@pytest.mark.parametrize("code", [40014, 42001, 40001])
async def test_token_errors_retry_exactly_once(fake: FakeWeCom, make_client: MakeClient, code: int) -> None:
    c = make_client()
    fake.script("user/get", errcode(code), errcode(code))
    with pytest.raises(WeComAPIError) as info:
        await c.get_user("a")
    assert info.value.kind == "token"
    assert info.value.errcode == code
    assert fake.count("user/get") == 2
    assert fake.count("gettoken") == 2


async def test_only_the_failed_token_is_invalidated(redis: Redis, keys: Keys) -> None:
    store = TokenStore(redis, keys, "fp")
    await store.put("NEW", expires_at=10**10, ttl_seconds=100)
    assert not await store.invalidate_if("OLD")  # someone already refreshed: keep theirs
    assert (await store.get()) is not None
    assert await store.invalidate_if("NEW")
    assert await store.get() is None


async def test_bad_secret_from_gettoken_is_permanent_and_never_looped(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    fake.gettoken_delay = 0.02
    bad = make_client(secret="wrong-secret-value")
    results = await asyncio.gather(*(bad.get_user("a") for _ in range(50)), return_exceptions=True)
    assert all(isinstance(r, WeComAPIError) and r.errcode == 40001 for r in results)
    assert all(isinstance(r, WeComAPIError) and r.kind == "permanent" for r in results)
    # another instance with the same wrong secret fails fast too
    with pytest.raises(WeComAPIError):
        await make_client(secret="wrong-secret-value").get_user("a")
    assert fake.count("gettoken") == 1
    assert fake.count("user/get") == 0


async def test_transient_gettoken_failure_is_retried(fake: FakeWeCom, make_client: MakeClient) -> None:
    fake.script("gettoken", errcode(-1))
    assert await make_client().get_token()
    assert fake.count("gettoken") == 2
