"""No access_token or secret in exception strings, tracebacks or log records."""

from __future__ import annotations

import logging
import traceback

import pytest

from bot.wecom import WeComAPIError, WeComClient
from bot.wecom.errors import redact
from tests.wecom.conftest import MakeClient
from tests.wecom.fake import SECRET, FakeWeCom, errcode, hang, reset


def leaked(text: str, fake: FakeWeCom) -> bool:
    return SECRET in text or any(token in text for token in fake.issued) or "TOKEN0" in text


async def test_errors_and_logs_never_carry_the_token_or_secret(
    fake: FakeWeCom, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make_client(request_timeout=0.2)
    token = await client.get_token()
    failures: list[BaseException] = []
    fake.script("user/get", errcode(60111, f"userid not found, token {token}, url ?access_token={token}&x=1"))
    fake.script("user/simplelist", *(reset() for _ in range(10)))
    fake.script("user/list", *(hang(1.0) for _ in range(4)))
    for call in (client.get_user, client.simple_list_members, client.list_department_members):
        with pytest.raises(WeComAPIError) as info:
            await call(1)  # type: ignore[arg-type]
        failures.append(info.value)
    fake.secret = "a-different-secret"  # gettoken now echoes our (wrong) secret back in errmsg
    fake.script("gettoken", errcode(40001, f"invalid credential corpsecret={SECRET} {SECRET}"))
    fake.expire_tokens()
    with pytest.raises(WeComAPIError) as info:
        await client.get_user("b")
    failures.append(info.value)

    assert len(failures) == 4
    for exc in failures:
        assert not leaked(str(exc), fake), str(exc)
        assert not leaked("".join(traceback.format_exception(exc)), fake)
    assert caplog.records, "the failures were logged"
    for record in caplog.records:
        if record.name.startswith("aiohttp"):
            continue  # the fake server's own access log prints its request URLs
        assert not leaked(record.getMessage(), fake), record.getMessage()
    assert not leaked(repr(client), fake)


async def test_on_call_hook_reports_endpoint_errcode_and_latency(
    fake: FakeWeCom, make_client: MakeClient
) -> None:
    seen: list[tuple[str, int, float]] = []
    client: WeComClient = make_client(on_call=lambda e, c, s: seen.append((e, c, s)))
    fake.handlers["user/get"] = lambda call: {"userid": "a"}
    fake.script("user/get", errcode(-1))
    await client.get_user("a")
    assert [(e, c) for e, c, _ in seen] == [("gettoken", 0), ("user/get", -1), ("user/get", 0)]
    assert all(s >= 0 for _, _, s in seen)


def test_redact_masks_query_parameters_and_literals() -> None:
    text = redact("GET /x?access_token=abc123&corpsecret=zzz9 literal SECRETVALUE", "SECRETVALUE")
    assert text == "GET /x?access_token=***&corpsecret=*** literal ***"
