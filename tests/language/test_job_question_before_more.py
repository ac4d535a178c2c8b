"""A job asked after with its own question mark, more said after it (blind rounds dev102, dev111):
"could you check where H1520 is at? The customer says WeCom still shows the old rep.", "Job 10267 xong chưa?
Răng lâu rứa" ask for that job's status. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text", ["Can you see where H-3318 is at? The client still sees the old rep in WeCom.",
                                  "job 3318 好了没? 客户一直在问", "H3318 咋样了？老板在催"])
def test_the_jobs_own_question(text: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("job")) == ("status", "H-3318")
