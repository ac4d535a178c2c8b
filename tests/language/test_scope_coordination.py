"""What moves when the trade names its own customers and groups (blind rounds dev48–dev50): people of
any kind listed with groups are the customers ("她的茶客和品鉴群"), any "X的…群" is a group, and
别动/勿要动/leave keep a word back. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

PEOPLE = NameMatcher.build([
    DirectoryMember(userid="luyiming", name="卢一鸣"),
    DirectoryMember(userid="bailu", name="白露"),
    DirectoryMember(userid="ravi", name="符拉维", english_name="Ravi Menon"),
    DirectoryMember(userid="greta", name="葛瑞塔", english_name="Greta Lund"),
], version=1)
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def scope(text: str) -> list[str] | None:
    got = parse(text, today=dt.date(2026, 12, 7), people=PEOPLE)
    assert got.intent == "handover", got
    scope = got.slots["scope"]
    return sorted(scope) if isinstance(scope, list) else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("把卢一鸣的茶客和品鉴群都转给白露", CG),
        ("卢一鸣那些船东和订舱群交给白露", CG),
        ("卢一鸣的食客、熟客还有试菜群，统统交给白露", CG),
        ("Ravi Menon is off next month, hand his regular diners and tasting group chats to Greta Lund", CG),
        ("卢一鸣的品鉴群转给白露", G),
        ("卢一鸣的客户啊群啊都给白露", CG),
    ],
)
def test_people_listed_with_groups_are_the_customers(text: str, want: list[str]) -> None:
    assert scope(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("卢一鸣的老客户全部移给白露，别动他的群", C),
        ("卢一鸣个客户侬先转拨白露，群勿要动", C),
        ("Please move Ravi Menon's customer groups to Greta Lund - leave his customers where they are", G),
        ("卢一鸣的品鉴群 all 转给白露，她的学员先不动", G),
        ("Ravi Menon's clients must go to Greta Lund, I'll sort the groups just now myself", C),  # "just now": soon
        ("卢一鸣的客户给白露，群我自己来弄", C),
    ],
)
def test_what_is_left_alone_does_not_move(text: str, want: list[str]) -> None:
    assert scope(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Is it possible to reassign all of Ravi Menon's renewals to Greta Lund?", C),
        ("卢一鸣的 patients 全部 reassign 给白露", C),
        ("把卢一鸣的全部转给白露", CG),
        ("move all of Ravi Menon's stuff to Greta Lund", CG),
    ],
)
def test_all_of_something_she_owns_is_that_something(text: str, want: list[str]) -> None:
    assert scope(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("「卢一鸣：客户和茶室群都还没交接」 那就都给白露吧", CG),
        ("1.交出人：卢一鸣 2.接收人：白露 3.范围：车主+车友群", CG),
    ],
)
def test_customers_listed_with_a_trade_group_are_both(text: str, want: list[str]) -> None:
    assert scope(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("卢一鸣名下的车主全部划给白露", C),
        ("卢一鸣带的那几个打卡群交给白露", G),
        ("卢一鸣那些车友群 handover 给白露，车主不用动", G),
    ],
)
def test_a_thing_inside_a_trade_word_is_not_that_thing(text: str, want: list[str]) -> None:
    # 车 is a car but 车主 a customer; 打卡 is clocking in but 打卡群 a group
    assert scope(text) == want


@pytest.mark.parametrize("text", ["卢一鸣的车借给白露开两天", "卢一鸣的打卡记录转给白露看一下"])
def test_the_thing_itself_still_moves_no_customers(text: str) -> None:
    assert parse(text, today=dt.date(2026, 12, 7), people=PEOPLE).intent == "unknown"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the dialects' "don't move" (冇/唔 as normalized, 免, 嫑, 白, 伓使)
        ("卢一鸣的品鉴群给白露，客户免转", G),
        ("卢一鸣的品鉴群转给白露，客户嫑动", G),
        ("卢一鸣嘅客户转畀白露，群冇使转", C),
        ("卢一鸣的客户转给白露，品鉴群伓使动", C),
        # the giver keeps them herself
        ("卢一鸣的客户转给白露，品鉴群伊家己顾", C),
        ("卢一鸣嘅客户畀白露，群佢自己带走先", C),
        ("卢一鸣的品鉴群转白露，客户他个人留到过年", G),
        ("卢一鸣的品鉴群转给白露，客户他还要跟一阵", G),
        # for later
        ("卢一鸣的客户给白露，品鉴群等他回来再讲", C),
        ("卢一鸣的客户先转白露，群过完年再说", C),
        ("卢一鸣的客户给白露，群就算了", C),
        ("卢一鸣的客户给白露，试菜群 stays put", C),
        # a "don't give it to" corrects the receiver and keeps nothing back
        ("卢一鸣的客户勿转给符拉维，转给白露，品鉴群也一并", CG),
    ],
)
def test_what_the_giver_keeps_or_leaves_for_later_does_not_move(text: str, want: list[str]) -> None:
    got = parse(text, today=dt.date(2026, 12, 7), people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "卢一鸣", "白露")
    assert sorted(got.slots["scope"]) == want
    assert not got.unsure  # read by the rules, not put right by a question


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "everything", with no kind named beside it or after it: both
        ("WHY ARE RAVI MENON'S TENANTS STILL UNDER HIS NAME?? HE LEFT FRIDAY. MOVE EVERYTHING TO GRETA LUND.", CG),
        ("卢一鸣下礼拜就走了，把他乜都转给白露，一样也别落下", CG),
        ("Ravi Menon's off to the coast, flick the lot to Greta Lund", CG),
        # … and "everything" narrowed after it
        ("Can we give Greta Lund everything Ravi Menon had? Customers only.", C),
        # a scope field outside a form says what moves
        ("@交接助手 handover：卢一鸣 → 白露，范围：全部", CG),
        ("跟进人：卢一鸣 → 白露，客户范围：他名下全部", C),
    ],
)
def test_everything_moves_both_unless_narrowed(text: str, want: list[str]) -> None:
    assert scope(text) == want
