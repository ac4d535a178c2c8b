"""The engine's durable timer kinds, for the app's single TimerService."""

from __future__ import annotations

from bot.engine.engine import NOTICE_KIND, POLL_KIND, RESUME_KIND, TransferEngine
from bot.timers import TimerHandler
from storage.timers import Timer


def timer_handlers(engine: TransferEngine) -> dict[str, TimerHandler]:
    """``transfer_poll``: poll a submitted job (reschedules itself); ``transfer_resume``: a paused
    job's time has come — wake the engine (any instance's scan would also find it);
    ``transfer_notice``: re-send a milestone message the engine could not confirm."""

    async def poll(timer: Timer) -> None:
        job_id = timer.payload.get("job_id")
        if isinstance(job_id, str):
            await engine.poll(job_id)

    async def resume(timer: Timer) -> None:
        engine.wake()

    async def notice(timer: Timer) -> None:
        job_id, what = timer.payload.get("job_id"), timer.payload.get("notice")
        if isinstance(job_id, str) and isinstance(what, str):
            await engine.send_notice_from_timer(job_id, what)

    return {POLL_KIND: poll, RESUME_KIND: resume, NOTICE_KIND: notice}
