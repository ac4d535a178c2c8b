"""Messages typed in pinyin without tones (bot/language/pinyin_text.py): the bot's words come back
as characters, names stay as written. Sentences written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language import parse
from bot.language.people import PersonSpot
from bot.language.pinyin_text import han_keywords

from .test_voices import PEOPLE, TODAY

C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def read(text: str, people: Any = PEOPLE) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=people)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


def test_keywords_come_back_and_names_stay() -> None:
    text = "ba gan yu de kehu qun zhuan gei sang qing"
    names = [PersonSpot(3, 9, "gan yu"), PersonSpot(34, 43, "sang qing")]
    assert han_keywords(text, names) == "ba gan yu 的 客户群 转给 sang qing".replace("ba", "把", 1)


def test_english_that_spells_a_syllable_is_left_alone() -> None:
    assert han_keywords("give the deck to Hui Xin", []) == "give the deck to Hui Xin"
    assert han_keywords("he said qun is fine", []) == "he said qun is fine"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("gan yu de kh he qun dou gei sang qing", "handover", {"handover": "gan yu", "takeover": "sang qing",
                                                                "scope": CG}),
        ("把甘雨de kehu zhuan给桑青", "handover", {"handover": "甘雨", "takeover": "桑青", "scope": C}),
        ("qing bang wo ba nie zhiyuan jian de qunliao quanbu zhuan gei sang qing, kehu bu yong dong", "handover",
         {"handover": "nie zhiyuan", "takeover": "sang qing", "scope": G}),
        ("gan yu zou le, ta de kh xian zhuan chuqu, gei shei ni kan zhe ban", "handover",
         {"handover": "gan yu", "scope": C}),
        ("gan yu de kh zhuan wan le mei", "status", {"member": "gan yu"}),
        ("cha yi xia sang qing de jiaojie jilu", "records", {"member": "sang qing"}),
        ("quxiao renwu 6120", "cancel", {"job": "H-6120"}),
        ("lie yi xia wo ti jiao de dan zi", "list", {"which": "my_requests"}),
        ("di san xiang wan cheng le", "checklist", {"action": "done", "item": 3}),
    ],
)
def test_typed_in_pinyin(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("liuyf lz流程走起", "offboard"), ("dcl 的 jj 单列一下", "list"), ("欧阳锋 kh zg 黄药师 今天弄完", "handover")],
)
def test_initials_for_the_commonest_words(text: str, intent: str) -> None:
    # a director typing initials: lz 离职, dcl 待处理, zg 转给 (kh 客户, jj 交接 as before)
    assert parse(text, today=TODAY).intent == intent
