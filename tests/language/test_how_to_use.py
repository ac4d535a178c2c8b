"""How to use the bot or what it does, asked in the dialects and the writers' own languages (blind rounds
dev60–dev104): 啷个用, 阿门用, 能整哪样, 识做乜嘢, 做呢用, 教一哈, "what can dis thing do", "how's this … work",
"comment ça marche". A how-to about something else (a colleague's card balance) is no help. Sentences written for
this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "这个东西啷个用嘛，哪个教我一哈",
        "这个机器人阿门用哩",
        "你能整哪样？教我一下嘛",
        "呢个机器人识做乜嘢啊",
        "这个做呢用的？教我下",
        "咋操作啊，给我说道说道",
        "What can dis thing do for me?",
        "How's this handover bot supposed to work?",
        "Comment ça marche, ce truc?",
    ],
)
def test_how_to_use_it_is_help(text: str) -> None:
    assert parse(text, today=TODAY).intent == "help"


def test_a_how_to_about_something_else_is_no_help() -> None:
    assert parse("郑阿娇会员卡里的余额要转到她老公卡上，帮忙看一下怎么操作", today=TODAY).intent != "help"
