"""Member changes from the contacts-sync event server: keep the directory snapshot current and
tell the features that care (checklists, engine) when somebody left."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.directory.sync import ContactFields, DirectorySync
from bot.models.events import ContactChange
from bot.routing import Router

log = logging.getLogger(__name__)

router = Router("contacts")

DepartureHook = Callable[[str, float], Awaitable[None]]


def _fields(event: ContactChange) -> ContactFields:
    f = event.fields

    def number(name: str) -> int | None:
        raw = f.get(name, "")
        return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else None

    departments = [int(d) for d in f.get("Department", "").split(",") if d.strip().isascii() and d.strip().isdigit()]
    return ContactFields(
        name=f.get("Name") or None,
        alias=f.get("Alias") or None,
        departments=departments or None,
        main_department=number("MainDepartment"),
        position=f.get("Position") or None,
        status=number("Status"),
    )


@router.event(ContactChange, when=lambda e: e.change_type in ("create_user", "update_user", "delete_user"))
async def member_changed(
    event: ContactChange, directory_sync: DirectorySync, departure_hooks: list[DepartureHook]
) -> None:
    await directory_sync.apply_contact_event(
        event.change_type, event.user_id, event.new_user_id or None, _fields(event), at=float(event.create_time)
    )
    if event.change_type == "delete_user":
        for hook in departure_hooks:
            await hook(event.user_id, float(event.create_time))
