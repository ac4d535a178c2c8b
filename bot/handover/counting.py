"""How many customers and groups a handover would move, read from the platform (API.md §7, §8.1).

Counted exactly the way the engine later snapshots them (bot/engine/snapshot.py), so the
preview's numbers are the job's numbers:
- 离职继承 customers: rows of ``get_unassigned_list`` whose handover_userid is the member;
- 在职继承 customers: ``externalcontact/list`` of the member (84061 "no customers" → 0);
- groups: ``groupchat/list`` with the member in owner_filter (resigned owners are listed ONLY
  when named there), status_filter 1 (离职待继承) for a resigned owner, 0 otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from typing import Literal, Protocol

from bot.directory.models import DirectoryMember
from bot.wecom.errors import WeComAPIError

Path = Literal["resigned", "onjob"]

RESIGNED_WAITING = 1
ALL_GROUPS = 0
# 84074: the member is not configured for customer contact, so has no customers to move.
NO_CUSTOMER_CONTACT = 84074


class UnassignedRow(Protocol):
    @property
    def handover_userid(self) -> str: ...


class GroupRef(Protocol):
    @property
    def chat_id(self) -> str: ...


class ContactSource(Protocol):
    """The slice of ``bot.wecom.WeComClient`` that counting reads."""

    def iter_unassigned(self) -> AsyncIterator[UnassignedRow]: ...

    async def list_customers(self, userid: str) -> list[str]: ...

    def iter_group_chats(
        self, *, owners: list[str] | None = None, status_filter: int = 0
    ) -> AsyncIterator[GroupRef]: ...


def path_for(member: DirectoryMember) -> Path:
    """离职继承 only for a member the directory knows has left; everyone else is on the job."""
    return "resigned" if member.departed else "onjob"


class ContactCounter:
    """Counts for one conversation step; the corp-wide unassigned list is read at most once."""

    def __init__(self, client: ContactSource) -> None:
        self._client = client
        self._unassigned: Counter[str] | None = None

    async def unassigned(self, userid: str) -> int:
        if self._unassigned is None:
            counts: Counter[str] = Counter()
            async for row in self._client.iter_unassigned():
                counts[row.handover_userid] += 1
            self._unassigned = counts
        return self._unassigned[userid]

    async def customers(self, member: DirectoryMember) -> int:
        if path_for(member) == "resigned":
            return await self.unassigned(member.userid)
        if member.customer_contact is False:
            return 0
        try:
            return len(set(await self._client.list_customers(member.userid)))
        except WeComAPIError as exc:
            if exc.errcode == NO_CUSTOMER_CONTACT:
                return 0
            raise

    async def groups(self, member: DirectoryMember) -> int:
        status = RESIGNED_WAITING if path_for(member) == "resigned" else ALL_GROUPS
        chats = {g.chat_id async for g in self._client.iter_group_chats(owners=[member.userid], status_filter=status)}
        return len(chats)
