"""A kind kept where it is in the words offices use (blind round dev109): "客户先留在她那边", "客户群先留在他那儿",
Cantonese "啲群留返畀佢自己", and a bare "别转" after the clause that names the kind ("他那几个群还有别的用，
别转"). Without a directory, a group's name is not a person's: "洗车群", "车友群" end in what is shaped like
a name (车群, 友群), and the giver is the one who owns the groups. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenqian", name="温倩"),
    DirectoryMember(userid="luoxiaobo", name="罗晓波"),
    DirectoryMember(userid="kwaiying", name="關慧瑩"),
    DirectoryMember(userid="chungkin", name="鍾建華"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "giver", "receiver", "scope"),
    [
        ("温倩的客户群麻烦转给罗晓波，客户先留在她那边", "温倩", "罗晓波", ["groups"]),
        ("温倩的客户转给罗晓波，群先留在她手上", "温倩", "罗晓波", ["customers"]),
        ("關慧瑩啲嘢全部畀鍾建華，不過啲群留返畀佢自己", "关慧莹", "钟建华", ["customers"]),  # (read in simplified)
        ("温倩的客户交给罗晓波，她那几个群还有用，别转", "温倩", "罗晓波", ["customers"]),
    ],
)
def test_a_kind_that_stays(text: str, giver: str, receiver: str, scope: list[str],
                           people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", giver, receiver)
    assert got.slots.get("scope") == scope


@pytest.mark.parametrize(
    "text",
    ["温倩那几个洗车群转给罗晓波，车主不用动", "温倩手上的订奶群转给罗晓波"],
)
def test_a_groups_name_is_nobody(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.slots.get("handover"), got.slots.get("takeover"), got.slots.get("scope")) == ("温倩", "罗晓波",
                                                                                              ["groups"])
