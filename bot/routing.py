"""Routers: decorator registration of handlers, one router per handlers/ module.

Handlers declare what they need by parameter name; the dispatcher injects it from one
catalogue (see ``bot.dispatcher.CATALOGUE``). Unknown names fail at composition, not at runtime.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.models.events import InboundEvent

HandlerFn = Callable[..., Awaitable[Any]]
EventPredicate = Callable[[Any], bool]


@dataclass(frozen=True)
class Route:
    handler: HandlerFn
    params: tuple[str, ...]
    intents: frozenset[str] = frozenset()
    dialog_states: frozenset[str] = frozenset()
    card_action: str = ""
    event_type: type | None = None
    when: EventPredicate | None = None
    free_text: bool = False
    answers_by_request: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        return f"{self.handler.__module__}.{self.handler.__qualname__}"


def _params(fn: HandlerFn) -> tuple[str, ...]:
    return tuple(inspect.signature(fn).parameters)


@dataclass
class Router:
    name: str
    routes: list[Route] = field(default_factory=list)

    def intent(self, *names: str) -> Callable[[HandlerFn], HandlerFn]:
        """Text messages understood as one of these intents (outside any dialog)."""

        def register(fn: HandlerFn) -> HandlerFn:
            self.routes.append(Route(fn, _params(fn), intents=frozenset(names)))
            return fn

        return register

    def dialog(self, *states: str, free_text: bool = False,
               answers_by_request: Iterable[str] = ()) -> Callable[[HandlerFn], HandlerFn]:
        """Text messages while the sender is in one of these dialog states. With ``free_text``
        every message goes to the dialog (except "cancel"); otherwise a new request leaves it, unless it is one
        of ``answers_by_request`` naming only a receiver ("转给何静" while asked who takes over)."""

        def register(fn: HandlerFn) -> HandlerFn:
            self.routes.append(Route(fn, _params(fn), dialog_states=frozenset(states), free_text=free_text,
                                     answers_by_request=frozenset(answers_by_request)))
            return fn

        return register

    def card_click(self, action: str) -> Callable[[HandlerFn], HandlerFn]:
        """template_card_event whose button key unpacks to this action."""

        def register(fn: HandlerFn) -> HandlerFn:
            self.routes.append(Route(fn, _params(fn), card_action=action))
            return fn

        return register

    def event(self, event_type: type, when: EventPredicate | None = None) -> Callable[[HandlerFn], HandlerFn]:
        """Any other inbound event of this model type (optionally filtered)."""

        def register(fn: HandlerFn) -> HandlerFn:
            self.routes.append(Route(fn, _params(fn), event_type=event_type, when=when))
            return fn

        return register

    def include(self, *routers: Router) -> Router:
        for r in routers:
            self.routes.extend(r.routes)
        return self

    # --- lookups used by the dispatcher ------------------------------------------------
    def for_intent(self, intent: str) -> Route | None:
        return next((r for r in self.routes if intent in r.intents), None)

    def for_dialog(self, state: str) -> Route | None:
        return next((r for r in self.routes if state in r.dialog_states), None)

    def for_card(self, action: str) -> Route | None:
        return next((r for r in self.routes if r.card_action and r.card_action == action), None)

    def for_event(self, event: InboundEvent) -> Route | None:
        for r in self.routes:
            if r.event_type is not None and isinstance(event, r.event_type) and (r.when is None or r.when(event)):
                return r
        return None

    def check(self, available: set[str]) -> None:
        """Refuse to start when a handler asks for something the catalogue does not have."""
        for r in self.routes:
            missing = [p for p in r.params if p not in available]
            if missing:
                raise TypeError(f"handler {r.name} asks for unknown dependencies {missing}; known: {sorted(available)}")
