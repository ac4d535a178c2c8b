"""Routing of ``/cgi-bin/<endpoint>`` to the rule implementations, with the checks every
endpoint shares: HTTP method, access token (and which secret it came from), frequency limit.

Decisions where the docs are silent (marked [unverified] here and in the handlers):
- GET on a POST-only endpoint → 40063 (the body, hence a required parameter, is missing) [unverified].
  POST on a GET endpoint is accepted and reads the query string [unverified].
- Invalid JSON body → 40058 (API.md §9: "bad JSON or length").
- A token from the 通讯录同步 secret may read the directory only; anything else → 48002.
  ``user/list_id`` with an app token → 48002 (doc 96067: contacts-sync secret only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.sandbox.world import JSON, ApiError, SandboxWorld

Handler = Callable[[SandboxWorld, "Req"], JSON]


@dataclass(frozen=True)
class Req:
    endpoint: str
    method: str
    query: dict[str, str]
    body: JSON
    token_kind: str


@dataclass(frozen=True)
class Route:
    handler: Handler
    method: str  # the documented method
    scope: str  # "app" | "contacts" | "directory" (either secret) | "none" (gettoken)


ROUTES: dict[str, Route] = {}


def route(endpoint: str, method: str, scope: str = "app") -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        ROUTES[endpoint] = Route(fn, method, scope)
        return fn

    return register


def ok(**fields: Any) -> JSON:
    return {"errcode": 0, "errmsg": "ok", **fields}


# ---------------------------------------------------------------------------- shared validators
def require(body: JSON, key: str) -> Any:
    value = body.get(key)
    if value is None or value == "" or value == []:
        raise ApiError(40063, f"missing parameter: {key}")
    return value


def as_str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ApiError(40058, f"invalid parameter type: {name}")
    return value


def as_int(value: Any, name: str) -> int:
    if isinstance(value, bool):
        raise ApiError(40058, f"invalid parameter type: {name}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise ApiError(40058, f"invalid parameter type: {name}")


def str_list(value: Any, name: str, *, max_len: int, min_len: int = 1) -> list[str]:
    if value is None or value == []:
        if min_len:
            raise ApiError(40063, f"missing parameter: {name}")
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ApiError(40058, f"invalid parameter type: {name}")
    if len(value) > max_len:
        raise ApiError(40058, f"{name} exceeds {max_len} items")
    return list(value)


def optional_int(value: Any, name: str, default: int) -> int:
    return default if value is None or value == "" else as_int(value, name)


# ---------------------------------------------------------------------------- dispatch
def dispatch(world: SandboxWorld, endpoint: str, method: str, query: dict[str, str], body: Any) -> JSON:
    _load_handlers()
    found = ROUTES.get(endpoint)
    if found is None:
        raise ApiError(404, f"unknown api: {endpoint}")  # the HTTP layer answers 404 before this
    if found.method == "POST" and method != "POST":
        raise ApiError(40063, "missing parameter: request body (POST required)")
    token_kind = "none"  # noqa: S105 (a label, not a secret)
    if found.scope != "none":
        token_kind = world.check_token(query.get("access_token"))
        if found.scope == "contacts" and token_kind != "contacts":  # noqa: S105
            raise ApiError(48002, "api forbidden: contacts-sync secret required")
        if found.scope == "app" and token_kind != "app":  # noqa: S105
            raise ApiError(48002, "api forbidden for this secret")
    world.check_frequency(endpoint)
    if body is None:
        raise ApiError(40058, "Warning: wrong json format.")
    if not isinstance(body, dict):
        raise ApiError(40058, "Warning: wrong json format.")
    return found.handler(world, Req(endpoint, method, query, body, token_kind))


def known_endpoint(endpoint: str) -> bool:
    _load_handlers()
    return endpoint in ROUTES


def _load_handlers() -> None:
    if ROUTES:
        return
    # Importing registers the routes (decorators); done lazily to keep imports one-way.
    from bot.sandbox import customers, directory, messages, tokens, transfers  # noqa: F401
