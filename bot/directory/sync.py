"""Keeping the directory snapshot fresh: a full sync through the WeCom API, and contact events.

The source is anything shaped like ``WeComClient`` (structural typing): the types below name only
the attributes this module reads, so the client's own pydantic models fit as they are.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict

from bot.clock import Clock, SystemClock
from bot.directory.models import Department, DirectoryMember, status_from_code
from storage.directory import DepartedInfo, DirectoryStore

log = logging.getLogger(__name__)

ContactChange = Literal["create_user", "update_user", "delete_user"]


# --- what the source returns (read-only attributes; wider types accept the client's models) ---
class DepartmentLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def parentid(self) -> int | None: ...
    @property
    def name_en(self) -> str | None: ...


class UserLike(Protocol):
    @property
    def userid(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def alias(self) -> str | None: ...
    @property
    def english_name(self) -> str | None: ...
    @property
    def department(self) -> Sequence[int] | None: ...
    @property
    def main_department(self) -> int | None: ...
    @property
    def position(self) -> str | None: ...
    @property
    def direct_leader(self) -> Sequence[str] | None: ...
    @property
    def status(self) -> int | None: ...


class UnassignedLike(Protocol):
    @property
    def handover_userid(self) -> str: ...
    @property
    def external_userid(self) -> str: ...
    @property
    def dimission_time(self) -> int | float | None: ...


class DirectorySource(Protocol):
    """The slice of ``WeComClient`` the directory needs."""

    async def list_departments(self, id: int | None = None) -> Sequence[DepartmentLike]: ...
    async def list_department_members(self, department_id: int) -> Sequence[UserLike]: ...
    async def list_follow_users(self) -> list[str]: ...
    def iter_unassigned(self) -> AsyncIterator[UnassignedLike]: ...
    async def get_user(self, userid: str) -> UserLike: ...


class ContactFields(BaseModel):
    """Fields of a change_contact event (all optional: newer event servers send only ids)."""

    model_config = ConfigDict(frozen=True)

    name: str | None = None
    alias: str | None = None
    departments: list[int] | None = None
    main_department: int | None = None
    position: str | None = None
    status: int | None = None


class SyncReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: int
    departments: int
    listed: int  # members returned by user/list (deduplicated)
    customer_contact: int | None  # None when get_follow_user_list failed
    departed_total: int
    newly_departed: int
    known_only: int
    out_of_visibility: int
    unassigned_customers: int  # rows of get_unassigned_list
    customer_counts: dict[str, int]  # handover userid → customers waiting
    warnings: list[str] = []


class DirectorySync:
    def __init__(
        self,
        store: DirectoryStore,
        source: DirectorySource,
        *,
        clock: Clock | None = None,
        concurrency: int = 4,
    ) -> None:
        self._store = store
        self._source = source
        self._clock: Clock = clock or SystemClock()
        self._concurrency = concurrency

    async def full_sync(self) -> SyncReport:
        """Walk every visible department, merge, and install the snapshot.

        A failure while listing departments or members aborts the sync (a partial listing would
        make people look gone). The customer-contact steps are best effort: on failure the report
        carries a warning and the rest is still installed.
        """
        started = self._clock.now()
        departments = [_department(d) for d in await self._source.list_departments()]
        by_id = {d.id: d for d in departments}
        limiter = asyncio.Semaphore(self._concurrency)

        async def members_of(department_id: int) -> Sequence[UserLike]:
            async with limiter:
                return await self._source.list_department_members(department_id)

        listings = await asyncio.gather(*(members_of(d.id) for d in departments))
        users: dict[str, UserLike] = {}
        for listing in listings:
            for user in listing:
                users.setdefault(user.userid, user)  # one member, many departments: same object

        warnings: list[str] = []
        follow: set[str] | None
        try:
            follow = set(await self._source.list_follow_users())
        except Exception as exc:  # the client's error type is not ours to know; report and go on
            log.warning("directory sync: get_follow_user_list failed: %s", exc)
            warnings.append(f"get_follow_user_list failed: {exc}")
            follow = None

        counts: dict[str, set[str]] = {}
        departed_at: dict[str, float] = {}
        rows = 0
        try:
            async for row in self._source.iter_unassigned():
                rows += 1
                counts.setdefault(row.handover_userid, set()).add(row.external_userid)
                if row.dimission_time:
                    at = float(row.dimission_time)
                    departed_at[row.handover_userid] = max(departed_at.get(row.handover_userid, 0.0), at)
        except Exception as exc:
            log.warning("directory sync: get_unassigned_list failed: %s", exc)
            warnings.append(f"get_unassigned_list failed: {exc}")
            counts, departed_at = {}, {}

        listed = [
            member_from_user(u, by_id, customer_contact=None if follow is None else u.userid in follow)
            for u in users.values()
        ]
        departed = {
            uid: DepartedInfo(departed_at=departed_at.get(uid), customers=len(ext))
            for uid, ext in counts.items()
        }
        outcome = await self._store.replace_snapshot(
            listed, departments, departed=departed, synced_at=started
        )
        return SyncReport(
            version=outcome.version,
            departments=len(departments),
            listed=outcome.listed,
            customer_contact=None if follow is None else sum(1 for m in listed if m.customer_contact),
            departed_total=outcome.departed_total,
            newly_departed=outcome.newly_departed,
            known_only=outcome.known_only,
            out_of_visibility=outcome.out_of_visibility,
            unassigned_customers=rows,
            customer_counts={uid: len(ext) for uid, ext in sorted(counts.items())},
            warnings=warnings,
        )

    async def apply_contact_event(
        self,
        change_type: str,
        userid: str,
        new_userid: str | None = None,
        fields: ContactFields | None = None,
        *,
        at: float | None = None,
    ) -> DirectoryMember | None:
        """Apply one change_contact event; ``at`` is the event's CreateTime.

        delete_user keeps the member and marks it departed. create_user/update_user re-read the
        member through user/get when it answers, else merge the event's fields. Other change
        types (departments, tags) are ignored here; the next full sync picks them up.
        """
        when = at if at is not None else self._clock.now()
        if change_type == "delete_user":
            return await self._store.mark_departed(userid, when)
        if change_type not in ("create_user", "update_user"):
            return None
        current_id = userid
        if new_userid and new_userid != userid:
            await self._store.rename(userid, new_userid)
            current_id = new_userid
        fetched: UserLike | None
        try:
            fetched = await self._source.get_user(current_id)
        except Exception as exc:  # 60111 for members outside visibility, transport errors, …
            log.info("directory: user/get %s failed (%s); using the event's fields", current_id, exc)
            fetched = None
        departments = await self._store.departments()

        def change(existing: DirectoryMember | None) -> DirectoryMember | None:
            contact = existing.customer_contact if existing else None
            if fetched is not None:
                fresh = member_from_user(fetched, departments, customer_contact=contact)
                return fresh.model_copy(update={"userid": current_id})
            return _merge_fields(existing, current_id, fields or ContactFields(), departments, when)

        return await self._store.update(current_id, change)


def _department(d: DepartmentLike) -> Department:
    return Department(id=d.id, name=d.name, parent_id=d.parentid or None, name_en=d.name_en or None)


def member_from_user(
    user: UserLike, departments: dict[int, Department], *, customer_contact: bool | None
) -> DirectoryMember:
    department_ids = list(user.department or [])
    status = status_from_code(user.status)
    return DirectoryMember(
        userid=user.userid,
        name=user.name or "",
        alias=user.alias or None,
        english_name=user.english_name or None,
        departments=department_ids,
        main_department=user.main_department or (department_ids[0] if department_ids else None),
        department_names=_names(department_ids, departments),
        department_names_en=_names_en(department_ids, departments),
        position=user.position or "",
        direct_leaders=list(user.direct_leader or []),
        status=status,
        customer_contact=customer_contact,
    )


def _merge_fields(
    existing: DirectoryMember | None,
    userid: str,
    fields: ContactFields,
    departments: dict[int, Department],
    when: float,
) -> DirectoryMember | None:
    if existing is None and not fields.name:
        return None  # nothing to show for an unnamed stranger; the next full sync adds them
    base = existing or DirectoryMember(userid=userid, name=fields.name or "")
    update: dict[str, object] = {"out_of_visibility_since": None, "known_only_by_id": False}
    if fields.name:
        update["name"] = fields.name
    if fields.alias is not None:
        update["alias"] = fields.alias or None
    if fields.position is not None:
        update["position"] = fields.position
    if fields.departments is not None:
        update["departments"] = fields.departments
        update["department_names"] = _names(fields.departments, departments)
        update["department_names_en"] = _names_en(fields.departments, departments)
    if fields.main_department is not None:
        update["main_department"] = fields.main_department
    if fields.status is not None:
        status = status_from_code(fields.status)
        update["status"] = status
        if status == "departed" and base.departed_at is None:
            update["departed_at"] = when
    if not base.name and "name" not in update:
        update["known_only_by_id"] = base.known_only_by_id
    return base.model_copy(update=update)


def _names(ids: Sequence[int], departments: dict[int, Department]) -> list[str]:
    return [departments[d].name if d in departments else "" for d in ids]


def _names_en(ids: Sequence[int], departments: dict[int, Department]) -> list[str | None]:
    return [departments[d].name_en if d in departments else None for d in ids]
