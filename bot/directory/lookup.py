"""Resolution against the live snapshot: one GET of the version key per call; the index is
rebuilt (in a worker thread, once) only when the directory changed."""

from __future__ import annotations

import asyncio

from bot.directory.resolve import DirectoryIndex, Resolution, Role
from storage.directory import DirectoryStore


class DirectoryLookup:
    def __init__(self, store: DirectoryStore) -> None:
        self._store = store
        self._index: DirectoryIndex | None = None
        self._lock = asyncio.Lock()

    async def index(self) -> DirectoryIndex:
        version = await self._store.version()
        current = self._index
        if current is not None and current.version == version:
            return current
        async with self._lock:  # one rebuild for all the callers that noticed the change
            current = self._index
            if current is not None and current.version == version:
                return current
            snapshot = await self._store.snapshot()
            built = await asyncio.to_thread(DirectoryIndex.build, snapshot.members, version=snapshot.version)
            self._index = built
            return built

    async def resolve(self, mention: str, *, role: Role = "any", limit: int = 10) -> Resolution:
        return (await self.index()).resolve(mention, role=role, limit=limit)
