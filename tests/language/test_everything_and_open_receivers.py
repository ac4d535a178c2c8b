"""From blind rounds dev116–dev117: "全部" or "everything she has" with no kind named moves both kinds, as for a
bare pair ("【离职继承】X → Y，全部", "need to hand over everything she has"); a receiver left to later in Cantonese
("转俾边个迟啲再话你知") is a handover without one; "唔係，資料唔啱" says no; a colleague's presence ("X status 是外出")
is no job's status. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["【在职继承】温倩 → 罗晓波，全部",
                                  "Wendy Wen is off Friday; hand over everything she has to Bob Luo"])
def test_everything_with_no_kind_named(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("takeover") is not None, got.slots.get("scope")) == \
        ("handover", True, ["customers", "groups"])


def test_customers_named_stay_customers() -> None:
    got = parse("温倩的客户全部转给罗晓波", today=TODAY, people=WEN_AND_LUO)
    assert got.slots.get("scope") == ["customers"]


def test_receiver_told_later_in_cantonese() -> None:
    got = parse("温倩下個月走，佢啲客要轉走，轉俾邊個遲啲再話你知", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", None)


def test_details_wrong_says_no() -> None:
    assert parse("唔係，資料唔啱", today=TODAY).intent == "deny"


@pytest.mark.parametrize("text", ["温倩 status 是开会，晚点回你", "Bob Luo's status is away till 3"])
def test_presence_is_no_status(text: str) -> None:
    assert parse(text, today=TODAY, people=WEN_AND_LUO).intent == "unknown"
