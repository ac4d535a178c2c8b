"""Platform events about transfers: a customer refused, or the takeover member hit the cap."""

from __future__ import annotations

from bot.engine import TransferEngine
from bot.models.events import ExternalContactChange
from bot.routing import Router

router = Router("transfers")


@router.event(ExternalContactChange, when=lambda e: e.change_type == "transfer_fail")
async def transfer_failed(event: ExternalContactChange, engine: TransferEngine) -> None:
    # UserID is the takeover member; the engine maps (takeover, customer) back to its job
    await engine.on_transfer_fail(event.user_id, event.external_user_id, event.fail_reason)
