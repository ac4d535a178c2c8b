"""/metrics, /healthz and /readyz of the running bot."""

from __future__ import annotations

import re

import aiohttp

from tests.support.stack import Stack


def value(text: str, name: str, **labels: str) -> float:
    want = ",".join(f'{k}="{v}"' for k, v in labels.items())
    pattern = re.escape(name) + (r"\{" + re.escape(want) + r"\}" if labels else "") + r" ([0-9.e+-]+)"
    m = re.search(pattern, text)
    assert m, f"{name}{{{want}}} not in metrics"
    return float(m.group(1))


async def scrape(stack: Stack, path: str) -> tuple[int, str]:
    url = stack.sender.url.replace("/wecom/callback", path)
    async with aiohttp.ClientSession() as s, s.get(url) as r:
        return r.status, await r.text()


async def test_metrics_count_callbacks_api_calls_and_handling(stack: Stack) -> None:
    await stack.say("lina", "帮助")
    await stack.say("lina", "help")
    status, text = await scrape(stack, "/metrics")
    assert status == 200
    assert value(text, "wecom_callbacks_total", endpoint="app", kind="text", outcome="enqueued") == 2
    assert value(text, "wecom_api_calls_total", endpoint="message/send", errcode="0") == 2
    assert value(text, "wecom_token_refreshes_total") >= 1
    assert value(text, "handover_event_handling_seconds_count", kind="text") == 2
    assert value(text, "wecom_callback_ack_seconds_count", endpoint="app") == 2
    assert value(text, "handover_inbox_depth") == 0
    assert value(text, "handover_jobs", state="pending_approval") == 0
    assert "access_token" not in text and stack.world.credentials.secret not in text


async def test_health_and_readiness(stack: Stack) -> None:
    status, text = await scrape(stack, "/healthz")
    assert status == 200 and '"ok": true' in text
    status, text = await scrape(stack, "/readyz")
    assert status == 200 and '"redis": true' in text and '"workers": true' in text
