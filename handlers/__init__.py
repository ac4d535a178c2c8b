"""What the bot does for people. ``build_router`` is the one list of what is wired."""

from __future__ import annotations

from bot.routing import Router


def build_router() -> Router:
    from handlers import approval, backup, checklist, common, contacts, handover, jobs, permissions, records, transfers

    return Router("root").include(
        contacts.router,
        transfers.router,
        backup.router,
        handover.router,
        approval.router, jobs.router,
        records.router,
        checklist.router,
        permissions.router,
        common.router,  # fallbacks: keep last
    )
