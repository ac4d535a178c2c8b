"""How the engine speaks: a small Protocol the app implements with the WeCom client, and an
adapter that does exactly that (text via message/send; files via media/upload + message/send)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from bot.directory.models import DirectoryMember
from bot.wecom import WeComClient


class Notifier(Protocol):
    async def send_text(self, touser: list[str], text: str) -> None: ...

    async def send_file(self, touser: list[str], filename: str, data: bytes) -> None: ...


class NameSource(Protocol):
    """Where display names come from (storage.directory.DirectoryStore fits)."""

    async def get_many(self, userids: Sequence[str]) -> Mapping[str, DirectoryMember]: ...


class ClientNotifier:
    def __init__(self, client: WeComClient) -> None:
        self._client = client

    async def send_text(self, touser: list[str], text: str) -> None:
        await self._client.send_text(touser, text)

    async def send_file(self, touser: list[str], filename: str, data: bytes) -> None:
        media_id = await self._client.upload_media(filename, data, "file")
        await self._client.send_file(touser, media_id)
