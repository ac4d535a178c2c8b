"""A surname with its particles after a known alias belongs to that member (dev101, through the chat path: the
directory knows Philip Le Sueur only by his alias "Philip", and Marie Le Sueur by hers). "Philip Le Sueur's chats"
must not become "Sueur's chats", which the directory would resolve to Marie by the surname alone — a wrong-person
job. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.directory.resolve import DirectoryIndex
from bot.language import parse

MEMBERS = [
    DirectoryMember(userid="mlesueur", name="勒玛丽", alias="Marie Le Sueur"),
    DirectoryMember(userid="plesueur", name="勒菲利", alias="Philip"),
    DirectoryMember(userid="hrenouf", name="雷汉娜", alias="Hannah Renouf"),
]
TODAY = dt.date(2026, 12, 7)


def test_the_name_as_written_is_the_giver() -> None:
    got = parse("Philip Le Sueur's tasting clients → Hannah Renouf, the chats stay with him", today=TODAY,
                people=NameMatcher.build(MEMBERS, version=1))
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Philip", "Hannah Renouf")
    resolution = DirectoryIndex(MEMBERS, 1).resolve(got.slots["handover"], role="handover")
    assert resolution.status == "unique" and resolution.candidates[0].member.userid == "plesueur"


def test_a_surname_with_van_der_goes_with_the_alias() -> None:
    members = [*MEMBERS, DirectoryMember(userid="jberg", name="贝约斯", alias="Joost van der Berg"),
               DirectoryMember(userid="sem", name="塞姆", alias="Sem")]
    people = NameMatcher.build(members, version=1)
    got = parse("Sem van der Berg's clients to Hannah Renouf", today=TODAY, people=people)
    assert (got.slots["handover"], got.slots["takeover"]) == ("Sem", "Hannah Renouf")


def test_two_known_names_side_by_side_stay_two() -> None:
    got = parse("Give Philip Hannah Renouf's clients", today=TODAY, people=NameMatcher.build(MEMBERS, version=1))
    assert (got.slots["handover"], got.slots["takeover"]) == ("Hannah Renouf", "Philip")
