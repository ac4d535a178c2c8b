"""Who took over a sports team or a job title, talked about (blind rounds dev120–dev131): "听说那个球队被新老板接手
了", "曼联换了新帅接手以后…球迷群里又吵翻了", "Did you see who took over as Chelsea manager?", "who's taking over from
X as head of CS?" — no customers move, nothing to file or look up. A request that says whose customers move is
still the request. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["听说那个篮球队被温倩她舅舅接手了，你看新闻没",
     "国安换了新主帅接手以后还是输，球迷群里都骂翻了",
     "Who took over the cricket team after Bob Luo left?",
     "did you hear who took over as head of marketing? Wendy Wen apparently"],
)
def test_talk_about_who_took_over(text: str, people: object) -> None:
    assert parse(text, today=TODAY, people=people).intent == "unknown"  # type: ignore[arg-type]


def test_a_new_head_and_a_move_of_customers_is_the_move() -> None:
    got = parse("Bob Luo is taking over from Wendy Wen as head of sales, please move Wendy Wen's customers to him",
                today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover")) == ("handover", "Wendy Wen")
