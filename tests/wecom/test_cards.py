from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from bot.wecom import (
    ButtonInteractionCard,
    MultipleInteractionCard,
    TemplateCard,
    TextNoticeCard,
    VoteInteractionCard,
)
from bot.wecom.cards import (
    ActionItem,
    ActionMenu,
    Button,
    CardAction,
    Checkbox,
    CheckboxOption,
    MainTitle,
    SelectList,
    SelectOption,
    SubmitButton,
)
from bot.wecom.messages import truncate_utf8


def approval(**overrides: Any) -> ButtonInteractionCard:
    fields: dict[str, Any] = {
        "main_title": MainTitle(title="客户交接审批", desc="张伟 → 李娜"),
        "task_id": "ho_8f3a2c_01",
        "button_list": [
            Button(text="同意", key="approve:1", style=1),
            Button(text="拒绝", key="reject:1", style=2),
        ],
    }
    fields.update(overrides)
    return ButtonInteractionCard(**fields)


def test_valid_button_card_renders_api_json_without_nulls() -> None:
    assert approval(sub_title_text="共 37 位客户").to_api() == {
        "card_type": "button_interaction",
        "main_title": {"title": "客户交接审批", "desc": "张伟 → 李娜"},
        "task_id": "ho_8f3a2c_01",
        "button_list": [
            {"text": "同意", "key": "approve:1", "style": 1},
            {"text": "拒绝", "key": "reject:1", "style": 2},
        ],
        "sub_title_text": "共 37 位客户",
    }


@pytest.mark.parametrize(
    "overrides",
    [
        {"button_list": [Button(text=str(i), key=f"k{i}") for i in range(7)]},
        {"button_list": []},
        {"button_list": [Button(text="a", key="same"), Button(text="b", key="same")]},
        {"task_id": "ho#1"},
        {"task_id": "任务"},
        {"task_id": "a" * 129},
        {"task_id": ""},
        {"main_title": MainTitle(desc="no title")},
    ],
    ids=[
        "7 buttons",
        "no buttons",
        "duplicate keys",
        "bad char",
        "non-ascii",
        "129 bytes",
        "empty",
        "no title",
    ],
)
def test_button_card_hard_limits(overrides: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        approval(**overrides)


def test_key_and_option_byte_limits() -> None:
    Button(text="ok", key="k" * 1024)
    with pytest.raises(ValidationError):
        Button(text="ok", key="键" * 342)  # 1026 bytes
    with pytest.raises(ValidationError):
        Button(text="ok")  # a callback button needs a key
    with pytest.raises(ValidationError):
        SelectOption(id="x" * 129, text="t")
    with pytest.raises(ValidationError):
        ActionMenu(action_list=[ActionItem(text=str(i), key=f"k{i}") for i in range(4)])
    assert approval(task_id="a" * 128, action_menu=ActionMenu(action_list=[ActionItem(text="x", key="m")]))


def test_vote_and_multiple_cards_option_sizes() -> None:
    options = [CheckboxOption(id=f"o{i}", text=str(i)) for i in range(20)]
    vote = VoteInteractionCard(
        main_title=MainTitle(title="清单"),
        task_id="cl_1",
        checkbox=Checkbox(question_key="q", mode=1, option_list=options),
        submit_button=SubmitButton(key="submit:1"),
    )
    assert len(vote.to_api()["checkbox"]["option_list"]) == 20
    with pytest.raises(ValidationError):
        Checkbox(question_key="q", option_list=[*options, CheckboxOption(id="o20", text="x")])
    with pytest.raises(ValidationError):
        Checkbox(
            question_key="q", option_list=[CheckboxOption(id="a", text="a"), CheckboxOption(id="a", text="b")]
        )
    selector = SelectList(question_key="q1", option_list=[SelectOption(id="a", text="A")], selected_id="a")
    with pytest.raises(ValidationError):
        SelectList(question_key="q1", option_list=[SelectOption(id=str(i), text="t") for i in range(11)])
    with pytest.raises(ValidationError):
        SelectList(question_key="q1", option_list=[SelectOption(id="a", text="A")], selected_id="zzz")
    with pytest.raises(ValidationError):
        MultipleInteractionCard(
            main_title=MainTitle(title="t"),
            task_id="t1",
            select_list=[selector] * 4,
            submit_button=SubmitButton(key="s"),
        )
    with pytest.raises(ValidationError):  # question keys must be unique
        MultipleInteractionCard(
            main_title=MainTitle(title="t"),
            task_id="t1",
            select_list=[selector] * 2,
            submit_button=SubmitButton(key="s"),
        )


def test_text_notice_rules() -> None:
    ok = TextNoticeCard(card_action=CardAction(type=1, url="https://example.com"), sub_title_text="清单提醒")
    assert ok.to_api()["card_type"] == "text_notice"
    with pytest.raises(ValidationError):
        TextNoticeCard(card_action=CardAction(type=0), sub_title_text="x")
    with pytest.raises(ValidationError):
        TextNoticeCard(card_action=CardAction(type=1, url="https://e.com"))  # no title, no subtitle
    with pytest.raises(ValidationError):
        CardAction(type=1)
    with pytest.raises(ValidationError):  # action_menu needs task_id
        TextNoticeCard(
            card_action=CardAction(type=1, url="https://e.com"),
            sub_title_text="x",
            action_menu=ActionMenu(action_list=[ActionItem(text="a", key="k")]),
        )


def test_template_card_union_parses_by_card_type() -> None:
    card = TypeAdapter(TemplateCard).validate_python(approval().to_api())
    assert isinstance(card, ButtonInteractionCard) and card == approval()


def test_truncate_utf8_keeps_short_text_and_cuts_long_text_on_a_boundary() -> None:
    assert truncate_utf8("short") == "short"
    cut = truncate_utf8("交" * 1000)
    assert len(cut.encode()) <= 2048 and cut.endswith("…") and cut.startswith("交" * 680)


@given(st.text(min_size=0, max_size=1500))
def test_truncate_utf8_property(text: str) -> None:
    cut = truncate_utf8(text, max_bytes=300)
    assert len(cut.encode()) <= 300
    if len(text.encode()) <= 300:
        assert cut == text
    else:
        assert cut.endswith("…") and text.startswith(cut[:-1])
