"""The numbers the client obeys: retries and client-side rate limits (API.md §3.2, §9).

Defaults follow the platform's documented limits; tests and the sandbox pass tiny values.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from storage.ratelimit import Window


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4  # HTTP attempts per call for transient failures (token refresh is extra)
    base_delay: float = 0.25  # seconds; exponential backoff with full jitter
    max_delay: float = 8.0
    total_budget: float = 60.0  # seconds one call may spend in all, waits included
    token_wait: float = 15.0  # longest wait for another instance's token refresh
    token_poll_interval: float = 0.05
    bad_secret_cooldown: float = 60.0  # fail fast this long after gettoken rejected the secret

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        if self.base_delay < 0 or self.max_delay < 0 or self.total_budget <= 0:
            raise ValueError("delays must be >= 0 and total_budget > 0")

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform(0, min(max_delay, base_delay * 2**(attempt-1)))."""
        cap = min(self.max_delay, self.base_delay * (2 ** max(0, attempt - 1)))
        return random.uniform(0.0, cap)


def _api_windows() -> tuple[Window, ...]:
    return (Window(10_000, 60.0), Window(150_000, 3600.0))


def _member_windows() -> tuple[Window, ...]:
    return (Window(30, 60.0), Window(1000, 3600.0))


@dataclass(frozen=True, slots=True)
class RateLimits:
    # per API per corp, shared by all instances
    api_windows: tuple[Window, ...] = field(default_factory=_api_windows)
    # app messages to one member; the platform silently DROPS the excess, so we must wait
    member_message_windows: tuple[Window, ...] = field(default_factory=_member_windows)
    # in-flight externalcontact/* calls per corp (all those APIs together); 45033 otherwise
    externalcontact_concurrency: int = 4
    concurrency_lease_seconds: float = 60.0  # a crashed holder's slot frees itself after this
    # after 45009: block the endpoint this long (per-minute limit → 60 s; per-hour → 3600)
    block_seconds: float = 60.0
    # longest a call waits for client-side budget (member budget, windows, blocks, slots)
    max_wait: float = 30.0
    buckets_per_window: int = 30

    def __post_init__(self) -> None:
        for w in (*self.api_windows, *self.member_message_windows):
            if w.limit < 1 or w.seconds <= 0:
                raise ValueError(f"invalid window {w}")
        if self.externalcontact_concurrency < 1:
            raise ValueError("externalcontact_concurrency must be >= 1")
