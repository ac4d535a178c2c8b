"""Handover requests from chat: "把张伟的客户交接给李娜" → who is meant → preview → filed for approval."""

from __future__ import annotations

from bot.clock import Clock
from bot.directory.lookup import DirectoryLookup
from bot.dispatcher import Context
from bot.handover.conversation import STATES, Conversation
from bot.handover.feature import HandoverLinks
from bot.language import Intent
from bot.models.events import TextMessage
from bot.routing import Router
from bot.settings import Settings
from bot.wecom import WeComClient
from storage.directory import DirectoryStore
from storage.jobs import JobStore

router = Router("handover")


def _conversation(
    ctx: Context,
    settings: Settings,
    client: WeComClient,
    clock: Clock,
    directory: DirectoryStore,
    lookup: DirectoryLookup,
    jobs: JobStore,
    handover_links: HandoverLinks,
) -> Conversation:
    return Conversation(
        ctx=ctx,
        admins=settings.admins,
        tz=settings.tz,
        second_over=settings.second_approval_over,
        client=client,
        clock=clock,
        directory=directory,
        lookup=lookup,
        jobs=jobs,
        links=handover_links,
    )


@router.intent("handover")
async def request_handover(
    ctx: Context,
    intent: Intent,
    settings: Settings,
    client: WeComClient,
    clock: Clock,
    directory: DirectoryStore,
    lookup: DirectoryLookup,
    jobs: JobStore,
    handover_links: HandoverLinks,
) -> None:
    conversation = _conversation(ctx, settings, client, clock, directory, lookup, jobs, handover_links)
    await conversation.start(intent)


@router.dialog(*STATES, answers_by_request=("handover",))
async def answer_question(
    ctx: Context,
    event: TextMessage,
    settings: Settings,
    client: WeComClient,
    clock: Clock,
    directory: DirectoryStore,
    lookup: DirectoryLookup,
    jobs: JobStore,
    handover_links: HandoverLinks,
    intent: Intent | None,
) -> None:
    dialog = ctx.dialog
    if dialog is None:
        return
    # "1" reads as English; the conversation stays in the language the request was made in.
    ctx.lang = "en" if dialog.lang == "en" else "zh"
    conversation = _conversation(ctx, settings, client, clock, directory, lookup, jobs, handover_links)
    await conversation.answer(dialog.state, dialog.data, event.content, intent)
