"""Ending background tasks within a bound.

``await task`` inside ``suppress(CancelledError)`` has two traps: it waits forever for a task that
ignores its stop signal, and it swallows the *caller's* own cancellation too (so an
``asyncio.timeout``/``wait_for`` around the caller never fires and the caller hangs on).
``asyncio.wait`` has neither: it returns at the timeout and lets the caller's cancellation through.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

log = logging.getLogger(__name__)


async def finish(tasks: Iterable[asyncio.Task[Any]], *, grace: float, cancel_grace: float = 5.0,
                 what: str = "task") -> None:
    """Wait up to ``grace`` for ``tasks`` to end, cancel the rest and wait up to ``cancel_grace``
    for those; a task that still runs after that is logged and left behind, never waited on.
    Their results and errors are the caller's to read (``task.result()``); none is raised here."""
    tasks = list(tasks)
    pending = {t for t in tasks if not t.done()}
    if pending and grace > 0:
        _, pending = await asyncio.wait(pending, timeout=grace)
    for task in pending:
        task.cancel()
    if pending:
        _, pending = await asyncio.wait(pending, timeout=cancel_grace)
    for task in tasks:
        if task.done() and not task.cancelled():
            task.exception()  # read, so asyncio does not report it as never retrieved
    for task in pending:
        log.error("%s %s did not end %.1f s after it was cancelled; left behind", what, task.get_name(),
                  cancel_grace)
