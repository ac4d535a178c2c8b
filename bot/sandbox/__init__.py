"""A faithful simulated WeCom (企业微信) for the demo, customer rehearsals and tests.

Never mounted by the production server. State lives in memory (``SandboxWorld``), optionally
persisted with ``world.snapshot()`` / ``SandboxWorld.from_snapshot(data, clock)`` or the file
helpers ``save_world(world, path)`` (atomic) / ``load_world(path, clock)``. The snapshot holds the
world time; a restored clock never runs behind it. ``world.calls`` is not persisted.

Pieces
- ``SandboxWorld`` (world.py): directory, customers, groups, messages, cards, transfers, tokens and
  limits, with the rules of shared/wecom/API.md. ``SandboxWorld.demo(clock, seed=, departed=)``
  builds the cast of STORIES.md (demo.py); ``load_org(path)`` reads a corp from JSON/TOML (org.py).
- ``create_sandbox_api(world)`` (api.py): an aiohttp app serving ``/cgi-bin/...`` exactly like
  qyapi.weixin.qq.com (token in the query string, JSON bodies, errcodes). Point the product's
  WeCom client base URL at it.
- ``CallbackSender(world, session, url, contacts_url=None, timeout=5.0, retries=3)`` (callbacks.py):
  encrypted, signed callbacks to the bot (text, card clicks, enter_agent, change_contact,
  transfer_fail), ``flush()`` for events the world queued, ``verify_url()`` for the GET handshake.

- ``SandboxGateway(world)`` (longconn.py): the intelligent bot's long-connection gateway over a
  real WebSocket, ``create_sandbox_api(world, gateway=g)`` mounts it at ``/aibot/ws``; members
  write (``send_text``, in a group with ``chatid``), click (``click``, with ``selected`` items) and
  enter the chat; fault knobs ``close()``, ``abort()``, ``freeze()``, ``ack_delay``, ``lose_acks``;
  what the bot sends lands in ``world.inboxes`` (a group's under ``group:<chatid>``) with ``via`` set.
  ``SandboxRunner`` with ``transport="ws"`` (``wecom-handover sandbox --transport ws``) wires the
  bot to it instead of callbacks.

Time
- The world reads ``bot.clock.ManualClock``. ``world.advance(seconds)`` moves it and settles what
  became due: takeovers finish 24 h after submission (status 1), or the customer refuses (3, seeded
  by ``refusal_rate``) or the takeover is at the cap (4); refusals/caps queue ``transfer_fail``
  events in ``world.outbox``. Tokens (7200 s), media (3 days) and response codes (72 h,
  ``world.limits.response_code_ttl``) expire by comparison with the clock.
- ``world.pending_departures`` / ``world.delete_member(userid, at=)`` / ``apply_pending_departures()``.

Observability
- ``world.calls``: every request as ``ApiCall(endpoint, method, query, body, response, errcode, at,
  http_status, fault)``; ``endpoint`` is the path without ``/cgi-bin/``; the query has no
  access_token. ``world.calls_to("message/send")``.
- ``world.inbox(userid)``: ``DeliveredMessage(msgtype, msgid, sent_at, content, card, task_id,
  response_code, dropped)``; ``card`` is the copy as currently shown (updates applied; greyed-out
  buttons show as ``card["replace_text"]``). ``world.delivered(userid)`` skips dropped ones
  (30/min and 1000/h per member: excess silently dropped). ``world.cards_for(userid)``,
  ``world.card_copy(userid, task_id)``, ``world.transfers`` / ``world.transfers_for(external_userid)``.

Fault injection (applied by the HTTP layer, first matching rule wins)
- ``world.faults.add(endpoint, *, errcode=None, http_status=None, latency=0.0, timeout=False,
  drop=False, rate=1.0, count=None, response_time=0.0) -> Fault``; ``world.faults.clear()``;
  ``endpoint="*"`` = all.
  ``errcode``: answer ``{errcode, errmsg}`` without doing anything. ``http_status``: that status,
  empty body, nothing done. ``latency``: delay, then behave normally (or as the other options say).
  ``response_time``: answer no sooner than that many seconds after the request arrived, the
  sandbox's own work included (a platform with a fixed response time, for benchmarks).
  ``timeout``: never answer, nothing done. ``drop``: the operation IS performed, then the connection
  is closed without an answer (unknown outcome). ``rate``: seeded probability; ``count``: how many
  times it fires. Every faulted call is recorded with ``fault`` set.

Knobs: ``world.limits`` (per-API/minute 10,000 → 45009, per-member messages, groups per owner per
day, response-code validity, ...), ``world.invalidate_tokens(errcode=40014|42001)``, member flags
(``status``, ``deleted``, ``visible``, ``real_name_verified``, ``banned``, ``customer_contact_enabled``,
``customer_cap``), ``GroupChat.full``. Undocumented errcodes chosen here are listed, marked
[unverified], in the docstrings of endpoints.py, messages.py, customers.py and transfers.py.
"""

from bot.sandbox.api import create_sandbox_api
from bot.sandbox.callbacks import CallbackSender, Delivery
from bot.sandbox.faults import Fault, FaultSet
from bot.sandbox.longconn import SandboxGateway
from bot.sandbox.org import Corp, load_org
from bot.sandbox.world import (
    ApiCall,
    DeliveredMessage,
    SandboxCredentials,
    SandboxWorld,
    TransferRecord,
    load_world,
    save_world,
)

__all__ = [
    "ApiCall",
    "CallbackSender",
    "Corp",
    "DeliveredMessage",
    "Delivery",
    "Fault",
    "FaultSet",
    "SandboxCredentials",
    "SandboxGateway",
    "SandboxWorld",
    "TransferRecord",
    "create_sandbox_api",
    "load_org",
    "load_world",
    "save_world",
]
