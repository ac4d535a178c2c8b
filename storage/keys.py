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

    # --- inbox (callback → worker) -------------------------------------------------------
    def inbox(self) -> str:
        return self._k("inbox")

    def inbox_dedupe(self, dedupe_key: str) -> str:
        return self._k("inbox", "seen", dedupe_key)

    def inbox_parked(self) -> str:
        return self._k("inbox", "parked")

    def inbox_attempts(self) -> str:
        return self._k("inbox", "attempts")

    def callback_replay(self, signature: str) -> str:
        return self._k("callback", "replay", signature)

    def user_lock(self, userid: str) -> str:
        return self._k("lock", "user", userid)

    # --- WeCom API client ---------------------------------------------------------------
    def access_token(self, secret_fingerprint: str) -> str:
        return self._k("token", secret_fingerprint)

    def access_token_lock(self, secret_fingerprint: str) -> str:
        return self._k("token", secret_fingerprint, "lock")

    def rate_window(self, scope: str, window: str) -> str:
        return self._k("rate", scope, window)

    def api_blocked_until(self, scope: str) -> str:
        return self._k("rate", "blocked", scope)

    # --- workers / health ---------------------------------------------------------------
    def worker_heartbeat(self, worker_id: str) -> str:
        return self._k("worker", worker_id)
