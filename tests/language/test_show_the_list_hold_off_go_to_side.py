"""Three small readings (blind rounds dev69–dev111): "offboarding 清单给我看一眼", "X的离职清单…给俺看看" show the
checklist, they start no offboarding; "No, hold off for now." says no; "move X 的 customers 去 Y 那边": 去 the
receiver's side after a Latin verb names the receiver. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)
PEOPLE = WEN_AND_LUO


@pytest.mark.parametrize(("text", "member"), [("offboarding 清单给我瞧一眼", None), ("温倩的离职清单给我看看", "温倩")])
def test_the_checklist_shown(text: str, member: str | None) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("action"), got.slots.get("member")) == ("checklist", "show", member)


@pytest.mark.parametrize("text", ["No, hold off for now.", "nope, hold off for now"])
def test_hold_off(text: str) -> None:
    assert parse(text, today=TODAY).intent == "deny"


def test_go_to_the_receivers_side() -> None:
    got = parse("pls move Wendy Wen 的 customers 去 Bob Luo 那边", today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeover")) == ("Wendy Wen", "Bob Luo")
