"""Transfer execution state and per-customer records (the engine's store).

Layout (keys from storage/keys.py, section engine/transfers; durable, no TTL unless noted):
- ``xfer_meta(job)`` hash: ``snap`` (snapshot persisted), ``handover``/``takeover``/``path``/
  ``requester``, ``takeovers`` (a split job's successors, JSON; whom each customer went to is the
  job's ``job_split`` hash), ``g_takeover`` (the groups' receiver when not ``takeover``),
  ``n_c``/``n_g`` (snapshot sizes), ``c_next``/``g_next`` (cursors into the lists),
  ``seq`` (last batch number), ``inflight:<seq>`` = JSON ``{k, ids, at}`` for a batch whose
  outcome is not recorded yet, ``waiting`` (customers started and not final), ``g_deferred``
  (JSON list of chat ids moved to another day), ``submitted_at``, ``resume_at``, ``sent:<notice>``.
- ``xfer_items(job)`` hash ``c:<external_userid>`` / ``g:<chat_id>`` → compact JSON
  ``{k, s, r, b, t, f, tt}`` = kind, status, reason, batch, submitted at, final at, takeover time.
- ``xfer_customers(job)`` / ``xfer_groups(job)``: the fixed snapshot, in batch order.
- ``xfer_batches(job)``: one line per batch begun (the execution log).
- ``xfer_lease(job)``: the engine instance working on the job (TTL = lease).
- ``xfer_history(external_userid)``: zset ``<job>|<path>`` → submitted_at, across jobs (the
  2-per-90-days rule of 在职继承 is checked against it).
- ``xfer_by_takeover(takeover)``: hash external_userid → job (maps ``transfer_fail`` events back).
- ``xfer_member_jobs(userid)`` / ``xfer_jobs()``: zsets job → snapshot time (records queries).

Every change that must not be half-applied is one Lua script (storage/lua/transfers_*.lua) or a
MULTI transaction; begin/record/settle are idempotent (see the scripts).
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict

from storage.connection import Redis
from storage.keys import Keys
from storage.lua import chained_script, script_text

ItemKind = Literal["c", "g"]
ItemStatus = Literal[
    "pending",  # in the snapshot, not sent yet
    "inflight",  # sent (or about to be) in batch ``b``; outcome not recorded
    "started",  # customer: the platform accepted it; takeover completes ≤ 24 h later
    "deferred",  # group: over the per-owner daily limit, goes another day
    "moved",  # group: new owner set
    "taken_over",  # customer: final, taken over at ``tt``
    "refused",  # customer: final, refused by the customer
    "capped",  # customer: final, takeover member at the customer cap (40099 / status 4)
    "no_record",  # customer: final, the platform has no record of the transfer (status 5 / absent)
    "failed",  # refused by the platform at submission (reason = errcode)
    "skipped",  # never sent (reason says why)
]
FINAL_CUSTOMER: Final = frozenset({"taken_over", "refused", "capped", "no_record", "failed", "skipped"})
NOT_MOVED: Final = frozenset({"refused", "capped", "no_record", "failed", "skipped"})
LEFTOVER: Final = frozenset({"refused", "capped", "failed", "no_record"})
GROUP_DAY_TTL = 3 * 86400


@dataclass(frozen=True, slots=True)
class Item:
    """One customer or group of a job, as stored. Internal and written only by this module, so a
    plain slotted dataclass (10k-item jobs are read and written fast); short names keep it small."""

    k: ItemKind
    s: ItemStatus
    r: str | int | None = None  # platform errcode or a reason code (bot.engine.reasons)
    b: int | None = None  # batch number
    t: float | None = None  # submitted at
    f: float | None = None  # final status known at
    tt: float | None = None  # actual takeover time

    def dump(self) -> str:
        data = {name: getattr(self, name) for name in self.__slots__ if getattr(self, name) is not None}
        return json.dumps(data, separators=(",", ":"))

    def but(self, **changes: Any) -> Item:
        return replace(self, **changes)


class TransferRecord(BaseModel):
    """A customer's (or group's) transfer in one job: what records and exports show."""

    model_config = ConfigDict(frozen=True)

    job_id: str
    kind: Literal["customer", "group"]
    id: str
    handover: str
    takeover: str
    path: str
    status: ItemStatus
    reason: str | int | None = None
    batch: int | None = None
    submitted_at: float | None = None
    final_at: float | None = None
    takeover_time: float | None = None


class InFlight(BaseModel):
    model_config = ConfigDict(frozen=True)

    seq: int
    kind: ItemKind
    ids: list[str]
    at: float = 0.0


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """A landed batch's outcome, as ``record_batch`` writes it."""

    job_id: str
    seq: int
    items: Mapping[str, Item]
    started_customers: Sequence[str]  # customers the platform accepted (history + takeover index)
    path: str
    takeover: str
    now: float
    counters: Mapping[str, int]  # job exec counter deltas
    waiting_delta: int
    deferred: Sequence[str] = ()  # groups moved to another day
    fence: str = ""  # the recorder's lease token: refused once another holder has the lease


