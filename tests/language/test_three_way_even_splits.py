"""Even splits among three (blind rounds dev124/dev125): "X的租客三个人均分：A、B、C" (租客, tenants, are an agent's
customers), "divvy up X's customers between A, B and C, roughly equal". Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
FOUR = NameMatcher.build([DirectoryMember(userid="dinglei", name="丁磊", english_name="Ding Lei"),
                          DirectoryMember(userid="heyun", name="何云", english_name="Cloud He"),
                          DirectoryMember(userid="wenqian", name="温倩", english_name="Wendy Wen"),
                          DirectoryMember(userid="luoxiaobo", name="罗晓波", english_name="Bob Luo")], version=1)


@pytest.mark.parametrize(
    ("text", "giver", "receivers"),
    [("丁磊的租客三个人均分：何云、温倩、罗晓波", "丁磊", ["何云", "温倩", "罗晓波"]),
     ("divvy up Ding Lei's customers between Cloud He, Wendy Wen and Bob Luo, roughly equal", "Ding Lei",
      ["Cloud He", "Wendy Wen", "Bob Luo"])],
)
def test_three_way(text: str, giver: str, receivers: list[str]) -> None:
    got = parse(text, today=TODAY, people=FOUR)
    assert (got.slots.get("handover"), got.slots.get("split"), got.slots.get("takeovers")) == (giver, "even", receivers)
