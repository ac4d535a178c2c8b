"""The customer backup: every customer-contact member's book of customers, kept in Redis.

Two shapes, for two readers:
- *latest*: per member, the book the newest full run saw (``backup_latest``, compressed) plus the
  change events since (``backup_latest_changes``: external_userid → record, "" once removed); a
  full run replaces both. The approval rule reads it; a departed member's stays forever (nothing
  lists them any more to replace it).
- *generations* (``backup_generation(gen)``): what each full run saw, one compressed value per
  member, kept for the last N days for ``export --customers MEMBER --date D``.

A full run is resumable: ``backup_run`` holds its generation, the member list it started from and
the chunks done; each finished chunk is written by the script that marks it done.
Generation ids start with the local date (``YYYY-MM-DD``) and sort by time.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text


class BackedUpTag(BaseModel):
    model_config = ConfigDict(frozen=True)

    group: str = ""
    name: str


class BackedUpCustomer(BaseModel):
    """One customer as one follower (the member) sees them: remark and tags are per follower."""

    model_config = ConfigDict(frozen=True)

    external_userid: str
    name: str = ""
    corp_name: str = ""
    remark: str = ""
    tags: list[BackedUpTag] = Field(default_factory=list)
    createtime: int = 0
    add_way: int | None = None


class MemberBackup(BaseModel):
    model_config = ConfigDict(frozen=True)

    userid: str
    generation: str | None  # None for the live "latest" view
    backed_up_at: float
    customers: list[BackedUpCustomer]


class BackupRun(BaseModel):
    """A full run in progress (what a restarted instance needs to carry on)."""

    model_config = ConfigDict(frozen=True)

    generation: str
    started_at: float
    members: list[str]
    chunk_size: int
    done: frozenset[int] = frozenset()  # chunks already written
    tags: dict[str, BackedUpTag] = Field(default_factory=dict)  # tag_id → group/name

    @property
    def chunks(self) -> int:
        return -(-len(self.members) // self.chunk_size)

    def todo(self) -> list[int]:
        return [i for i in range(self.chunks) if i not in self.done]

    def chunk(self, index: int) -> list[str]:
        return self.members[index * self.chunk_size : (index + 1) * self.chunk_size]


class Generation(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    finished_at: float
    members: int = 0
    customers: int = 0

    @property
    def day(self) -> str:
        return self.id[:10]


def _pack(customers: Sequence[BackedUpCustomer]) -> str:
    raw = json.dumps([c.model_dump() for c in customers], ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(zlib.compress(raw.encode(), 6)).decode()  # the client decodes text


def _unpack(blob: str) -> list[BackedUpCustomer]:
    rows = json.loads(zlib.decompress(base64.b64decode(blob)))
    return [BackedUpCustomer.model_validate(r) for r in rows]


def _dump(c: BackedUpCustomer) -> str:
    return c.model_dump_json()


class CustomerBackupStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed here
        self._redis: Any = redis
        self._keys = keys
        self._chunk = redis.register_script(script_text("backup_chunk"))
        self._lease = redis.register_script(script_text("lease"))  # the generic CAS lease

    # --- the run in progress -----------------------------------------------------------------
    async def run(self) -> BackupRun | None:
        fields = await self._redis.hgetall(self._keys.backup_run())
        if not fields.get("state"):
            return None
        done = frozenset(int(f.removeprefix("done:")) for f in fields if f.startswith("done:"))
        return BackupRun.model_validate_json(fields["state"]).model_copy(update={"done": done})

    async def begin(self, run: BackupRun) -> BackupRun:
        """Record a new run unless one is already recorded; returns the one to carry on."""
        key = self._keys.backup_run()
        if await self._redis.hsetnx(key, "state", run.model_dump_json(exclude={"done"})):
            return run
        existing = await self.run()
        assert existing is not None
        return existing

    async def save_chunk(
        self, run: BackupRun, index: int, books: Mapping[str, Sequence[BackedUpCustomer]], *, holder: str, at: float
    ) -> bool:
        """One chunk's members, into the generation and their latest view, and the run moved on, in
        one script: a crash leaves the chunk wholly done or wholly to redo. False when this holder
        lost the lease or the chunk was already written (then nothing was written)."""
        k = self._keys
        users = list(books)
        keys = [k.backup_lease(), k.backup_run(), k.backup_generation(run.generation), k.backup_latest_index()]
        args: list[str | int] = [holder, index, repr(at), len(users)]
        for userid in users:
            keys += [k.backup_latest(userid), k.backup_latest_changes(userid)]
            args += [userid, _pack(books[userid]), len(books[userid])]
        return bool(await self._chunk(keys=keys, args=args))

    async def finish(self, run: BackupRun, *, at: float, keep_days: int) -> Generation:
        k = self._keys
        counts = await self._redis.hmget(k.backup_run(), ["members", "customers"])
        members, customers = (int(v or 0) for v in counts)
        gen = Generation(id=run.generation, finished_at=at, members=members, customers=customers)
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(k.backup_generation_meta(gen.id), mapping={
            "started_at": repr(run.started_at), "finished_at": repr(at),
            "members": str(gen.members), "customers": str(gen.customers),
        })  # fmt: skip
        pipe.zadd(k.backup_generations(), {gen.id: at})
        await pipe.execute()
        await self.prune(keep_days)
        # the run ends only once the old generations are pruned: whoever sees no run sees one generation a day
        # (a crash before this delete resumes a run whose chunks are all written, and finishes it again)
        await self._redis.delete(k.backup_run())
        return gen

    async def abandon(self) -> None:
        run = await self.run()
        pipe = self._redis.pipeline(transaction=True)
        if run is not None:
            pipe.delete(self._keys.backup_generation(run.generation))
        pipe.delete(self._keys.backup_run())
        await pipe.execute()

    async def prune(self, keep_days: int) -> list[str]:
        """Keep the newest generation of each of the last ``keep_days`` days that have one."""
        gens = await self.generations()
        newest_per_day: dict[str, str] = {}
        for g in gens:
            newest_per_day[g.day] = g.id  # oldest first, so the last one per day wins
        kept_days = sorted(newest_per_day)[-keep_days:] if keep_days > 0 else []
        kept = {newest_per_day[d] for d in kept_days}
        drop = [g.id for g in gens if g.id not in kept]
        if drop:
            k = self._keys
            pipe = self._redis.pipeline(transaction=True)
            pipe.zrem(k.backup_generations(), *drop)
            for gid in drop:
                pipe.delete(k.backup_generation(gid), k.backup_generation_meta(gid))
            await pipe.execute()
        return drop

    # --- reading -------------------------------------------------------------------------------
    async def generations(self) -> list[Generation]:
        k = self._keys
        rows = await self._redis.zrange(k.backup_generations(), 0, -1, withscores=True)
        out = []
        for gid, finished in rows:
            meta = await self._redis.hgetall(k.backup_generation_meta(gid))
            out.append(Generation(id=gid, finished_at=float(finished), members=int(meta.get("members", 0)),
                                  customers=int(meta.get("customers", 0))))  # fmt: skip
        return out

    async def generation_exists(self, generation: str) -> bool:
        return await self._redis.zscore(self._keys.backup_generations(), generation) is not None

    async def has_generation(self) -> bool:
        return bool(await self._redis.zcard(self._keys.backup_generations()))

    async def member_in(self, generation: str, userid: str) -> MemberBackup | None:
        k = self._keys
        blob = await self._redis.hget(k.backup_generation(generation), userid)
        if blob is None:
            return None
        finished = await self._redis.zscore(k.backup_generations(), generation)
        return MemberBackup(userid=userid, generation=generation, backed_up_at=float(finished or 0),
                            customers=_unpack(blob))  # fmt: skip

    async def member_on(self, userid: str, day: str | None = None) -> MemberBackup | None:
        """The member in the newest generation of ``day`` (YYYY-MM-DD) that holds them, or in the
        newest generation of all when ``day`` is None."""
        for gen in reversed(await self.generations()):
            if day is not None and gen.day != day:
                continue
            found = await self.member_in(gen.id, userid)
            if found is not None:
                return found
        return None

    async def latest(self, userid: str) -> MemberBackup | None:
        """The newest full run's book of the member with the change events since applied."""
        k = self._keys
        at = await self._redis.hget(k.backup_latest_index(), userid)
        if at is None:
            return None
        blob = await self._redis.get(k.backup_latest(userid))
        changes = await self._redis.hgetall(k.backup_latest_changes(userid))
        book = {c.external_userid: c for c in (_unpack(blob) if blob else [])}
        for eid, raw in changes.items():
            if raw:
                book[eid] = BackedUpCustomer.model_validate_json(raw)
            else:
                book.pop(eid, None)
        customers = sorted(book.values(), key=lambda c: c.external_userid)
        return MemberBackup(userid=userid, generation=None, backed_up_at=float(at), customers=customers)

    # --- change events between full runs ---------------------------------------------------------
    async def put(self, userid: str, customer: BackedUpCustomer, *, at: float) -> None:
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(self._keys.backup_latest_changes(userid), customer.external_userid, _dump(customer))
        pipe.hset(self._keys.backup_latest_index(), userid, repr(at))
        await pipe.execute()

    async def remove(self, userid: str, external_userid: str, *, at: float) -> None:
        pipe = self._redis.pipeline(transaction=True)
        pipe.hset(self._keys.backup_latest_changes(userid), external_userid, "")
        pipe.hset(self._keys.backup_latest_index(), userid, repr(at))
        await pipe.execute()

    # --- the lease: one instance runs the full backup (compare-and-set on the holder) -------------
    async def acquire(self, holder: str, ttl: float) -> bool:
        return bool(await self._lease(keys=[self._keys.backup_lease()], args=["acquire", holder, int(ttl * 1000), ""]))

    async def renew(self, holder: str, ttl: float) -> bool:
        return bool(await self._lease(keys=[self._keys.backup_lease()], args=["renew", holder, int(ttl * 1000), ""]))

    async def release(self, holder: str) -> None:
        await self._lease(keys=[self._keys.backup_lease()], args=["release", holder, 0, ""])
