"""Handover APIs (API.md §8): 离职继承 / 在职继承 of customers and customer groups.

Per-customer ``errcode == 0`` means the takeover process STARTED (it completes up to 24 h later,
unless the customer refuses); poll ``iter_transfer_results``. At most 100 ids per call — the
caller batches; more raises ValueError before anything is sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel, ConfigDict, computed_field

from bot.wecom.contacts import check_id_cap
from bot.wecom.core import WeComCore
from bot.wecom.pagination import Page, iter_cursor

# Per-customer codes meaning "this customer is already in a transfer flow": after a re-sent
# batch (first outcome unknown) these are the earlier call's success, not a failure.
ALREADY_STARTED_ERRCODES = frozenset({40100, 40129})
TRANSFER_SUCCESS_MSG_MAX_CHARS = 200

# transfer_result ``status``
STATUS_TAKEN_OVER = 1
STATUS_WAITING = 2
STATUS_REFUSED = 3
STATUS_TAKEOVER_LIMIT = 4
STATUS_NO_RECORD = 5  # only in older copies of the on-job page; handled defensively


class _Read(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class CustomerTransferOutcome(_Read):
    external_userid: str
    errcode: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def started(self) -> bool:
        return self.errcode == 0 or self.errcode in ALREADY_STARTED_ERRCODES


class TransferResult(_Read):
    external_userid: str
    status: int  # STATUS_* above
    takeover_time: int = 0  # actual time, or the future automatic takeover time while waiting

    @property
    def final(self) -> bool:
        return self.status != STATUS_WAITING


class GroupTransferFailure(_Read):
    chat_id: str
    errcode: int
    errmsg: str = ""


def _list(data: dict[str, Any], field: str) -> list[Any]:
    value = data.get(field)
    return value if isinstance(value, list) else []


class TransfersMixin(WeComCore):
    async def transfer_resigned_customers(
        self, handover: str, takeover: str, external_userids: list[str]
    ) -> list[CustomerTransferOutcome]:
        """离职继承: customers of a member who has left (≤ 100 per call)."""
        body = {"handover_userid": handover, "takeover_userid": takeover}
        return await self._transfer_customers(
            "externalcontact/resigned/transfer_customer", body, external_userids
        )

    async def transfer_onjob_customers(
        self,
        handover: str,
        takeover: str,
        external_userids: list[str],
        transfer_success_msg: str | None = None,
    ) -> list[CustomerTransferOutcome]:
        """在职继承 (≤ 100 per call). ``transfer_success_msg`` (≤ 200 chars) goes to the customer."""
        body: dict[str, Any] = {"handover_userid": handover, "takeover_userid": takeover}
        if transfer_success_msg:
            if len(transfer_success_msg) > TRANSFER_SUCCESS_MSG_MAX_CHARS:
                raise ValueError(
                    f"transfer_success_msg must be at most {TRANSFER_SUCCESS_MSG_MAX_CHARS} characters"
                )
            body["transfer_success_msg"] = transfer_success_msg
        return await self._transfer_customers("externalcontact/transfer_customer", body, external_userids)

    async def iter_transfer_results(
        self, handover: str, takeover: str, *, resigned: bool
    ) -> AsyncIterator[TransferResult]:
        endpoint = (
            "externalcontact/resigned/transfer_result" if resigned else "externalcontact/transfer_result"
        )

        async def fetch(cursor: str) -> Page[TransferResult]:
            body = {"handover_userid": handover, "takeover_userid": takeover, "cursor": cursor}
            data = await self.call("POST", endpoint, json_body=body)
            items = [TransferResult.model_validate(c) for c in _list(data, "customer")]
            return Page(items, str(data.get("next_cursor") or ""))

        async for item in iter_cursor(fetch, endpoint=endpoint):
            yield item

    async def transfer_resigned_groups(
        self, chat_ids: list[str], new_owner: str
    ) -> list[GroupTransferFailure]:
        """Groups of a resigned owner (≤ 100 per call, ≤ 300 per owner per day). Returns failures only."""
        return await self._transfer_groups("externalcontact/groupchat/transfer", chat_ids, new_owner)

    async def transfer_onjob_groups(self, chat_ids: list[str], new_owner: str) -> list[GroupTransferFailure]:
        return await self._transfer_groups("externalcontact/groupchat/onjob_transfer", chat_ids, new_owner)

    async def _transfer_customers(
        self, endpoint: str, body: dict[str, Any], external_userids: list[str]
    ) -> list[CustomerTransferOutcome]:
        check_id_cap(external_userids, "external_userids")
        if not external_userids:
            return []
        data = await self.call(
            "POST", endpoint, json_body={**body, "external_userid": list(external_userids)}
        )
        return [CustomerTransferOutcome.model_validate(c) for c in _list(data, "customer")]

    async def _transfer_groups(
        self, endpoint: str, chat_ids: list[str], new_owner: str
    ) -> list[GroupTransferFailure]:
        check_id_cap(chat_ids, "chat_ids")
        if not chat_ids:
            return []
        data = await self.call(
            "POST", endpoint, json_body={"chat_id_list": list(chat_ids), "new_owner": new_owner}
        )
        return [GroupTransferFailure.model_validate(f) for f in _list(data, "failed_chat_list")]
