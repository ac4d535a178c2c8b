"""Customer changes between full backups: added/edited customers are re-read, deleted ones dropped."""

from __future__ import annotations

from bot.backup.runner import ADDED, REMOVED, CustomerBackup
from bot.models.events import ExternalContactChange
from bot.routing import Router

router = Router("backup")


@router.event(ExternalContactChange, when=lambda e: e.change_type in ADDED | REMOVED)
async def customer_changed(event: ExternalContactChange, customer_backup: CustomerBackup) -> None:
    await customer_backup.apply_event(event.change_type, event.user_id, event.external_user_id)
