"""HTTP handlers of the sandbox web chat page (JSON under ``/sandbox/api``, a per-member
server-sent-events stream, the static page)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
from dataclasses import dataclass, field
from datetime import tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.app import RUNTIME
from bot.sandbox.demo import DEMO_ADMINS
from bot.sandbox.longconn import NotConnected as GatewayNotConnected
from bot.sandbox.web import views
from bot.sandbox.web.chatlog import ChatLog
from bot.sandbox.world import MEDIA_TTL

if TYPE_CHECKING:
    from bot.sandbox.run import SandboxRunner

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
POLL_SECONDS = 0.3
CLOCK_RESYNC_SECONDS = 15.0
MAX_TEXT_BYTES = 2048
MAX_ADVANCE_SECONDS = 60 * 86400
HOUR = 3600
PRESETS = {"1h": HOUR, "1d": 24 * HOUR, "24h": 24 * HOUR}
_dumps = partial(json.dumps, ensure_ascii=False)


@dataclass
class WebState:
    runner: SandboxRunner
    chatlog: ChatLog
    wakers: set[asyncio.Event] = field(default_factory=set)
    closing: bool = False

    def wake(self) -> None:
        for event in list(self.wakers):
            event.set()

    async def on_world_changed(self) -> None:
        self.wake()

    # Bot settings exist once the runner has started the bot; before that, the demo's values.
    def _settings_value(self, name: str, default: Any) -> Any:
        bot_app = getattr(self.runner, "bot_app", None)
        if bot_app is None:
            return default
        return getattr(bot_app[RUNTIME].settings, name, default)

    @property
    def admins(self) -> tuple[str, ...]:
        admins: tuple[str, ...] = self._settings_value("admins", DEMO_ADMINS)
        return admins

    @property
    def approvers(self) -> tuple[str, ...]:
        approvers: tuple[str, ...] = self._settings_value("approvers", self.runner.options.approvers)
        return approvers

    @property
    def tz(self) -> tzinfo:
        tz: tzinfo = self._settings_value("tz", ZoneInfo("Asia/Shanghai"))
        return tz

    @property
    def reminder_time(self) -> str:
        hhmm: str = self._settings_value("reminder_time", "10:00")
        return hhmm


STATE = web.AppKey("sandbox_web", WebState)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps)


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message}, status)


def _state(request: web.Request) -> WebState:
    return request.app[STATE]


def _member_or_404(request: web.Request, userid: str) -> None:
    if _state(request).runner.world.find_member(userid) is None:
        raise web.HTTPNotFound(text=_dumps({"error": f"no member {userid}"}), content_type="application/json")


async def _json_body(request: web.Request) -> dict[str, Any]:
    # JSON only: a foreign page cannot send this content type without a CORS preflight we never answer.
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="application/json required")
    try:
        body = await request.json()
    except ValueError as exc:
        raise web.HTTPBadRequest(text="invalid JSON") from exc
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="a JSON object is required")
    return body


# ---------------------------------------------------------------------- pages
async def index(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})


# ---------------------------------------------------------------------- reads
async def org(request: web.Request) -> web.Response:
    st = _state(request)
    ws = st.runner.gateway is not None
    return _json({**views.org_view(st.runner.world, st.admins, st.approvers),
                  "transport": "ws" if ws else "callback", "groups": list(views.DEMO_GROUPS) if ws else []})


def _group_or_400(request: web.Request, chat: Any) -> str:
    """'' for the member's own chat, else a group chat this sandbox offers ("ws" only)."""
    if chat in (None, ""):
        return ""
    if _state(request).runner.gateway is None or chat not in {g["id"] for g in views.DEMO_GROUPS}:
        raise web.HTTPBadRequest(text=_dumps({"error": f"no group chat {chat}"}), content_type="application/json")
    return str(chat)


def _log_key(userid: str, chat: str) -> str:
    return f"group:{chat}" if chat else userid


async def member(request: web.Request) -> web.Response:
    st = _state(request)
    userid = request.match_info["userid"]
    _member_or_404(request, userid)
    return _json(views.member_detail(st.runner.world, userid, st.admins, st.approvers))


async def chat(request: web.Request) -> web.Response:
    st = _state(request)
    userid = request.match_info["userid"]
    _member_or_404(request, userid)
    chat_id = _group_or_400(request, request.query.get("chat"))
    return _json({"user": userid, "chat": chat_id,
                  "messages": views.conversation(st.runner.world, st.chatlog, _log_key(userid, chat_id), userid)})


async def clock(request: web.Request) -> web.Response:
    st = _state(request)
    return _json(views.clock_view(st.runner.world.now(), st.tz))


async def media(request: web.Request) -> web.Response:
    world = _state(request).runner.world
    rec = world.media.get(request.match_info["media_id"])
    if rec is None or rec.created_at + MEDIA_TTL <= world.now():
        raise web.HTTPNotFound(text="media not found or expired (media lives 3 days)")
    filename = rec.filename or "file"
    return web.Response(body=base64.b64decode(rec.data_b64), headers={
        "Content-Type": "application/octet-stream",
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
    })


