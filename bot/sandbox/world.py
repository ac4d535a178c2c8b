"""``SandboxWorld``: the whole simulated WeCom corp — directory, customers, groups, messages,
cards, transfers, tokens, limits — and the rules of API.md, with no HTTP in sight.

``world.call(endpoint, method, query, body)`` is what the HTTP layer (``bot.sandbox.api``) runs for
each request; the endpoint rules live in ``bot.sandbox.endpoints`` and its sibling modules.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import json
import math
import os
import random
import secrets
import tempfile
from collections import deque
from collections.abc import Set as AbstractSet
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot.clock import ManualClock
from bot.sandbox.faults import FaultSet
from bot.sandbox.org import (
    GROUP_RESIGNED_WAITING,
    STATUS_ACTIVE,
    Corp,
    FollowUser,
    Member,
    corp_from_dict,
    corp_to_dict,
)

JSON = dict[str, Any]

TOKEN_TTL = 7200
MEDIA_TTL = 3 * 86400
TAKEOVER_DELAY = 24 * 3600
NINETY_DAYS = 90 * 86400


class ApiError(Exception):
    """A top-level platform error: the response is just ``{errcode, errmsg}``."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(f"{errcode}: {errmsg}")
        self.errcode = errcode
        self.errmsg = errmsg


@dataclass
class SandboxCredentials:  # sandbox-only values, never real secrets
    corp_id: str = "wwsandbox5f3c2a1b"
    agent_id: int = 1000002
    secret: str = "sandbox-app-secret-0000000000000000000000"  # noqa: S105
    token: str = "SandboxAppToken"  # noqa: S105
    aes_key: str = "SandboxAppEncodingAESKey0123456789abcdefABC"
    contacts_token: str = "SandboxContactsToken"  # noqa: S105
    contacts_aes_key: str = "SandboxContactsAESKey0123456789abcdefABCDEF"
    contacts_secret: str = "sandbox-contacts-secret-00000000000000000"  # noqa: S105
    # the intelligent bot (智能机器人) in long-connection API mode
    bot_id: str = "aibSandboxBot0001"
    bot_secret: str = "sandbox-bot-secret-00000000000000000000"  # noqa: S105


@dataclass
class Limits:
    """Knobs; tests lower them to reach the limits cheaply."""

    per_api_per_minute: int = 10_000
    per_api_per_hour: int = 150_000
    messages_per_member_per_minute: int = 30
    messages_per_member_per_hour: int = 1000
    # the two windows' lengths (a test shrinks them with the client's, to cross them in seconds)
    member_minute_seconds: float = 60.0
    member_hour_seconds: float = 3600.0
    groups_per_owner_per_day: int = 300
    response_code_ttl: float = 72 * 3600
    onjob_transfers_per_90_days: int = 2
    visible_members_for_unfiltered_groupchat_list: int = 1000


@dataclass
class ApiCall:
    endpoint: str
    method: str
    query: dict[str, str]
    body: Any
    response: JSON
    errcode: int | None
    at: float
    http_status: int = 200
    fault: str | None = None


@dataclass
class DeliveredMessage:
    msgtype: str
    msgid: str
    sent_at: float
    content: str | None = None  # text / markdown
    card: JSON | None = None  # template_card (as currently shown), textcard or file payload
    task_id: str | None = None
    response_code: str | None = None
    dropped: bool = False
    # how it came: the app's message/send, or the bot's long connection (aibot_respond_msg,
    # aibot_respond_welcome_msg, aibot_send_msg); chat_id for a group conversation
    via: str = "message/send"
    chat_id: str = ""


@dataclass
class CardRecord:
    task_id: str
    card_type: str
    card: JSON
    recipients: list[str]
    msgid: str
    sent_at: float


@dataclass
class ResponseCodeRecord:
    code: str
    task_id: str
    issued_at: float
    userid: str | None = None  # the clicker, for codes delivered with a card event
    used: bool = False


@dataclass
class TransferRecord:
    kind: str  # "resigned" | "onjob"
    handover_userid: str
    takeover_userid: str
    external_userid: str
    submitted_at: float
    status: int = 2  # 1 done, 2 waiting, 3 refused, 4 takeover at cap
    takeover_time: float = 0.0
    will_refuse: bool = False
    seq: int = 0

    @property
    def due_at(self) -> float:
        return self.submitted_at + TAKEOVER_DELAY


@dataclass
class MediaRecord:
    media_id: str
    type: str
    filename: str
    data_b64: str
    created_at: float


@dataclass
class TokenRecord:
    token: str
    kind: str  # "app" | "contacts"
    expires_at: float
    revoked_errcode: int | None = None


