"""Receivers put right in the dialects' words (blind rounds dev94, dev103): 港错哒 (Changsha), 话错哩 (Hakka/Cantonese);
and the one who succeeds named first ("接替黎建华的是覃小军，黎建华的…客户全部转过去", dev72, dev74). Sentences
written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([DirectoryMember(userid=u, name=n) for u, n in (
    ("liyuan", "黎远"), ("tangshan", "唐珊"), ("tangshu", "唐姝"), ("qinli", "覃立"))], version=1)


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("黎远的包月客户转给唐珊，港错哒港错哒，是唐姝，唐珊在进修", "唐姝"),
        ("黎远的外送客户转给唐珊，哦话错哩，唐珊要走，转给覃立", "覃立"),
        ("接替黎远的是覃立，黎远的开锁客户全部转过去", "覃立"),
    ],
)
def test_the_receiver_meant(text: str, receiver: str, people: NameMatcher | None) -> None:
    got = parse(text, today=TODAY, people=people)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "黎远", receiver)
