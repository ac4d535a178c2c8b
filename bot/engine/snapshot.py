"""The fixed list of what a job moves, read once from the platform at the start of the job.

- 离职继承 customers: ``get_unassigned_list`` (all pages) filtered to the handover member.
- 在职继承 customers: ``externalcontact/list`` of the handover member.
- groups: ``groupchat/list`` with the member in ``owner_filter``. For a resigned owner
  ``status_filter = 1`` (离职待继承): groups in status 2 (离职继承中) are already being inherited by
  someone and 3 (离职继承完成) are done, so neither is ours to move. For an on-job owner
  ``status_filter = 0`` (all of the owner's groups; the resigned statuses do not apply).
- ``job.subset`` (a re-assignment of leftovers, or an explicit list): only those ids; ids no
  longer in the source are recorded as skipped (``not_in_snapshot``) rather than sent.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.engine.reasons import NOT_IN_SNAPSHOT
from bot.models.jobs import Job
from bot.wecom import WeComClient
from storage.transfers import Item, item_field

RESIGNED_WAITING = 1  # groupchat status 离职待继承
ALL_GROUPS = 0


@dataclass
class Snapshot:
    customers: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    skipped: dict[str, Item] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.customers or self.groups or self.skipped)


async def take_snapshot(client: WeComClient, job: Job) -> Snapshot:
    """Customers and groups are listed concurrently (independent cursors); either failing fails
    the snapshot, after both calls ended."""
    snap = Snapshot()
    results = await asyncio.gather(_customers(client, job, snap), _groups(client, job, snap), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return snap


async def _customers(client: WeComClient, job: Job, snap: Snapshot) -> None:
    if "customers" not in job.scope:
        return
    if job.path == "resigned":
        found = [u.external_userid async for u in client.iter_unassigned() if u.handover_userid == job.handover]
    else:
        found = await client.list_customers(job.handover)
    ids = list(dict.fromkeys(found))
    if job.subset is not None:
        present = set(ids)
        wanted = list(dict.fromkeys(job.subset))
        ids = [i for i in wanted if i in present]
        snap.skipped = {
            item_field("c", i): Item(k="c", s="skipped", r=NOT_IN_SNAPSHOT) for i in wanted if i not in present
        }
    snap.customers = ids


async def _groups(client: WeComClient, job: Job, snap: Snapshot) -> None:
    if "groups" not in job.scope:
        return
    status = RESIGNED_WAITING if job.path == "resigned" else ALL_GROUPS
    chats = [g.chat_id async for g in client.iter_group_chats(owners=[job.handover], status_filter=status)]
    snap.groups = list(dict.fromkeys(chats))
