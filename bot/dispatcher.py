"""From an inbound event to a handler call.

Middlewares, in this order (outermost first):
1. errors — a handler failure is logged and answered with one apology; infrastructure errors
   (Redis, transient WeCom errors) are re-raised so the inbox retries the event.
2. conversation — per-user lock, load the dialog, run, save or clear the dialog.
3. routing — text: parse to an Intent, then the live dialog or the intent's handler;
   card clicks: the button key's action; other events: by model type.
Handlers get what they ask for by parameter name: the per-event names below plus the
services catalogue built in ``bot.app``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from redis.exceptions import RedisError

from bot import texts
from bot.cards import BadButtonKey, ButtonKey
from bot.language import Intent, PeopleSpotter, detect_language, parse
from bot.models.events import CardClick, EnterAgent, InboundEvent, TextMessage, UnknownEvent, dedupe_key
from bot.patience import outlast_redis
from bot.routing import Route, Router
from bot.texts import Lang, T
from storage.conversations import ConversationStore, Dialog

log = logging.getLogger(__name__)

# Names every handler may ask for, besides the services catalogue.
PER_EVENT = frozenset({"ctx", "event", "intent", "lang", "key"})
# Services that only features may use: handlers never touch raw Redis.
FEATURE_ONLY = frozenset({"redis", "keys"})

# Intents answered in a group's thread (their replies never name a customer); the rest go privately.
GROUP_THREAD_INTENTS = frozenset({"help", "unknown"})
# Intents that start something new: they leave a dialog that does not take free text.
NEW_REQUESTS = frozenset({"handover", "offboard", "status", "list", "records", "checklist", "help", "snooze",
                          "audit"})
ANSWERS = frozenset({"choose", "confirm", "deny"})


def _receiver_only(intent: Intent, answers: frozenset[str]) -> bool:
    """"给何静吧，她熟悉这些客户" while asked who takes over: a request naming only a receiver answers it."""
    slots = intent.slots
    return intent.intent in answers and bool(slots.get("takeover")) and not slots.get("handover") \
        and not slots.get("job") and not slots.get("takeovers")


class Messenger(Protocol):
    async def send_text(self, touser: str | list[str], content: str) -> Any: ...


class Outbound(Protocol):
    """The durable outbox (bot/outbox.py): posting the same key twice sends once."""

    async def post(self, touser: str | list[str], text: str, *, key: str, once: bool = False,
                   reply_to: str = "", chat: str = "", welcome: bool = False) -> None: ...


class ReplyLedger(Protocol):
    """Which replies of one event were already sent (so a re-delivered event does not repeat them)."""

    async def sent(self, event_key: str, n: int) -> bool: ...
    async def mark(self, event_key: str, n: int) -> None: ...


@dataclass
class Context:
    """What a handler knows about the event it is handling, and how it answers."""

    event: InboundEvent
    user: str
    lang: Lang
    messenger: Messenger
    dialog: Dialog | None = None
    ledger: ReplyLedger | None = None
    outbox: Outbound | None = None
    # a group message's replies go to the group's thread only when nothing in them can name a
    # customer (the bot cannot see who is in a group); else privately to the member
    in_thread: bool = False
    _dialog_changed: bool = field(default=False, repr=False)
    _replies: int = field(default=0, repr=False)

    async def reply(self, text: str) -> None:
        # A worker that dies after sending but before acknowledging gets its event handled
        # again; the ledger keeps the n-th reply of this event from going out twice.
        n, self._replies = self._replies, self._replies + 1
        key = dedupe_key(self.event)
        if self.outbox is not None:  # durable, in order, waits out the member's budget; once per key
            # over the bot's connection the first reply answers the message itself (in its group's thread)
            public = self.event.chat_type == "single" or self.in_thread
            answers = isinstance(self.event, TextMessage | EnterAgent)  # a message's reply, an entered chat's welcome
            reply_to = self.event.reply_req_id if n == 0 and answers and public else ""
            await self.outbox.post(self.user, text, key=f"reply:{key}:{n}", reply_to=reply_to,
                                   chat=self.event.chat_id if self.in_thread else "",
                                   welcome=isinstance(self.event, EnterAgent))
            return
        if self.ledger is not None and await self.ledger.sent(key, n):
            return
        await self.messenger.send_text([self.user], text)
        if self.ledger is not None:
            await _mark_sent(self.ledger, key, n)

    async def say(self, t: T, **kw: object) -> None:
        await self.reply(t(self.lang, **kw))

    async def say_in_thread(self, t: T) -> None:
        """One line into the group's thread (it names nobody), before the private answer."""
        was, self.in_thread = self.in_thread, True
        try:
            await self.say(t)
        finally:
            self.in_thread = was

    def start_dialog(self, state: str, data: dict[str, Any] | None = None) -> None:
        self.dialog = Dialog(state=state, data=dict(data or {}), lang=self.lang)
        self._dialog_changed = True

    def end_dialog(self) -> None:
        self.dialog = None
        self._dialog_changed = True


async def _mark_sent(ledger: ReplyLedger, key: str, n: int) -> None:
    """The reply is out: its mark must land, or a retry of the event would send it again."""
    await outlast_redis(lambda: ledger.mark(key, n), f"the reply mark of {key}/{n}")


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, RedisError | asyncio.TimeoutError | ConnectionError):
        return True
    kind = getattr(exc, "kind", None)
    return kind in ("transient", "rate_limited", "token")


