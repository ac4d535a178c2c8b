"""``Postman``: delivers the durable outbox (storage/outbox.py) — every message a person should
get, exactly in the order it was written, never lost to a crash or to the per-member budget.

The platform silently drops app messages past 30/min or 1000/h per member (API.md §3.2), so a
message is sent only after its recipient's budget was charged; when the budget is spent the
member's queue waits (durably) for the window to reopen instead of the caller waiting or failing:
a worker that posts a reply is never blocked, other members are not delayed. When many replies
pile up for one member, the waiting ones are merged into one message.

Exactly once: an entry is dropped only after WeCom accepted it. A crash between the two re-sends
it; entries marked ``once`` (milestone notices, whose text names the job and the milestone) go out
with WeCom's duplicate check (``enable_duplicate_check``, max 4 h): the platform itself drops the
identical re-send. Plain replies are not sent with it — their texts repeat legitimately ("no such
job" twice) and the check would swallow the second — so a crash in that one round trip can repeat
a reply, never lose it.

With the intelligent bot's long connection (``channel``), a member who has messaged the bot is
told over it: a reply on the req_id of the message it answers (in a group: in the group's thread),
anything else pushed with ``aibot_send_msg``. A member who never did cannot be reached that way
and gets the app's message/send (logged). Only the process holding the connection can use it;
the others leave such a member's queue to it, and after ``channel_wait`` without a live
connection the app delivers instead. The same per-conversation budget (30/min, 1000/h) counts
both ways. The bot channel has no duplicate check: like a plain reply, a crash in the round trip
may repeat a message there, never lose it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import Literal, Protocol

from bot.longconn.client import NotConnected
from bot.longconn.frames import ERR_INVALID_REQ_ID, ERR_RATE
from bot.patience import outlast_redis
from bot.wecom import WeComAPIError, WeComClient
from bot.wecom.messages import TEXT_MAX_BYTES
from storage.outbox import OutboxEntry, OutboxStore, Post

log = logging.getLogger(__name__)

DUPLICATE_CHECK_SECONDS = 4 * 3600  # the platform's maximum
MERGE_SEPARATOR = "\n\n"
RATE_PAUSE = 60.0  # the bot channel refused for rate: the per-minute window reopens within this
HOLDER_POLL = 1.0  # a queue left to the connection's holder is looked at again after this
REPLY_ATTEMPT_TTL = 24 * 3600.0  # a req_id takes replies for 24 h
_REPLIED_BEFORE = -1  # not an errcode: an earlier attempt of this reply went out

Way = Literal["aibot", "app", "wait"]


class BotPath(Protocol):
    """The long connection as the outbox uses it (bot/longconn/channel.py)."""

    def live(self) -> bool: ...
    async def reachable(self, conversation: str) -> bool: ...
    async def reply(self, req_id: str, text: str) -> int: ...
    async def welcome(self, req_id: str, text: str) -> int: ...
    async def push(self, conversation: str, text: str) -> int: ...


def merge_texts(entries: Sequence[OutboxEntry], max_bytes: int = TEXT_MAX_BYTES) -> int:
    """How many head entries fit into one message of ``max_bytes`` (at least 1)."""
    size, n = 0, 0
    for e in entries:
        add = len(e.text.encode()) + (len(MERGE_SEPARATOR.encode()) if n else 0)
        if n and size + add > max_bytes:
            break
        size, n = size + add, n + 1
    return n


class Postman:
    def __init__(
        self,
        store: OutboxStore,
        client: WeComClient,
        *,
        poll: float = 0.5,
        lock_ttl: float = 30.0,
        merge_at: int = 5,
        backoff: float = 2.0,
        now: Callable[[], float] = time.time,
        on_delivered: Callable[[float], None] | None = None,
        instance: str = "",
        channel: BotPath | None = None,
        channel_wait: float = 30.0,
        on_sent: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.poll = poll
        self.lock_ttl = lock_ttl
        self.merge_at = merge_at  # waiting entries of one member that get merged into one message
        self.backoff = backoff
        self._now = now
        self.on_delivered = on_delivered  # seconds from enqueue to delivery
        # with a stable instance id a restart takes its dead predecessor's member locks back
        self.instance = instance
        self.channel = channel  # the intelligent bot's long connection, when configured
        self.channel_wait = channel_wait  # how long a message may wait for the connection's holder
        self.on_sent = on_sent  # "aibot" | "app": which way a delivered message went
        self._task: asyncio.Task[None] | None = None
        self._flushing: dict[str, asyncio.Task[None]] = {}
        self._local: dict[str, asyncio.Lock] = {}  # one sender per member in this process

    # --- writing ---------------------------------------------------------------------------
    async def post(self, touser: str | Sequence[str], text: str, *, key: str, once: bool = False,
                   reply_to: str = "", chat: str = "", welcome: bool = False) -> None:
        """Enqueue ``text`` for each recipient (entry id ``<key>:<userid>``: posting the same key
        again adds nothing) and deliver what the budgets allow now, without waiting for more.
        ``reply_to``/``chat``: the bot message it answers and its group (see OutboxEntry)."""
        users = [touser] if isinstance(touser, str) else list(dict.fromkeys(touser))
        now = self._now()
        await self.post_entries([Post(u, OutboxEntry(f"{key}:{u}", text, now, once, reply_to, chat, welcome))
                                 for u in users if u])

    async def post_entries(self, posts: Sequence[Post]) -> None:
        await self.store.post(list(posts), self._now())
        for userid in dict.fromkeys(p.userid for p in posts):
            await self.flush(userid)

    # --- delivering ------------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._loop(), name="outbox")

    async def stop(self, grace: float = 10.0) -> None:
        """Stop scanning; let the deliveries in hand finish (a send cut off between WeCom's answer
        and its record would be sent again), cancel what is still running after ``grace``."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        pending = list(self._flushing.values())
        if pending:
            _, late = await asyncio.wait(pending, timeout=grace)
            for t in late:
                t.cancel()
            for t in late:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t

    async def _loop(self) -> None:
        while True:
            try:
                for userid in await self.store.due(self._now()):
                    if userid not in self._flushing:
                        task = asyncio.create_task(self._flush_logged(userid), name=f"outbox-{userid}")
                        self._flushing[userid] = task
                        task.add_done_callback(self._forget(userid))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("outbox scan failed", exc_info=True)
            await asyncio.sleep(self.poll)

    async def _flush_logged(self, userid: str) -> None:
        try:
            await self.flush(userid)
        except Exception:  # Redis away: the member stays due, the next scan tries again
            log.warning("outbox delivery to %s interrupted", userid, exc_info=True)

    def _forget(self, userid: str) -> Callable[[asyncio.Task[None]], None]:
        def done(_task: asyncio.Task[None]) -> None:
            self._flushing.pop(userid, None)

        return done

    async def flush(self, userid: str) -> None:
        """Deliver ``userid``'s queue while the budget allows; never waits for the budget. Another
        sender holding the member's lock delivers it instead (the due set catches a race)."""
        # Senders in this process take turns (a turn is short: it never waits for the budget).
        async with self._local.setdefault(userid, asyncio.Lock()):
            token = await self.store.lock(userid, self.lock_ttl, self.instance)
            if token is None:
                return
            try:
                while await self._deliver_head(userid):
                    await self.store.renew(userid, token, self.lock_ttl)
            finally:
                await self.store.unlock(userid, token)

    async def _deliver_head(self, userid: str) -> bool:
        """Send the head of the queue; True when the next one may follow at once."""
        entries = await self.store.peek(userid, 50)
        if not entries:
            await self.store.settle(userid)
            return False
        head = entries[0]
        way = await self._way(userid, head)
        if way == "wait":
            await self.store.settle(userid, next_try=self._now() + HOLDER_POLL)
            return False
        conversation = head.chat if way == "aibot" and head.chat else userid
        wait = await self.client.charge_member(conversation)
        if wait > 0:
            if len(entries) >= self.merge_at:
                await self._merge(userid, entries)
            await self.store.settle(userid, next_try=self._now() + wait)
            return False
        if way == "aibot":
            sent = await self._send_bot(userid, head, conversation)
            if sent == "later":
                return False
            if sent == "sent":
                return await self._delivered(userid, head, "aibot")
        try:
            await self.client.send_text(
                [userid], head.text, budget_charged=True,
                duplicate_check_interval=DUPLICATE_CHECK_SECONDS if head.once else None,
            )  # fmt: skip
        except WeComAPIError as exc:
            if exc.kind == "permanent":  # e.g. the member left (81013): nobody to tell
                log.warning("message %s to %s dropped: %s", head.id, userid, exc)
                await self.store.settle(userid, delivered=head.id, next_try=self._now())
                return True
            log.warning("message %s to %s not sent yet: %s", head.id, userid, exc)
            await self.store.settle(userid, next_try=self._now() + max(self.backoff, exc.retry_after or 0.0))
            return False
        except (TimeoutError, OSError):
            await self.store.settle(userid, next_try=self._now() + self.backoff)
            return False
        return await self._delivered(userid, head, "app")

    async def _delivered(self, userid: str, head: OutboxEntry, via: str) -> bool:
        left = await self._record_delivery(userid, head.id)
        if self.on_delivered is not None:
            self.on_delivered(max(0.0, self._now() - head.at))
        if self.on_sent is not None:
            self.on_sent(via)
        return left > 0

    async def _way(self, userid: str, head: OutboxEntry) -> Way:
        """Over the bot's connection, through the app, or wait for the connection's holder."""
        channel = self.channel
        if channel is None:
            return "app"
        if not head.reply_to and not await channel.reachable(head.chat or userid):
            log.info("message %s: %s has never messaged the bot, so it goes through the app's message/send",
                     head.id, userid)
            return "app"
        if channel.live():
            return "aibot"
        if self._now() - head.at < self.channel_wait:
            return "wait"  # the process holding the connection delivers it (or this one, once it holds it)
        log.warning("message %s to %s: no live long connection for %.0f s; through the app's message/send instead",
                    head.id, userid, self.channel_wait)
        return "app"

    async def _send_bot(self, userid: str, head: OutboxEntry, conversation: str) -> Literal["sent", "app", "later"]:
        """A reply on the req_id it answers (if that is no longer usable, a push to the same
        conversation), else a push. "app": the channel refused it for good; the app sends it."""
        assert self.channel is not None
        code = ERR_INVALID_REQ_ID
        try:
            if head.reply_to:
                code = await self._reply(head)
            if code == ERR_INVALID_REQ_ID:  # no req_id, or expired (24 h) or already used
                code = await self.channel.push(conversation, head.text)
        except (NotConnected, ConnectionError, TimeoutError, OSError) as exc:
            log.warning("message %s to %s not sent on the long connection yet (%s)", head.id, userid,
                        type(exc).__name__)
            await self.store.settle(userid, next_try=self._now() + self.backoff)
            return "later"
        if code in (0, _REPLIED_BEFORE):
            return "sent"
        if code == ERR_RATE:
            await self.store.settle(userid, next_try=self._now() + RATE_PAUSE)
            return "later"
        log.warning("message %s to %s refused on the long connection (errcode %s); through the app instead",
                    head.id, userid, code)
        return "app"

    async def _reply(self, head: OutboxEntry) -> int:
        """A req_id takes one reply and only this entry replies on it: refused as used after an
        attempt whose answer was lost means that attempt went out — a push now would double it."""
        assert self.channel is not None
        earlier = await self.store.begin_attempt(head.id, REPLY_ATTEMPT_TTL)
        try:
            send = self.channel.welcome if head.welcome else self.channel.reply
            code = await send(head.reply_to, head.text)
        except NotConnected:  # nothing was sent
            await self.store.end_attempt(head.id)
            raise
        if code == ERR_INVALID_REQ_ID and earlier:
            log.info("message %s: its req_id was used by an earlier attempt whose answer was lost; delivered", head.id)
            code = _REPLIED_BEFORE
        await self.store.end_attempt(head.id)
        return code

    async def _record_delivery(self, userid: str, entry_id: str) -> int:
        """The message is out: its record must land, or the entry would be sent again."""
        return await outlast_redis(
            lambda: self.store.settle(userid, delivered=entry_id, next_try=self._now()), f"the record of {entry_id}"
        )

    async def _merge(self, userid: str, entries: list[OutboxEntry]) -> None:
        """Far over budget: the waiting messages become one (as many as fit in one text)."""
        run = 1  # never merge a group's reply with a private message
        while run < len(entries) and entries[run].chat == entries[0].chat:
            run += 1
        n = merge_texts(entries[:run])
        if n < 2:
            return
        heads = entries[:n]
        merged = OutboxEntry(
            id=f"{heads[0].id}+{n - 1}", text=MERGE_SEPARATOR.join(e.text for e in heads), at=heads[0].at,
            once=all(e.once for e in heads), chat=heads[0].chat,
        )  # fmt: skip
        if await self.store.merge(userid, heads, merged):
            log.info("merged %d waiting messages to %s into one", n, userid)
