"""Blind rounds dev121/dev129–dev131: an even split whose groups all go to one receiver said after it ("群全给B",
"群是全部给B"), and a giver whose name ends in 群 (戈立群) — with the directory, her name is no groups word. Sentences
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.models import DirectoryMember
from bot.language import parse

from .two_colleagues import WITH_CLOUD_HE, with_a_third

TODAY = dt.date(2026, 11, 26)
THREE = WITH_CLOUD_HE


@pytest.mark.parametrize("people", [THREE, None])
@pytest.mark.parametrize("text", ["何云的客户温倩和罗晓波一人一半，群全给罗晓波",
                                  "何云的客户请平分给温倩和罗晓波两位。群是全部给罗晓波。"])
def test_groups_to_one_receiver(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.slots.get("split"), got.slots.get("takeovers"), got.slots.get("groups_to"), got.slots.get("scope")) \
        == ("even", ["温倩", "罗晓波"], "罗晓波", ["customers", "groups"])


def test_a_name_ending_in_qun_is_no_groups_word() -> None:
    people = with_a_third(DirectoryMember(userid="gaoliqun", name="高立群"))
    got = parse("高立群的客户平均分给温倩和罗晓波", today=TODAY, people=people)
    assert (got.slots.get("handover"), got.slots.get("split"), got.slots.get("scope")) == \
        ("高立群", "even", ["customers"])
