"""Fixtures for the sandbox tests: a frozen clock, the demo world (张伟 already departed) and an
HTTP client speaking to ``create_sandbox_api`` exactly as the product's WeCom client would."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.clock import ManualClock
from bot.sandbox import SandboxWorld, create_sandbox_api

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=8))).timestamp()

AiohttpClient = Callable[..., Awaitable[TestClient[Any, Any]]]


class Api:
    """A thin client: token in the query string, JSON bodies, parsed JSON answers."""

    def __init__(self, client: TestClient[Any, Any], world: SandboxWorld) -> None:
        self.client = client
        self.world = world
        self._tokens: dict[str, str] = {}

    async def token(self, secret: str | None = None) -> str:
        secret = secret or self.world.credentials.secret
        if secret not in self._tokens:
            resp = await self.client.get(
                "/cgi-bin/gettoken", params={"corpid": self.world.credentials.corp_id, "corpsecret": secret}
            )
            data = await resp.json()
            assert data["errcode"] == 0, data
            self._tokens[secret] = data["access_token"]
        return self._tokens[secret]

    async def get(self, endpoint: str, *, token: str | None = None, **params: Any) -> dict[str, Any]:
        return await self._send("GET", endpoint, None, token, params)

    async def post(
        self, endpoint: str, body: Any, *, token: str | None = None, **params: Any
    ) -> dict[str, Any]:
        return await self._send("POST", endpoint, body, token, params)

    async def _send(
        self, method: str, endpoint: str, body: Any, token: str | None, params: dict[str, Any]
    ) -> dict[str, Any]:
        # Like the product's client: an implicit token is refreshed once on 40014/42001.
        for attempt in range(2):
            params["access_token"] = token or await self.token()
            resp = await self.client.request(
                method, f"/cgi-bin/{endpoint}", params=params, json=body if method == "POST" else None
            )
            assert resp.status == 200
            data: dict[str, Any] = await resp.json()
            if token is None and attempt == 0 and data.get("errcode") in (40014, 42001):
                self._tokens.clear()
                continue
            return data
        return data


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def world(clock: ManualClock) -> SandboxWorld:
    return SandboxWorld.demo(clock, seed=7, departed=True, refusal_rate=0.0)


@pytest.fixture
async def api(aiohttp_client: AiohttpClient, world: SandboxWorld) -> Api:
    client = await aiohttp_client(create_sandbox_api(world))
    return Api(client, world)


def customers_of(world: SandboxWorld, userid: str) -> list[str]:
    return sorted(c.external_userid for c in world.corp.customers_of(userid))