def item_field(kind: ItemKind, item_id: str) -> str:
    return f"{kind}:{item_id}"


def parse_item(raw: str) -> Item:
    return Item(**json.loads(raw))


@dataclass
class Tally:
    """Counts of a job's items without building a record per item (for 10k-item jobs)."""

    counts: Counter[tuple[str, str]] = dataclasses.field(default_factory=Counter)  # (kind c|g, status) → n
    started: int = 0  # customers the platform accepted (waiting or final since)
    first_takeover: float | None = None
    last_takeover: float | None = None

    def of(self, kind: str, status: str) -> int:
        return self.counts[(kind, status)]


def _json_list(values: Iterable[str]) -> str:
    # cjson decodes "[]" as an empty table either way; keep lists as JSON arrays
    return json.dumps(list(values), separators=(",", ":"))


def all_sent(meta: Mapping[str, str]) -> bool:
    """Snapshot taken and every item sent or settled: cursors at the end, nothing in flight or
    waiting for another day."""
    return (
        bool(meta.get("snap"))
        and int(meta.get("c_next", 0)) >= int(meta.get("n_c", 0))
        and int(meta.get("g_next", 0)) >= int(meta.get("n_g", 0))
        and not meta.get("g_deferred")
        and not any(f.startswith("inflight:") for f in meta)
    )


def _tally(values: Counter[str], meta: Mapping[str, str | None]) -> Tally:
    """Counts from the items' stored values (with multiplicity): a batch's items share one JSON
    value (see record_batch), so each distinct value is parsed once."""
    t = Tally()
    for value, n in values.items():
        it = parse_item(value)
        t.counts[(it.k, it.s)] += n
        if it.k == "c" and it.t is not None:
            t.started += n
        if it.tt:
            t.first_takeover = min(t.first_takeover or it.tt, it.tt)
            t.last_takeover = max(t.last_takeover or it.tt, it.tt)
    present_c = sum(n for (kind, _), n in t.counts.items() if kind == "c")
    present_g = sum(n for (kind, _), n in t.counts.items() if kind == "g")
    # absent list items are pending; the n_x subset ids skipped at the snapshot are in no list
    n_x = int(meta.get("n_x") or 0)
    t.counts[("c", "pending")] += max(0, int(meta.get("n_c") or 0) - (present_c - n_x))
    t.counts[("g", "pending")] += max(0, int(meta.get("n_g") or 0) - present_g)
    return t


def _receiver(field: str, takeover: str, group_to: str, receivers: Sequence[str], split: Mapping[str, str]) -> str:
    if field.startswith("g:"):
        return group_to
    part = split.get(field[2:]) if receivers else None
    return receivers[int(part)] if part is not None and int(part) < len(receivers) else takeover


