"""Offboarding checklists from chat: start one, tick items (text or card), show, snooze, and the
one-tap handover offered to the admins when the member has left."""

from __future__ import annotations

import logging

from bot.cards import ButtonKey
from bot.checklists import texts
from bot.checklists.cards import HANDOVER_ACTION, QUESTION_KEY, SUBMIT_ACTION, item_number
from bot.checklists.conversation import PICK_LIST, PICK_PERSON, PICK_SHOW, STATES, Chat
from bot.checklists.departure import Departures
from bot.checklists.service import ChecklistService
from bot.directory.lookup import DirectoryLookup
from bot.dispatcher import Context
from bot.language import Intent
from bot.models.events import CardClick, TextMessage
from bot.routing import Router

log = logging.getLogger(__name__)

router = Router("checklist")


def _chat(ctx: Context, checklists: ChecklistService, lookup: DirectoryLookup) -> Chat:
    return Chat(ctx=ctx, checklists=checklists, lookup=lookup)


@router.intent("offboard")
async def start_offboarding(
    ctx: Context, intent: Intent, checklists: ChecklistService, lookup: DirectoryLookup
) -> None:
    await _chat(ctx, checklists, lookup).offboard(intent)


@router.intent("checklist")
async def checklist_request(
    ctx: Context, intent: Intent, checklists: ChecklistService, lookup: DirectoryLookup
) -> None:
    chat = _chat(ctx, checklists, lookup)
    action, item, member = intent.slots["action"], intent.slots["item"], intent.slots["member"]
    if action in ("done", "undo"):
        await chat.tick_request(str(action), item if isinstance(item, int) else None)
    else:
        await chat.show(member if isinstance(member, str) else None)


@router.intent("snooze")
async def snooze(ctx: Context, intent: Intent, checklists: ChecklistService, lookup: DirectoryLookup) -> None:
    until = intent.slots["until"]
    await _chat(ctx, checklists, lookup).snooze(until if isinstance(until, str) else None)


@router.dialog(*STATES)
async def answer(ctx: Context, event: TextMessage, checklists: ChecklistService, lookup: DirectoryLookup) -> None:
    dialog = ctx.dialog
    if dialog is None:
        return
    ctx.lang = "en" if dialog.lang == "en" else "zh"  # "1" reads as English; keep the request's language
    chat = _chat(ctx, checklists, lookup)
    if dialog.state == PICK_PERSON:
        await chat.answer_pick(dialog.data, event.content)
    elif dialog.state == PICK_LIST:
        await chat.answer_list(dialog.data, event.content)
    elif dialog.state == PICK_SHOW:
        await chat.answer_show(dialog.data, event.content)


@router.card_click(SUBMIT_ACTION)
async def submit_card(ctx: Context, event: CardClick, key: ButtonKey, checklists: ChecklistService) -> None:
    numbers = {n for n in (item_number(o) for o in event.selected.get(QUESTION_KEY, ())) if n is not None}
    outcome = await checklists.submit(key.ref, event.task_id, ctx.user, numbers)
    if outcome is None:
        log.warning("checklist card submit for unknown checklist %s from %s", key.ref, ctx.user)
        return
    checklist = outcome.checklist
    if outcome.status == "closed":
        await checklists.close_card(event.task_id, ctx.user, event.response_code, checklist.lang)
        names = await checklists.names([checklist.member], checklist.lang)
        await ctx.reply(texts.CHECKLIST_CLOSED(checklist.lang, name=names[checklist.member]))
        return
    if outcome.status == "not_yours":
        log.warning("checklist %s: submit on card %s by %s who did not get it", key.ref, event.task_id, ctx.user)
        return
    await checklists.refresh_card(checklist, event.task_id, ctx.user, event.response_code, event.reply_req_id)
    if outcome.completed_now:
        await ctx.reply(texts.CARD_ALL_DONE(checklist.lang))


@router.card_click(HANDOVER_ACTION)
async def one_tap_handover(
    ctx: Context, event: CardClick, key: ButtonKey, checklists: ChecklistService, checklist_departures: Departures
) -> None:
    try:
        text, job_id = await checklist_departures.handover(key.ref, ctx.user)
    except LookupError:
        log.warning("one-tap handover for unknown checklist %s from %s", key.ref, ctx.user)
        return
    if job_id and event.response_code:
        checklist = await checklists.store.get(key.ref)
        lang = checklist.lang if checklist is not None else "zh"
        await checklists.client.update_template_card(
            event.response_code, atall=True, replace_name=texts.HANDOVER_DONE_BUTTON(lang, job=job_id)
        )
    await ctx.reply(text)
