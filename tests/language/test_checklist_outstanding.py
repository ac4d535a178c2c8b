"""What is left on the offboarding checklist, asked in more words (blind rounds dev125/dev128/dev131): "what's still
outstanding on the offboarding checklist?", Taglish "pa-check … checklist ko, ano pa po kulang?", Cantonese
"离职清单仲差边几项未做" (with the directory: by name shape alone 仲差边 looks like a name). Sentences written for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "text",
    ["anything still outstanding on my offboarding checklist?",
     "Pa-check po ng checklist ko, ano pa po ang kulang?",
     "温倩个离职清单仲差边几项？"],
)
def test_what_is_left(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("action")) == ("checklist", "show")
