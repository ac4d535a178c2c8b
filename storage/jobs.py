"""Handover jobs in Redis: the atomic state machine, its indexes, its audit trail, card bookkeeping.

Layout (every key from storage/keys.py, none with a TTL):
- ``job(id)``: a flat hash. Lists are JSON strings; execution counters are ``x_<name>`` fields
  (bot.models.jobs.JobExec) so the engine can HINCRBY them; ``awaited_level`` exists only while
  pending_approval; ``decision``/``decided_by``/``decided_at`` are set by the approval (or by the
  cancel/expiry that closed it).
- indexes (sorted sets, score = created_at): ``jobs_all``, ``jobs_in_state(s)``,
  ``jobs_by_requester(u)``, ``jobs_about_member(u)`` (handover and takeover), ``jobs_pending_for(u)``
  (approvers whose click is awaited now; never the requester, handover or takeover member).
- live guard: ``job_live_guard(handover, scope_item)`` = id of the live job moving that member's
  customers (or groups); set at create, released when the job reaches a final state.
- cards: ``job_cards(id)`` hash (``<task>:users|sent_at|code|code_at``) and ``card_task_index``
  (task_id → job id).

Every change of a job is one Lua script (storage/lua/job_*.lua) that also XADDs the audit entry.
The scripts only touch keys passed in KEYS; create receives key templates for the id it allocates
(all keys share the prefix hash tag, hence one cluster slot).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from pydantic import JsonValue

from bot.clock import Clock
from bot.models.jobs import (
    ALL_STATES,
    EXEC_FIELDS,
    FINAL_STATES,
    AlreadyDecided,
    CardRecord,
    Decision,
    DecisionKind,
    Job,
    JobDraft,
    JobState,
    TransitionResult,
    allowed_sources,
)
from storage.audit import AuditLog
from storage.connection import Redis
from storage.keys import Keys
from storage.lua import script_text
from storage.outbox import Post, outbox_keys_args

JOB_ID_PREFIX = "H-"
EXPIRY_TIMER_KIND = "job_expiry"  # payload {"job_id": ...}; timer id expiry_timer_id(job_id)
# Fields a command transition may set besides the state (exec counters are stored as x_<name>).
TRANSITION_FIELDS = frozenset({"decision_note", "reason"}) | frozenset(EXEC_FIELDS)
_STATES_CSV = ",".join(ALL_STATES)
_FINAL_CSV = ",".join(sorted(FINAL_STATES))


class JobStoreError(Exception):
    """Root of the job store's errors."""


class DuplicateJob(JobStoreError):
    def __init__(self, existing_job_id: str) -> None:
        super().__init__(f"a live job already moves this member's contacts: {existing_job_id}")
        self.existing_job_id = existing_job_id


class IllegalTransition(JobStoreError):
    """A transition that no caller may ask for (e.g. an approval edge via ``transition``)."""


def expiry_timer_id(job_id: str) -> str:
    return f"{EXPIRY_TIMER_KIND}:{job_id}"


