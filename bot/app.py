"""The composition root: builds every resource once, wires them, and tears them down.

Nothing is created at import time. Each resource is a ``cleanup_ctx`` entry with a typed
``AppKey``; handlers receive services by name from the catalogue assembled here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import aiohttp
from aiohttp import web

from bot.callback import CallbackEndpoint
from bot.clock import Clock, SystemClock
from bot.dispatcher import Dispatcher
from bot.features import Feature, load_features
from bot.language import load_models
from bot.longconn.cards import BotCards
from bot.longconn.channel import BotChannel
from bot.longconn.holder import ConnectionHolder
from bot.longconn.wiring import HolderTuning, build_holder
from bot.metrics import Metrics, stream_id_age
from bot.outbox import Postman
from bot.settings import Settings, SettingsError
from bot.timers import TimerService
from bot.wecom import RateLimits, WeComClient, api_session
from bot.worker import InboxWorker
from crypto import WeComCrypto
from handlers import build_router
from storage.audit import AuditLog
from storage.connection import Redis, connect
from storage.conversations import ConversationStore
from storage.directory import DirectoryStore
from storage.embedded import EmbeddedRedis
from storage.inbox import Inbox
from storage.instances import InstanceHeartbeat, InstanceInUse
from storage.jobs import JobStore
from storage.keys import Keys
from storage.outbox import OutboxStore
from storage.reached import CardCopies, ReachedStore
from storage.timers import TimerStore

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything the running bot holds; one per application."""

    settings: Settings
    clock: Clock
    redis: Redis
    keys: Keys
    session: aiohttp.ClientSession
    client: WeComClient
    inbox: Inbox
    conversations: ConversationStore
    dispatcher: Dispatcher
    workers: list[InboxWorker] = field(default_factory=list)
    embedded: EmbeddedRedis | None = None
    services: dict[str, Any] = field(default_factory=dict)
    features: list[Feature] = field(default_factory=list)
    timer_service: TimerService | None = None
    metrics: Metrics = field(default_factory=Metrics)
    instance_id: str = ""
    outbox: Postman | None = None
    longconn: ConnectionHolder | None = None  # the intelligent bot's long connection, when configured
    bot_cards: BotCards | None = None  # template cards over it


RUNTIME = web.AppKey("runtime", Runtime)


@dataclass(frozen=True)
class AppOptions:
    clock: Clock | None = None
    redis_url: str | None = None  # overrides settings.redis_url (tests, sandbox)
    workers: int = 1  # inbox consumers in this process; 0 = callback edge only
    background: bool = True  # timers and feature loops (engine, reminders) in this process
    timer_poll: float = 0.5
    claim_idle: float | None = None  # None: settings.claim_idle (HANDOVER_CLAIM_IDLE)
    max_attempts: int = 5
    consumer_name: str | None = None
    instance_id: str | None = None  # None: settings.instance (HANDOVER_INSTANCE_ID or derived)
    limits: RateLimits | None = None  # the client's limits (tests shrink the per-member windows)
    extra_services: Callable[[Runtime], dict[str, Any]] | None = None
    longconn: bool = True  # hold (or stand by for) the long connection when WECOM_BOT_ID is set
    longconn_tuning: HolderTuning | None = None  # tests shorten heartbeats and leases


def make_keys(settings: Settings) -> Keys:
    return Keys.for_app(settings.redis_namespace, settings.corp_id, settings.agent_id)


def _today(settings: Settings, clock: Clock) -> Callable[[], date]:
    def today() -> date:
        return datetime.fromtimestamp(clock.now(), settings.tz).date()

    return today


def build_services(rt: Runtime) -> dict[str, Any]:
    """The catalogue handlers draw from (by parameter name); features add theirs on top."""
    return {
        # for features that build their own stores; handlers may not ask for these (see Dispatcher)
        "redis": rt.redis,
        "keys": rt.keys,
        "instance_id": rt.instance_id,
        "settings": rt.settings,
        "client": rt.client,
        "clock": rt.clock,
        "conversations": rt.conversations,
        "jobs": JobStore(rt.redis, rt.keys, rt.clock),
        "audit": AuditLog(rt.redis, rt.keys),
        "timers": TimerStore(rt.redis, rt.keys),
        "directory": DirectoryStore(rt.redis, rt.keys),
        # every message to a person that must not be lost: durable, in order, within the budget
        "outbox": rt.outbox,
        # approval and checklist cards over the bot's connection (None: the app sends them all)
        "bot_cards": rt.bot_cards,
        # async (userid, departed_at) callbacks run when a member leaves; features append theirs
        "departure_hooks": [],
    }


