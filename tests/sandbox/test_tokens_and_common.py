"""gettoken, token errors, secrets' scopes, HTTP method, bad JSON and the per-API frequency limit."""

from __future__ import annotations

from bot.sandbox import SandboxWorld

from .conftest import Api


async def test_gettoken_returns_token_valid_7200s(api: Api, world: SandboxWorld) -> None:
    resp = await api.client.get(
        "/cgi-bin/gettoken",
        params={"corpid": world.credentials.corp_id, "corpsecret": world.credentials.secret},
    )
    data = await resp.json()
    assert data["errcode"] == 0 and data["expires_in"] == 7200 and data["access_token"]
    again = await (
        await api.client.get(
            "/cgi-bin/gettoken",
            params={"corpid": world.credentials.corp_id, "corpsecret": world.credentials.secret},
        )
    ).json()
    assert again["access_token"] == data["access_token"]  # same token while valid


async def test_gettoken_wrong_secret_is_40001(api: Api, world: SandboxWorld) -> None:
    data = await (
        await api.client.get(
            "/cgi-bin/gettoken", params={"corpid": world.credentials.corp_id, "corpsecret": "nope"}
        )
    ).json()
    assert data["errcode"] == 40001


async def test_gettoken_wrong_corpid_is_40013(api: Api, world: SandboxWorld) -> None:
    data = await (
        await api.client.get(
            "/cgi-bin/gettoken", params={"corpid": "wwother", "corpsecret": world.credentials.secret}
        )
    ).json()
    assert data["errcode"] == 40013


async def test_missing_token_is_41001(api: Api) -> None:
    data = await (await api.client.get("/cgi-bin/user/get", params={"userid": "lina"})).json()
    assert data["errcode"] == 41001


async def test_unknown_token_is_40014(api: Api) -> None:
    data = await api.get("user/get", token="forged", userid="lina")
    assert data["errcode"] == 40014


async def test_token_expires_after_7200s_of_world_time(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    world.advance(7199)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 0
    world.advance(1)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 42001


async def test_invalidated_tokens_fail_with_the_chosen_code(api: Api, world: SandboxWorld) -> None:
    token = await api.token()
    world.invalidate_tokens(42001)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 42001
    world.invalidate_tokens(40014)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 40014


async def test_contacts_token_cannot_send_messages_48002(api: Api, world: SandboxWorld) -> None:
    token = await api.token(world.credentials.contacts_secret)
    data = await api.post(
        "message/send",
        {"touser": "lina", "msgtype": "text", "agentid": 1000002, "text": {"content": "hi"}},
        token=token,
    )
    assert data["errcode"] == 48002


async def test_user_list_id_needs_contacts_secret(api: Api, world: SandboxWorld) -> None:
    assert (await api.post("user/list_id", {"limit": 10}))["errcode"] == 48002
    token = await api.token(world.credentials.contacts_secret)
    data = await api.post("user/list_id", {"limit": 10}, token=token)
    assert data["errcode"] == 0 and len(data["dept_user"]) == 10 and data["next_cursor"]
    rows = data["dept_user"]
    while data["next_cursor"]:
        data = await api.post("user/list_id", {"limit": 10, "cursor": data["next_cursor"]}, token=token)
        rows += data["dept_user"]
    present = [m for m in world.corp.members.values() if not m.deleted]
    assert len(rows) == sum(len(m.department) for m in present)
    assert "zhangwei" not in {r["userid"] for r in rows}


async def test_get_on_post_endpoint_is_40063(api: Api) -> None:
    data = await api.get("externalcontact/get_unassigned_list")
    assert data["errcode"] == 40063


async def test_invalid_json_is_40058(api: Api) -> None:
    token = await api.token()
    resp = await api.client.post("/cgi-bin/message/send", params={"access_token": token}, data=b"{nope")
    assert (await resp.json())["errcode"] == 40058


async def test_unknown_endpoint_is_http_404(api: Api) -> None:
    resp = await api.client.get("/cgi-bin/nothing/here")
    assert resp.status == 404


async def test_frequency_limit_45009_until_window_passes(api: Api, world: SandboxWorld) -> None:
    world.limits.per_api_per_minute = 3
    token = await api.token()
    codes = [(await api.get("user/get", token=token, userid="lina"))["errcode"] for _ in range(4)]
    assert codes == [0, 0, 0, 45009]
    world.advance(30)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 45009
    world.advance(31)
    assert (await api.get("user/get", token=token, userid="lina"))["errcode"] == 0
    # Other APIs have their own counters.
    assert (await api.get("department/list", token=token))["errcode"] == 0


async def test_calls_are_recorded_without_token(api: Api, world: SandboxWorld) -> None:
    await api.get("user/get", userid="lina")
    call = world.calls_to("user/get")[-1]
    assert call.method == "GET" and call.query == {"userid": "lina"} and call.errcode == 0
    assert call.response["userid"] == "lina" and call.at == world.now()
