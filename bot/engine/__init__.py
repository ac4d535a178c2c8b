"""The transfer engine: approved handover job → moved customers and groups, followed to the end.

- ``TransferEngine`` (engine.py): finds and leases jobs, snapshots, sends batches with
  checkpoints, pauses/resumes, submits; ``poll`` / ``on_transfer_fail`` / ``finish`` (follow.py).
- ``timer_handlers(engine)`` (timers.py): the engine's kinds for the app's TimerService.
- ``Notifier`` / ``ClientNotifier`` / ``NameSource`` (notify.py); reports (report.py); reason
  words (reasons.py); ``add_export_command`` (export.py) for ``wecom-handover export``.
"""

from bot.engine.engine import NOTICE_KIND, POLL_KIND, RESUME_KIND, TransferEngine
from bot.engine.notify import ClientNotifier, NameSource, Notifier
from bot.engine.timers import timer_handlers

__all__ = [
    "NOTICE_KIND",
    "POLL_KIND",
    "RESUME_KIND",
    "ClientNotifier",
    "NameSource",
    "Notifier",
    "TransferEngine",
    "timer_handlers",
]
