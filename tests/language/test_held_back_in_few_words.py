"""What stays, said in a word or two after the kind (blind rounds dev72–dev102): 群免啦, 群毋使, 群袂使动, 群不给,
先白动 / 就毋使转了 in a clause of their own after the kind, 再等哈, 他还要, 先囥牢, 先放到/先放下, 带到年底,
还想再带, 不归他, 莫慌, 慢慢仔讲, 自个儿整: the other kind moves alone. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="qiuyanling", name="邱燕玲"),
    DirectoryMember(userid="fanzhiwei", name="范志伟"),
    DirectoryMember(userid="tangxue", name="唐雪"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("邱燕玲ㄉ試吃客人轉給范志伟，群免啦", ["customers"]),
        ("邱燕玲个烘焙客人全部转范志伟，群毋使", ["customers"]),
        ("邱燕玲的茶友。给范志伟。群不给。", ["customers"]),
        ("邱燕玲的茶友都给范志伟，他们熟。群没几个，先白动", ["customers"]),
        ("邱燕玲的配送群转给范志伟，抄送唐雪，茶友再等哈", ["groups"]),
        ("邱燕玲下个月去深圳，她的茶友给范志伟，品茶群她还要", ["customers"]),
        ("邱燕玲个茶友统统转给范志伟，品茶群先囥牢", ["customers"]),
        ("邱燕玲的茶友转给范志伟，不是唐雪啊，品茶群先放下", ["customers"]),
        ("范志伟来接邱燕玲的茶友，品茶群燕玲说她带到年底", ["customers"]),
        ("邱燕玲的茶友全部转给范志伟，品茶群莫慌，她走之前自己交代", ["customers"]),
        ("邱燕玲的团购群先转给范志伟，批发客户慢慢仔讲", ["groups"]),
        ("邱燕玲的批发客户先给范志伟，团购群等她回来自个儿整", ["customers"]),
    ],
)
def test_the_kind_held_back_stays(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "邱燕玲", "范志伟")
    assert got.slots.get("scope") == scope


@pytest.mark.parametrize(
    "text", ["邱燕玲的批发客户和团购群都转给范志伟", "邱燕玲的批发客户转给范志伟，团购群也一起转"])
def test_both_named_to_move_still_move(text: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).slots.get("scope") == ["customers", "groups"]
