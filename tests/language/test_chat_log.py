"""Pasted chats (bot/language/chat_log.py): each turn's 我 is its speaker and its 你 whom they
answer, so the reader sees who gives and who receives. Sentences written for this file."""

from __future__ import annotations

from typing import Any

import pytest

from bot.language import parse
from bot.language.chat_log import unfold
from bot.language.spotting import names_one_person

from .test_phenomena import PEOPLE, TODAY

C, G = ["customers"], ["groups"]


def reading(text: str) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


def is_person(label: str) -> bool:
    return names_one_person(label, PEOPLE)


def test_each_turn_names_its_speaker_and_the_one_answered() -> None:
    log = "【聊天记录】\n韩东：我下周调去成都\n宋雨桥：那你的客户给沈一鸣吧\n韩东：好\n照上面办"
    assert unfold(log, is_person) == "韩东下周调去成都\n韩东的客户给沈一鸣吧\n好\n照上面办"


def test_a_turn_opening_on_customers_means_the_answered_ones() -> None:
    log = "[11-24 09:15] 唐晓燕：我月底走\n[11-24 09:16] 韩东：客户给宋雨桥吧\n麻烦转一下"
    assert unfold(log, is_person) == "唐晓燕月底走\n唐晓燕的客户给宋雨桥吧\n麻烦转一下"


@pytest.mark.parametrize(
    "text",
    [
        "交接人：唐晓燕\n接收人：沈一鸣",  # fields, not speakers
        "宋雨桥：VIP客户\n沈一鸣：其他的\n韩东的客户这样分",  # a form naming receivers: no 我/你, no time
        "韩东：客户给沈一鸣",  # one line is a note, not a chat
        "我的客户给沈一鸣吧",
    ],
)
def test_what_is_no_chat_is_left_as_written(text: str) -> None:
    assert unfold(text, is_person) is None


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("【群聊记录】\n韩东：我下周调去成都\n宋雨桥：那你的客户给沈一鸣吧\n韩东：好的\n@助手 照上面办",
         {"handover": "韩东", "takeover": "沈一鸣", "scope": C}),
        ("[2026-11-24 09:15] 唐晓燕：我月底最后一天\n[2026-11-24 09:16] 韩东：群给宋雨桥吧\n按上面转",
         {"handover": "唐晓燕", "takeover": "宋雨桥", "scope": G}),
        ("韩东 10:32\n我这个月做完就走，客户麻烦转给宋雨桥\n宋雨桥 10:35\n好的我来接\n——\n照这个弄",
         {"handover": "韩东", "takeover": "宋雨桥", "scope": C}),
        ("13:20 唐晓燕：我的客户你接一下？\n13:21 沈一鸣：没问题\n就这么办",
         {"handover": "唐晓燕", "takeover": "沈一鸣", "scope": C}),
        ("Patrick O'Neill: I'm off at the end of the month\nAnne-Marie Dubois: ok, your clients go to 宋雨桥\n"
         "@bot please do as above", {"handover": "Patrick O'Neill", "takeover": "宋雨桥", "scope": C}),
    ],
)
def test_a_pasted_chat_is_read_as_the_request_it_settles(text: str, slots: dict[str, Any]) -> None:
    assert reading(text) == ("handover", slots)


def test_a_chat_heading_is_no_transfer_record() -> None:
    assert reading("宋雨桥的聊天记录帮我导出一下")[0] == "unknown"
    assert reading("宋雨桥的交接记录") == ("records", {"member": "宋雨桥"})
