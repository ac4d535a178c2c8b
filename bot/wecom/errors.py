"""One exception tree for the WeCom API client, and the errcode → kind table (API.md §9).

Messages are built from the endpoint, errcode and a redacted errmsg only, so ``str(exc)`` never
carries an access_token or a secret.
"""

from __future__ import annotations

import re
from typing import Literal

ErrorKind = Literal["transient", "permanent", "token", "rate_limited"]

# Retry with backoff: system busy, data version conflict, concurrency limit, concurrent-op conflict.
TRANSIENT_ERRCODES = frozenset({-1, 6000, 45033, 45035})
# Refresh the token once and retry. 40001 is deliberately not here: see WeComCore.call.
TOKEN_ERRCODES = frozenset({40014, 42001})
RATE_LIMITED_ERRCODES = frozenset({45009})

# Client-side codes (never sent by WeCom) for conditions the client raises itself.
TRANSPORT_ERRCODE = -2
CLIENT_BUDGET_ERRCODE = -45009


def classify(errcode: int) -> ErrorKind:
    """What a caller may do about ``errcode``. Per-item "later" codes (40129, 90507) are permanent
    for the call: retrying the same request at once cannot help."""
    if errcode in TRANSIENT_ERRCODES:
        return "transient"
    if errcode in TOKEN_ERRCODES:
        return "token"
    if errcode in RATE_LIMITED_ERRCODES:
        return "rate_limited"
    return "permanent"


_SECRET_PARAMS = re.compile(r"(?i)(access_token|corpsecret|secret)=[^&\s\"']*")


def redact(text: str, *secrets: str) -> str:
    """Mask token/secret query parameters and any literal secret value in ``text``."""
    text = _SECRET_PARAMS.sub(lambda m: f"{m.group(1)}=***", text)
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


class WeComAPIError(Exception):
    """WeCom answered with a non-zero errcode (or the client gave up; see subclasses)."""

    def __init__(
        self,
        errcode: int,
        errmsg: str,
        endpoint: str,
        *,
        kind: ErrorKind | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.errcode = errcode
        self.errmsg = errmsg
        self.endpoint = endpoint
        self.kind: ErrorKind = kind if kind is not None else classify(errcode)
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"WeCom {self.endpoint}: errcode {self.errcode} ({self.kind}): {self.errmsg}"
        if self.retry_after is not None:
            text += f"; retry after {self.retry_after:.1f}s"
        return text

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.errcode, self.errmsg, self.endpoint, self.kind, self.retry_after))


def _rebuild(
    cls: type[WeComAPIError],
    errcode: int,
    errmsg: str,
    endpoint: str,
    kind: ErrorKind,
    retry_after: float | None,
) -> WeComAPIError:
    return cls(errcode, errmsg, endpoint, kind=kind, retry_after=retry_after)


class WeComTransportError(WeComAPIError):
    """Timeout, connection reset/refused, HTTP 5xx or a non-JSON body, after the retries ran out.

    The outcome is UNKNOWN: the platform may have executed the request. ``http_status`` is set
    when a response arrived."""

    def __init__(
        self,
        errmsg: str,
        endpoint: str,
        *,
        http_status: int | None = None,
        kind: ErrorKind = "transient",
    ) -> None:
        self.http_status = http_status
        super().__init__(TRANSPORT_ERRCODE, errmsg, endpoint, kind=kind)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_transport, (self.errmsg, self.endpoint, self.http_status, self.kind))


def _rebuild_transport(
    errmsg: str, endpoint: str, http_status: int | None, kind: ErrorKind
) -> WeComTransportError:
    return WeComTransportError(errmsg, endpoint, http_status=http_status, kind=kind)


class MessageBudgetExceeded(WeComAPIError):
    """Sending now would exceed a recipient's app-message budget (30/min, 1000/h by default) and
    waiting for it would take longer than allowed. Nothing was sent; retry after ``retry_after``."""

    def __init__(self, endpoint: str, retry_after: float, userids: list[str] | None = None) -> None:
        self.userids = list(userids or [])
        super().__init__(
            CLIENT_BUDGET_ERRCODE,
            "per-member message budget exhausted",
            endpoint,
            kind="rate_limited",
            retry_after=retry_after,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (MessageBudgetExceeded, (self.endpoint, self.retry_after or 0.0, self.userids))
