"""Starting an offboarding checklist from chat (story 4)."""

from __future__ import annotations

from bot.checklists.service import series_id
from tests.checklists.conftest import services, start_chenjing
from tests.support.stack import Stack


async def test_admin_starts_a_checklist_and_the_member_gets_the_card(cl_stack: Stack) -> None:
    stack = cl_stack
    checklist_id = await start_chenjing(stack)
    replies = stack.new_texts("wangfang")
    cards = stack.world.cards_for("chenjing")
    assert len(cards) == 1
    card = cards[0].card
    assert card is not None and card["card_type"] == "vote_interaction"
    options = card["checkbox"]["option_list"]
    assert len(options) == 8 and not any(o["is_checked"] for o in options)
    assert card["checkbox"]["mode"] == 1
    checklist = await services(stack)["checklists"].store.get(checklist_id)
    assert checklist.last_day == "2026-12-04" and checklist.successor == "lina"
    assert checklist.managers == ("liuqiang",)
    timer = await services(stack)["timers"].get(series_id(checklist_id))
    assert timer is not None and timer.kind == "checklist_reminder"
    del replies