@dataclass
class PendingCallback:
    """A platform-originated event (e.g. transfer_fail) waiting for ``CallbackSender.flush``."""

    kind: str
    fields: dict[str, str]
    at: float


class SandboxWorld:
    def __init__(
        self,
        corp: Corp,
        clock: ManualClock,
        *,
        seed: int = 1,
        refusal_rate: float = 0.03,
        credentials: SandboxCredentials | None = None,
        epoch: str | None = None,
    ) -> None:
        self.corp = corp
        self.clock = clock
        self.seed = seed
        # Every world numbers its ids afresh; the epoch makes them differ from any earlier world's, so
        # a bot that saw yesterday's world (its dedupe keys, its cards) never mistakes new ones for old.
        self.epoch = epoch if epoch is not None else secrets.token_hex(4)
        self.refusal_rate = refusal_rate
        self.credentials = credentials or SandboxCredentials(corp_id=corp.corp_id)
        self.limits = Limits()
        self.faults = FaultSet(seed)
        self.rng = random.Random(seed)  # takeover outcomes only, so they do not depend on other calls
        self._id_rng = random.Random(f"ids-{seed}")
        self.calls: list[ApiCall] = []
        self.tokens: dict[str, TokenRecord] = {}
        self.inboxes: dict[str, list[DeliveredMessage]] = {}
        self.cards: dict[str, CardRecord] = {}
        self.response_codes: dict[str, ResponseCodeRecord] = {}
        self.media: dict[str, MediaRecord] = {}
        self.transfers: list[TransferRecord] = []  # append through add_transfer
        # No waiting takeover is due before this (settle() skips its scan until then); 0 = unknown.
        self._next_due = 0.0
        self._waiting: set[str] | None = None  # customers with a takeover in progress; None = unknown
        self.group_transfer_days: dict[str, int] = {}  # "owner|day" -> count
        self.pending_departures: dict[str, float] = {}
        self.outbox: list[PendingCallback] = []
        # identical message/send body (enable_duplicate_check) → (suppressed until, its msgid)
        self.duplicate_checks: dict[str, tuple[float, str]] = {}
        self._api_hits: dict[str, deque[float]] = {}
        self._member_sends: dict[str, deque[float]] = {}
        self._counter = 0
        self.corp.corp_id = self.credentials.corp_id
        # batch/get_by_user walks in progress: member list → its (userid, external_userid) pairs
        self.batch_walks: dict[str, list[tuple[str, str]]] = {}
        # Harness knob (bench/backup.py): userid → external_userids, so a walk's first page does not
        # scan a 200,000-customer corp; None (the default) scans, which sees every change at once.
        self.follower_index: dict[str, list[str]] | None = None

    # ------------------------------------------------------------------ construction
    @classmethod
    def demo(
        cls,
        clock: ManualClock | None = None,
        *,
        seed: int = 1,
        departed: bool = False,
        refusal_rate: float = 0.03,
    ) -> SandboxWorld:
        from bot.sandbox.demo import build_demo_world

        return build_demo_world(clock or ManualClock(follow_real_time=True), seed=seed,
                                departed=departed, refusal_rate=refusal_rate)

    # ------------------------------------------------------------------ time
    def now(self) -> float:
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        """Move the clock and settle whatever became due (takeovers; tokens, codes and media
        expire lazily by comparing with the clock)."""
        self.clock.advance(seconds)
        self.settle()

    def settle(self) -> None:
        now = self.now()
        if now < self._next_due:
            return
        waiting = [t for t in self.transfers if t.status == 2]
        due = sorted((t for t in waiting if t.due_at <= now), key=lambda t: (t.due_at, t.seq))
        for record in due:
            self._complete_transfer(record)
        later = [t.due_at for t in waiting if t.status == 2]
        self._next_due = min(later) if later else math.inf
        if due:
            self._waiting = None

    def add_transfer(self, record: TransferRecord) -> None:
        self.transfers.append(record)
        self._next_due = min(self._next_due, record.due_at)
        if self._waiting is not None and record.status == 2:
            self._waiting.add(record.external_userid)

    def waiting_customers(self) -> AbstractSet[str]:
        """Customers with a takeover in progress (status 2), kept up to date between calls
        instead of being rebuilt from every transfer record per call. A live view: read only."""
        if self._waiting is None:
            self._waiting = {t.external_userid for t in self.transfers if t.status == 2}
        return self._waiting

    def _complete_transfer(self, rec: TransferRecord) -> None:
        customer = self.corp.customers.get(rec.external_userid)
        if customer is None:  # removed behind the platform's back: nothing to take over
            rec.status, rec.takeover_time = 3, 0.0
            return
        if rec.will_refuse:
            rec.status, rec.takeover_time = 3, 0.0
            self._emit("transfer_fail", UserID=rec.takeover_userid, ExternalUserID=rec.external_userid,
                       FailReason="customer_refused")
            return
        already = customer.followed_by(rec.takeover_userid) is not None
        cap = self.member(rec.takeover_userid).customer_cap
        if not already and self.customer_count(rec.takeover_userid) >= cap:
            rec.status, rec.takeover_time = 4, 0.0
            self._emit("transfer_fail", UserID=rec.takeover_userid, ExternalUserID=rec.external_userid,
                       FailReason="customer_limit_exceed")
            return
        old = customer.followed_by(rec.handover_userid)
        customer.follow = [f for f in customer.follow if f.userid != rec.handover_userid]
        if not already:
            customer.follow.append(FollowUser(
                userid=rec.takeover_userid,
                remark=old.remark if old else "",
                description=old.description if old else "",
                createtime=int(rec.due_at),
                tags=copy.deepcopy(old.tags) if old else [],
                add_way=old.add_way if old else 0,
                oper_userid=rec.takeover_userid,
            ))
        rec.status, rec.takeover_time = 1, rec.due_at

    def _emit(self, kind: str, **fields: str) -> None:
        self.outbox.append(PendingCallback(kind, dict(fields), self.now()))

    # ------------------------------------------------------------------ ids
    def next_id(self, prefix: str = "") -> str:
        self._counter += 1
        digest = hashlib.sha1(f"{self.epoch}:{self.seed}:{self._counter}".encode()).hexdigest()[:16]  # noqa: S324
        return f"{prefix}{self._counter:06d}{digest}"

    # ------------------------------------------------------------------ directory helpers
    def find_member(self, userid: str) -> Member | None:
        return self.corp.members.get(userid)

    def member(self, userid: str) -> Member:
        m = self.corp.members.get(userid)
        if m is None:
            raise KeyError(userid)
        return m

    def is_present(self, userid: str) -> bool:
        """In the directory (not deleted) and visible to the app."""
        m = self.corp.members.get(userid)
        return m is not None and not m.deleted and m.visible

    def customer_count(self, userid: str) -> int:
        return sum(1 for c in self.corp.customers.values() if c.followed_by(userid) is not None)

    def delete_member(self, userid: str, *, at: float | None = None) -> None:
        """The admin removes a member (离职): customers become unassigned, groups 离职待继承."""
        m = self.member(userid)
        when = self.now() if at is None else at
        m.deleted = True
        m.dimission_time = int(when)
        self.pending_departures.pop(userid, None)
        for group in self.corp.groups.values():
            if group.owner == userid:
                group.status = GROUP_RESIGNED_WAITING

    def apply_pending_departures(self) -> list[str]:
        """Delete every member whose pending departure time has come; returns their userids."""
        pending = sorted(self.pending_departures.items(), key=lambda kv: kv[1])
        done = [u for u, at in pending if at <= self.now()]
        for userid in done:
            self.delete_member(userid, at=self.pending_departures[userid])
        return done

    def remember_walk(self, key: str, pairs: list[tuple[str, str]]) -> None:
        self.batch_walks.pop(key, None)
        self.batch_walks[key] = pairs
        while len(self.batch_walks) > 64:  # oldest first: dicts keep insertion order
            self.batch_walks.pop(next(iter(self.batch_walks)))

    # ------------------------------------------------------------------ tokens
    def issue_token(self, kind: str) -> TokenRecord:
        now = self.now()
        for rec in self.tokens.values():
            if rec.kind == kind and rec.revoked_errcode is None and rec.expires_at > now:
                return rec  # the platform hands out the same token while it is valid
        rec = TokenRecord(self.next_id("tk_") + self._id_rng.randbytes(24).hex(), kind, now + TOKEN_TTL)
        self.tokens[rec.token] = rec
        return rec

    def invalidate_tokens(self, errcode: int = 40014) -> None:
        """Test knob: every token issued so far now fails with ``errcode`` (40014 or 42001)."""
        for rec in self.tokens.values():
            rec.revoked_errcode = errcode

    def check_token(self, token: str | None) -> str:
        if not token:
            raise ApiError(41001, "access_token missing")
        rec = self.tokens.get(token)
        if rec is None:
            raise ApiError(40014, "invalid access_token")
        if rec.revoked_errcode is not None:
            raise ApiError(rec.revoked_errcode, "access_token expired" if rec.revoked_errcode == 42001
                           else "invalid access_token")
        if rec.expires_at <= self.now():
            raise ApiError(42001, "access_token expired")
        return rec.kind

    # ------------------------------------------------------------------ frequency limits
    def check_frequency(self, endpoint: str) -> None:
        now = self.now()
        hits = self._api_hits.setdefault(endpoint, deque())
        while hits and hits[0] <= now - 3600:
            hits.popleft()
        per_minute = self.limits.per_api_per_minute
        # Counting the minute only matters once the hour alone holds enough calls.
        last_minute = sum(1 for t in hits if t > now - 60) if len(hits) >= per_minute else 0
        if last_minute >= per_minute or len(hits) >= self.limits.per_api_per_hour:
            raise ApiError(45009, "api freq out of limit")
        hits.append(now)

    def member_send_allowed(self, userid: str) -> bool:
        now = self.now()
        sends = self._member_sends.setdefault(userid, deque())
        limits = self.limits
        while sends and sends[0] <= now - limits.member_hour_seconds:
            sends.popleft()
        per_min = sum(1 for t in sends if t > now - limits.member_minute_seconds)
        over_hour = len(sends) >= limits.messages_per_member_per_hour
        if over_hour or per_min >= limits.messages_per_member_per_minute:
            return False
        sends.append(now)
        return True

    # ------------------------------------------------------------------ the API entry point
    def call(self, endpoint: str, method: str, query: dict[str, str], body: Any,
             *, fault: str | None = None) -> JSON:
        """Run one API request and record it in ``self.calls``. ``body`` is the parsed JSON
        (or form fields for media/upload); ``None`` means the body was not valid JSON."""
        from bot.sandbox.endpoints import dispatch

        self.settle()
        try:
            response = dispatch(self, endpoint, method, query, body)
        except ApiError as err:
            response = {"errcode": err.errcode, "errmsg": err.errmsg}
        self.record(endpoint, method, query, body, response, fault=fault)
        return response

    def record(self, endpoint: str, method: str, query: dict[str, str], body: Any, response: JSON,
               *, http_status: int = 200, fault: str | None = None) -> ApiCall:
        clean_query = {k: v for k, v in query.items() if k not in ("access_token", "corpsecret")}
        errcode = response.get("errcode") if isinstance(response.get("errcode"), int) else None
        call = ApiCall(endpoint, method, clean_query, body, response, errcode, self.now(), http_status, fault)
        self.calls.append(call)
        return call

    # ------------------------------------------------------------------ observability
    def calls_to(self, endpoint: str) -> list[ApiCall]:
        endpoint = endpoint.removeprefix("/").removeprefix("cgi-bin/")
        return [c for c in self.calls if c.endpoint == endpoint]

    def inbox(self, userid: str) -> list[DeliveredMessage]:
        return self.inboxes.get(userid, [])

    def delivered(self, userid: str) -> list[DeliveredMessage]:
        return [m for m in self.inbox(userid) if not m.dropped]

    def cards_for(self, userid: str) -> list[DeliveredMessage]:
        return [m for m in self.delivered(userid) if m.msgtype == "template_card"]

    def card_copy(self, userid: str, task_id: str) -> DeliveredMessage | None:
        return next((m for m in self.cards_for(userid) if m.task_id == task_id), None)

    def transfers_for(self, external_userid: str) -> list[TransferRecord]:
        return [t for t in self.transfers if t.external_userid == external_userid]

    # ------------------------------------------------------------------ card clicks
    def issue_response_code(self, task_id: str, userid: str | None = None) -> ResponseCodeRecord:
        code = self.next_id("rc_") + self._id_rng.randbytes(8).hex()
        rec = ResponseCodeRecord(code, task_id, self.now(), userid)
        self.response_codes[rec.code] = rec
        return rec

    def register_click(self, userid: str, task_id: str, event_key: str,
                       *, force: bool = False) -> tuple[str, str]:
        """A member taps a button on their copy of the card → (fresh ResponseCode, CardType).
        Raises ``ValueError`` for clicks the client could not produce (no such card or key, or
        the card's buttons already greyed out) unless ``force``."""
        card_type = self.check_click(userid, task_id, event_key, force=force)
        return self.issue_response_code(task_id, userid).code, card_type

    def check_click(self, userid: str, task_id: str, event_key: str, *, force: bool = False) -> str:
        """The card's type, if the member's client could produce this tap (see register_click)."""
        copy_ = self.card_copy(userid, task_id)
        if copy_ is None or copy_.card is None:
            raise ValueError(f"{userid} has no card {task_id}")
        card = copy_.card
        if not force:
            if card.get("replace_text"):
                raise ValueError(f"card {task_id} of {userid} is greyed out: {card['replace_text']}")
            keys = {b.get("key") for b in card.get("button_list", [])}
            keys |= {a.get("key") for a in card.get("action_menu", {}).get("action_list", [])}
            keys.add(card.get("submit_button", {}).get("key"))
            if event_key not in keys:
                raise ValueError(f"card {task_id} has no key {event_key!r}")
        return str(card.get("card_type", ""))

    # ------------------------------------------------------------------ snapshots
    def snapshot(self) -> JSON:
        state = self.rng.getstate()
        return {
            "version": 1,
            "now": self.now(),
            "seed": self.seed,
            "epoch": self.epoch,
            "refusal_rate": self.refusal_rate,
            "credentials": asdict(self.credentials),
            "limits": asdict(self.limits),
            "corp": corp_to_dict(self.corp),
            "tokens": [asdict(t) for t in self.tokens.values()],
            "inboxes": {u: [asdict(m) for m in msgs] for u, msgs in self.inboxes.items()},
            "cards": [asdict(c) for c in self.cards.values()],
            "response_codes": [asdict(r) for r in self.response_codes.values()],
            "media": [asdict(m) for m in self.media.values()],
            "transfers": [asdict(t) for t in self.transfers],
            "group_transfer_days": dict(self.group_transfer_days),
            "pending_departures": dict(self.pending_departures),
            "outbox": [asdict(p) for p in self.outbox],
            "counter": self._counter,
            "rng": [state[0], list(state[1]), state[2]],
        }

    @classmethod
    def from_snapshot(cls, data: JSON, clock: ManualClock) -> SandboxWorld:
        """Rebuild a world; a clock behind the snapshot's time is moved up to it (world time
        never runs backwards across a restart, or takeovers and tokens would un-expire)."""
        if clock.now() < float(data.get("now", 0)):
            clock.set(float(data["now"]))
        world = cls(corp_from_dict(data["corp"]), clock, seed=int(data["seed"]),
                    refusal_rate=float(data["refusal_rate"]),
                    credentials=SandboxCredentials(**data["credentials"]), epoch=str(data.get("epoch", "")))
        world.limits = Limits(**data["limits"])
        world.tokens = {t["token"]: TokenRecord(**t) for t in data["tokens"]}
        world.inboxes = {u: [DeliveredMessage(**m) for m in msgs] for u, msgs in data["inboxes"].items()}
        world.cards = {c["task_id"]: CardRecord(**c) for c in data["cards"]}
        world.response_codes = {r["code"]: ResponseCodeRecord(**r) for r in data["response_codes"]}
        world.media = {m["media_id"]: MediaRecord(**m) for m in data["media"]}
        world.transfers = [TransferRecord(**t) for t in data["transfers"]]
        world.group_transfer_days = dict(data["group_transfer_days"])
        world.pending_departures = dict(data["pending_departures"])
        world.outbox = [PendingCallback(**p) for p in data["outbox"]]
        world._counter = int(data["counter"])
        version, internal, gauss = data["rng"]
        world.rng.setstate((version, tuple(internal), gauss))
        return world


