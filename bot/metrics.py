"""Prometheus metrics, one registry per application (no module-level registry).

Counters and histograms are fed by hooks (callback edge, workers, the WeCom client, features);
gauges that describe Redis state (inbox depth, jobs by state) are refreshed at scrape time.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot.models.events import InboundEvent

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Metrics:
    def __init__(self) -> None:
        r = self.registry = CollectorRegistry()
        self.callbacks = Counter(
            "wecom_callbacks_total", "Callbacks received, by endpoint, event kind and outcome",
            ["endpoint", "kind", "outcome"], registry=r,
        )
        self.ack_seconds = Histogram(
            "wecom_callback_ack_seconds", "Time from request to acknowledgement", ["endpoint"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.inbox_depth = Gauge("handover_inbox_depth", "Events enqueued but not yet handled", registry=r)
        self.inbox_oldest_age = Gauge(
            "handover_inbox_oldest_age_seconds", "Age of the oldest event not yet handled", registry=r
        )
        self.inbox_parked = Gauge("handover_inbox_parked", "Events parked after repeated failures", registry=r)
        self.handling_seconds = Histogram(
            "handover_event_handling_seconds", "Worker time per event, by kind", ["kind"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.api_calls = Counter(
            "wecom_api_calls_total", "WeCom API calls by endpoint and errcode", ["endpoint", "errcode"], registry=r
        )
        self.api_seconds = Histogram(
            "wecom_api_call_seconds", "WeCom API call latency by endpoint", ["endpoint"],
            buckets=_LATENCY_BUCKETS, registry=r,
        )
        self.token_refreshes = Counter("wecom_token_refreshes_total", "gettoken calls", registry=r)
        self.jobs = Gauge("handover_jobs", "Handover jobs by state", ["state"], registry=r)
        self.customers = Gauge(
            "handover_customers", "Customers by final transfer status", ["status"], registry=r
        )
        self.reminders = Counter("handover_reminders_sent_total", "Checklist reminders sent", ["kind"], registry=r)
        self.outbox_depth = Gauge("handover_outbox_depth", "Messages to people waiting in the outbox", registry=r)
        self.outbox_members = Gauge("handover_outbox_members", "People with messages waiting", registry=r)
        self.outbox_oldest_age = Gauge(
            "handover_outbox_oldest_age_seconds", "How long the oldest waiting message has waited", registry=r
        )
        self.outbox_wait = Histogram(
            "handover_outbox_wait_seconds", "From a message's enqueue to its delivery (budget waits included)",
            buckets=(0.05, 0.25, 1, 5, 15, 30, 60, 120, 300, 900, 3600), registry=r,
        )
        self.outbox_sent = Counter(
            "handover_outbox_sent_total", "Messages to people delivered, by the way they went: over the intelligent "
            "bot's connection (aibot) or the app's message/send (app)", ["via"], registry=r,
        )
        self.dialogs_active = Gauge("handover_dialogs_active", "Conversations waiting for an answer", registry=r)
        self.audit_chain_ok = Gauge(
            "handover_audit_chain_ok", "1 when the last audit verification found the chain intact", registry=r
        )
        self.audit_verified_at = Gauge(
            "handover_audit_verified_timestamp_seconds", "When the audit chain was last verified", registry=r
        )
        self.retention_swept_at = Gauge(
            "handover_retention_swept_timestamp_seconds", "When the retention sweep last ran", registry=r
        )
        self.permission_audit_at = Gauge(
            "handover_permission_audit_timestamp_seconds", "When the last permission audit was made", registry=r
        )
        self.longconn_state = Gauge(
            "handover_longconn_state", "This process's part in the long connection (1 = current state)",
            ["state"], registry=r,
        )
        self.longconn_connects = Gauge(
            "handover_longconn_connects", "WebSocket connections opened by the current holder term", registry=r
        )
        self._refreshers: list[Callable[[Metrics], Awaitable[None]]] = []

    # --- hooks --------------------------------------------------------------------------
    def callback_observer(self, endpoint: str) -> Callable[[str, str, float], None]:
        # labelled children looked up once (labels() costs as much as the update, per callback)
        ack = self.ack_seconds.labels(endpoint)
        counters: dict[tuple[str, str], Counter] = {}

        def observe(outcome: str, kind: str, seconds: float) -> None:
            counter = counters.get((kind, outcome))
            if counter is None:
                counter = counters[(kind, outcome)] = self.callbacks.labels(endpoint, kind, outcome)
            counter.inc()
            ack.observe(seconds)

        return observe

    def on_handled(self, event: InboundEvent, seconds: float) -> None:
        self.handling_seconds.labels(event.kind).observe(seconds)

    def on_api_call(self, endpoint: str, errcode: int, seconds: float) -> None:
        self.api_calls.labels(endpoint, str(errcode)).inc()
        self.api_seconds.labels(endpoint).observe(seconds)
        if endpoint == "gettoken":
            self.token_refreshes.inc()

    # --- scrape -------------------------------------------------------------------------
    def add_refresher(self, refresh: Callable[[Metrics], Awaitable[None]]) -> None:
        """Features register a coroutine that updates their gauges before each scrape."""
        self._refreshers.append(refresh)

    async def render(self) -> bytes:
        for refresh in self._refreshers:
            await refresh(self)
        return generate_latest(self.registry)


def stream_id_age(stream_id: str, now: float | None = None) -> float:
    """Seconds since a Redis stream id ("<ms>-<seq>") was created."""
    ms = int(stream_id.split("-", 1)[0])
    return max(0.0, (now if now is not None else time.time()) - ms / 1000.0)
