"""How the engine speaks: a small Protocol the app implements with the WeCom client and the
outbox, and an adapter that does exactly that (milestone texts through the durable outbox;
the report file via media/upload + message/send)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from bot.directory.models import DirectoryMember
from bot.outbox import Postman
from bot.wecom import WeComClient
from storage.outbox import OutboxStore, Post


class Notifier(Protocol):
    async def post(self, posts: Sequence[Post]) -> None:
        """Write outbox entries (each id once) and deliver what the budgets allow now."""
        ...

    async def flush(self, userids: Sequence[str]) -> None:
        """Deliver entries already written (by a state change's own step)."""
        ...

    async def send_file(self, touser: list[str], filename: str, data: bytes) -> None: ...


class NameSource(Protocol):
    """Where display names come from (storage.directory.DirectoryStore fits)."""

    async def get_many(self, userids: Sequence[str]) -> Mapping[str, DirectoryMember]: ...


class ClientNotifier:
    def __init__(self, client: WeComClient, outbox: Postman | None = None) -> None:
        self._client = client
        self.outbox = outbox or Postman(OutboxStore(client.redis, client.keys), client)

    async def post(self, posts: Sequence[Post]) -> None:
        await self.outbox.post_entries(posts)

    async def flush(self, userids: Sequence[str]) -> None:
        for userid in dict.fromkeys(userids):
            await self.outbox.flush(userid)

    async def send_file(self, touser: list[str], filename: str, data: bytes) -> None:
        media_id = await self._client.upload_media(filename, data, "file")
        await self._client.send_file(touser, media_id)
