"""Helpers for the approval scenarios: file a job through the real filer, find its cards,
click them (genuinely, or forged by someone without the card), wait for background work."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from bot.approvals.filing import Duplicate, Filed, HandoverRequest, Refused
from bot.cards import ButtonKey
from bot.models.jobs import Job
from bot.sandbox.callbacks import render_plaintext
from bot.sandbox.world import DeliveredMessage
from tests.support.stack import Stack

# Once approved, the real engine may already have picked the job up.
APPROVED_ONWARD = ("approved", "running", "paused", "submitted", "completed", "completed_with_failures")

async def request(
    stack: Stack,
    *,
    requester: str = "wangfang",
    handover: str = "zhangwei",
    takeover: str = "lina",
    customers: int = 50,
    groups: int = 0,
    lang: Literal["zh", "en"] = "zh",
    leaders: list[str] | None = None,
    reason: str | None = None,
) -> HandoverRequest:
    directory = stack.runtime.services["directory"]
    h = await directory.get(handover)
    t = await directory.get(takeover)
    assert h is not None and t is not None
    if leaders is not None:
        h = h.model_copy(update={"direct_leaders": leaders})
    scope: tuple[Literal["customers", "groups"], ...] = ("customers", "groups") if groups else ("customers",)
    return HandoverRequest(
        requester=requester, handover=h, takeover=t, path="resigned", scope=scope,
        customer_count=customers, group_count=groups, lang=lang, reason=reason,
    )  # fmt: skip


async def file(stack: Stack, **kw: Any) -> Filed | Duplicate | Refused:
    outcome: Filed | Duplicate | Refused = await stack.runtime.services["filer"].file(await request(stack, **kw))
    return outcome


async def file_job(stack: Stack, **kw: Any) -> Job:
    outcome = await file(stack, **kw)
    assert isinstance(outcome, Filed), outcome
    return outcome.job


async def job(stack: Stack, job_id: str) -> Job:
    found: Job | None = await stack.runtime.services["jobs"].get(job_id)
    assert found is not None
    return found


def card(stack: Stack, userid: str, job_id: str, level: int = 1) -> DeliveredMessage:
    prefix = f"ho_{job_id}_l{level}_"
    found = [m for m in stack.world.cards_for(userid) if (m.task_id or "").startswith(prefix)]
    assert len(found) == 1, f"{userid} has {len(found)} level-{level} cards of {job_id}"
    return found[0]


def replace_text(stack: Stack, userid: str, task_id: str) -> str | None:
    copy = stack.world.card_copy(userid, task_id)
    assert copy is not None and copy.card is not None
    value = copy.card.get("replace_text")
    return str(value) if value is not None else None


def key(action: str, job_id: str, level: int = 1) -> str:
    return ButtonKey(action, job_id, str(level)).pack()


async def click(stack: Stack, userid: str, job_id: str, action: str, level: int = 1, *, force: bool = False) -> None:
    task_id = card(stack, userid, job_id, level).task_id
    assert task_id is not None
    await stack.click(userid, task_id, key(action, job_id, level), force=force)


async def forged_click(stack: Stack, userid: str, task_id: str, event_key: str) -> None:
    """A template_card_event from someone who never got the card (valid key and task id)."""
    w = stack.world
    code = w.issue_response_code(task_id, userid).code
    xml = render_plaintext([
        ("ToUserName", w.credentials.corp_id), ("FromUserName", userid), ("CreateTime", int(w.now())),
        ("MsgType", "event"), ("Event", "template_card_event"), ("EventKey", event_key), ("TaskId", task_id),
        ("CardType", "button_interaction"), ("ResponseCode", code), ("AgentID", w.credentials.agent_id),
    ])  # fmt: skip
    delivery = await stack.sender.post("template_card_event", xml)
    assert delivery.ok
    await stack.idle()


async def audit_actions(stack: Stack, job_id: str) -> list[tuple[str, str, str | None, str | None]]:
    entries = await stack.runtime.services["audit"].for_job(job_id)
    return [(e.action, e.actor, e.from_state, e.to_state) for e in entries]


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 20.0) -> None:
    """Wait for background work (the TimerService) to produce ``check``; fail if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError(f"never happened: {what}")
        await asyncio.sleep(0.05)


def texts_to(stack: Stack, userid: str) -> list[str]:
    return [m.content or "" for m in stack.world.delivered(userid) if m.msgtype == "text"]
