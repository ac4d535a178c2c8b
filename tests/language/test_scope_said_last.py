"""What a later clause keeps back stays, even where the request first named it (blind rounds dev53–dev105): "X的客户群
转给Y，哦不对，是客户，群先不转", "…学员转给Y，哦不，学员不用，转练车群就行"; "everything under her account" is all of
hers (the account is her name, not her accounts); what the writer says of their own ("我的不动") keeps nothing of the
giver's back. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="yanghui", name="杨慧"),
    DirectoryMember(userid="dongliang", name="董亮"),
    DirectoryMember(userid="rnair", name="奈拉吉", english_name="Rajiv Nair"),
    DirectoryMember(userid="ebrandt", name="布埃玛", english_name="Emma Brandt"),
], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("杨慧的客户群转给董亮，哦不对，是客户，群先不转", ["customers"]),
        ("Please transfer everything under her account to Emma Brandt, Rajiv Nair has left.", ["customers", "groups"]),
        ("杨慧的 dealer clients 和报价群都给董亮，不是我的 clients 哦，我的不动", ["customers", "groups"]),
    ],
)
def test_the_last_word_on_what_moves(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert got.intent == "handover"
    assert got.slots.get("scope") == scope


def test_the_accounts_under_her_are_her_customers() -> None:
    got = parse("Please move the clients under her account to Emma Brandt", today=TODAY, people=PEOPLE)
    assert got.slots.get("scope") == ["customers"]


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("杨慧的客户群转给董亮，哦说错了，是客户，不是群", ["customers"]),
        ("Rajiv Nair's contacts go to Emma Brandt - everything but the chats.", ["customers"]),
    ],
)
def test_the_kind_said_not_meant_stays(text: str, scope: list[str], people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("scope")) == ("handover", scope)
