"""The only place where Redis key strings are formed.

Every key lives under one prefix per deployment and corp/agent. The prefix is wrapped in a
hash tag (``{...}``) so that multi-key Lua scripts stay in one slot on Redis Cluster.
Add a method here rather than formatting a key anywhere else.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Keys:
    prefix: str

    @classmethod
    def for_app(cls, namespace: str, corp_id: str, agent_id: int | str) -> Keys:
        return cls(prefix="{" + f"{namespace}:{corp_id}:{agent_id}" + "}")

    def _k(self, *parts: object) -> str:
        return ":".join([self.prefix, *(str(p) for p in parts)])

    def everything(self) -> str:
        """A SCAN MATCH pattern for every key of this namespace (glob characters escaped)."""
        escaped = "".join("\\" + c if c in "*?[]\\" else c for c in self.prefix)
        return escaped + ":*"

    # --- inbox (callback → worker) -------------------------------------------------------
    def inbox(self) -> str:
        return self._k("inbox")

    def inbox_dedupe(self, dedupe_key: str) -> str:
        return self._k("inbox", "seen", dedupe_key)

    def inbox_parked(self) -> str:
        return self._k("inbox", "parked")

    def inbox_attempts(self) -> str:
        return self._k("inbox", "attempts")

    def inbox_order(self, ordering_key: str) -> str:
        """Stream ids of one user's events not yet handled, oldest first (per-user ordering)."""
        return self._k("inbox", "order", ordering_key)

    def callback_replay(self, signature: str) -> str:
        return self._k("callback", "replay", signature)

    def user_lock(self, userid: str) -> str:
        return self._k("lock", "user", userid)

    # --- conversations ------------------------------------------------------------------
    def dialog(self, userid: str) -> str:
        return self._k("dialog", userid)

    def dialogs(self) -> str:
        """A SCAN MATCH pattern for every member's dialog state (``dialog``), for the retention sweep."""
        return self.everything()[:-1] + "dialog:*"

    def dialog_marker(self, userid: str) -> str:
        return self._k("dialog-expired", userid)

    def replies_sent(self, event_key: str) -> str:
        return self._k("replies", event_key)

    # --- WeCom API client ---------------------------------------------------------------
    def access_token(self, secret_fingerprint: str) -> str:
        return self._k("token", secret_fingerprint)

    def access_token_lock(self, secret_fingerprint: str) -> str:
        return self._k("token", secret_fingerprint, "lock")

    def access_token_failure(self, secret_fingerprint: str) -> str:
        """A recent permanent gettoken failure (bad secret): every instance fails fast on it."""
        return self._k("token", secret_fingerprint, "failure")

    def rate_window(self, scope: str, window: str) -> str:
        return self._k("rate", scope, window)

    def api_blocked_until(self, scope: str) -> str:
        return self._k("rate", "blocked", scope)

    def api_concurrency(self, scope: str) -> str:
        """Leases (zset holder → expiry ms) of in-flight calls for a concurrency-capped scope."""
        return self._k("rate", "inflight", scope)

    # --- workers / health ---------------------------------------------------------------
    def worker_heartbeat(self, worker_id: str) -> str:
        return self._k("worker", worker_id)

    def instance_heartbeat(self, instance_id: str) -> str:
        """String ``<incarnation>:<beat>`` with a short TTL: the live process of one instance id."""
        return self._k("instance", instance_id)

    # --- the intelligent bot's long connection --------------------------------------------
    def longconn_lease(self, bot_id: str) -> str:
        """String with a TTL: the holder token of the one process subscribed for this bot."""
        return self._k("longconn", "lease", bot_id)

    def longconn_card(self, task_id: str) -> str:
        """Set (TTL) of the members who got this card over the bot's connection: a click there
        updates their copies, a click elsewhere (or a missed 5 s window) gets them a message."""
        return self._k("longconn", "card", task_id)

    def longconn_reached(self) -> str:
        """Hash conversation (a member's userid, a group's chatid) → when it last messaged the bot:
        the bot's pushes reach only these (durable: losing it sends everyone the app's way)."""
        return self._k("longconn", "reached")

    # --- outbox (messages to people: durable until delivered) ----------------------------
    def outbox_queue(self, userid: str) -> str:
        """List of JSON entries still to deliver to one member, oldest first."""
        return self._k("outbox", "q", userid)

    def outbox_due(self) -> str:
        """Sorted set userid → when its queue may be tried next (budget window, backoff)."""
        return self._k("outbox", "due")

    def outbox_seen(self, entry_id: str) -> str:
        """Marker (TTL) that an entry id was enqueued: a re-run of the same step adds nothing."""
        return self._k("outbox", "seen", entry_id)

    def outbox_attempt(self, entry_id: str) -> str:
        """Marker (TTL) that a reply went out on the bot's connection with no answer yet: if the
        req_id turns out used, that attempt used it (the message is out; not sent again)."""
        return self._k("outbox", "attempt", entry_id)

    def outbox_lock(self, userid: str) -> str:
        """The one sender of a member's queue (keeps their messages in order)."""
        return self._k("outbox", "lock", userid)

    # --- jobs (handover jobs; durable, no TTL) --------------------------------------------
    # Keys that name a job id the create script has not allocated yet are passed to Lua as
    # templates holding job_id_slot(); the script substitutes the id (same hash-tag slot).
    @staticmethod
    def job_id_slot() -> str:
        return "<job-id>"

    def job_seq(self) -> str:
        return self._k("jobs", "seq")

    def job(self, job_id: str) -> str:
        return self._k("job", job_id)

    def jobs_all(self) -> str:
        return self._k("jobs", "all")

    def jobs_in_state(self, state: str) -> str:
        return self._k("jobs", "state", state)

    def jobs_by_requester(self, userid: str) -> str:
        return self._k("jobs", "requester", userid)

    def jobs_pending_for(self, userid: str) -> str:
        return self._k("jobs", "pending", userid)

    def jobs_about_member(self, userid: str) -> str:
        return self._k("jobs", "member", userid)

    def job_live_guard(self, handover: str, scope_item: str) -> str:
        return self._k("jobs", "live", handover, scope_item)

    def job_split(self, job_id: str) -> str:
        """Hash external_userid → successor index (0, 1, …) of a split job (bot.models.jobs.JobSplit)."""
        return self._k("job", job_id, "split")

    def job_cards(self, job_id: str) -> str:
        return self._k("job", job_id, "cards")

    def card_task_index(self) -> str:
        return self._k("jobs", "card_tasks")

    # --- audit (append-only streams; durable, no TTL) -------------------------------------
    def audit(self) -> str:
        return self._k("audit")

    def audit_for_job(self, job_id: str) -> str:
        return self._k("audit", "job", job_id)

    def audit_checkpoints(self) -> str:
        """Signed (seq, hash) marks of the audit chain, and the anchors archives leave."""
        return self._k("audit", "checkpoints")

    def audit_settings(self) -> str:
        """The digest of the settings last recorded in the audit log (a change at startup is audited)."""
        return self._k("audit", "settings")

    def audit_verified(self) -> str:
        """The last verification of the chain: ok, at, entries, detail (for /metrics and `check`)."""
        return self._k("audit", "verified")

    # --- permission audit (monthly and on request) ------------------------------------------
    def permission_audit_last(self) -> str:
        """String: the previous permission audit's summary (JSON), for "changes since the last audit"."""
        return self._k("permaudit", "last")

    def permission_audit_run(self, run_id: str) -> str:
        """Hash (TTL): one audit's delivery — its report, the uploaded file's media_id, what was sent."""
        return self._k("permaudit", "run", run_id)

    # --- retention ------------------------------------------------------------------------
    def retention_swept(self) -> str:
        """Hash: the last retention sweep (at, cutoff, what was deleted) — for `check` and /metrics."""
        return self._k("retention", "swept")

    # --- timers (durable) -----------------------------------------------------------------
    def timers_due(self) -> str:
        return self._k("timers", "due")

    def timers_inflight(self) -> str:
        return self._k("timers", "inflight")

    def timers_data(self) -> str:
        return self._k("timers", "data")

    def timers_owner(self) -> str:
        return self._k("timers", "owner")

    def timers_parked(self) -> str:
        return self._k("timers", "parked")

    def timers_attempts(self) -> str:
        return self._k("timers", "attempts")

    # --- directory (member/department snapshot; durable, rebuilt by a full sync) ----------
    def directory_members(self) -> str:
        return self._k("directory", "members")

    def directory_departments(self) -> str:
        return self._k("directory", "departments")

    def directory_version(self) -> str:
        return self._k("directory", "version")

    def directory_synced_at(self) -> str:
        return self._k("directory", "synced_at")

    # --- engine/transfers (execution state and per-customer records; durable, no TTL) ----
    def xfer_meta(self, job_id: str) -> str:
        """Hash: snapshot flag, cursors, in-flight batches (``inflight:<seq>``), waiting count."""
        return self._k("xfer", "job", job_id, "meta")

    def xfer_items(self, job_id: str) -> str:
        """Hash ``c:<external_userid>`` / ``g:<chat_id>`` → JSON record of that item."""
        return self._k("xfer", "job", job_id, "items")

    def xfer_customers(self, job_id: str) -> str:
        """List: the job's fixed customer snapshot, in batch order."""
        return self._k("xfer", "job", job_id, "customers")

    def xfer_groups(self, job_id: str) -> str:
        return self._k("xfer", "job", job_id, "groups")

    def xfer_batches(self, job_id: str) -> str:
        """List: one line per batch begun (seq, kind, size, holder, time) — the execution log."""
        return self._k("xfer", "job", job_id, "batches")

    def xfer_lease(self, job_id: str) -> str:
        """String with a TTL: the engine instance working on the job."""
        return self._k("xfer", "lease", job_id)

    def xfer_history(self, external_userid: str) -> str:
        """Sorted set ``<job_id>|<path>`` → submitted_at: every transfer of one customer."""
        return self._k("xfer", "customer", external_userid)

    def xfer_by_takeover(self, takeover_userid: str) -> str:
        """Hash external_userid → job id of the latest transfer to this takeover member."""
        return self._k("xfer", "takeover", takeover_userid)

    def xfer_member_jobs(self, userid: str) -> str:
        """Sorted set job id → snapshot time, for jobs where the member hands over or takes over."""
        return self._k("xfer", "member", userid)

    def xfer_jobs(self) -> str:
        return self._k("xfer", "jobs")

    def xfer_group_day(self, owner: str, day: str) -> str:
        """Counter (TTL 3 days): groups of one original owner sent for transfer on a local day."""
        return self._k("xfer", "groupday", owner, day)

    # --- approvals (one-time follow-ups of a job's approval: frozen cards, notices; no TTL) --
    def approval_marks(self, job_id: str) -> str:
        """Hash step → time: which follow-ups of this job's approval are done (or claimed)."""
        return self._k("approval", "marks", job_id)

    # --- checklists (offboarding checklists; durable except the send claims) -------------
    def checklist_seq(self) -> str:
        return self._k("checklists", "seq")

    def checklist(self, checklist_id: str) -> str:
        """String: the checklist record (JSON)."""
        return self._k("checklist", checklist_id)

    def checklist_log(self, checklist_id: str) -> str:
        """List: who did what to the checklist, when (JSON lines, append-only)."""
        return self._k("checklist", checklist_id, "log")

    def checklists_all(self) -> str:
        """Sorted set checklist id → created_at."""
        return self._k("checklists", "all")

    def checklists_open(self) -> str:
        """Set of checklist ids still open (reminders, departure watch)."""
        return self._k("checklists", "open")

    def checklists_of_member(self, userid: str) -> str:
        """Sorted set checklist id → created_at, for the departing member."""
        return self._k("checklists", "member", userid)

    def checklist_sent(self, checklist_id: str, occasion: str) -> str:
        """Set (TTL) of recipients already sent one occasion's message (a day's reminder, …)."""
        return self._k("checklist", checklist_id, "sent", occasion)

    # --- customer backup (durable; the runner prunes old generations) ----------------------
    def backup_generations(self) -> str:
        """Sorted set generation id → finished_at: the complete generations, oldest first."""
        return self._k("backup", "generations")

    def backup_generation(self, generation: str) -> str:
        """Hash userid → that member's customers in this generation (compressed JSON)."""
        return self._k("backup", "gen", generation)

    def backup_generation_meta(self, generation: str) -> str:
        """Hash: started_at, finished_at, members, customers of one generation."""
        return self._k("backup", "gen", generation, "meta")

    def backup_latest(self, userid: str) -> str:
        """String: the member's book as the newest full run saw it (compressed JSON)."""
        return self._k("backup", "latest", userid)

    def backup_latest_changes(self, userid: str) -> str:
        """Hash external_userid → JSON record, or "" when removed: change events since that run."""
        return self._k("backup", "latest", userid, "changes")

    def backup_latest_index(self) -> str:
        """Hash userid → time of the newest backup of that member (departed members stay here)."""
        return self._k("backup", "latest")

    def backup_run(self) -> str:
        """Hash: the full run in progress (generation, members, next chunk, tag library) — to resume."""
        return self._k("backup", "run")

    def backup_lease(self) -> str:
        """String with a TTL: the instance running the full backup."""
        return self._k("backup", "lease")
