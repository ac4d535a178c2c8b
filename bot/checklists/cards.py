"""The checklist card (vote_interaction, multi-select checkbox + submit) and the one-tap handover
card (button_interaction) sent to the admins when the member has left."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from bot.cards import ButtonKey
from bot.checklists import texts
from bot.checklists.format import day_label, title
from bot.texts import Lang
from bot.wecom.cards import (
    Button,
    ButtonInteractionCard,
    CardSource,
    Checkbox,
    CheckboxOption,
    HorizontalContent,
    MainTitle,
    SubmitButton,
    VoteInteractionCard,
)
from storage.checklists import Checklist, ChecklistItem

SUBMIT_ACTION = "cl_submit"
HANDOVER_ACTION = "cl_handover"
QUESTION_KEY = "cl_items"
_OPTION_PREFIX = "i"


def new_task_id(checklist_id: str) -> str:
    """Unique per card ever sent (the platform never accepts a task_id twice)."""
    return f"cl_{checklist_id}_{secrets.token_hex(5)}"


def option_id(n: int) -> str:
    return f"{_OPTION_PREFIX}{n}"


def item_number(option: str) -> int | None:
    tail = option.removeprefix(_OPTION_PREFIX)
    return int(tail) if option.startswith(_OPTION_PREFIX) and tail.isdigit() else None


def checklist_card(
    checklist: Checklist,
    items: Sequence[ChecklistItem],
    *,
    task_id: str,
    lang: Lang,
    member_name: str,
    for_member: bool,
) -> VoteInteractionCard:
    left = sum(1 for i in items if not i.done)
    day = day_label(checklist.last_day, lang, weekday=False)
    heading = texts.CARD_TITLE(lang) if for_member else texts.CARD_TITLE_FOR(lang, name=member_name)
    desc = texts.CARD_DESC(lang, left=left, day=day) if left else texts.CARD_DESC_DONE(lang, day=day)
    return VoteInteractionCard(
        source=CardSource(desc=texts.CARD_SOURCE(lang), desc_color=1),
        main_title=MainTitle(title=heading, desc=desc),
        task_id=task_id,
        checkbox=Checkbox(
            question_key=QUESTION_KEY,
            mode=1,
            option_list=[
                CheckboxOption(id=option_id(i.n), text=f"{i.n}. {title(i, lang)}", is_checked=i.done) for i in items
            ],
        ),
        submit_button=SubmitButton(text=texts.CARD_SUBMIT(lang), key=ButtonKey(SUBMIT_ACTION, checklist.id).pack()),
    )


def departed_card(
    checklist: Checklist,
    *,
    lang: Lang,
    member_name: str,
    department: str | None,
    successor_name: str,
    customers: int,
    groups: int,
) -> ButtonInteractionCard:
    counts = texts.DEPARTED_COUNTS(lang, customers=customers, groups=groups)
    open_items = len(checklist.open_items)
    rows = [
        HorizontalContent(keyname="客户" if lang == "zh" else "Customers", value=str(customers)),
        HorizontalContent(keyname="客户群" if lang == "zh" else "Groups", value=str(groups)),
        HorizontalContent(keyname="接替人" if lang == "zh" else "Successor", value=successor_name),
        HorizontalContent(
            keyname="清单" if lang == "zh" else "Checklist",
            value=f"{checklist.id} · " + (f"未完成 {open_items} 项" if lang == "zh" else f"{open_items} open"),
        ),
    ]
    return ButtonInteractionCard(
        source=CardSource(desc=texts.CARD_SOURCE(lang), desc_color=1),
        main_title=MainTitle(title=texts.DEPARTED_TITLE(lang, name=member_name), desc=department),
        sub_title_text=counts + texts.DEPARTED_SUCCESSOR(lang, successor=successor_name),
        horizontal_content_list=rows,
        task_id=new_task_id(checklist.id),
        button_list=[
            Button(
                text=texts.DEPARTED_BUTTON(lang, successor=successor_name),
                style=1,
                key=ButtonKey(HANDOVER_ACTION, checklist.id).pack(),
            )
        ],
    )
