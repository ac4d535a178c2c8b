"""The directory snapshot in Redis: members, departments, a version counter and the last sync time.

Layout (keys from ``Keys.directory_*``):
- members hash: userid → DirectoryMember JSON
- departments hash: id → Department JSON
- version: an integer bumped in the same transaction as every change; readers keep an in-process
  copy of all members and only reload when it moved (one GET per resolve, not 5,000 parses)
- synced_at: unix seconds of the last full sync

Read-modify-write steps run as WATCH/MULTI transactions (retried on conflict), so a contact event
landing during a full sync is never lost or half-applied.

Departed members are never dropped here. A member that a full sync no longer lists is:
- departed, if get_unassigned_list names them (customers waiting) or a delete_user event said so;
- otherwise kept with its last known status and ``out_of_visibility_since`` set: the app can no
  longer see them (visibility changed, or they were deleted without us hearing). The resolver
  treats them as unusable takeover members; the next sync that lists them again clears the mark.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ConfigDict
from redis.asyncio.client import Pipeline
from redis.exceptions import WatchError
from redis.typing import EncodableT, FieldT

from bot.directory.models import Department, DirectoryMember
from storage.connection import Redis
from storage.keys import Keys

_T = TypeVar("_T")
_MAX_TX_ATTEMPTS = 50


class DepartedInfo(BaseModel):
    """What get_unassigned_list says about one departed member."""

    model_config = ConfigDict(frozen=True)

    departed_at: float | None = None
    customers: int = 0


class SnapshotOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: int
    listed: int
    departed_total: int
    newly_departed: int
    known_only: int
    out_of_visibility: int


@dataclass(frozen=True, slots=True)
class DirectorySnapshot:
    version: int
    members: tuple[DirectoryMember, ...]


class DirectoryStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self._redis = redis
        self._members_key = keys.directory_members()
        self._departments_key = keys.directory_departments()
        self._version_key = keys.directory_version()
        self._synced_at_key = keys.directory_synced_at()
        self._cache: DirectorySnapshot | None = None
        self._reload_lock = asyncio.Lock()

    # --- reads ---------------------------------------------------------------------------
    async def version(self) -> int:
        raw = await self._redis.get(self._version_key)
        return int(raw) if raw else 0

    async def synced_at(self) -> float | None:
        raw = await self._redis.get(self._synced_at_key)
        return float(raw) if raw else None

    async def get(self, userid: str) -> DirectoryMember | None:
        raw = await self._redis.hget(self._members_key, userid)
        return DirectoryMember.model_validate_json(raw) if raw else None

    async def get_many(self, userids: Sequence[str]) -> dict[str, DirectoryMember]:
        if not userids:
            return {}
        raws = await self._redis.hmget(self._members_key, list(userids))
        return {
            uid: DirectoryMember.model_validate_json(raw)
            for uid, raw in zip(userids, raws, strict=True)
            if raw
        }

    async def departments(self) -> dict[int, Department]:
        raw = await self._redis.hgetall(self._departments_key)
        return {int(k): Department.model_validate_json(v) for k, v in raw.items()}

    async def snapshot(self) -> DirectorySnapshot:
        """All members, from the in-process copy unless the version key moved."""
        current = await self.version()
        cached = self._cache
        if cached is not None and cached.version == current:
            return cached
        async with self._reload_lock:
            cached = self._cache
            if cached is not None and cached.version == current:
                return cached
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.get(self._version_key)
                pipe.hgetall(self._members_key)
                raw_version, raw_members = await pipe.execute()
            members = tuple(
                sorted(
                    (DirectoryMember.model_validate_json(v) for v in raw_members.values()),
                    key=lambda m: m.userid,
                )
            )
            loaded = DirectorySnapshot(version=int(raw_version) if raw_version else 0, members=members)
            self._cache = loaded
            return loaded

    async def all_members(self) -> tuple[DirectoryMember, ...]:
        return (await self.snapshot()).members

    # --- writes --------------------------------------------------------------------------
    async def upsert_many(self, members: Iterable[DirectoryMember]) -> int:
        """Write members as given (last writer wins per member); returns the new version."""
        mapping: dict[FieldT, EncodableT] = {m.userid: m.model_dump_json() for m in members}
        if not mapping:
            return await self.version()
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._members_key, mapping=mapping)
            pipe.incr(self._version_key)
            _, version = await pipe.execute()
        return int(version)

    async def upsert(self, member: DirectoryMember) -> int:
        return await self.upsert_many([member])

    async def upsert_departments(self, departments: Iterable[Department]) -> None:
        mapping: dict[FieldT, EncodableT] = {str(d.id): d.model_dump_json() for d in departments}
        if mapping:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.hset(self._departments_key, mapping=mapping)
                pipe.incr(self._version_key)
                await pipe.execute()

    async def update(
        self, userid: str, change: Callable[[DirectoryMember | None], DirectoryMember | None]
    ) -> DirectoryMember | None:
        """Atomically replace one member by ``change(current)``; returning None leaves it as is."""

        async def step(pipe: Pipeline) -> DirectoryMember | None:
            raw = await pipe.hget(self._members_key, userid)
            current = DirectoryMember.model_validate_json(raw) if raw else None
            updated = change(current)
            if updated is None or updated == current:
                pipe.multi()  # type: ignore[no-untyped-call]
                return current
            if updated.userid != userid:
                raise ValueError("update() cannot change a userid; use rename()")
            pipe.multi()  # type: ignore[no-untyped-call]
            pipe.hset(self._members_key, userid, updated.model_dump_json())
            pipe.incr(self._version_key)
            return updated

        return await self._transaction(step, self._members_key)

    async def mark_departed(self, userid: str, at: float | None) -> DirectoryMember:
        """A delete_user event (or status 5): keep the record, flag it departed.

        An unknown userid becomes a known-only record, so that the name question can still be
        answered with the userid once its customers show up as unassigned.
        """

        def change(current: DirectoryMember | None) -> DirectoryMember:
            if current is None:
                return DirectoryMember(
                    userid=userid, status="departed", departed_at=at, known_only_by_id=True
                )
            # Departed is what we know now; it also explains why a sync stopped listing them.
            return current.model_copy(
                update={
                    "status": "departed",
                    "departed_at": current.departed_at if current.departed_at is not None else at,
                    "out_of_visibility_since": None,
                }
            )

        result = await self.update(userid, change)
        assert result is not None
        return result

    async def add_known_only(
        self, userid: str, departed_at: float | None, *, unassigned_customers: int | None = None
    ) -> DirectoryMember:
        """A departed member seen only in get_unassigned_list. Never overwrites a richer record."""

        def change(current: DirectoryMember | None) -> DirectoryMember:
            if current is None:
                return DirectoryMember(
                    userid=userid,
                    status="departed",
                    departed_at=departed_at,
                    known_only_by_id=True,
                    unassigned_customers=unassigned_customers,
                )
            update: dict[str, object] = {"status": "departed", "out_of_visibility_since": None}
            if current.departed_at is None:
                update["departed_at"] = departed_at
            if unassigned_customers is not None:
                update["unassigned_customers"] = unassigned_customers
            return current.model_copy(update=update)

        result = await self.update(userid, change)
        assert result is not None
        return result

    async def rename(self, old_userid: str, new_userid: str) -> DirectoryMember | None:
        """update_user with NewUserID: move the record under its new id (atomically)."""

        async def step(pipe: Pipeline) -> DirectoryMember | None:
            raw = await pipe.hget(self._members_key, old_userid)
            pipe.multi()  # type: ignore[no-untyped-call]
            if not raw:
                return None
            moved = DirectoryMember.model_validate_json(raw).model_copy(update={"userid": new_userid})
            pipe.hdel(self._members_key, old_userid)
            pipe.hset(self._members_key, new_userid, moved.model_dump_json())
            pipe.incr(self._version_key)
            return moved

        return await self._transaction(step, self._members_key)

    async def replace_snapshot(
        self,
        listed: Sequence[DirectoryMember],
        departments: Sequence[Department],
        *,
        departed: Mapping[str, DepartedInfo],
        synced_at: float,
    ) -> SnapshotOutcome:
        """Install the result of a full sync (see the module docstring for who is kept how).

        ``listed`` are the members the API returned now (authoritative); ``departed`` the
        handover userids of get_unassigned_list with their dimission time and customer count.
        """
        fresh = {m.userid: m for m in listed}

        async def step(pipe: Pipeline) -> SnapshotOutcome:
            raw_all = await pipe.hgetall(self._members_key)
            existing: dict[str, DirectoryMember] = {
                str(uid): DirectoryMember.model_validate_json(v) for uid, v in raw_all.items()
            }
            merged: dict[str, DirectoryMember] = dict(fresh)
            newly_departed = 0
            for uid, info in departed.items():
                if uid in fresh:
                    continue  # listed now: the directory wins over a lagging unassigned list
                old = existing.get(uid)
                if old is None:
                    merged[uid] = DirectoryMember(
                        userid=uid,
                        status="departed",
                        departed_at=info.departed_at,
                        known_only_by_id=True,
                        unassigned_customers=info.customers,
                    )
                    newly_departed += 1
                    continue
                if not old.departed:
                    newly_departed += 1
                merged[uid] = old.model_copy(
                    update={
                        "status": "departed",
                        "departed_at": info.departed_at or old.departed_at,
                        "unassigned_customers": info.customers,
                        "out_of_visibility_since": None,
                    }
                )
            for uid, old in existing.items():
                if uid in merged:
                    continue
                if old.departed:
                    # Not in the unassigned list any more: nothing of theirs waits for an owner.
                    merged[uid] = old.model_copy(update={"unassigned_customers": 0})
                else:
                    since = old.out_of_visibility_since or synced_at
                    merged[uid] = old.model_copy(update={"out_of_visibility_since": since})
            pipe.multi()  # type: ignore[no-untyped-call]
            pipe.delete(self._members_key, self._departments_key)
            if merged:
                pipe.hset(self._members_key, mapping={u: m.model_dump_json() for u, m in merged.items()})
            if departments:
                pipe.hset(
                    self._departments_key, mapping={str(d.id): d.model_dump_json() for d in departments}
                )
            pipe.set(self._synced_at_key, repr(synced_at))
            pipe.incr(self._version_key)
            values = list(merged.values())
            return SnapshotOutcome(
                version=0,  # filled in after EXEC
                listed=len(fresh),
                departed_total=sum(1 for m in values if m.departed),
                newly_departed=newly_departed,
                known_only=sum(1 for m in values if m.known_only_by_id),
                out_of_visibility=sum(1 for m in values if m.out_of_visibility_since is not None),
            )

        outcome = await self._transaction(step, self._members_key, self._departments_key)
        return outcome.model_copy(update={"version": await self.version()})

    # --- plumbing ------------------------------------------------------------------------
    async def _transaction(self, step: Callable[[Pipeline], Awaitable[_T]], *watch: str) -> _T:
        """WATCH ``watch``, run ``step`` (reads immediately, must call ``pipe.multi()`` and queue
        its writes), EXEC; retry from scratch when a watched key changed meanwhile."""
        for _ in range(_MAX_TX_ATTEMPTS):
            async with self._redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(*watch)
                    result = await step(pipe)
                    await pipe.execute()
                    return result
                except WatchError:
                    continue
        raise RuntimeError(f"directory transaction kept conflicting on {watch}")
