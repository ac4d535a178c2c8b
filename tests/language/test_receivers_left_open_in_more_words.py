"""A receiver left open in more words (blind rounds dev122–dev131): "给谁还没拍板", "接手的人店长还没定",
"谁接还要再问一下经理", "to whom I will intimate shortly", "but to who I confirm with my boss first", "who receive we
decide later" — a handover without its receiver (the bot asks who), also beside a dated last day. Sentences written
for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["温倩的客户先转出来，给谁还没拍板",
     "温倩下周五最后一天，她的客户先发起交接吧，接手的人经理还没定",
     "温倩的客户群要先转出，谁接还要再问一下主管",
     "Wendy Wen's clients need to be moved, to whom I will intimate shortly.",
     "Wendy Wen customer pls transfer, but to who I confirm with my manager first",
     "Wendy Wen's customers must move out, who receive we decide later"],
)
def test_no_receiver_yet(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover").lower(), got.slots.get("takeover")) == \
        ("handover", {"温": "温倩"}.get(text[0], "wendy wen"), None)