def create_app(settings: Settings, options: AppOptions | None = None) -> web.Application:
    opts = options or AppOptions()
    app = web.Application(client_max_size=1024 * 1024)

    async def runtime_ctx(app: web.Application) -> AsyncIterator[None]:
        # Every resource registers its own cleanup the moment it exists, so a failure halfway
        # through startup (bad template, Redis down) still stops the embedded server and closes
        # the session; teardown runs in reverse order of creation.
        async with contextlib.AsyncExitStack() as stack:
            clock = opts.clock or SystemClock()
            embedded: EmbeddedRedis | None = None
            url = opts.redis_url or settings.redis_url
            if not url:
                server = EmbeddedRedis(data_dir=settings.data_dir / "redis")
                url = await asyncio.to_thread(server.start)
                stack.push_async_callback(asyncio.to_thread, server.stop)
                embedded = server
                log.info("started embedded redis-server at %s (data in %s)", url, server.data_dir)
            redis = connect(url)
            stack.push_async_callback(redis.aclose)
            keys = make_keys(settings)
            instance_id = opts.instance_id or settings.instance
            if opts.workers or opts.background:  # a process that holds leases or consumer entries
                await _hold_instance_id(stack, InstanceHeartbeat(redis, keys, instance_id))
            session = api_session(30.0)
            stack.push_async_callback(session.close)
            metrics = Metrics()
            client = WeComClient(
                session,
                redis,
                keys,
                api_base=settings.api_base,
                corp_id=settings.corp_id,
                secret=settings.secret.get_secret_value(),
                agent_id=settings.agent_id,
                clock=clock,
                on_call=metrics.on_api_call,
                limits=opts.limits,
            )
            conversations = ConversationStore(redis, keys, ttl=settings.dialog_ttl, clock=clock)
            inbox = Inbox(redis, keys)
            rt = Runtime(
                settings=settings, clock=clock, redis=redis, keys=keys, session=session, client=client,
                inbox=inbox, conversations=conversations, dispatcher=None,  # type: ignore[arg-type]
                embedded=embedded, metrics=metrics, instance_id=instance_id,
            )
            rt.outbox = Postman(
                OutboxStore(redis, keys), client, on_delivered=metrics.outbox_wait.observe, instance=instance_id,
                on_sent=lambda via: metrics.outbox_sent.labels(via).inc(),
            )
            metrics.add_refresher(_redis_gauges(rt))
            # Only a process that holds its instance id may take its predecessor's lease back.
            if settings.bot_enabled and opts.longconn and (opts.workers or opts.background):
                # its own session: the API session's total timeout would cut a connection meant to last
                ws_session = aiohttp.ClientSession()
                stack.push_async_callback(ws_session.close)
                rt.longconn = build_holder(settings, redis, keys, inbox, ws_session, instance_id, opts.longconn_tuning,
                                           observe=metrics.callback_observer("longconn"))
                # people who have messaged the bot are told over the connection, everyone else by the app
                channel = BotChannel(rt.longconn, ReachedStore(redis, keys))
                rt.outbox.channel = channel
                rt.bot_cards = BotCards(channel, CardCopies(redis, keys))
            rt.services = build_services(rt)
            rt.features = load_features()
            for feature in rt.features:
                rt.services.update(feature.services(rt.services))
            if opts.extra_services is not None:
                rt.services.update(opts.extra_services(rt))
            rt.dispatcher = Dispatcher(
                build_router(), conversations, client, rt.services, today=_today(settings, clock)
            )
            app[RUNTIME] = rt
            if opts.workers or opts.background:
                rt.outbox.start()
                stack.push_async_callback(rt.outbox.stop)
            if opts.workers:
                await asyncio.to_thread(load_models)  # (before the first message, not during it)
            # the instance id, so a restarted worker resumes its own unfinished entries at once
            base = opts.consumer_name or instance_id
            for i in range(opts.workers):
                worker = InboxWorker(
                    inbox, rt.dispatcher, consumer=f"{base}-{i}", concurrency=settings.worker_concurrency,
                    claim_idle=opts.claim_idle if opts.claim_idle is not None else settings.claim_idle,
                    max_attempts=opts.max_attempts,
                )
                worker.on_handled = metrics.on_handled
                await worker.start()
                stack.push_async_callback(worker.stop)
                rt.workers.append(worker)
            if opts.background:
                handlers = {}
                for feature in rt.features:
                    handlers.update(feature.timer_handlers(rt.services))
                for feature in rt.features:
                    await feature.start(rt.services)
                    stack.push_async_callback(feature.stop)
                timer_service = TimerService(
                    rt.services["timers"], clock, handlers, poll_interval=opts.timer_poll, instance=instance_id
                )
                timer_service.start()
                stack.push_async_callback(timer_service.stop)
                rt.timer_service = timer_service
            if rt.longconn is not None:
                rt.longconn.start()
                stack.push_async_callback(rt.longconn.stop)
            yield

    app.cleanup_ctx.append(runtime_ctx)

    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    app.router.add_get("/metrics", _metrics)
    _add_callback_routes_lazily(app, settings)
    return app


