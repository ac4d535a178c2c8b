"""Builds the holder of the long connection from settings: the client feeds the same inbox, with
the same dedupe and ordering keys, as the HTTP callback edge."""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiohttp

from bot.longconn.client import LongConnection, Tuning
from bot.longconn.holder import ConnectionHolder
from bot.models.events import InboundEvent, TextMessage, UnknownEvent, dedupe_key, ordering_key
from bot.settings import Settings
from storage.connection import Redis
from storage.inbox import Inbox
from storage.keys import Keys
from storage.leases import Lease
from storage.reached import ReachedStore


@dataclass(frozen=True)
class HolderTuning:
    client: Tuning = field(default_factory=Tuning)
    lease_ttl: float = 10.0  # a dead holder is replaced within this (plus a standby poll)
    standby_poll: float = 1.0


def gateway_ssl(settings: Settings) -> ssl.SSLContext | None:
    """The system's trust store, or the configured CA bundle (a private gateway, a TLS proxy)."""
    if settings.bot_ca_bundle is None:
        return None
    return ssl.create_default_context(cafile=str(settings.bot_ca_bundle))


# outcome label ("enqueued" | "duplicate"), event kind, seconds — the callback edge's observer
Observer = Callable[[str, str, float], None]


def build_holder(settings: Settings, redis: Redis, keys: Keys, inbox: Inbox, session: aiohttp.ClientSession,
                 instance_id: str, tuning: HolderTuning | None = None,
                 observe: Observer | None = None) -> ConnectionHolder:
    assert settings.bot_id is not None and settings.bot_secret is not None
    t = tuning or HolderTuning()
    bot_id, secret = settings.bot_id, settings.bot_secret.get_secret_value()
    context = gateway_ssl(settings)

    reached = ReachedStore(redis, keys)

    async def sink(event: InboundEvent) -> object:
        started = time.perf_counter()
        if isinstance(event, TextMessage) or (isinstance(event, UnknownEvent) and event.msg_type != "event"):
            # before the enqueue: whatever the bot answers may be pushed to this conversation
            await reached.record(event.chat_id or event.from_user, event.create_time)
        entry_id = await inbox.enqueue(event.model_dump_json(), dedupe_key(event), ordering_key(event))
        if observe is not None:
            observe("enqueued" if entry_id else "duplicate", event.kind, time.perf_counter() - started)
        return entry_id

    def connect() -> LongConnection:
        return LongConnection(session, settings.bot_gateway, bot_id, secret, sink, tuning=t.client, ssl_context=context)

    lease = Lease(redis, keys.longconn_lease(bot_id), instance_id, ttl=t.lease_ttl)
    return ConnectionHolder(lease, connect, standby_poll=t.standby_poll)