class TransferStore:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed here
        self._redis: Any = redis
        self._keys = keys
        self._lease = redis.register_script(script_text("lease"))
        self._begin = redis.register_script(script_text("transfers_begin"))
        self._record = redis.register_script(script_text("transfers_record"))
        self._settle = redis.register_script(script_text("transfers_settle"))
        self._record_then_begin = redis.register_script(chained_script("transfers_record", "transfers_begin"))

    # --- lease -------------------------------------------------------------------------------
    async def lease(self, action: Literal["acquire", "renew", "release"], job_id: str, token: str,
                    ttl_seconds: float, instance_prefix: str = "") -> bool:
        args: list[str | int] = [action, token, int(ttl_seconds * 1000), instance_prefix]
        return bool(await self._lease(keys=[self._keys.xfer_lease(job_id)], args=args))

    async def lease_holder(self, job_id: str) -> str | None:
        holder: str | None = await self._redis.get(self._keys.xfer_lease(job_id))
        return holder

    # --- meta --------------------------------------------------------------------------------
    async def meta(self, job_id: str) -> dict[str, str]:
        h: dict[str, str] = await self._redis.hgetall(self._keys.xfer_meta(job_id))
        return h

    async def meta_many(self, job_ids: Sequence[str], fields: Sequence[str]) -> list[list[str | None]]:
        async with self._redis.pipeline(transaction=False) as pipe:
            for job_id in job_ids:
                pipe.hmget(self._keys.xfer_meta(job_id), list(fields))
            rows: list[list[str | None]] = await pipe.execute()
        return rows

    async def set_meta(self, job_id: str, fields: Mapping[str, str | int | float]) -> None:
        await self._redis.hset(self._keys.xfer_meta(job_id), mapping={k: str(v) for k, v in fields.items()})

    async def del_meta(self, job_id: str, *fields: str) -> None:
        if fields:
            await self._redis.hdel(self._keys.xfer_meta(job_id), *fields)

    async def bump_meta(self, job_id: str, field: str, delta: int = 1) -> int:
        value: int = await self._redis.hincrby(self._keys.xfer_meta(job_id), field, delta)
        return value

    # --- snapshot ----------------------------------------------------------------------------
    async def save_snapshot(
        self,
        job_id: str,
        *,
        handover: str,
        takeover: str,
        path: str,
        requester: str,
        customers: Sequence[str],
        groups: Sequence[str],
        skipped: Mapping[str, Item],
        at: float,
        takeovers: Sequence[str] = (),
        group_takeover: str | None = None,
    ) -> bool:
        """Persist the fixed item lists once per job (all or nothing). False if already saved.
        ``takeovers``: a split job's successors (which customer went to whom is its ``job_split``
        hash); ``group_takeover``: who gets the groups when not ``takeover``."""
        k = self._keys
        meta = k.xfer_meta(job_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            await pipe.watch(meta)
            if await pipe.hget(meta, "snap"):
                await pipe.unwatch()
                return False
            pipe.multi()
            for key in (k.xfer_customers(job_id), k.xfer_groups(job_id), k.xfer_items(job_id)):
                pipe.delete(key)
            # Items get a record when they are sent (or skipped); until then absent = pending.
            for start in range(0, len(customers), 1000):
                pipe.rpush(k.xfer_customers(job_id), *customers[start : start + 1000])
            for start in range(0, len(groups), 1000):
                pipe.rpush(k.xfer_groups(job_id), *groups[start : start + 1000])
            if skipped:
                pipe.hset(k.xfer_items(job_id), mapping={f: it.dump() for f, it in skipped.items()})
                pipe.hincrby(k.job(job_id), "x_skipped", len(skipped))
            pipe.hset(meta, mapping={
                "snap": "1", "snap_at": repr(at), "handover": handover, "takeover": takeover,
                "path": path, "requester": requester, "n_c": len(customers), "n_g": len(groups), "n_x": len(skipped),
                "c_next": 0, "g_next": 0, "waiting": 0,
            })  # fmt: skip
            if takeovers:
                pipe.hset(meta, "takeovers", _json_list(takeovers))
            if group_takeover and group_takeover != takeover:
                pipe.hset(meta, "g_takeover", group_takeover)
            pipe.zadd(k.xfer_jobs(), {job_id: at})
            for member in {handover, takeover, *takeovers}:
                pipe.zadd(k.xfer_member_jobs(member), {job_id: at})
            await pipe.execute()
        return True

    async def slice(self, job_id: str, kind: ItemKind, start: int, count: int) -> list[str]:
        key = self._keys.xfer_customers(job_id) if kind == "c" else self._keys.xfer_groups(job_id)
        ids: list[str] = await self._redis.lrange(key, start, start + count - 1)
        return ids

    # --- the 2-per-90-days rule ------------------------------------------------------------------
    async def recent_onjob_transfers(
        self, external_userids: Sequence[str], since: float, exclude_job: str
    ) -> dict[str, int]:
        """How many 在职继承 transfers of each customer started after ``since`` (other jobs)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for eid in external_userids:
                pipe.zrangebyscore(self._keys.xfer_history(eid), f"({since!r}", "+inf")
            rows: list[list[str]] = await pipe.execute()
        out: dict[str, int] = {}
        for eid, members in zip(external_userids, rows, strict=True):
            out[eid] = sum(
                1 for m in members if m.endswith("|onjob") and m.rsplit("|", 1)[0] != exclude_job
            )
        return out

    async def history(self, external_userid: str) -> list[tuple[str, str, float]]:
        """(job id, path, submitted_at) of every recorded transfer of one customer, oldest first."""
        rows: list[tuple[str, float]] = await self._redis.zrange(
            self._keys.xfer_history(external_userid), 0, -1, withscores=True
        )
        return [(m.rsplit("|", 1)[0], m.rsplit("|", 1)[1], score) for m, score in rows]

    # --- batches -----------------------------------------------------------------------------
    async def begin_batch(
        self,
        job_id: str,
        *,
        token: str,
        kind: ItemKind,
        ids: Sequence[str],
        now: float,
        holder: str,
        cursor: tuple[str, int] | None = None,
        skipped: Mapping[str, Item] | None = None,
        day: tuple[str, str, int] | None = None,
        deferred_consumed: Sequence[str] = (),
        require_state: str | None = None,
        after: BatchRecord | None = None,
    ) -> int:
        """Checkpoint a batch as in flight before its call. Returns its seq (0 when ``ids`` is
        empty and only skipped items were settled), -1 if the lease is no longer ours, -2 if the
        job is not in ``require_state`` (nothing begun then). ``after``: record that earlier
        batch's outcome first, in the same atomic step (one round trip for both)."""
        k = self._keys
        day_key = k.xfer_group_day(day[0], day[1]) if day else k.xfer_group_day("-", "-")
        skipped_json = {name: item.dump() for name, item in (skipped or {}).items()}
        args: list[str | int] = [
            token, kind, cursor[0] if cursor else "", cursor[1] if cursor else 0, repr(now), holder,
            _json_list(ids), json.dumps(skipped_json, separators=(",", ":")) if skipped_json else "{}",
            day[2] if day else 0, GROUP_DAY_TTL, _json_list(deferred_consumed), require_state or "",
        ]  # fmt: skip
        keys = [
            k.xfer_meta(job_id), k.xfer_items(job_id), k.xfer_lease(job_id), k.xfer_batches(job_id),
            k.job(job_id), day_key,
        ]  # fmt: skip
        if after is None:
            return int(await self._begin(keys=keys, args=args))
        record_keys, record_args = self._record_call(after)
        counts = [len(record_keys), len(keys), len(record_args), len(args)]
        return int(await self._record_then_begin(keys=[*record_keys, *keys], args=[*counts, *record_args, *args]))

    async def inflight(self, job_id: str) -> list[InFlight]:
        meta = await self.meta(job_id)
        out = []
        for field, raw in meta.items():
            if field.startswith("inflight:"):
                data = json.loads(raw)
                ids = data.get("ids") or []
                out.append(InFlight(seq=int(field.split(":", 1)[1]), kind=data["k"],
                                    ids=list(ids) if isinstance(ids, list) else [],
                                    at=float(data.get("at") or 0)))  # fmt: skip
        return sorted(out, key=lambda b: b.seq)

    async def record_batch(
        self,
        job_id: str,
        seq: int,
        items: Mapping[str, Item],
        *,
        started_customers: Iterable[str],
        path: str,
        takeover: str,
        now: float,
        counters: Mapping[str, int],
        waiting_delta: int,
        deferred: Sequence[str] = (),
        fence: str = "",
    ) -> bool:
        """Write a batch's outcomes, counters and customer history in one step; False if the
        batch was already recorded (or never begun), or ``fence`` no longer holds the lease."""
        return await self.record(BatchRecord(
            job_id, seq, items, started_customers=tuple(started_customers), path=path, takeover=takeover, now=now,
            counters=counters, waiting_delta=waiting_delta, deferred=tuple(deferred), fence=fence,
        ))  # fmt: skip

    async def record(self, rec: BatchRecord) -> bool:
        keys, args = self._record_call(rec)
        return int(await self._record(keys=keys, args=args)) == 1

    def _record_call(self, rec: BatchRecord) -> tuple[list[str], list[str | int]]:
        k = self._keys
        started = set(rec.started_customers)
        by_json: dict[str, list[str]] = {}
        dumped: dict[Item, str] = {}  # a batch's items mostly share one outcome: dump each once
        hist_fields: list[str] = []
        for name, item in rec.items.items():
            text = dumped.get(item)
            if text is None:
                text = dumped[item] = item.dump()
            by_json.setdefault(text, []).append(name)  # same outcome → one JSON, many fields
            if item.k == "c" and name[2:] in started:
                hist_fields.append(name)
        keys = [k.xfer_meta(rec.job_id), k.xfer_items(rec.job_id), k.job(rec.job_id), k.xfer_by_takeover(rec.takeover),
                k.xfer_lease(rec.job_id), *[k.xfer_history(name[2:]) for name in hist_fields]]  # fmt: skip
        args: list[str | int] = [
            rec.seq, json.dumps(dict(rec.counters)), rec.waiting_delta, f"{rec.job_id}|{rec.path}", repr(rec.now),
            _json_list(rec.deferred), json.dumps(by_json, separators=(",", ":")) if by_json else "{}",
            _json_list(hist_fields), rec.fence,
        ]  # fmt: skip
        return keys, args

    async def settle(self, job_id: str, updates: Mapping[str, Item]) -> tuple[int, int]:
        """Final statuses for customers still waiting. Returns (changed, still waiting)."""
        if not updates:
            meta_waiting = await self._redis.hget(self._keys.xfer_meta(job_id), "waiting")
            return 0, int(meta_waiting or 0)
        k = self._keys
        args: list[str | int] = [len(updates)]
        for field, item in updates.items():
            counter = "failed" if item.s == "no_record" else item.s
            args += [field, item.s, item.dump(), counter]
        applied, waiting = await self._settle(
            keys=[k.xfer_meta(job_id), k.xfer_items(job_id), k.job(job_id)], args=args
        )
        return int(applied), int(waiting)

    # --- reads -------------------------------------------------------------------------------
    async def items(self, job_id: str) -> dict[str, Item]:
        raw: dict[str, str] = await self._redis.hgetall(self._keys.xfer_items(job_id))
        return {field: parse_item(v) for field, v in raw.items()}

    async def get_items(self, job_id: str, fields: Sequence[str]) -> dict[str, Item | None]:
        if not fields:
            return {}
        raw: list[str | None] = await self._redis.hmget(self._keys.xfer_items(job_id), list(fields))
        return {f: parse_item(v) if v else None for f, v in zip(fields, raw, strict=True)}

    async def tally(self, job_id: str) -> Tally:
        """From the items' values only (no field names: half the reply of a 10k-item hash)."""
        k = self._keys
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hvals(k.xfer_items(job_id))
            pipe.hmget(k.xfer_meta(job_id), ["n_c", "n_g", "n_x"])
            raw, (n_c, n_g, n_x) = await pipe.execute()
        return _tally(Counter(raw), {"n_c": n_c, "n_g": n_g, "n_x": n_x})

    async def records(self, job_id: str, statuses: frozenset[str] | None = None) -> list[TransferRecord]:
        """Every item of a job with its people, in snapshot order (customers, then groups);
        only those in ``statuses`` when given."""
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.hgetall(self._keys.xfer_meta(job_id))
            pipe.hgetall(self._keys.xfer_items(job_id))
            meta, raw = await pipe.execute()
        return await self._records(job_id, meta, raw, statuses)

    async def tally_and_records(self, job_id: str, statuses: frozenset[str]) -> tuple[Tally, list[TransferRecord]]:
        """``tally`` and ``records(statuses)``; the records are read only when some item is in
        ``statuses`` (a clean 10k-item job costs one read of the values)."""
        tally = await self.tally(job_id)
        if not any(n and status in statuses for (_, status), n in tally.counts.items()):
            return tally, []
        return tally, await self.records(job_id, statuses)

    async def _records(self, job_id: str, meta: Mapping[str, str], raw: Mapping[str, str],
                       statuses: frozenset[str] | None) -> list[TransferRecord]:  # fmt: skip
        if not meta.get("snap"):
            return []
        parsed = {value: parse_item(value) for value in set(raw.values())}  # one parse per distinct value
        if statuses is not None and "pending" not in statuses and not any(i.s in statuses for i in parsed.values()):
            return []  # nothing matches: the snapshot order (10k ids) is not needed
        k = self._keys
        async with self._redis.pipeline(transaction=False) as pipe:
            pipe.lrange(k.xfer_customers(job_id), 0, -1)
            pipe.lrange(k.xfer_groups(job_id), 0, -1)
            pipe.hgetall(k.job_split(job_id))
            customers, groups, split = await pipe.execute()
        order = [item_field("c", c) for c in customers] + [item_field("g", g) for g in groups]
        order += sorted(set(raw) - set(order))  # subset ids skipped at the snapshot (not in the lists)
        out = []
        handover, takeover, path = meta.get("handover", ""), meta.get("takeover", ""), meta.get("path", "")
        receivers: list[str] = json.loads(meta.get("takeovers") or "[]")  # a split job: who got whom
        group_to = meta.get("g_takeover") or takeover
        for name in order:
            it = parsed[raw[name]] if name in raw else Item(k="c" if name[0] == "c" else "g", s="pending")
            if statuses is not None and it.s not in statuses:
                continue
            out.append(TransferRecord(
                job_id=job_id, kind="customer" if it.k == "c" else "group", id=name[2:],
                handover=handover, takeover=_receiver(name, takeover, group_to, receivers, split),
                path=path, status=it.s, reason=it.r, batch=it.b, submitted_at=it.t,
                final_at=it.f, takeover_time=it.tt,
            ))  # fmt: skip
        return out

    async def leftovers(self, job_id: str) -> list[str]:
        """Customers that did not move and may be re-assigned: refused, capped, failed, no record."""
        return [r.id for r in await self.records(job_id, LEFTOVER) if r.kind == "customer"]

    async def job_for(self, takeover: str, external_userid: str) -> str | None:
        job_id: str | None = await self._redis.hget(self._keys.xfer_by_takeover(takeover), external_userid)
        return job_id

    async def jobs(self, *, member: str | None = None, since: float | None = None) -> list[str]:
        """Job ids with records (of one member, handing over or taking over), oldest first."""
        key = self._keys.xfer_member_jobs(member) if member else self._keys.xfer_jobs()
        low = "-inf" if since is None else repr(since)
        ids: list[str] = await self._redis.zrangebyscore(key, low, "+inf")
        return ids

    async def records_for(
        self, *, job_id: str | None = None, member: str | None = None, since: float | None = None
    ) -> list[TransferRecord]:
        """Records of one job, or of every job of a member / since a time (submitted after it)."""
        job_ids = [job_id] if job_id else await self.jobs(member=member, since=None if member else since)
        out: list[TransferRecord] = []
        for jid in job_ids:
            for rec in await self.records(jid):
                if since is not None and (rec.submitted_at or 0) < since:
                    continue
                out.append(rec)
        return out

    async def group_day_count(self, owner: str, day: str) -> int:
        value = await self._redis.get(self._keys.xfer_group_day(owner, day))
        return int(value or 0)

    async def exhaust_group_day(self, owner: str, day: str, limit: int) -> None:
        """The platform said 45009 for this owner's groups today: nothing more until tomorrow."""
        key = self._keys.xfer_group_day(owner, day)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(key, limit)
            pipe.expire(key, GROUP_DAY_TTL)
            await pipe.execute()

    async def batch_log(self, job_id: str) -> list[str]:
        rows: list[str] = await self._redis.lrange(self._keys.xfer_batches(job_id), 0, -1)
        return rows
