"""Outbound template_card models (API.md §4.1–4.4) with the platform's HARD limits validated.

Field names are the API's, so ``to_api()`` is a plain dump without ``None`` fields. Lengths the
docs only *recommend* ("建议不超过") are not enforced; byte limits, list sizes, key uniqueness
and the task_id charset are, because the platform rejects those.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

KEY_MAX_BYTES = 1024
OPTION_ID_MAX_BYTES = 128
TASK_ID_MAX_BYTES = 128
_TASK_ID = re.compile(r"[0-9A-Za-z_\-@]+")


def _bytes_at_most(limit: int, what: str) -> AfterValidator:
    def check(value: str) -> str:
        if not value:
            raise ValueError(f"{what} must not be empty")
        if len(value.encode()) > limit:
            raise ValueError(f"{what} must be at most {limit} bytes (UTF-8)")
        return value

    return AfterValidator(check)


def _task_id(value: str) -> str:
    if not _TASK_ID.fullmatch(value):
        raise ValueError("task_id may only contain 0-9 A-Z a-z _ - @")
    if len(value) > TASK_ID_MAX_BYTES:
        raise ValueError(f"task_id must be at most {TASK_ID_MAX_BYTES} bytes")
    return value


CardKey = Annotated[str, _bytes_at_most(KEY_MAX_BYTES, "key")]
OptionId = Annotated[str, _bytes_at_most(OPTION_ID_MAX_BYTES, "option id")]
TaskId = Annotated[str, AfterValidator(_task_id)]


def _unique(values: list[str], what: str) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"{what} must be unique within the card")


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CardSource(_Part):
    icon_url: str | None = None
    desc: str | None = None
    desc_color: Literal[0, 1, 2, 3] | None = None


class MainTitle(_Part):
    title: str | None = None
    desc: str | None = None


class EmphasisContent(_Part):
    title: str | None = None
    desc: str | None = None


class QuoteArea(_Part):
    type: Literal[0, 1, 2] | None = None
    url: str | None = None
    appid: str | None = None
    pagepath: str | None = None
    title: str | None = None
    quote_text: str | None = None


class HorizontalContent(_Part):
    keyname: str
    value: str | None = None
    type: Literal[0, 1, 2, 3] | None = None  # 0 text, 1 url, 2 file (media_id), 3 member (userid)
    url: str | None = None
    media_id: str | None = None
    userid: str | None = None

    @model_validator(mode="after")
    def _target(self) -> HorizontalContent:
        needs = {1: ("url", self.url), 2: ("media_id", self.media_id), 3: ("userid", self.userid)}
        if self.type in needs and not needs[self.type][1]:
            raise ValueError(f"horizontal content of type {self.type} needs {needs[self.type][0]}")
        return self


class JumpItem(_Part):
    title: str
    type: Literal[0, 1, 2] | None = None
    url: str | None = None
    appid: str | None = None
    pagepath: str | None = None


class CardAction(_Part):
    type: Literal[0, 1, 2]  # 0 none (interactive cards only), 1 url, 2 mini-program
    url: str | None = None
    appid: str | None = None
    pagepath: str | None = None

    @model_validator(mode="after")
    def _target(self) -> CardAction:
        if self.type == 1 and not self.url:
            raise ValueError("card_action type 1 needs url")
        if self.type == 2 and not self.appid:
            raise ValueError("card_action type 2 needs appid")
        return self


class ActionItem(_Part):
    text: str
    key: CardKey


class ActionMenu(_Part):
    desc: str | None = None
    action_list: list[ActionItem] = Field(min_length=1, max_length=3)

    @model_validator(mode="after")
    def _keys(self) -> ActionMenu:
        _unique([a.key for a in self.action_list], "action_menu keys")
        return self


class Button(_Part):
    text: str
    key: CardKey | None = None
    style: Literal[1, 2, 3, 4] | None = None
    type: Literal[0, 1] | None = None  # 0 callback (default), 1 open url
    url: str | None = None

    @model_validator(mode="after")
    def _target(self) -> Button:
        if self.type == 1:
            if not self.url:
                raise ValueError("a url button needs url")
        elif not self.key:
            raise ValueError("a callback button needs key")
        return self


class SelectOption(_Part):
    id: OptionId
    text: str


class ButtonSelection(_Part):
    question_key: CardKey
    title: str | None = None
    option_list: list[SelectOption] = Field(min_length=1, max_length=10)
    selected_id: str | None = None

    @model_validator(mode="after")
    def _options(self) -> ButtonSelection:
        _check_options([o.id for o in self.option_list], self.selected_id)
        return self


class CheckboxOption(_Part):
    id: OptionId
    text: str
    is_checked: bool = False


class Checkbox(_Part):
    question_key: CardKey
    option_list: list[CheckboxOption] = Field(min_length=1, max_length=20)
    mode: Literal[0, 1] | None = None  # 0 single choice (default), 1 multiple
    disable: bool | None = None  # lock the selection (update_template_card)

    @model_validator(mode="after")
    def _options(self) -> Checkbox:
        _check_options([o.id for o in self.option_list], None)
        if self.mode in (None, 0) and sum(o.is_checked for o in self.option_list) > 1:
            raise ValueError("a single-choice checkbox can have at most one checked option")
        return self


class SelectList(_Part):
    question_key: CardKey
    option_list: list[SelectOption] = Field(min_length=1, max_length=10)
    title: str | None = None
    selected_id: str | None = None
    disable: bool | None = None

    @model_validator(mode="after")
    def _options(self) -> SelectList:
        _check_options([o.id for o in self.option_list], self.selected_id)
        return self


class SubmitButton(_Part):
    key: CardKey
    text: str | None = None  # the client shows "提交" when absent


def _check_options(ids: list[str], selected: str | None) -> None:
    _unique(ids, "option ids")
    if selected is not None and selected not in ids:
        raise ValueError("selected_id must be one of the option ids")


class _Card(_Part):
    def to_api(self) -> dict[str, Any]:
        """The ``template_card`` object for message/send or update_template_card."""
        return self.model_dump(mode="json", exclude_none=True)


class TextNoticeCard(_Card):
    """Non-interactive notice (checklists, FYI). Interactive only through ``action_menu``."""

    card_type: Literal["text_notice"] = "text_notice"
    card_action: CardAction
    source: CardSource | None = None
    action_menu: ActionMenu | None = None
    task_id: TaskId | None = None
    main_title: MainTitle | None = None
    quote_area: QuoteArea | None = None
    emphasis_content: EmphasisContent | None = None
    sub_title_text: str | None = None
    horizontal_content_list: list[HorizontalContent] | None = Field(default=None, max_length=6)
    jump_list: list[JumpItem] | None = Field(default=None, max_length=3)

    @model_validator(mode="after")
    def _rules(self) -> TextNoticeCard:
        if self.card_action.type == 0:
            raise ValueError("text_notice needs card_action of type 1 (url) or 2 (mini-program)")
        if not ((self.main_title and self.main_title.title) or self.sub_title_text):
            raise ValueError("text_notice needs main_title.title or sub_title_text")
        if self.action_menu is not None and not self.task_id:
            raise ValueError("a card with action_menu needs task_id")
        return self


class ButtonInteractionCard(_Card):
    """Approve / reject card: up to 6 callback buttons."""

    card_type: Literal["button_interaction"] = "button_interaction"
    main_title: MainTitle
    task_id: TaskId
    button_list: list[Button] = Field(min_length=1, max_length=6)
    source: CardSource | None = None
    action_menu: ActionMenu | None = None
    quote_area: QuoteArea | None = None
    sub_title_text: str | None = None
    horizontal_content_list: list[HorizontalContent] | None = Field(default=None, max_length=6)
    card_action: CardAction | None = None
    button_selection: ButtonSelection | None = None
    replace_text: str | None = None  # update_template_card: the grey, disabled button text

    @model_validator(mode="after")
    def _rules(self) -> ButtonInteractionCard:
        _require_title(self.main_title)
        _unique([b.key for b in self.button_list if b.key], "button keys")
        return self


class VoteInteractionCard(_Card):
    card_type: Literal["vote_interaction"] = "vote_interaction"
    main_title: MainTitle
    task_id: TaskId
    checkbox: Checkbox
    submit_button: SubmitButton
    source: CardSource | None = None
    replace_text: str | None = None

    @model_validator(mode="after")
    def _rules(self) -> VoteInteractionCard:
        _require_title(self.main_title)
        return self


class MultipleInteractionCard(_Card):
    card_type: Literal["multiple_interaction"] = "multiple_interaction"
    main_title: MainTitle
    task_id: TaskId
    select_list: list[SelectList] = Field(min_length=1, max_length=3)
    submit_button: SubmitButton
    source: CardSource | None = None
    replace_text: str | None = None

    @model_validator(mode="after")
    def _rules(self) -> MultipleInteractionCard:
        _require_title(self.main_title)
        _unique([s.question_key for s in self.select_list], "select_list question keys")
        return self


def _require_title(title: MainTitle) -> None:
    if not title.title:
        raise ValueError("main_title.title is required")


TemplateCard = Annotated[
    TextNoticeCard | ButtonInteractionCard | VoteInteractionCard | MultipleInteractionCard,
    Field(discriminator="card_type"),
]