def _dump(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _ts(t: float) -> str:
    return f"{t:.6f}"


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _draft_fields(d: JobDraft) -> list[str]:
    pairs: dict[str, str] = {
        "requester": d.requester,
        "handover": d.handover,
        "takeover": d.takeover,
        "path": d.path,
        "scope": _dump(list(d.scope)),
        "customer_count": str(d.customer_count),
        "group_count": str(d.group_count),
        "transfer_success_msg": d.transfer_success_msg,
        "approvers": _dump(list(d.approvers)),
        "second_approvers": _dump(list(d.second_approvers)),
        "needs_second_approval": "1" if d.needs_second_approval else "0",
        "approvals": "[]",
        "lang": d.lang,
    }
    if d.subset is not None:
        pairs["subset"] = _dump(list(d.subset))
    if d.parent_job is not None:
        pairs["parent_job"] = d.parent_job
    if d.reason is not None:
        pairs["reason"] = d.reason
    if d.important is not None:
        pairs["important"] = d.important.model_dump_json()
    if d.split is not None:
        pairs["split"] = d.split.model_dump_json()
        pairs["takeovers"] = _dump(list[JsonValue](d.takeovers))  # flat, for the approval script's separation of duties
    return [x for kv in pairs.items() for x in kv]


def job_from_hash(h: Mapping[str, str]) -> Job:
    def opt_float(name: str) -> float | None:
        v = h.get(name)
        return float(v) if v else None

    awaited = h.get("awaited_level")
    data: dict[str, Any] = {
        "id": h["id"],
        "requester": h["requester"],
        "handover": h["handover"],
        "takeover": h["takeover"],
        "path": h["path"],
        "scope": json.loads(h["scope"]),
        "subset": json.loads(h["subset"]) if "subset" in h else None,
        "parent_job": h.get("parent_job"),
        "customer_count": int(h.get("customer_count", "0")),
        "group_count": int(h.get("group_count", "0")),
        "transfer_success_msg": h.get("transfer_success_msg", ""),
        "approvers": json.loads(h["approvers"]),
        "second_approvers": json.loads(h.get("second_approvers", "[]")),
        "needs_second_approval": h.get("needs_second_approval") == "1",
        "approvals": json.loads(h.get("approvals", "[]")),
        "reason": h.get("reason"),
        "important": json.loads(h["important"]) if h.get("important") else None,
        "split": json.loads(h["split"]) if h.get("split") else None,
        "lang": h.get("lang", "zh"),
        "created_at": float(h["created_at"]),
        "state": h["state"],
        "state_changed_at": float(h["state_changed_at"]),
        "version": int(h["version"]),
        "awaited_level": int(awaited) if awaited else None,
        "decision": h.get("decision"),
        "decided_at": opt_float("decided_at"),
        "decided_by": h.get("decided_by"),
        "decision_note": h.get("decision_note"),
        "exec": {name: int(h.get(f"x_{name}", "0")) for name in EXEC_FIELDS},
    }
    return Job.model_validate(data)


def _pairs_to_dict(flat: Sequence[str]) -> dict[str, str]:
    return dict(zip(flat[::2], flat[1::2], strict=True))


class JobStore:
    def __init__(self, redis: Redis, keys: Keys, clock: Clock) -> None:
        # redis-py's async stubs mix sync/async return unions; replies are parsed and typed here
        self._redis: Any = redis
        self._keys = keys
        self._clock = clock
        self._create = redis.register_script(script_text("job_create", prelude=True))
        self._transition = redis.register_script(script_text("job_transition", prelude=True))
        self._decide = redis.register_script(script_text("job_decide", prelude=True))
        self._exec_add = redis.register_script(script_text("job_exec_add"))

    # --- key sets derived from a job's immutable fields ----------------------------------------
    def _state_keys(self) -> list[str]:
        return [self._keys.jobs_in_state(s) for s in ALL_STATES]

    def _live_keys(self, handover: str, scope: Iterable[str]) -> list[str]:
        return [self._keys.job_live_guard(handover, s) for s in scope]

    @staticmethod
    def _eligible(approvers: Iterable[str], requester: str, handover: str, takeovers: Iterable[str]) -> list[str]:
        """Separation of duties: never the requester, the handover member or any receiver."""
        conflicted = {requester, handover, *takeovers}
        return [a for a in _unique(approvers) if a not in conflicted]

    async def _immutable(self, job_id: str) -> dict[str, Any] | None:
        names = ["requester", "handover", "takeover", "approvers", "second_approvers", "scope", "takeovers"]
        raw: list[str | None] = await self._redis.hmget(self._keys.job(job_id), names)
        if raw[0] is None:
            return None
        f = {name: v or "" for name, v in zip(names, raw, strict=True)}
        takeovers = [f["takeover"], *json.loads(f["takeovers"] or "[]")]
        p1 = self._eligible(json.loads(f["approvers"] or "[]"), f["requester"], f["handover"], takeovers)
        p2 = self._eligible(json.loads(f["second_approvers"] or "[]"), f["requester"], f["handover"], takeovers)
        return {"p1": p1, "p2": p2, "live": self._live_keys(f["handover"], json.loads(f["scope"]))}

    # --- create ----------------------------------------------------------------------------------
    async def create(
        self,
        draft: JobDraft,
        *,
        actor: str | None = None,
        expires_at: float | None = None,
        assignment: Mapping[str, int] | None = None,
    ) -> Job:
        """File a pending job in one atomic step; raises DuplicateJob if a live one overlaps.
        ``assignment`` (a split job): external_userid → index of its successor in ``draft.split``,
        stored under ``job_split(id)`` in the same step.

        With ``expires_at`` the same step schedules the durable timer ``expiry_timer_id(id)`` of
        kind EXPIRY_TIMER_KIND; its handler should ``transition(to="expired",
        expected_from={"pending_approval"})``, which is a no-op once the job was decided.
        """
        k = self._keys
        if (draft.split is None) != (assignment is None):
            raise ValueError("a split job needs its assignment, and only a split job has one")
        members = _unique([draft.handover, *draft.takeovers])
        pending = self._eligible(draft.approvers, draft.requester, draft.handover, draft.takeovers)
        live = self._live_keys(draft.handover, draft.scope)
        slot = k.job_id_slot()
        keys = [
            k.job_seq(),
            k.jobs_all(),
            k.jobs_in_state("pending_approval"),
            k.jobs_by_requester(draft.requester),
            k.audit(),
            k.job(slot),
            k.audit_for_job(slot),
            k.timers_due(),
            k.timers_data(),
            k.job_split(slot),
            *[k.jobs_about_member(m) for m in members],
            *[k.jobs_pending_for(u) for u in pending],
            *live,
        ]
        extra: dict[str, JsonValue] = {
            "handover": draft.handover, "takeover": draft.takeover, "scope": list(draft.scope),
        }  # fmt: skip
        if draft.split is not None:
            extra["split"] = {"mode": draft.split.mode, "takeovers": list(draft.takeovers),
                              "counts": [p.count for p in draft.split.parts]}  # fmt: skip
        fields = _draft_fields(draft)
        args: list[str | int] = [
            slot,
            _ts(self._clock.now()),
            JOB_ID_PREFIX,
            len(members),
            len(pending),
            len(live),
            actor or draft.requester,
            _dump(extra),
            "" if expires_at is None else _ts(expires_at),
            EXPIRY_TIMER_KIND,
            len(fields),
            *fields,
            *[x for eid, part in (assignment or {}).items() for x in (eid, part)],
        ]
        reply = await self._create(keys=keys, args=args)
        if reply[0] == "duplicate":
            raise DuplicateJob(reply[1])
        return job_from_hash(_pairs_to_dict(reply[1]))

    async def assignment(self, job_id: str) -> dict[str, int]:
        """A split job's external_userid → successor index (empty for any other job)."""
        raw: dict[str, str] = await self._redis.hgetall(self._keys.job_split(job_id))
        return {eid: int(part) for eid, part in raw.items()}

    # --- transitions -----------------------------------------------------------------------------
    async def transition(
        self,
        job_id: str,
        *,
        to: JobState,
        actor: str,
        expected_from: set[str] | None = None,
        fields: Mapping[str, str | int | float] | None = None,
        note: str | None = None,
        extra: dict[str, JsonValue] | None = None,
        notices: Sequence[Post] = (),
        lease_token: str = "",
    ) -> TransitionResult:
        """Apply a command edge of the transition table, or refuse without changing anything.
        ``notices`` (what people are told about this change) enter the outbox in the same step.
        ``lease_token``: the transfer engine's fence — refused unless it still holds the job's lease."""
        sources = allowed_sources(to, "command")
        if not sources:
            raise IllegalTransition(f"no command transition leads to {to!r} (approvals go through decide)")
        if expected_from is not None:
            sources = sources & frozenset(expected_from)
        pairs: list[str] = []
        for name, value in (fields or {}).items():
            if name not in TRANSITION_FIELDS:
                raise IllegalTransition(f"field {name!r} cannot be set by a transition")
            pairs += [f"x_{name}" if name in EXEC_FIELDS else name, str(value)]
        fixed = await self._immutable(job_id)
        if fixed is None:
            return TransitionResult(applied=False, job=None)
        if not sources:  # nothing could match: still report the current job, change nothing
            return TransitionResult(applied=False, job=await self.get(job_id))
        k = self._keys
        pending = _unique([*fixed["p1"], *fixed["p2"]])
        keys = [
            k.job(job_id),
            k.audit(),
            k.audit_for_job(job_id),
            *self._state_keys(),
            *fixed["live"],
            *[k.jobs_pending_for(u) for u in pending],
        ]
        notice_keys, notice_args = outbox_keys_args(k, list(notices)) if notices else ([], [])
        keys += notice_keys
        if lease_token:
            keys.append(k.xfer_lease(job_id))
        args: list[str | int] = [
            job_id,
            to,
            actor,
            _ts(self._clock.now()),
            note or "",
            _dump(extra or {}),
            ",".join(sorted(sources)),
            _STATES_CSV,
            _FINAL_CSV,
            len(fixed["live"]),
            len(pending),
            len(notices),
            lease_token,
            *notice_args,
            *pairs,
        ]
        reply = await self._transition(keys=keys, args=args)
        if reply[0] == "missing":
            return TransitionResult(applied=False, job=None)
        job = job_from_hash(_pairs_to_dict(reply[2]))
        return TransitionResult(applied=reply[0] == "applied", job=job, from_state=reply[1])

    async def decide(
        self,
        job_id: str,
        *,
        actor: str,
        decision: DecisionKind,
        level: Literal[1, 2],
        note: str | None = None,
    ) -> Decision:
        """The approval click: authorization, two-person rule and first-valid-click-wins in one CAS."""
        if level not in (1, 2) or decision not in ("approve", "reject"):
            raise ValueError("level must be 1 or 2 and decision approve or reject")
        fixed = await self._immutable(job_id)
        k = self._keys
        if fixed is None:
            await self._refused_unknown(job_id, actor, decision, level)
            return Decision(applied=False, refused="not_found")
        p1, p2 = fixed["p1"], fixed["p2"]
        keys = [
            k.job(job_id),
            k.audit(),
            k.audit_for_job(job_id),
            *self._state_keys(),
            *fixed["live"],
            *[k.jobs_pending_for(u) for u in p1],
            *[k.jobs_pending_for(u) for u in p2],
        ]
        args = [
            job_id,
            actor,
            decision,
            level,
            _ts(self._clock.now()),
            note or "",
            _STATES_CSV,
            len(fixed["live"]),
            len(p1),
            len(p2),
            *p2,
        ]
        reply = await self._decide(keys=keys, args=args)
        status = reply[0]
        if status == "refused" and len(reply) == 2:
            return Decision(applied=False, refused=reply[1])
        job = job_from_hash(_pairs_to_dict(reply[-1]))
        if status == "applied":
            return Decision(applied=True, job=job, outcome=reply[1])
        if status == "refused":
            return Decision(applied=False, job=job, refused=reply[1])
        if reply[2] == "" and job.approvals:  # level 1 given already, level 2 awaited
            first = job.approvals[0]
            already = AlreadyDecided("approve", first.userid, first.at)
        else:
            already = AlreadyDecided(reply[1], reply[2] or None, float(reply[3]) if reply[3] else None)
        return Decision(applied=False, job=job, already=already)

    async def _refused_unknown(self, job_id: str, actor: str, decision: str, level: int) -> None:
        await AuditLog(self._redis, self._keys).append(
            ts=self._clock.now(), actor=actor, action="decide_refused", job_id=None,
            note="not_found", extra={"job_id": job_id, "level": level, "decision": decision},
        )  # fmt: skip

    async def add_exec(self, job_id: str, **deltas: int) -> bool:
        """Add to execution counters (``started=100, failed=2``); False if the job does not exist."""
        unknown = set(deltas) - set(EXEC_FIELDS)
        if unknown:
            raise ValueError(f"unknown exec counters: {sorted(unknown)}")
        args = [x for name, d in deltas.items() for x in (f"x_{name}", str(int(d)))]
        return bool(await self._exec_add(keys=[self._keys.job(job_id)], args=args))

    # --- queries ---------------------------------------------------------------------------------
    async def get(self, job_id: str) -> Job | None:
        h: dict[str, str] = await self._redis.hgetall(self._keys.job(job_id))
        return job_from_hash(h) if h else None

    async def get_many(self, job_ids: Sequence[str]) -> list[Job]:
        """Existing jobs among ``job_ids``, in the given order."""
        if not job_ids:
            return []
        async with self._redis.pipeline(transaction=False) as pipe:
            for job_id in job_ids:
                pipe.hgetall(self._keys.job(job_id))
            rows: list[dict[str, str]] = await pipe.execute()
        return [job_from_hash(h) for h in rows if h]

    async def _index(self, key: str, limit: int | None, *, newest_first: bool = True) -> list[Job]:
        stop = -1 if limit is None else limit - 1
        ids: list[str] = await self._redis.zrange(key, 0, stop, desc=newest_first)
        return await self.get_many(ids)

    async def pending_for(self, userid: str) -> list[Job]:
        """Jobs waiting for this person's approval click now, oldest first."""
        jobs = await self._index(self._keys.jobs_pending_for(userid), None, newest_first=False)
        return [j for j in jobs if j.state == "pending_approval"]

    async def by_requester(self, userid: str, limit: int = 20) -> list[Job]:
        return await self._index(self._keys.jobs_by_requester(userid), limit)

    async def about_member(self, userid: str, limit: int = 20) -> list[Job]:
        """Jobs where this member hands over or takes over, newest first."""
        return await self._index(self._keys.jobs_about_member(userid), limit)

    async def live_for(self, handover: str) -> list[Job]:
        """The live (non-final) jobs moving this member's customers or groups."""
        ids: list[str | None] = await self._redis.mget(self._live_keys(handover, ("customers", "groups")))
        return await self.get_many(_unique(i for i in ids if i))

    async def list_states(self, states: Iterable[JobState]) -> list[Job]:
        """Every job in one of ``states``, oldest first (e.g. the engine resuming running jobs)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for s in _unique(states):
                pipe.zrange(self._keys.jobs_in_state(s), 0, -1, withscores=True)
            groups: list[list[tuple[str, float]]] = await pipe.execute()
        ordered = sorted((score, job_id) for group in groups for job_id, score in group)
        return await self.get_many([job_id for _, job_id in ordered])

    async def recent(self, n: int = 20) -> list[Job]:
        return await self._index(self._keys.jobs_all(), n)

    # --- approval cards ----------------------------------------------------------------------------
    async def record_card(
        self, job_id: str, task_id: str, userids: Sequence[str], response_code: str | None = None
    ) -> None:
        """Remember a card sent for a job (to whom, its send-time response_code)."""
        now = _ts(self._clock.now())
        mapping = {f"{task_id}:users": _dump(list(userids)), f"{task_id}:sent_at": now}
        if response_code:
            mapping |= {f"{task_id}:code": response_code, f"{task_id}:code_at": now}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(self._keys.job_cards(job_id), mapping=mapping)
            pipe.hset(self._keys.card_task_index(), task_id, job_id)
            await pipe.execute()

    async def job_for_task(self, task_id: str) -> str | None:
        job_id: str | None = await self._redis.hget(self._keys.card_task_index(), task_id)
        return job_id

    async def cards(self, job_id: str) -> list[CardRecord]:
        h: dict[str, str] = await self._redis.hgetall(self._keys.job_cards(job_id))
        tasks = {field.rsplit(":", 1)[0] for field in h}
        records = [
            CardRecord(
                task_id=t,
                job_id=job_id,
                userids=json.loads(h.get(f"{t}:users", "[]")),
                sent_at=float(h.get(f"{t}:sent_at", "0")),
                response_code=h.get(f"{t}:code"),
                code_at=float(h[f"{t}:code_at"]) if f"{t}:code_at" in h else None,
            )
            for t in tasks
        ]
        return sorted(records, key=lambda r: (r.sent_at, r.task_id))

    async def update_response_code(self, task_id: str, code: str) -> bool:
        """Keep the newest code a click delivered; False if the task is not one of ours."""
        job_id = await self.job_for_task(task_id)
        if job_id is None:
            return False
        await self._redis.hset(
            self._keys.job_cards(job_id),
            mapping={f"{task_id}:code": code, f"{task_id}:code_at": _ts(self._clock.now())},
        )
        return True

    async def take_response_code(self, task_id: str) -> tuple[str, float] | None:
        """Take the newest unused code (and its time) for one update call: each code works once."""
        job_id = await self.job_for_task(task_id)
        if job_id is None:
            return None
        fields = [f"{task_id}:code", f"{task_id}:code_at"]
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hmget(self._keys.job_cards(job_id), fields)
            pipe.hdel(self._keys.job_cards(job_id), *fields)
            (code, at), _ = await pipe.execute()
        if code is None:
            return None
        return code, float(at or 0)
