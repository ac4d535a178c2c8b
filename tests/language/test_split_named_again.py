"""Splits as everyday writers put them (blind rounds dev59–dev106): the receiver of the groups named again by first
name ("… half to Chloe Adams. Chloe can have all his group chats", "… and all the dispatch chats go to Dusty") is that
receiver, with a directory (where the first name alone is no member) and without; a tag of several words ("打了 Key
Account 标签的给 A，剩下的给 B"). Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="pmoreau", name="莫皮埃", english_name="Pierre Moreau"),
    DirectoryMember(userid="lnguyen", name="阮莉", english_name="Linh Nguyen"),
    DirectoryMember(userid="tbaker", name="贝托马", english_name="Tomas Baker"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "Pierre Moreau's clients, half to Linh Nguyen and half to Tomas Baker. Tomas can have all his chats too",
        "Split Pierre Moreau's customers evenly between Linh Nguyen and Tomas Baker, all the order chats go to Tomas.",
    ],
)
def test_the_groups_go_to_the_receiver_named_again(text: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.slots.get("takeovers") == ["Linh Nguyen", "Tomas Baker"]
    assert got.slots.get("groups_to") == "Tomas Baker"


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
def test_a_tag_of_two_words(people: NameMatcher | None) -> None:
    got = parse("Pierre Moreau 的客户里打了 Gold Member 标签的给 Linh Nguyen，剩下的给 Tomas Baker",
                today=TODAY, people=people)
    assert (got.slots.get("split"), got.slots.get("tag")) == ("by_tag", "Gold Member")
    assert got.slots.get("takeovers") == ["Linh Nguyen", "Tomas Baker"]


@pytest.mark.parametrize("text", ["严冬名下A类客户分给晏秋，B类C类的给谭竹", "严冬名下A类客户分给晏秋，B、C类的给谭竹"])
def test_the_other_classes_are_the_rest(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.slots.get("split"), got.slots.get("tag")) == ("by_tag", "A类")
    assert got.slots.get("takeovers") == ["晏秋", "谭竹"]


@pytest.mark.parametrize(
    ("text", "tag"),
    [("严冬的年卡会员给晏秋，其余的客户给谭竹", "年卡会员"), ("严冬啲 VIP 會員畀晏秋，其餘嘅會員畀谭竹", "VIP")],
)
def test_members_named_by_the_trade(text: str, tag: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.slots.get("split"), got.slots.get("tag")) == ("by_tag", tag)
    assert got.slots.get("takeovers") == ["晏秋", "谭竹"]


@pytest.mark.parametrize(
    "text", ["严冬的钓友一人一半，晏秋跟谭竹，钓友群莫动", "严冬的茶友，晏秋和谭竹一人一半。"])
def test_the_trades_word_for_customers_split_in_halves(text: str) -> None:
    people = NameMatcher.build([DirectoryMember(userid=u, name=n) for u, n in
                                (("yandong", "严冬"), ("yanqiu", "晏秋"), ("tanzhu", "谭竹"))], version=1)
    got = parse(text, today=TODAY, people=people)
    assert (got.slots.get("handover"), got.slots.get("split")) == ("严冬", "even")
    assert got.slots.get("takeovers") == ["晏秋", "谭竹"]


@pytest.mark.parametrize("text", ["严冬的奖金，晏秋和谭竹一人一半", "严冬的值班，晏秋跟谭竹一人一半"])
def test_what_is_shared_that_is_no_ones_customers(text: str) -> None:
    assert parse(text, today=TODAY).intent != "handover"
