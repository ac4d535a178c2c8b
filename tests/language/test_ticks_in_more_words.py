"""Checklist ticks as people write them (blind rounds dev64–dev102): done in the dialects'
words (整明白了, 搞归一了, 弄妥了 打上勾, 办好了 勾起来, 毕咧); a tick taken back (那个勾撤掉,
剔錯咗 撤返, 勿算完成 撤回来) or said to be a mistake and unticked ("第4项我 tick 错了，untick
回去", "ticked item 4 … by mistake, untick it"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "action", "item"),
    [
        ("离职清单第4项整明白了", "done", 4),
        ("第1项搞归一了", "done", 1),
        ("第2项弄妥了，打上勾", "done", 2),
        ("第6项办好了，勾起来", "done", 6),
        ("第3项无对，那个勾撤掉", "undo", 3),
        ("第2項剔錯咗，撤返", "undo", 2),
        ("第5项勿算完成，撤回来", "undo", 5),
        ("第3项我 tick 错了，untick 回去", "undo", 3),
        ("I ticked item 2 by mistake, untick it", "undo", 2),
        ("tick 2", "done", 2),
    ],
)
def test_the_tick_meant(text: str, action: str, item: int) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("action"), got.slots.get("item")) == ("checklist", action, item)


@pytest.mark.parametrize(
    "text", ["What's left on Ciaran Doyle's leaving checklist?", "Show me Ciaran Doyle's leaving list there"])
def test_someones_leaving_checklist_is_hers(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("action"), got.slots.get("member")) == ("checklist", "show", "Ciaran Doyle")


def test_someone_leaving_is_still_leaving() -> None:
    got = parse("Ciaran Doyle's leaving, give his clients to Darren Moss", today=TODAY)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Ciaran Doyle", "Darren Moss")
