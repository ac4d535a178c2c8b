"""The WeCom HTTP core: ``call()`` with token handling, retries and client-side limits.

Family modules (messages, directory, contacts, transfers, media) add typed methods on top;
``bot.wecom.client.WeComClient`` composes them. Only ``call()`` and ``get_token()`` touch HTTP.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal

import aiohttp

from bot.clock import Clock, SystemClock
from bot.wecom.errors import (
    CLIENT_BUDGET_ERRCODE,
    RATE_LIMITED_ERRCODES,
    TOKEN_ERRCODES,
    TRANSIENT_ERRCODES,
    TRANSPORT_ERRCODE,
    WeComAPIError,
    WeComTransportError,
    classify,
    redact,
)
from bot.wecom.policy import RateLimits, RetryPolicy
from bot.wecom.slots import HeldSlot, SlotRelay
from storage.connection import Redis
from storage.keys import Keys
from storage.ratelimit import Admission, Blocks, Semaphore, WindowCharge, WindowLimiter
from storage.tokens import CachedToken, TokenStore, secret_fingerprint

log = logging.getLogger("bot.wecom")

OnCall = Callable[[str, int, float], None]
HttpMethod = Literal["GET", "POST"]
JSONDict = dict[str, Any]

# 40001 ("invalid secret") on a call made WITH a token means the token belongs to a reset secret:
# refresh once. From gettoken itself it is a bad secret — permanent, never looped.
_TOKEN_RETRY_ERRCODES = TOKEN_ERRCODES | {40001}
_GETTOKEN = "gettoken"
_EXTERNALCONTACT_SCOPE = "externalcontact"


def api_session(total_timeout: float = 30.0) -> aiohttp.ClientSession:
    """The HTTP session for the WeCom API (create it inside the running loop). No cookie jar: the
    API sets none, and matching cookies costs a sixth of a call's client-side CPU."""
    return aiohttp.ClientSession(
        timeout=aiohttp.ClientTimeout(total=total_timeout), cookie_jar=aiohttp.DummyCookieJar()
    )