def save_world(world: SandboxWorld, path: str | Path) -> None:
    """Write the snapshot atomically (temp file + rename) so a crash never leaves half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # a temp file of its own: two saves at once (a periodic one and the last) never share one
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(world.snapshot(), ensure_ascii=False))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def load_world(path: str | Path, clock: ManualClock) -> SandboxWorld:
    return SandboxWorld.from_snapshot(json.loads(Path(path).read_text(encoding="utf-8")), clock)


def encode_cursor(kind: str, value: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}\x00{value}".encode()).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str) -> str | None:
    """The cursor's value, None for an empty cursor; a foreign/garbled cursor → 40058."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        got_kind, value = raw.split("\x00", 1)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(40058, "invalid cursor") from exc
    if got_kind != kind:
        raise ApiError(40058, "invalid cursor")
    return value


def active(member: Member | None) -> bool:
    return member is not None and not member.deleted and member.status == STATUS_ACTIVE


__all__ = [
    "ApiCall", "ApiError", "CardRecord", "DeliveredMessage", "Limits", "MediaRecord", "PendingCallback",
    "ResponseCodeRecord", "SandboxCredentials", "SandboxWorld", "TokenRecord", "TransferRecord",
    "active", "decode_cursor", "encode_cursor", "load_world", "save_world",
]
