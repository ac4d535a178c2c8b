"""Telegraphic handovers (bot/language/bare.py): two names and only glue around them. Sentences
written for this file; the directory is test_phenomena's."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language import parse

from .test_phenomena import PEOPLE, TODAY

C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def reading(text: str) -> tuple[str, dict[str, Any], bool]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}, intent.unsure


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("韩东 给 宋雨桥 客户", {"handover": "韩东", "takeover": "宋雨桥", "scope": C}),
        ("韩东 -> 宋雨桥 群", {"handover": "韩东", "takeover": "宋雨桥", "scope": G}),
        ("原负责人：唐晓燕 新负责人：沈一鸣", {"handover": "唐晓燕", "takeover": "沈一鸣", "scope": C}),
        ("新：沈一鸣 / 原：唐晓燕", {"handover": "唐晓燕", "takeover": "沈一鸣", "scope": C}),
        ("唐晓燕的 沈一鸣接", {"handover": "唐晓燕", "takeover": "沈一鸣", "scope": C}),
        ("from Han Dong to Song Yuqiao, customers + groups pls",
         {"handover": "Han Dong", "takeover": "Song Yuqiao", "scope": CG}),
    ],
)
def test_a_word_or_an_arrow_gives_the_direction(text: str, slots: dict[str, Any]) -> None:
    assert reading(text) == ("handover", slots, False)


@pytest.mark.parametrize("text", ["韩东 客户 宋雨桥", "韩东 给 宋雨桥", "韩东给宋雨桥"])
def test_no_word_for_the_direction_or_a_lone_give_is_a_guess_to_confirm(text: str) -> None:
    # "张伟给李娜" alone may be any gift: the bot asks "did you mean …? reply 1" before anything
    assert reading(text) == ("handover", {"handover": "韩东", "takeover": "宋雨桥", "scope": C}, True)


def test_by_name_shapes_a_lone_give_is_a_guess_too() -> None:
    intent = parse("张伟给李娜", today=TODAY, people=None)
    assert (intent.intent, intent.slots["handover"], intent.slots["takeover"], intent.unsure) == (
        "handover", "张伟", "李娜", True)


@pytest.mark.parametrize(
    ("text", "handover", "takeover"),
    [
        # a verb or a 给 before the first name says more than the order: never read as "first gives"
        ("沈一鸣接手唐晓燕的客户", "唐晓燕", "沈一鸣"),
        ("给韩东：宋雨桥的客户", "宋雨桥", "韩东"),
    ],
)
def test_words_that_say_who_receives_win_over_the_order(text: str, handover: str, takeover: str) -> None:
    intent, slots, _ = reading(text)
    assert (intent, slots["handover"], slots["takeover"]) == ("handover", handover, takeover)


@pytest.mark.parametrize("text", ["韩东和宋雨桥", "韩东 宋雨桥", "韩东、宋雨桥", "韩东, 宋雨桥"])
def test_two_names_without_a_direction_or_a_scope_are_not_a_request(text: str) -> None:
    assert reading(text)[0] != "handover"


@pytest.mark.parametrize(
    ("text", "takeover"),
    [
        ("不是给韩东，改成给宋雨桥", "宋雨桥"),
        ("接收人换成沈一鸣吧，别给韩东了", "沈一鸣"),
        ("sorry, not Han Dong — make it Song Yuqiao instead", "Song Yuqiao"),
    ],
)
def test_a_correction_names_only_the_new_receiver(text: str, takeover: str) -> None:
    # bot/handover/conversation.py applies it to the request just filed, once confirmed
    assert reading(text) == ("handover", {"takeover": takeover, "scope": C, "amend": "takeover"}, False)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("会议改成给韩东主持", "unknown", {}),
        ("唐晓燕的客户群，群主换成韩东", "handover", {"handover": "唐晓燕", "takeover": "韩东", "scope": G}),
    ],
)
def test_not_a_correction(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert reading(text)[:2] == (intent, slots)
