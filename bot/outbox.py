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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence

from bot.patience import outlast_redis
from bot.wecom import WeComAPIError, WeComClient
from bot.wecom.messages import TEXT_MAX_BYTES
from storage.outbox import OutboxEntry, OutboxStore, Post

log = logging.getLogger(__name__)

DUPLICATE_CHECK_SECONDS = 4 * 3600  # the platform's maximum
MERGE_SEPARATOR = "\n\n"


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
        self._task: asyncio.Task[None] | None = None
        self._flushing: dict[str, asyncio.Task[None]] = {}
        self._local: dict[str, asyncio.Lock] = {}  # one sender per member in this process

    # --- writing ---------------------------------------------------------------------------
    async def post(self, touser: str | Sequence[str], text: str, *, key: str, once: bool = False) -> None:
        """Enqueue ``text`` for each recipient (entry id ``<key>:<userid>``: posting the same key
        again adds nothing) and deliver what the budgets allow now, without waiting for more."""
        users = [touser] if isinstance(touser, str) else list(dict.fromkeys(touser))
        now = self._now()
        await self.post_entries([Post(u, OutboxEntry(f"{key}:{u}", text, now, once)) for u in users if u])

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
        wait = await self.client.charge_member(userid)
        if wait > 0:
            if len(entries) >= self.merge_at:
                await self._merge(userid, entries)
            await self.store.settle(userid, next_try=self._now() + wait)
            return False
        head = entries[0]
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
        left = await self._record_delivery(userid, head.id)
        if self.on_delivered is not None:
            self.on_delivered(max(0.0, self._now() - head.at))
        return left > 0

    async def _record_delivery(self, userid: str, entry_id: str) -> int:
        """The message is out: its record must land, or the entry would be sent again."""
        return await outlast_redis(
            lambda: self.store.settle(userid, delivered=entry_id, next_try=self._now()), f"the record of {entry_id}"
        )

    async def _merge(self, userid: str, entries: list[OutboxEntry]) -> None:
        """Far over budget: the waiting messages become one (as many as fit in one text)."""
        n = merge_texts(entries)
        if n < 2:
            return
        heads = entries[:n]
        merged = OutboxEntry(
            id=f"{heads[0].id}+{n - 1}", text=MERGE_SEPARATOR.join(e.text for e in heads), at=heads[0].at,
            once=all(e.once for e in heads),
        )  # fmt: skip
        if await self.store.merge(userid, heads, merged):
            log.info("merged %d waiting messages to %s into one", n, userid)
