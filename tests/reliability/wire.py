"""Callbacks the way WeCom sends them, spread over several bot instances, with every outcome kept.

A callback is sealed ONCE (encrypted, signed) and the very same POST is re-sent on a retry, as the
platform does; each attempt may go to a different backend (a load balancer in front of the
instances). Per attempt we record what the sender could know:

- ``ok``: HTTP 200 — the bot promised the event is durably enqueued;
- ``refused``: the connection was refused (nobody read the request) or a 4xx (403/400: the bot
  read it and rejected it) — nothing may come of it;
- ``unknown``: the connection broke after the request was sent, a timeout, or a 5xx — the bot may
  or may not have enqueued it (503 is "Redis did not take it", but a Lua step whose answer was
  lost when Redis went down may still have run).

A delivery's outcome is ``ok`` if any attempt was, else ``unknown`` if any attempt was, else
``refused``.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import aiohttp

from bot.sandbox import SandboxWorld
from bot.sandbox.callbacks import render_plaintext
from crypto import WeComCrypto, render_envelope

Outcome = Literal["ok", "refused", "unknown"]


@dataclass(frozen=True)
class Sealed:
    """One signed POST, re-sendable byte for byte."""

    params: dict[str, str]
    body: bytes
    contacts: bool = False


@dataclass
class Delivery:
    kind: str
    user: str
    label: str = ""  # what the caller wants to count it under (e.g. the expected reply)
    attempts: list[str] = field(default_factory=list)  # "ok@1", "refused@0", "unknown@2"

    @property
    def outcome(self) -> Outcome:
        seen = {a.split("@", 1)[0] for a in self.attempts}
        if "ok" in seen:
            return "ok"
        return "unknown" if "unknown" in seen else "refused"


class Wire:
    def __init__(
        self,
        world: SandboxWorld,
        session: aiohttp.ClientSession,
        urls: Callable[[], Sequence[str]],
        contacts_urls: Callable[[], Sequence[str]] | None = None,
        *,
        rng: random.Random | None = None,
        timeout: float = 5.0,
    ) -> None:
        self.world = world
        self.session = session
        self.urls = urls
        self.contacts_urls = contacts_urls or (lambda: [])
        self.rng = rng or random.Random(1)
        self.timeout = timeout
        creds = world.credentials
        self._app = WeComCrypto(creds.token, creds.aes_key, creds.corp_id)
        self._contacts = WeComCrypto(creds.contacts_token, creds.contacts_aes_key, creds.corp_id)
        self.deliveries: list[Delivery] = []
        # Every ``must`` callback re-sent this many times in all (WeCom's duplicate deliveries):
        # the copies go out one after another, or all at once, to one backend or spread over them.
        self.copies = 1
        self._copy_modes = ["sequential", "concurrent-one", "concurrent-spread"]
        self._copy_turn = 0

    # --- plaintexts ------------------------------------------------------------------------------
    def _head(self, from_user: str, msg_type: str) -> list[tuple[str, str | int]]:
        return [("ToUserName", self.world.credentials.corp_id), ("FromUserName", from_user),
                ("CreateTime", int(self.world.now())), ("MsgType", msg_type)]  # fmt: skip

    def text_xml(self, user: str, content: str) -> str:
        msgid = int(hashlib.sha1(self.world.next_id("in").encode()).hexdigest()[:15], 16)
        return render_plaintext([*self._head(user, "text"), ("Content", content), ("MsgId", str(msgid)),
                                 ("AgentID", self.world.credentials.agent_id)])  # fmt: skip

    def click_xml(self, user: str, task_id: str, event_key: str) -> str:
        """A tap on ``user``'s copy of the card: registers a fresh ResponseCode in the world."""
        code, card_type = self.world.register_click(user, task_id, event_key)
        return render_plaintext([*self._head(user, "event"), ("Event", "template_card_event"),
                                 ("EventKey", event_key), ("TaskId", task_id), ("CardType", card_type),
                                 ("ResponseCode", code), ("AgentID", self.world.credentials.agent_id)])  # fmt: skip

    def transfer_fail_xml(self, takeover: str, external_userid: str, reason: str) -> str:
        return render_plaintext([*self._head("sys", "event"), ("Event", "change_external_contact"),
                                 ("ChangeType", "transfer_fail"), ("FailReason", reason), ("UserID", takeover),
                                 ("ExternalUserID", external_userid)])  # fmt: skip

    def contact_deleted_xml(self, userid: str) -> str:
        return render_plaintext([*self._head("sys", "event"), ("Event", "change_contact"),
                                 ("ChangeType", "delete_user"), ("UserID", userid)])  # fmt: skip

    # --- sealing and sending ---------------------------------------------------------------------
    def seal(self, plaintext: str, *, contacts: bool = False, tamper: bool = False) -> Sealed:
        crypto = self._contacts if contacts else self._app
        msg = crypto.encrypt(plaintext, timestamp=str(int(self.world.now())), nonce=str(secrets.randbelow(10**10)))
        agent_id = None if contacts else str(self.world.credentials.agent_id)
        body = render_envelope(self.world.credentials.corp_id, agent_id, msg.encrypt)
        signature = msg.signature
        if tamper:  # a forged or corrupted callback: the bot must refuse it and do nothing
            signature = ("0" if signature[0] != "0" else "1") + signature[1:]
        params = {"msg_signature": signature, "timestamp": msg.timestamp, "nonce": msg.nonce}
        return Sealed(params, body, contacts)

    def _targets(self, sealed: Sealed) -> Sequence[str]:
        return self.contacts_urls() if sealed.contacts else self.urls()

    async def post(self, sealed: Sealed, index: int) -> Outcome:
        """One attempt to backend ``index``."""
        url = self._targets(sealed)[index]
        try:
            async with self.session.post(url, params=sealed.params, data=sealed.body,
                                         headers={"Content-Type": "text/xml"},
                                         timeout=aiohttp.ClientTimeout(total=self.timeout)) as resp:  # fmt: skip
                await resp.read()
                status = resp.status
        except aiohttp.ClientConnectorError:
            return "refused"  # nobody accepted the connection: the request was never read
        except (TimeoutError, aiohttp.ClientError):
            return "unknown"
        if status == 200:
            return "ok"
        return "refused" if 400 <= status < 500 else "unknown"

    async def deliver(
        self,
        sealed: Sealed,
        *,
        kind: str,
        user: str,
        label: str = "",
        attempts: int = 4,
        delay: float = 0.25,
        targets: Sequence[int] | None = None,
    ) -> Delivery:
        """Send until a 200 or ``attempts`` run out; each attempt to a random backend (or to
        ``targets[i]`` when given)."""
        delivery = Delivery(kind, user, label)
        self.deliveries.append(delivery)
        n = len(self._targets(sealed))
        for attempt in range(attempts):
            if attempt:
                await asyncio.sleep(delay)
            index = targets[attempt % len(targets)] if targets else self.rng.randrange(n)
            outcome = await self.post(sealed, index)
            delivery.attempts.append(f"{outcome}@{index}")
            if outcome == "ok":
                break
        return delivery

    async def must(self, plaintext: str, *, kind: str, user: str, contacts: bool = False,
                   attempts: int = 40) -> Delivery:  # fmt: skip
        """A callback the story depends on: retried (to any backend) until some instance takes it."""
        sealed = self.seal(plaintext, contacts=contacts)
        if self.copies > 1:
            return await self.repeat(sealed, kind=kind, user=user)
        d = await self.deliver(sealed, kind=kind, user=user, attempts=attempts, delay=0.25)
        assert d.outcome == "ok", f"no instance took the {kind} of {user}: {d.attempts}"
        return d

    async def repeat(self, sealed: Sealed, *, kind: str, user: str, label: str = "") -> Delivery:
        """The same signed POST ``copies`` times, in the next of the three modes; one Delivery
        whose attempts are the copies (each must be answered 200: a duplicate is not an error)."""
        mode = self._copy_modes[self._copy_turn % len(self._copy_modes)]
        self._copy_turn += 1
        n = len(self._targets(sealed))
        delivery = Delivery(f"{kind}:{mode}", user, label)
        self.deliveries.append(delivery)
        if mode == "sequential":
            index = self.rng.randrange(n)
            outcomes = [await self.post(sealed, index) for _ in range(self.copies)]
            indexes = [index] * self.copies
        else:
            first = self.rng.randrange(n)
            indexes = [first if mode == "concurrent-one" else (first + i) % n for i in range(self.copies)]
            outcomes = list(await asyncio.gather(*(self.post(sealed, i) for i in indexes)))
        delivery.attempts = [f"{o}@{i}" for o, i in zip(outcomes, indexes, strict=True)]
        assert outcomes == ["ok"] * self.copies, f"a copy of the {kind} of {user} was not acknowledged: {outcomes}"
        return delivery