class _TransportFailure(Exception):
    def __init__(self, message: str, *, http_status: int | None = None, retryable: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.retryable = retryable


class WeComCore:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        redis: Redis,
        keys: Keys,
        *,
        api_base: str,
        corp_id: str,
        secret: str,
        agent_id: int,
        clock: Clock | None = None,
        limits: RateLimits | None = None,
        retry: RetryPolicy | None = None,
        request_timeout: float = 10.0,
        on_call: OnCall | None = None,
    ) -> None:
        if not corp_id or not secret:
            raise ValueError("corp_id and secret are required")
        self._session = session
        self._redis = redis
        self._keys = keys
        self._api_base = api_base.rstrip("/")
        self._corp_id = corp_id
        self._secret = secret
        self.agent_id = int(agent_id)
        self._clock: Clock = clock or SystemClock()
        self.limits = limits or RateLimits()
        self.retry = retry or RetryPolicy()
        self._request_timeout = request_timeout
        self._on_call = on_call
        self._tokens = TokenStore(redis, keys, secret_fingerprint(corp_id, secret))
        self._windows = WindowLimiter(redis, keys, buckets=self.limits.buckets_per_window)
        self._admission = Admission(redis, keys, buckets=self.limits.buckets_per_window)
        self._blocks = Blocks(redis, keys)
        self._ext_slots = Semaphore(
            redis,
            keys,
            _EXTERNALCONTACT_SCOPE,
            capacity=self.limits.externalcontact_concurrency,
            lease_seconds=max(self.limits.concurrency_lease_seconds, request_timeout * 2),
        )
        self._relay = SlotRelay(self._ext_slots.release, self._ext_slots.lease_ms / 1000)
        # In-process single flight in front of the cross-instance Redis lock: fewer Redis polls.
        self._refresh_lock = asyncio.Lock()
        # The shared token, remembered here until its expiry (WeCom keeps a token valid until then
        # unless it says 40014/42001, which drops it here and in Redis): one Redis read less a call.
        self._token_memo: CachedToken | None = None

    @property
    def redis(self) -> Redis:
        return self._redis

    @property
    def keys(self) -> Keys:
        return self._keys

    def __repr__(self) -> str:  # never the secret or the token
        return f"{type(self).__name__}(corp_id={self._corp_id!r}, agent_id={self.agent_id})"

    # --- public core ----------------------------------------------------------------------
    async def call(
        self,
        method: HttpMethod,
        endpoint: str,
        *,
        params: Mapping[str, str | int] | None = None,
        json_body: Mapping[str, Any] | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        budget: float | None = None,
    ) -> JSONDict:
        """Call ``/cgi-bin/<endpoint>`` and return the JSON object of a successful (errcode 0) answer.

        Raises WeComAPIError (``kind`` tells what to do), WeComTransportError when the outcome is
        unknown after the retries ran out."""
        endpoint = endpoint.strip("/")
        started = time.monotonic()
        deadline = started + (budget if budget is not None else self.retry.total_budget)
        wait_deadline = min(deadline, started + self.limits.max_wait)
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode()
            content_type = "application/json; charset=utf-8"
        attempt = 0
        token_refreshed = False
        while True:
            token = await self.get_token()
            query = {k: str(v) for k, v in (params or {}).items()}
            query["access_token"] = token
            slot = await self._admit(endpoint, wait_deadline)
            attempt += 1
            t0 = time.monotonic()
            data: JSONDict | None = None
            try:
                data = await self._http(method, endpoint, query, body, content_type, token)
                if _errcode(data) in RATE_LIMITED_ERRCODES:
                    # recorded before the slot is given up, so that the calls waiting for it meet it
                    await self._blocks.block(endpoint, self.limits.block_seconds)
            except _TransportFailure as failure:
                self._report(endpoint, TRANSPORT_ERRCODE, time.monotonic() - t0, failure.message)
                if (
                    failure.retryable
                    and attempt < self.retry.max_attempts
                    and await self._backoff(attempt, deadline)
                ):
                    continue
                raise WeComTransportError(
                    failure.message,
                    endpoint,
                    http_status=failure.http_status,
                    kind="transient" if failure.retryable else "permanent",
                ) from None
            finally:
                if slot is not None:
                    # After a failure or a 45009 the slot goes back to Redis, where the waiting
                    # calls meet the block; after an answer it goes straight to the next call.
                    hand_on = data is not None and _errcode(data) not in RATE_LIMITED_ERRCODES
                    await self._relay.done(slot, hand_on=hand_on)
            errcode = _errcode(data)
            errmsg = redact(str(data.get("errmsg", "")), token, self._secret)
            self._report(endpoint, errcode, time.monotonic() - t0, errmsg)
            if errcode == 0:
                return data
            if errcode in _TOKEN_RETRY_ERRCODES:
                if not token_refreshed:
                    token_refreshed = True
                    attempt -= 1  # the refresh retry is extra, not a transient-failure attempt
                    self._forget_token(token)
                    await self._tokens.invalidate_if(token)
                    continue
                raise WeComAPIError(errcode, errmsg, endpoint, kind="token")
            if errcode in RATE_LIMITED_ERRCODES:  # the endpoint is blocked already (above)
                block = self.limits.block_seconds
                if attempt >= self.retry.max_attempts or time.monotonic() + block > wait_deadline:
                    raise WeComAPIError(errcode, errmsg, endpoint, kind="rate_limited", retry_after=block)
                continue  # the loop head waits out the block
            if errcode in TRANSIENT_ERRCODES and attempt < self.retry.max_attempts:
                if await self._backoff(attempt, deadline):
                    continue
            raise WeComAPIError(errcode, errmsg, endpoint, kind=classify(errcode))

    async def get_token(self) -> str:
        """The corp's access_token: from the shared cache, else refreshed by exactly one caller
        across all instances while the others poll the cache."""
        now = self._clock.now()
        memo = self._token_memo
        if memo is not None and memo.expires_at > now:
            return memo.token
        cached = await self._tokens.get()
        if cached is None or cached.expires_at <= now:
            async with self._refresh_lock:
                cached = await self._refresh_token()
        self._token_memo = cached
        return cached.token

    def _forget_token(self, token: str) -> None:
        if self._token_memo is not None and self._token_memo.token == token:
            self._token_memo = None

    # --- token ----------------------------------------------------------------------------
    async def _refresh_token(self) -> CachedToken:
        deadline = time.monotonic() + self.retry.token_wait
        attempt = 0
        while True:
            cached = await self._tokens.get()
            if cached is not None and cached.expires_at > self._clock.now():
                return cached
            failure = await self._tokens.failure()
            if failure is not None:
                raise WeComAPIError(failure[0], failure[1], _GETTOKEN, kind="permanent")
            owner = uuid.uuid4().hex
            if await self._tokens.try_lock(owner, self._request_timeout + 5.0):
                try:
                    cached = await self._tokens.get()
                    if cached is not None and cached.expires_at > self._clock.now():
                        return cached
                    attempt += 1
                    try:
                        return await self._fetch_token()
                    except WeComAPIError as exc:
                        if exc.kind != "transient" or attempt >= self.retry.max_attempts:
                            raise
                        last: WeComAPIError = exc
                finally:
                    await self._tokens.unlock(owner)
                if not await self._backoff(attempt, deadline):
                    raise last
                continue
            if time.monotonic() >= deadline:
                raise WeComTransportError("timed out waiting for the access_token refresh", _GETTOKEN)
            await asyncio.sleep(self.retry.token_poll_interval)

    async def _fetch_token(self) -> CachedToken:
        remaining = await self._blocks.remaining(_GETTOKEN)
        if remaining > 0:
            raise WeComAPIError(
                45009, "gettoken is blocked", _GETTOKEN, kind="rate_limited", retry_after=remaining
            )
        t0 = time.monotonic()
        query = {"corpid": self._corp_id, "corpsecret": self._secret}
        try:
            data = await self._http("GET", _GETTOKEN, query, None, None, "")
        except _TransportFailure as failure:
            self._report(_GETTOKEN, TRANSPORT_ERRCODE, time.monotonic() - t0, failure.message)
            raise WeComTransportError(
                failure.message,
                _GETTOKEN,
                http_status=failure.http_status,
                kind="transient" if failure.retryable else "permanent",
            ) from None
        errcode = _errcode(data)
        errmsg = redact(str(data.get("errmsg", "")), self._secret)
        self._report(_GETTOKEN, errcode, time.monotonic() - t0, errmsg)
        if errcode == 0:
            token = data.get("access_token")
            if not isinstance(token, str) or not token:
                raise WeComTransportError("gettoken answered without an access_token", _GETTOKEN)
            expires_in = float(data.get("expires_in") or 7200)
            # Refresh 5 min early; short-lived (sandbox) tokens get half their life.
            ttl = expires_in - 300 if expires_in > 600 else expires_in / 2
            fresh = CachedToken(token, self._clock.now() + ttl)
            await self._tokens.put(token, expires_at=fresh.expires_at, ttl_seconds=ttl)
            return fresh
        if errcode in RATE_LIMITED_ERRCODES:
            await self._blocks.block(_GETTOKEN, self.limits.block_seconds)
            raise WeComAPIError(
                errcode, errmsg, _GETTOKEN, kind="rate_limited", retry_after=self.limits.block_seconds
            )
        if errcode in TRANSIENT_ERRCODES:
            raise WeComAPIError(errcode, errmsg, _GETTOKEN, kind="transient")
        # Bad corpid/secret, disabled app, untrusted IP…: permanent. Remember it briefly so that no
        # instance keeps calling gettoken with a wrong secret (that gets the IP banned for 1 h).
        await self._tokens.mark_failure(errcode, errmsg, self.retry.bad_secret_cooldown)
        raise WeComAPIError(errcode, errmsg, _GETTOKEN, kind="permanent")

    # --- limits ---------------------------------------------------------------------------
    async def _admit(self, endpoint: str, wait_deadline: float) -> HeldSlot | None:
        """Wait until the endpoint is not blocked, its rate windows admit the call and (for
        externalcontact calls) a concurrency slot is ours; one Redis round trip per try, none for
        a slot handed over by a call of this process. Returns the slot, to give up after the call."""
        charges = [WindowCharge(endpoint, window) for window in self.limits.api_windows]
        slots = self._ext_slots if endpoint.startswith(_EXTERNALCONTACT_SCOPE + "/") else None
        holder = uuid.uuid4().hex if slots is not None else ""
        while True:
            admit = await self._admission.try_admit(
                endpoint, charges, slots=slots, holder=holder, reserve=slots is not None
            )
            if admit.refused is None:
                return self._relay.taken(holder) if slots is not None else None
            if admit.charged:
                charges = []  # the windows hold this call's charge already: only a slot is missing
            if admit.refused == "blocked":
                await self._sleep_or_raise(admit.wait, wait_deadline, endpoint, 45009, "blocked after 45009")
            elif admit.refused == "window":
                await self._sleep_or_raise(admit.wait, wait_deadline, endpoint, CLIENT_BUDGET_ERRCODE,
                                           "client rate limit")  # fmt: skip
            else:  # holders release long before their lease ends: wait for ours, poll briefly for others'
                pause = min(admit.wait, 0.05) * random.uniform(0.5, 1.0)
                if time.monotonic() + pause > wait_deadline:
                    raise WeComAPIError(CLIENT_BUDGET_ERRCODE, "concurrency cap", endpoint, kind="rate_limited",
                                        retry_after=pause)  # fmt: skip
                handed = await self._relay.wait(pause)
                if handed is not None:
                    return handed

    async def _sleep_or_raise(
        self, wait: float, wait_deadline: float, endpoint: str, errcode: int, why: str
    ) -> None:
        if time.monotonic() + wait > wait_deadline:
            raise WeComAPIError(errcode, why, endpoint, kind="rate_limited", retry_after=wait)
        await asyncio.sleep(wait)

    async def _backoff(self, attempt: int, deadline: float) -> bool:
        delay = self.retry.backoff(attempt)
        if time.monotonic() + delay > deadline:
            return False
        await asyncio.sleep(delay)
        return True

    # --- HTTP -----------------------------------------------------------------------------
    async def _http(
        self,
        method: HttpMethod,
        endpoint: str,
        query: Mapping[str, str],
        body: bytes | None,
        content_type: str | None,
        token: str,
    ) -> JSONDict:
        url = f"{self._api_base}/cgi-bin/{endpoint}"
        headers = {"Content-Type": content_type} if content_type else None
        timeout = aiohttp.ClientTimeout(total=self._request_timeout)
        try:
            async with self._session.request(
                method, url, params=query, data=body, headers=headers, timeout=timeout, allow_redirects=False
            ) as resp:
                status = resp.status
                raw = await resp.read()
        except TimeoutError:
            raise _TransportFailure(f"timeout after {self._request_timeout:g}s") from None
        except aiohttp.ClientError as exc:
            # aiohttp messages can embed the request URL (with the token): redact everything.
            raise _TransportFailure(redact(f"{type(exc).__name__}: {exc}", token, self._secret)) from None
        if status >= 500 or status == 429:
            raise _TransportFailure(f"HTTP {status}", http_status=status)
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            # A 2xx with garbage may still have been executed; a 4xx without JSON was not.
            raise _TransportFailure(
                f"HTTP {status}: non-JSON body", http_status=status, retryable=status < 400
            )
        return data

    def _report(self, endpoint: str, errcode: int, seconds: float, errmsg: str) -> None:
        if errcode == 0:
            log.debug("wecom %s errcode=0 latency_ms=%.1f", endpoint, seconds * 1000)
        else:
            log.warning(
                "wecom %s errcode=%s latency_ms=%.1f errmsg=%s", endpoint, errcode, seconds * 1000, errmsg
            )
        if self._on_call is not None:
            try:
                self._on_call(endpoint, errcode, seconds)
            except Exception:  # a metrics hook must never break a call
                log.exception("wecom on_call hook failed")


def _errcode(data: Mapping[str, Any]) -> int:
    try:
        return int(data.get("errcode", 0) or 0)
    except (TypeError, ValueError):
        return -1
