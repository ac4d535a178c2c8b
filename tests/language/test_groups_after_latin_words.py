"""Group words right after a Latin word (blind rounds dev59–dev96): in a mixed sentence the space before
"供水群" is closed ("…to Y, the供水群too"), so a trade's groups after "the", "his", "Move X's" count as groups
after a space do; "转运裙也一起转": 群 mistyped as 裙 before 也/都/一起; "el 打样群 se queda con él": a group
that stays, said in Spanish, Portuguese, French or Italian. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="qinlan", name="秦岚"),
    DirectoryMember(userid="luoyi", name="罗毅"),
    DirectoryMember(userid="mhale", name="海明", english_name="Marta Hale"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Please give 秦岚's bakery clients to 罗毅, the 订货群 too.", ["customers", "groups"]),
        ("Can you move 秦岚's 排班群 to 罗毅? Her 客户 stay with her till Friday.", ["groups"]),
        ("秦岚的客户都给罗毅，订货裙也一并给他", ["customers", "groups"]),
        ("把秦岚的会员客户交接给罗毅，打卡裙也一起交接", ["customers", "groups"]),
    ],
)
def test_groups_after_a_latin_word(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "秦岚", "罗毅")
    assert got.slots.get("scope") == scope


@pytest.mark.parametrize(
    "text",
    [
        "Los 零售客户 de 秦岚 pásalos a Marta Hale, los 订货群 se quedan con ella",
        "Passe os 门店客户 do 秦岚 para Marta Hale, os 巡店群 ficam com ela",
    ],
)
def test_groups_that_stay_said_in_spanish_or_portuguese(text: str) -> None:
    # (seen now that the group word after "los"/"os" is read: it stays, only the customers move)
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("秦岚", "Marta Hale", ["customers"])


def test_to_an_english_name() -> None:
    got = parse("Move 秦岚's 巡检群 over to Marta Hale please, the clients stay with her", today=TODAY, people=PEOPLE)
    assert (got.slots.get("takeover"), got.slots.get("scope")) == ("Marta Hale", ["groups"])
