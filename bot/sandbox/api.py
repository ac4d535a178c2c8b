"""The sandbox's HTTP face: ``create_sandbox_api(world)`` serves ``/cgi-bin/<endpoint>`` like
qyapi.weixin.qq.com (token in the query string, JSON bodies, errcode/errmsg in every answer, HTTP
200 even for errors). Fault injection (``world.faults``) is applied here because latency, timeouts,
dropped connections and HTTP statuses are transport matters."""

from __future__ import annotations

import asyncio
import json
from functools import partial
from typing import Any

from aiohttp import BodyPartReader, web

from bot.sandbox.endpoints import known_endpoint
from bot.sandbox.faults import Fault
from bot.sandbox.longconn import SandboxGateway
from bot.sandbox.world import JSON, SandboxWorld

WORLD_KEY = web.AppKey("sandbox_world", SandboxWorld)
_dumps = partial(json.dumps, ensure_ascii=False)
TIMEOUT_HANG_SECONDS = 3600.0


def create_sandbox_api(world: SandboxWorld, *, gateway: SandboxGateway | None = None,
                       gateway_path: str = "/aibot/ws") -> web.Application:
    """With ``gateway``, the intelligent bot's long-connection gateway is served at ``gateway_path``."""
    app = web.Application(client_max_size=25 * 1024 * 1024)
    app[WORLD_KEY] = world
    app.router.add_route("*", "/cgi-bin/{endpoint:.+}", _handle)
    if gateway is not None:
        gateway.mount(app, gateway_path)
    return app


async def _read_body(request: web.Request, endpoint: str) -> Any:
    if request.method != "POST":
        return {}
    if endpoint == "media/upload":
        if not request.content_type.startswith("multipart/"):
            return {}
        fields: JSON = {}
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if isinstance(part, BodyPartReader) and part.name:
                fields[part.name] = {"filename": part.filename, "content": bytes(await part.read())}
        return fields
    raw = await request.read()
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None


async def _handle(request: web.Request) -> web.StreamResponse:
    arrived = asyncio.get_running_loop().time()
    world = request.app[WORLD_KEY]
    endpoint = request.match_info["endpoint"].strip("/")
    if not known_endpoint(endpoint):
        raise web.HTTPNotFound(text="")
    query = {k: v for k, v in request.query.items()}
    body = await _read_body(request, endpoint)
    fault = world.faults.pick(endpoint)
    if fault is not None:
        early = await _apply_fault_before(world, fault, endpoint, request.method, query, body)
        if early is not None:
            return early
    response = world.call(endpoint, request.method, query, body, fault=fault.label if fault else None)
    if fault is not None and fault.drop:
        # The platform did the work; the answer never arrives.
        if request.transport is not None:
            request.transport.abort()
        raise asyncio.CancelledError
    answer = web.json_response(response, dumps=_dumps)
    if fault is not None and fault.response_time:
        await asyncio.sleep(max(0.0, arrived + fault.response_time - asyncio.get_running_loop().time()))
    return answer


async def _apply_fault_before(world: SandboxWorld, fault: Fault, endpoint: str, method: str,
                              query: dict[str, str], body: Any) -> web.StreamResponse | None:
    if fault.latency:
        await asyncio.sleep(fault.latency)
    if fault.timeout:
        world.record(endpoint, method, query, body, {}, http_status=0, fault=fault.label)
        await asyncio.sleep(TIMEOUT_HANG_SECONDS)  # the client gives up first; nothing was done
        return web.Response(status=504)
    if fault.http_status is not None:
        world.record(endpoint, method, query, body, {}, http_status=fault.http_status, fault=fault.label)
        return web.Response(status=fault.http_status, text="")
    if fault.errcode is not None:
        response = {"errcode": fault.errcode, "errmsg": "injected fault"}
        world.record(endpoint, method, query, body, response, fault=fault.label)
        return web.json_response(response, dumps=_dumps)
    return None
