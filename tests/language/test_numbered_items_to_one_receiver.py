"""A numbered list whose items hand one person's customers and groups to the same receiver, each with its own arrow
(blind rounds dev120/dev127: "1. X的客户 → Y / 2. X的客户群 → Y") moves both kinds; an item naming other people is
not read into the first. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

from bot.directory.models import DirectoryMember
from bot.language import parse

from .two_colleagues import WITH_AND_WITHOUT_DIRECTORY, with_a_third

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
def test_both_items_to_one_receiver(people: object) -> None:
    got = parse("请办理：\n1. 温倩的客户 → 罗晓波\n2. 温倩的客户群 → 罗晓波", today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", "温倩", "罗晓波", ["customers", "groups"])


def test_an_item_for_other_people_is_not_read_into_the_first() -> None:
    people = with_a_third(DirectoryMember(userid="heyun", name="何云"))
    got = parse("请办理：\n1. 温倩的客户 → 罗晓波\n2. 何云的客户群 → 罗晓波", today=TODAY, people=people)
    assert got.slots.get("scope") != ["customers", "groups"] or got.slots.get("handover") != "温倩"
