"""An offboarding checklist asked to be seen, in any order and dialect (blind rounds dev85–dev104): looked at
(睇下, 瞅瞅, 瞧下, show 一下), fetched (拿来, 翻出来, 整出来, 提来我看), asked how it stands (嘛样了), "where is
X's offboarding checklist", "what all's left on X's checklist". Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenqi", name="温琦", english_name="Wen Qi"),
    DirectoryMember(userid="obrien", name="欧布莱", english_name="Siobhan O'Brien"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("温琦嘅离职清单睇下", "温琦"),
        ("温琦的离职清单翻出来我瞅瞅", "温琦"),
        ("把温琦那张离职清单提来我看", "温琦"),
        ("温琦的离职清单嘛样了", "温琦"),
        ("show 一下温琦的 offboarding checklist", "温琦"),
        ("Where is Siobhan O'Brien's offboarding checklist? show me", "Siobhan O'Brien"),
        ("What all's left on Siobhan O'Brien's checklist", "Siobhan O'Brien"),
        ("我的离职清单整出来瞅一眼", None),
    ],
)
def test_a_checklist_asked_to_be_seen_is_shown(text: str, member: str | None, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("action"), got.slots.get("member")) == ("checklist", "show", member)


def test_starting_one_is_no_viewing() -> None:
    assert parse("温琦下周五最后一天，给她开个离职清单", today=TODAY, people=PEOPLE).intent == "offboard"