class Dispatcher:
    def __init__(
        self,
        router: Router,
        conversations: ConversationStore,
        messenger: Messenger,
        services: Mapping[str, Any],
        *,
        today: Callable[[], date],
    ) -> None:
        clash = PER_EVENT & set(services)
        if clash:
            raise TypeError(f"services may not use reserved names {sorted(clash)}")
        router.check((set(services) - FEATURE_ONLY) | PER_EVENT)
        self._router = router
        self._conversations = conversations
        self._messenger = messenger
        self._services = dict(services)
        self._today = today
        self._outbox: Outbound | None = services.get("outbox")

    async def __call__(self, event: InboundEvent) -> None:
        user = event.from_user
        lang: Lang = detect_language(event.content) if isinstance(event, TextMessage) else "zh"
        ctx = Context(event=event, user=user, lang=lang, messenger=self._messenger, ledger=self._conversations,
                      outbox=self._outbox)
        try:
            if event.chat_type == "group" and not self._is_admin(user):
                # authorization at the point of action: a group @-mention is a request only from an admin
                log.info("group request from non-admin %s in %s: answered privately", user, event.chat_id)
                await ctx.say(texts.GROUP_ADMINS_ONLY)
                return
            await self._with_conversation(ctx)
        except Exception as exc:
            if _is_transient(exc):
                raise
            log.error("handler failed for %s from %s", event.kind, user, exc_info=True)
            if isinstance(event, TextMessage | CardClick) and user and user != "sys":
                try:
                    await ctx.say(texts.INTERNAL_ERROR)
                except Exception:
                    log.warning("could not send the apology", exc_info=True)

    async def _with_conversation(self, ctx: Context) -> None:
        if not isinstance(ctx.event, TextMessage | CardClick):
            await self._route(ctx, expired=None)
            return
        token = await self._acquire(ctx.user)
        try:
            ctx.dialog, expired = await self._conversations.load(ctx.user)
            if ctx.dialog is not None and not isinstance(ctx.event, TextMessage):
                ctx.lang = ctx.dialog.lang  # type: ignore[assignment]
            await self._route(ctx, expired=expired)
            if ctx._dialog_changed:
                if ctx.dialog is None:
                    await self._conversations.clear(ctx.user)
                else:
                    await self._conversations.save(ctx.user, ctx.dialog)
        finally:
            await self._conversations.unlock(ctx.user, token)

    def _is_admin(self, user: str) -> bool:
        settings = self._services.get("settings")
        return settings is not None and user in settings.admins

    async def _acquire(self, user: str) -> str:
        # The inbox already runs one user's events in order; this guards the rare overlap
        # with a reclaimed entry. Wait briefly rather than fail.
        for _ in range(200):
            token = await self._conversations.lock(user)
            if token:
                return token
            await asyncio.sleep(0.05)
        raise TimeoutError(f"conversation lock for {user} is stuck")

    async def _route(self, ctx: Context, *, expired: str | None) -> None:
        event = ctx.event
        if isinstance(event, TextMessage):
            await self._route_text(ctx, event, expired)
        elif isinstance(event, CardClick):
            try:
                key = ButtonKey.unpack(event.event_key)
            except BadButtonKey:
                log.warning("ignored card click with an unreadable key from %s", event.from_user)
                return
            route = self._router.for_card(key.action)
            if route is None:
                log.warning("no handler for card action %r", key.action)
                return
            await self._call(route, ctx, intent=None, key=key)
        else:
            route = self._router.for_event(event)
            if route is not None:
                await self._call(route, ctx, intent=None)
            elif isinstance(event, EnterAgent):
                await ctx.say(texts.WELCOME)
            elif isinstance(event, UnknownEvent) and event.msg_type != "event" and event.from_user:
                await ctx.say(texts.TEXT_ONLY)
            else:
                log.debug("no handler for %s", event.kind)

    async def _people(self) -> PeopleSpotter | None:
        """The directory's name matcher when the directory feature is on (see DirectoryLookup)."""
        source = getattr(self._services.get("lookup"), "people", None)
        if source is None:
            return None
        spotter: PeopleSpotter = await source()
        return spotter

    async def _route_text(self, ctx: Context, event: TextMessage, expired: str | None) -> None:
        intent = parse(event.content, today=self._today(), people=await self._people())
        ctx.lang = intent.lang
        if event.chat_type == "group":
            if intent.intent in GROUP_THREAD_INTENTS and ctx.dialog is None:
                ctx.in_thread = True
            else:
                await ctx.say_in_thread(texts.GROUP_ANSWERED_PRIVATELY)
        dialog = ctx.dialog
        if dialog is not None:
            route = self._router.for_dialog(dialog.state)
            if intent.intent == "cancel" and not intent.slots.get("job"):
                ctx.end_dialog()
                await ctx.say(texts.DIALOG_CANCELLED)
                return
            if route is not None and (route.free_text or intent.intent not in NEW_REQUESTS
                                      or _receiver_only(intent, route.answers_by_request)):
                await self._call(route, ctx, intent=intent)
                return
            ctx.end_dialog()  # a new request in the middle of a dialog is a new request
        elif expired and intent.intent in ANSWERS:
            # "1" reads as English; answer in the language the question was asked in
            ctx.lang = "en" if expired == "en" else "zh"
            await ctx.say(texts.DIALOG_EXPIRED)
            return
        route = self._router.for_intent(intent.intent) or self._router.for_intent("unknown")
        if route is None:
            await ctx.say(texts.NOT_UNDERSTOOD, help=texts.HELP(ctx.lang))
            return
        await self._call(route, ctx, intent=intent)

    async def _call(self, route: Route, ctx: Context, *, intent: Intent | None, key: ButtonKey | None = None) -> None:
        available: dict[str, Any] = {"ctx": ctx, "event": ctx.event, "intent": intent, "lang": ctx.lang, "key": key}
        kwargs = {p: available[p] if p in available else self._services[p] for p in route.params}
        result: Awaitable[Any] = route.handler(**kwargs)
        await result
