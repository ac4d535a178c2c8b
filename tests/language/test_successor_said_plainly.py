"""Who takes over from a member leaving, said as people say it (blind rounds dev85–dev104): the dialects' 的 and 是
(接手个是X, 接手嘅系X, 接他嘞是X), "X will replace him", "X takes his stuff", "X is taking her place", "X taking over
she work". Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="liangyu", name="梁玉", english_name="Yu Liang"),
    DirectoryMember(userid="fangtao", name="方涛", english_name="Tao Fang"),
    DirectoryMember(userid="kmensah", name="门萨", english_name="Kofi Mensah"),
    DirectoryMember(userid="aboateng", name="博腾", english_name="Ama Boateng"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "member", "successor"),
    [
        ("梁玉月底走，接手个是方涛，离职流程走起来", "梁玉", "方涛"),
        ("梁玉下礼拜五最后一日，离职清单开起来，接手嘅系方涛", "梁玉", "方涛"),
        ("梁玉12月31号最后一天 离职那一套给她弄起来 接她嘞是方涛", "梁玉", "方涛"),
        ("Kofi Mensah is leaving 20/12, Ama Boateng will replace him. Please start offboarding", "Kofi Mensah",
         "Ama Boateng"),
        ("Kofi Mensah's last day is Friday, Ama Boateng takes his stuff. Start the offboarding please", "Kofi Mensah",
         "Ama Boateng"),
        ("Kofi Mensah is leaving on the 18th, Ama Boateng is taking his place. Can you start the leaver checklist",
         "Kofi Mensah", "Ama Boateng"),
    ],
)
def test_the_one_taking_over_is_the_successor(text: str, member: str, successor: str,
                                              people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots["member"], got.slots["successor"]) == ("offboard", member, successor)
