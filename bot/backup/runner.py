"""Running the customer backup: a full run over every customer-contact member, and change events.

A full run (API.md §7): ``get_follow_user_list`` → the members, fixed for the run; the tag library
(``get_corp_tag_list``) once; then chunks of ≤ 100 members, each one cursor walk of
``batch/get_by_user`` (limit 100). ``parallel`` chunks walk at once — below the client's cap of
concurrent externalcontact calls, so the engine and chat previews still get slots — and every
call goes through the same client, rate windows and 45009 blocks as everything else. Each finished
chunk is written at once (storage/backup.py), so an interrupted run resumes with the chunks not
yet done. One instance runs it at a time (a lease, renewed while it works).

Between full runs, change_external_contact events keep the members' latest view current:
add/edit re-read the customer with ``externalcontact/get`` (its tags come with names), del removes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Coroutine, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Protocol

from bot.backup.records import DetailLike, TagGroupLike, from_batch_row, from_detail, tag_library
from bot.clock import Clock
from storage.backup import BackedUpCustomer, BackedUpTag, BackupRun, CustomerBackupStore, Generation

log = logging.getLogger(__name__)

MAX_MEMBERS_PER_CALL = 100  # batch/get_by_user userid_list
ADDED = frozenset({"add_external_contact", "edit_external_contact", "add_half_external_contact"})
REMOVED = frozenset({"del_external_contact", "del_follow_user"})


class BackupSource(Protocol):
    """The slice of ``WeComClient`` the backup reads."""

    async def list_follow_users(self) -> list[str]: ...
    async def corp_tags(self) -> Sequence[TagGroupLike]: ...
    def iter_customers_by_user(self, userids: list[str]) -> AsyncIterator[DetailLike]: ...
    async def get_customer(self, external_userid: str) -> DetailLike: ...


@dataclass(frozen=True)
class BackupReport:
    generation: Generation | None  # None: another instance holds the lease
    chunks: int = 0
    resumed_with: int = 0  # chunks already done when this run picked the backup up


class CustomerBackup:
    def __init__(
        self,
        store: CustomerBackupStore,
        source: BackupSource,
        *,
        clock: Clock,
        tz: tzinfo,
        keep_days: int,
        holder: str,
        parallel: int = 2,
        chunk_size: int = MAX_MEMBERS_PER_CALL,
        lease_ttl: float = 120.0,
    ) -> None:
        if not 1 <= chunk_size <= MAX_MEMBERS_PER_CALL:
            raise ValueError(f"chunk_size must be 1..{MAX_MEMBERS_PER_CALL}")
        self.store = store
        self._source = source
        self._clock = clock
        self._tz = tz
        self._keep_days = keep_days
        self._holder = holder
        self._parallel = max(1, parallel)
        self._chunk_size = chunk_size
        self._lease_ttl = lease_ttl

    # --- the full run ----------------------------------------------------------------------------
    async def run(self) -> BackupReport:
        """Start a full run, or carry on the one recorded. Errors propagate with the progress kept."""
        if not await self.store.acquire(self._holder, self._lease_ttl):
            return BackupReport(generation=None)
        renewer = asyncio.create_task(self._keep_lease())
        try:
            run = await self.store.run()
            if run is None:
                run = await self.store.begin(await self._new_run())
            resumed = len(run.done)
            library = dict(run.tags)
            queue = run.todo()

            async def worker() -> None:
                while queue:
                    index = queue.pop(0)
                    books = await self._walk(run.chunk(index), library)
                    if not await self.store.save_chunk(run, index, books, holder=self._holder, at=self._clock.now()):
                        raise LeaseLost("the backup lease was lost; another instance carries on")

            await _all_or_none([worker() for _ in range(min(self._parallel, len(queue)) or 1)])
            generation = await self.store.finish(run, at=self._clock.now(), keep_days=self._keep_days)
            log.info("customer backup %s: %s members, %s customers (%s chunks, %s resumed)", generation.id,
                     generation.members, generation.customers, run.chunks, resumed)  # fmt: skip
            return BackupReport(generation=generation, chunks=run.chunks, resumed_with=resumed)
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
            await self.store.release(self._holder)

    async def _new_run(self) -> BackupRun:
        members = sorted(set(await self._source.list_follow_users()))
        library = tag_library(await self._source.corp_tags())
        now = self._clock.now()
        stamp = datetime.fromtimestamp(now, self._tz).strftime("%Y-%m-%dT%H:%M:%S")
        generation, n = stamp, 1
        while await self.store.generation_exists(generation):  # two runs in one second (on demand)
            n += 1
            generation = f"{stamp}.{n}"
        return BackupRun(generation=generation, started_at=now, members=members, chunk_size=self._chunk_size,
                         tags=library)  # fmt: skip

    async def _walk(self, userids: list[str], library: dict[str, BackedUpTag]) -> dict[str, list[BackedUpCustomer]]:
        books: dict[str, list[BackedUpCustomer]] = {u: [] for u in userids}
        unknown_seen = False
        async for detail in self._source.iter_customers_by_user(userids):
            if not detail.follow_user:
                continue
            userid, customer, unknown = from_batch_row(detail, library)
            if unknown and not unknown_seen:
                # a tag made after the run began: read the library again (once per chunk)
                unknown_seen = True
                library.update(tag_library(await self._source.corp_tags()))
                userid, customer, unknown = from_batch_row(detail, library)
            if userid in books:
                books[userid].append(customer)
        return books

    async def _keep_lease(self) -> None:
        while True:
            await asyncio.sleep(self._lease_ttl / 3)
            if not await self.store.renew(self._holder, self._lease_ttl):
                log.warning("customer backup: lease lost")
                return

    # --- change events between runs ----------------------------------------------------------------
    async def apply_event(self, change_type: str, userid: str, external_userid: str) -> None:
        if not userid or not external_userid:
            return
        at = self._clock.now()
        if change_type in REMOVED:
            await self.store.remove(userid, external_userid, at=at)
        elif change_type in ADDED:
            customer = from_detail(await self._source.get_customer(external_userid), userid)
            if customer is None:  # no longer a follower by the time we read it
                await self.store.remove(userid, external_userid, at=at)
            else:
                await self.store.put(userid, customer, at=at)


class LeaseLost(RuntimeError):
    pass


async def _all_or_none(jobs: list[Coroutine[Any, Any, None]]) -> None:
    """Run the walkers together; the first failure cancels the others (no orphan keeps writing
    after the lease is released) and is raised."""
    tasks = [asyncio.create_task(j) for j in jobs]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for t in done:  # finished before the cancel above: exception() is safe to ask
        failure = t.exception()
        if failure is not None:
            raise failure
