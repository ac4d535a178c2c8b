"""Offboarding checklists in Redis: one JSON record per checklist plus an append-only log.

Layout (keys from storage/keys.py):
- ``checklist(id)``: the record (``Checklist`` as JSON), durable.
- ``checklist_log(id)``: list of ``LogEntry`` JSON lines — who created, ticked, unticked, snoozed,
  closed what and when. Written in the same MULTI as the change it describes, and so is the same
  entry in the hash-chained audit log (storage/audit.py).
- ``checklists_all`` (zset id → created_at), ``checklists_of_member(userid)`` (zset),
  ``checklists_open`` (set): indexes, kept in the same transaction as the record.
- ``checklist_sent(id, occasion)``: a set with a TTL of who already got one occasion's message
  (a day's reminder, the departure notice), so re-delivered timers and a second instance never
  send it twice.

Every change is a WATCH/MULTI compare-and-set over the record: ``update`` re-reads and re-applies a
pure change function when another writer got in between, so nothing is lost or applied twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue
from redis.exceptions import WatchError

from storage.audit import AuditLog
from storage.connection import Redis
from storage.keys import Keys

OwnerRole = Literal["member", "manager", "hr", "it"]
ChecklistStatus = Literal["open", "departed", "cancelled"]

_MAX_TX_ATTEMPTS = 50
_SENT_TTL = 10 * 86400


class ChecklistItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    n: int  # 1-based number people use: "done 3"
    key: str
    title_zh: str
    title_en: str
    detail_zh: str = ""
    detail_en: str = ""
    owner_role: OwnerRole
    owners: tuple[str, ...] = ()  # userids, resolved when the checklist was created
    due: str  # ISO date
    done_at: float | None = None
    done_by: str | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


class CardState(BaseModel):
    """What one sent checklist card showed: whose copy and which items were ticked on it."""

    model_config = ConfigDict(frozen=True)

    user: str
    items: tuple[int, ...]  # the items on the card
    checked: tuple[int, ...]  # of those, the ones shown ticked


class Checklist(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    member: str
    created_by: str
    created_at: float
    last_day: str  # ISO date, a working day
    escalate_from: str  # ISO date from which the manager hears about overdue items
    lang: Literal["zh", "en"] = "zh"
    template: str = "default"
    successor: str | None = None
    managers: tuple[str, ...] = ()
    items: tuple[ChecklistItem, ...]
    status: ChecklistStatus = "open"
    completed_at: float | None = None  # all items done
    closed_at: float | None = None
    departed_at: float | None = None
    handover_job: str | None = None
    snoozes: dict[str, str] = Field(default_factory=dict)  # userid → ISO date reminders resume
    cards: dict[str, CardState] = Field(default_factory=dict)  # task_id → what it showed

    @property
    def open_items(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.items if not i.done)

    @property
    def complete(self) -> bool:
        return all(i.done for i in self.items)

    def item(self, n: int) -> ChecklistItem | None:
        return next((i for i in self.items if i.n == n), None)


class LogEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    at: float
    actor: str
    action: str  # created, done, undone, snoozed, card, completed, departed, handover, cancelled
    item: int | None = None
    note: str | None = None


Change = Callable[[Checklist], tuple[Checklist, list[LogEntry]] | None]


class ChecklistStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed here
        self._redis: Any = redis
        self._keys = keys
        self._audit = AuditLog(redis, keys)

    async def _log(self, pipe: Any, checklist_id: str, entry: LogEntry) -> None:
        pipe.rpush(self._keys.checklist_log(checklist_id), entry.model_dump_json())
        extra: dict[str, JsonValue] = {"checklist": checklist_id}
        if entry.item is not None:
            extra["item"] = entry.item
        await self._audit.append_in(pipe, ts=entry.at, actor=entry.actor, action=f"checklist_{entry.action}",
                              note=entry.note, extra=extra)

    # --- reads ---------------------------------------------------------------------------
    async def get(self, checklist_id: str) -> Checklist | None:
        raw = await self._redis.get(self._keys.checklist(checklist_id))
        return Checklist.model_validate_json(raw) if raw else None

    async def get_many(self, ids: list[str]) -> list[Checklist]:
        if not ids:
            return []
        raws = await self._redis.mget([self._keys.checklist(i) for i in ids])
        return [Checklist.model_validate_json(r) for r in raws if r]

    async def open_ids(self) -> list[str]:
        return sorted(await self._redis.smembers(self._keys.checklists_open()), key=_id_order)

    async def open_checklists(self) -> list[Checklist]:
        return await self.get_many(await self.open_ids())

    async def for_member(self, userid: str) -> list[Checklist]:
        """The member's checklists, newest first."""
        ids = await self._redis.zrevrange(self._keys.checklists_of_member(userid), 0, -1)
        return await self.get_many(list(ids))

    async def open_for_member(self, userid: str) -> Checklist | None:
        return next((c for c in await self.for_member(userid) if c.status == "open"), None)

    async def all_ids(self) -> list[str]:
        return list(await self._redis.zrange(self._keys.checklists_all(), 0, -1))

    async def log(self, checklist_id: str) -> list[LogEntry]:
        rows = await self._redis.lrange(self._keys.checklist_log(checklist_id), 0, -1)
        return [LogEntry.model_validate_json(r) for r in rows]

    # --- writes --------------------------------------------------------------------------
    async def create(self, build: Callable[[str], Checklist]) -> tuple[Checklist, bool]:
        """A new checklist from ``build(new_id)``, unless the member already has an open one
        (→ that one, False). Atomic across instances."""
        k = self._keys
        new_id = f"CL-{int(await self._redis.incr(k.checklist_seq()))}"
        draft = build(new_id)
        member_key = k.checklists_of_member(draft.member)
        for _ in range(_MAX_TX_ATTEMPTS):
            async with self._redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(member_key, k.checklists_open())
                    existing = list(await pipe.zrange(member_key, 0, -1))
                    if existing:
                        flags = await pipe.smismember(k.checklists_open(), existing)
                        open_ids = [i for i, f in zip(existing, flags, strict=True) if f]
                        if open_ids:
                            current = await self.get(open_ids[-1])
                            if current is not None:
                                await pipe.reset()
                                return current, False
                    pipe.multi()
                    pipe.set(k.checklist(new_id), draft.model_dump_json())
                    pipe.zadd(k.checklists_all(), {new_id: draft.created_at})
                    pipe.zadd(member_key, {new_id: draft.created_at})
                    pipe.sadd(k.checklists_open(), new_id)
                    entry = LogEntry(at=draft.created_at, actor=draft.created_by, action="created")
                    await self._log(pipe, new_id, entry)
                    await pipe.execute()
                    return draft, True
                except WatchError:
                    continue
        raise RuntimeError(f"checklist create for {draft.member} kept conflicting")

    async def update(self, checklist_id: str, change: Change) -> tuple[Checklist | None, bool]:
        """Apply ``change`` (pure: it may run more than once) atomically.

        Returns (the record after, whether it changed). ``change`` returning None = no change."""
        k = self._keys
        key = k.checklist(checklist_id)
        for _ in range(_MAX_TX_ATTEMPTS):
            async with self._redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(key)
                    raw = await pipe.get(key)
                    if not raw:
                        await pipe.reset()
                        return None, False
                    current = Checklist.model_validate_json(raw)
                    outcome = change(current)
                    if outcome is None:
                        await pipe.reset()
                        return current, False
                    after, entries = outcome
                    pipe.multi()
                    pipe.set(key, after.model_dump_json())
                    if after.status != "open":
                        pipe.srem(k.checklists_open(), checklist_id)
                    for entry in entries:
                        await self._log(pipe, checklist_id, entry)
                    await pipe.execute()
                    return after, True
                except WatchError:
                    continue
        raise RuntimeError(f"checklist {checklist_id} update kept conflicting")

    async def claim_send(self, checklist_id: str, occasion: str, userid: str) -> bool:
        """True the first time ``userid`` is claimed for ``occasion`` (then send); False after."""
        key = self._keys.checklist_sent(checklist_id, occasion)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.sadd(key, userid)
            pipe.expire(key, _SENT_TTL)
            added, _ = await pipe.execute()
        return bool(added)

    async def release_send(self, checklist_id: str, occasion: str, userid: str) -> None:
        """The send failed: let a retry claim it again."""
        await self._redis.srem(self._keys.checklist_sent(checklist_id, occasion), userid)

    async def sent_to(self, checklist_id: str, occasion: str) -> set[str]:
        return set(await self._redis.smembers(self._keys.checklist_sent(checklist_id, occasion)))


def _id_order(checklist_id: str) -> tuple[int, str]:
    tail = checklist_id.rsplit("-", 1)[-1]
    return (int(tail) if tail.isdigit() else 0, checklist_id)


def log_json(entries: list[LogEntry]) -> list[dict[str, Any]]:
    return [json.loads(e.model_dump_json()) for e in entries]