async def _hold_instance_id(stack: contextlib.AsyncExitStack, heartbeat: InstanceHeartbeat) -> None:
    """Refuse to start when a live process has this instance id; else beat until shutdown."""
    try:
        await heartbeat.claim()
    except InstanceInUse as exc:
        raise SettingsError(str(exc)) from None

    async def beat() -> None:
        while True:
            await asyncio.sleep(heartbeat.beat_interval)
            try:
                if not await heartbeat.beat():
                    log.error("instance id %s was taken by another process; its leases fence us out",
                              heartbeat.instance_id)
            except Exception:
                log.warning("instance heartbeat failed", exc_info=True)

    task = asyncio.create_task(beat(), name="instance-heartbeat")

    async def stop() -> None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        with contextlib.suppress(Exception):
            await heartbeat.release()

    stack.push_async_callback(stop)


def _add_callback_routes_lazily(app: web.Application, settings: Settings) -> None:
    """Routes are registered now (the router freezes at startup); their endpoints are bound to the
    runtime once it exists."""
    endpoints: dict[str, CallbackEndpoint] = {}

    def endpoint(name: str) -> CallbackEndpoint:
        if name not in endpoints:
            rt = app[RUNTIME]
            if name == "app":
                crypto = WeComCrypto(
                    settings.token.get_secret_value(), settings.aes_key.get_secret_value(), settings.corp_id
                )
            else:
                assert settings.contacts_token is not None and settings.contacts_aes_key is not None
                crypto = WeComCrypto(
                    settings.contacts_token.get_secret_value(),
                    settings.contacts_aes_key.get_secret_value(),
                    settings.corp_id,
                )
            endpoints[name] = CallbackEndpoint(
                name, crypto, rt.inbox, rt.clock, max_skew=settings.callback_max_skew,
                observe=rt.metrics.callback_observer(name),
            )
        return endpoints[name]

    def bind(name: str, path: str) -> None:
        async def verify(request: web.Request) -> web.StreamResponse:
            return await endpoint(name).verify(request)

        async def receive(request: web.Request) -> web.StreamResponse:
            return await endpoint(name).receive(request)

        app.router.add_get(path, verify)
        app.router.add_post(path, receive)

    bind("app", "/wecom/callback")
    if settings.contacts_enabled:
        bind("contacts", "/wecom/contacts")


async def _healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def _readyz(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    checks: dict[str, bool] = {}
    try:
        checks["redis"] = bool(await asyncio.wait_for(rt.redis.ping(), timeout=1.0))
    except Exception:
        checks["redis"] = False
    checks["workers"] = all(w.running for w in rt.workers)
    if rt.longconn is not None:  # standing by is fine; replaced from outside needs an operator
        checks["longconn"] = rt.longconn.state != "replaced"
    ok = all(checks.values())
    return web.json_response({"ok": ok, **checks}, status=200 if ok else 503)


async def _metrics(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    body = await rt.metrics.render()
    return web.Response(body=body, headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"})


def _redis_gauges(rt: Runtime) -> Callable[[Metrics], Awaitable[None]]:
    from bot.models.jobs import ALL_STATES

    async def refresh(m: Metrics) -> None:
        try:
            lag, parked = await rt.inbox.depth()
            oldest = await rt.inbox.oldest_unhandled()
        except Exception:  # no stream/group yet (edge-only process before any worker started)
            lag, parked, oldest = 0, 0, None
        m.inbox_depth.set(lag)
        m.inbox_parked.set(parked)
        m.inbox_oldest_age.set(stream_id_age(oldest, rt.clock.now()) if oldest else 0.0)
        async with rt.redis.pipeline(transaction=False) as pipe:
            for state in ALL_STATES:
                pipe.zcard(rt.keys.jobs_in_state(state))
            counts = await pipe.execute()
        for state, n in zip(ALL_STATES, counts, strict=True):
            m.jobs.labels(state).set(n)
        m.dialogs_active.set(await rt.conversations.active_count())
        verdict = await rt.services["audit"].last_verdict()
        if verdict:
            m.audit_chain_ok.set(1 if verdict.get("ok") == "1" else 0)
            m.audit_verified_at.set(float(verdict.get("at") or 0))
        swept = await rt.services["retention"].last()
        m.retention_swept_at.set(float(swept.get("at") or 0))
        last_audit = await rt.services["permission_audit"].store.previous()
        m.permission_audit_at.set(last_audit.at if last_audit is not None else 0)
        if rt.longconn is not None:
            for part in ("standby", "holding", "replaced", "stopped"):
                m.longconn_state.labels(part).set(1 if rt.longconn.state == part else 0)
            conn = rt.longconn.connection
            m.longconn_connects.set(conn.stats.connects if conn is not None else 0)
        if rt.outbox is not None:
            members, messages, waited = await rt.outbox.store.depth(time.time())
            m.outbox_members.set(members)
            m.outbox_depth.set(messages)
            m.outbox_oldest_age.set(waited)

    return refresh
