"""Fault injection for the sandbox API (see ``bot.sandbox`` docstring for the semantics)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class Fault:
    endpoint: str  # path without /cgi-bin/, e.g. "message/send"; "*" matches every endpoint
    errcode: int | None = None
    http_status: int | None = None
    latency: float = 0.0
    timeout: bool = False
    drop: bool = False
    rate: float = 1.0
    count: int | None = None  # remaining activations; None = unlimited
    hits: int = 0
    # The answer leaves no sooner than this many seconds after the request arrived, the sandbox's
    # own work included: a remote platform whose response time is fixed (benchmarks).
    response_time: float = 0.0

    def matches(self, endpoint: str) -> bool:
        return self.endpoint in ("*", endpoint) and (self.count is None or self.count > 0)

    @property
    def label(self) -> str:
        parts = [
            f"errcode={self.errcode}" if self.errcode is not None else "",
            f"http={self.http_status}" if self.http_status is not None else "",
            f"latency={self.latency}" if self.latency else "",
            f"response_time={self.response_time}" if self.response_time else "",
            "timeout" if self.timeout else "",
            "drop" if self.drop else "",
        ]
        return ",".join(p for p in parts if p) or "noop"


class FaultSet:
    """Ordered rules; the first matching rule whose seeded coin flip (``rate``) succeeds fires."""

    def __init__(self, seed: int = 1) -> None:
        self._rng = random.Random(seed)
        self._faults: list[Fault] = []

    def add(
        self,
        endpoint: str,
        *,
        errcode: int | None = None,
        http_status: int | None = None,
        latency: float = 0.0,
        timeout: bool = False,
        drop: bool = False,
        rate: float = 1.0,
        count: int | None = None,
        response_time: float = 0.0,
    ) -> Fault:
        endpoint = endpoint.removeprefix("/").removeprefix("cgi-bin/")
        fault = Fault(endpoint, errcode, http_status, latency, timeout, drop, rate, count,
                      response_time=response_time)
        self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        self._faults = [f for f in self._faults if f is not fault]

    def clear(self) -> None:
        self._faults.clear()

    def __len__(self) -> int:
        return len(self._faults)

    def pick(self, endpoint: str) -> Fault | None:
        for fault in self._faults:
            if not fault.matches(endpoint):
                continue
            if fault.rate < 1.0 and self._rng.random() >= fault.rate:
                continue
            if fault.count is not None:
                fault.count -= 1
            fault.hits += 1
            return fault
        return None