# ---------------------------------------------------------------------- actions (real callbacks)
async def send(request: web.Request) -> web.Response:
    st = _state(request)
    userid = request.match_info["userid"]
    _member_or_404(request, userid)
    body = await _json_body(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        return _error(400, "empty message")
    if len(text.encode()) > MAX_TEXT_BYTES:
        return _error(400, f"message longer than {MAX_TEXT_BYTES} bytes")
    world = st.runner.world
    if not world.is_present(userid):
        return _error(409, "not_present")
    chat_id = _group_or_400(request, body.get("chat"))
    st.chatlog.add(_log_key(userid, chat_id), world.now(), text, by=userid if chat_id else "")
    st.wake()
    try:  # in a group the bot only hears what @-mentions it
        await st.runner.member_says(userid, f"{views.BOT_MENTION} {text}" if chat_id else text, chatid=chat_id)
    except ValueError as exc:
        return _error(409, str(exc))
    except GatewayNotConnected:
        return _error(503, "the bot holds no long connection right now; try again in a moment")
    return _json({"ok": True})


def _selected(raw: Any) -> dict[str, list[str]] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(o, str) for o in v) for k, v in raw.items()
    ):
        raise web.HTTPBadRequest(text="selected must map question keys to lists of option ids")
    return {k: list(v) for k, v in raw.items()}


async def click(request: web.Request) -> web.Response:
    st = _state(request)
    userid = request.match_info["userid"]
    _member_or_404(request, userid)
    body = await _json_body(request)
    task_id, key = body.get("task_id"), body.get("key")
    if not isinstance(task_id, str) or not isinstance(key, str) or not task_id or not key:
        return _error(400, "task_id and key are required")
    if not st.runner.world.is_present(userid):
        return _error(409, "not_present")
    try:
        acknowledged = await st.runner.member_clicks(userid, task_id, key, _selected(body.get("selected")))
    except ValueError as exc:  # greyed out, unknown key: the app would not let the member tap it
        return _error(409, str(exc))
    except GatewayNotConnected:
        return _error(503, "the bot holds no long connection right now; try again in a moment")
    st.wake()
    if not acknowledged:
        return _error(502, "the bot did not acknowledge the click")
    return _json({"ok": True})


async def advance(request: web.Request) -> web.Response:
    st = _state(request)
    body = await _json_body(request)
    world = st.runner.world
    preset = body.get("preset")
    if preset == "workday":
        seconds = views.next_working_day_at(world.now(), st.tz, st.reminder_time) - world.now()
    elif isinstance(preset, str) and preset in PRESETS:
        seconds = PRESETS[preset]
    elif preset is None and isinstance(body.get("seconds"), int | float) and not isinstance(body["seconds"], bool):
        seconds = float(body["seconds"])
    else:
        return _error(400, "preset must be 1h, 1d, 24h or workday (or give seconds)")
    if not 0 < seconds <= MAX_ADVANCE_SECONDS:
        return _error(400, "seconds out of range")
    await st.runner.advance(seconds)
    return _json(views.clock_view(world.now(), st.tz))


# ---------------------------------------------------------------------- live updates
def _sse(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {_dumps(data)}\n\n".encode()


async def stream(request: web.Request) -> web.StreamResponse:
    """Per-member server-sent events: ``chat`` (the whole conversation, when it changed),
    ``world`` (org/customer panels changed: refetch), ``clock`` (after a jump, and now and then).
    Changes are found by fingerprinting world state every POLL_SECONDS, or at once when the
    runner or an action pokes the streams."""
    st = _state(request)
    userid = request.query.get("user", "")
    _member_or_404(request, userid)
    chat_id = _group_or_400(request, request.query.get("chat"))
    key = _log_key(userid, chat_id)
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache",
                                       "X-Accel-Buffering": "no"})
    await resp.prepare(request)
    loop = asyncio.get_running_loop()
    poke = asyncio.Event()
    st.wakers.add(poke)
    world = st.runner.world
    chat_fp = world_fp = ""
    last_clock = (loop.time(), -1.0)  # (loop time of the last clock event, sandbox time then)
    try:
        await resp.write(b"retry: 1000\n\n")
        while not st.closing:
            fp = views.conversation_fingerprint(world, st.chatlog, key)
            if fp != chat_fp:
                chat_fp = fp
                await resp.write(_sse("chat", {"user": userid, "chat": chat_id,
                                               "messages": views.conversation(world, st.chatlog, key, userid)}))
            fp = views.world_fingerprint(world)
            if fp != world_fp:
                world_fp = fp
                await resp.write(_sse("world", {"version": fp}))
            now, elapsed = world.now(), loop.time() - last_clock[0]
            jumped = abs((now - last_clock[1]) - elapsed) > 1.0
            if jumped or elapsed > CLOCK_RESYNC_SECONDS:
                last_clock = (loop.time(), now)
                await resp.write(_sse("clock", views.clock_view(now, st.tz)))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(poke.wait(), POLL_SECONDS)
            poke.clear()
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        st.wakers.discard(poke)
    return resp


async def _close_streams(app: web.Application) -> None:
    state = app[STATE]
    state.closing = True
    state.wake()


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    if request.path.startswith("/cgi-bin/"):
        return  # the simulated platform API answers exactly like the real one
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    )


def setup_routes(app: web.Application, state: WebState) -> None:
    app[STATE] = state
    r = app.router
    r.add_get("/", index)
    r.add_static("/sandbox/static/", STATIC_DIR, append_version=False)
    r.add_get("/sandbox/api/org", org)
    r.add_get("/sandbox/api/member/{userid}", member)
    r.add_get("/sandbox/api/chat/{userid}", chat)
    r.add_post("/sandbox/api/chat/{userid}/send", send)
    r.add_post("/sandbox/api/chat/{userid}/click", click)
    r.add_get("/sandbox/api/clock", clock)
    r.add_post("/sandbox/api/clock/advance", advance)
    r.add_get("/sandbox/api/stream", stream)
    r.add_get("/sandbox/api/media/{media_id}", media)
    app.on_shutdown.append(_close_streams)
    app.on_response_prepare.append(_security_headers)
