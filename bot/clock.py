"""Time, injected. Production uses the system clock; the sandbox and tests use a manual one
that they fast-forward (24 h takeovers, reminder days, approval expiry)."""

from __future__ import annotations

import time
from datetime import datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Unix seconds."""
        ...


class SystemClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that only moves when told to. ``offset`` mode keeps real time flowing on top."""

    def __init__(self, start: float | None = None, *, follow_real_time: bool = False) -> None:
        self._base = time.time() if start is None else start
        self._real_start = time.monotonic()
        self._follow = follow_real_time
        self._skipped = 0.0

    def now(self) -> float:
        flowing = time.monotonic() - self._real_start if self._follow else 0.0
        return self._base + self._skipped + flowing

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._skipped += seconds
        return self.now()

    def set(self, unix_seconds: float) -> None:
        current = self.now()
        if unix_seconds < current:
            raise ValueError("time only moves forward")
        self._skipped += unix_seconds - current


def local_datetime(clock: Clock, tz: tzinfo) -> datetime:
    return datetime.fromtimestamp(clock.now(), tz)
