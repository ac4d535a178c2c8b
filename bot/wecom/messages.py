"""App messages: message/send (text, markdown, file, template_card) and update_template_card.

Every send first charges each recipient's per-member budget (30/min, 1000/h per app): the
platform silently DROPS messages beyond it, so the client waits — or raises
MessageBudgetExceeded when the wait would exceed ``RateLimits.max_wait``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.wecom.cards import TemplateCard
from bot.wecom.core import WeComCore
from bot.wecom.errors import MessageBudgetExceeded
from storage.ratelimit import WindowCharge

log = logging.getLogger("bot.wecom")

TEXT_MAX_BYTES = 2048
MAX_RECIPIENTS = 1000
_SEND = "message/send"
_UPDATE = "message/update_template_card"


def truncate_utf8(text: str, max_bytes: int = TEXT_MAX_BYTES, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``max_bytes`` UTF-8 bytes on a character boundary, ending in ``ellipsis``
    when cut (the platform would cut mid-character)."""
    encoded = text.encode()
    if len(encoded) <= max_bytes:
        return text
    room = max_bytes - len(ellipsis.encode())
    if room < 0:
        raise ValueError("max_bytes is smaller than the ellipsis")
    return encoded[:room].decode("utf-8", errors="ignore") + ellipsis


def _split_ids(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    if isinstance(value, str):
        return [v for v in value.split("|") if v]
    return []


class SendResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    msgid: str = ""
    response_code: str | None = None  # one update_template_card call for updatable cards
    invaliduser: list[str] = Field(default_factory=list)  # lower-cased by the platform
    unlicenseduser: list[str] = Field(default_factory=list)

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> SendResult:
        return cls(
            msgid=str(data.get("msgid") or ""),
            response_code=data.get("response_code") or None,
            invaliduser=_split_ids(data.get("invaliduser")),
            unlicenseduser=_split_ids(data.get("unlicenseduser")),
        )


class UpdateResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    invaliduser: list[str] = Field(default_factory=list)


def _recipients(touser: list[str] | str) -> tuple[str, list[str]]:
    """(the wire ``touser`` string, the member ids to charge; empty for @all)."""
    ids = [u for u in touser.split("|") if u] if isinstance(touser, str) else list(touser)
    if not ids:
        raise ValueError("touser is empty")
    if ids == ["@all"]:
        return "@all", []
    if "@all" in ids:
        raise ValueError("@all cannot be combined with user ids")
    for userid in ids:
        if not userid or "|" in userid:
            raise ValueError(f"invalid userid {userid!r}")
    unique = list(dict.fromkeys(ids))
    if len(unique) > MAX_RECIPIENTS:
        raise ValueError(f"at most {MAX_RECIPIENTS} recipients per message; batch the rest")
    return "|".join(unique), unique


class MessagesMixin(WeComCore):
    async def send_text(
        self,
        touser: list[str] | str,
        content: str,
        *,
        enable_id_trans: bool = False,
        safe: bool = False,
        duplicate_check_interval: int | None = None,
        budget_charged: bool = False,
    ) -> SendResult:
        """Text (≤ 2048 bytes; longer text is cut on a character boundary and ends in "…").
        ``budget_charged``: the caller already charged each recipient (``charge_member``)."""
        payload: dict[str, Any] = {"text": {"content": truncate_utf8(content)}}
        if enable_id_trans:
            payload["enable_id_trans"] = 1
        return await self._send(
            touser, "text", payload, safe=safe, duplicate_check_interval=duplicate_check_interval,
            charge=not budget_charged,
        )

    async def send_markdown(
        self, touser: list[str] | str, content: str, *, duplicate_check_interval: int | None = None
    ) -> SendResult:
        return await self._send(
            touser,
            "markdown",
            {"markdown": {"content": truncate_utf8(content)}},
            duplicate_check_interval=duplicate_check_interval,
        )

    async def send_file(
        self,
        touser: list[str] | str,
        media_id: str,
        *,
        safe: bool = False,
        duplicate_check_interval: int | None = None,
    ) -> SendResult:
        return await self._send(
            touser,
            "file",
            {"file": {"media_id": media_id}},
            safe=safe,
            duplicate_check_interval=duplicate_check_interval,
        )

    async def send_template_card(
        self,
        touser: list[str] | str,
        card: dict[str, Any] | TemplateCard,
        *,
        enable_id_trans: bool = False,
        duplicate_check_interval: int | None = None,
        budget_charged: bool = False,
    ) -> SendResult:
        """Send a card; a ``dict`` is passed through as the ``template_card`` object unchecked.
        ``budget_charged``: the caller already charged the recipients (``charge_members``)."""
        body = card if isinstance(card, dict) else card.to_api()
        payload: dict[str, Any] = {"template_card": body}
        if enable_id_trans:
            payload["enable_id_trans"] = 1
        return await self._send(
            touser, "template_card", payload, duplicate_check_interval=duplicate_check_interval,
            charge=not budget_charged,
        )

    async def update_template_card(
        self,
        response_code: str,
        *,
        atall: bool = False,
        userids: list[str] | None = None,
        replace_name: str | None = None,
        card: dict[str, Any] | TemplateCard | None = None,
        enable_id_trans: bool = False,
    ) -> UpdateResult:
        """Update a sent card with a (single-use) response_code: grey its buttons with
        ``replace_name`` or replace it with ``card``. ``atall`` = every recipient's copy."""
        if (replace_name is None) == (card is None):
            raise ValueError("give exactly one of replace_name or card")
        if not response_code:
            raise ValueError("response_code is required")
        if userids is not None and len(userids) > MAX_RECIPIENTS:
            raise ValueError(f"at most {MAX_RECIPIENTS} userids")
        body: dict[str, Any] = {"agentid": self.agent_id, "response_code": response_code}
        if atall:
            body["atall"] = 1
        if userids:
            body["userids"] = list(userids)
        if replace_name is not None:
            body["button"] = {"replace_name": replace_name}
        elif card is not None:
            body["template_card"] = card if isinstance(card, dict) else card.to_api()
        if enable_id_trans:
            body["enable_id_trans"] = 1
        data = await self.call("POST", _UPDATE, json_body=body)
        return UpdateResult(invaliduser=_split_ids(data.get("invaliduser")))

    async def _send(
        self,
        touser: list[str] | str,
        msgtype: Literal["text", "markdown", "file", "template_card"],
        payload: dict[str, Any],
        *,
        safe: bool = False,
        duplicate_check_interval: int | None = None,
        charge: bool = True,
    ) -> SendResult:
        wire_touser, members = _recipients(touser)
        body: dict[str, Any] = {
            "touser": wire_touser,
            "msgtype": msgtype,
            "agentid": self.agent_id,
            **payload,
        }
        if safe:
            body["safe"] = 1
        if duplicate_check_interval is not None:
            # The platform drops an identical request within the interval: makes resends after
            # an unknown outcome (timeout) safe.
            body["enable_duplicate_check"] = 1
            body["duplicate_check_interval"] = int(duplicate_check_interval)
        if charge:
            await self._charge_members(members)
        log.debug("wecom send %s to %d recipient(s): %r", msgtype, len(members) or 1, payload)
        data = await self.call("POST", _SEND, json_body=body)
        return SendResult.from_api(data)

    async def charge_member(self, userid: str) -> float:
        """Charge one message to ``userid``'s budget now, or return the seconds until it has room
        (nothing charged). For senders that queue instead of waiting (bot/outbox.py)."""
        windows = self.limits.member_message_windows
        if not windows:
            return 0.0
        return await self._windows.try_acquire([WindowCharge(f"msg:{userid}", w) for w in windows])

    async def charge_members(self, touser: list[str]) -> None:
        """Charge one message to each recipient before a send that must not be half-done (a card
        recorded before it goes out): waits, or raises MessageBudgetExceeded having charged none."""
        await self._charge_members(_recipients(touser)[1])

    async def _charge_members(self, members: list[str]) -> None:
        """Charge one message to every recipient, all or none; wait while any is over budget."""
        windows = self.limits.member_message_windows
        if not members or not windows:
            return
        charges = [WindowCharge(f"msg:{userid}", window) for userid in members for window in windows]
        deadline = time.monotonic() + self.limits.max_wait
        while True:
            wait = await self._windows.try_acquire(charges)
            if wait <= 0:
                return
            if time.monotonic() + wait > deadline:
                raise MessageBudgetExceeded(_SEND, retry_after=wait, userids=members)
            await asyncio.sleep(wait)
