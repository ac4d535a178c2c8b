"""Yes and no to the bot's question in Wu and Hunan words (blind rounds dev136–dev137: "勿对，勿是迭个人",
"不是咯，搞错哒", "好额，就迭能弄") and with whose words they were ("俺说的不是这个人"). A particle alone is no answer.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 8)


@pytest.mark.parametrize("text", ["勿是搿个人，勿对", "弄错哒，不是咯", "额说的不是这个人", "不对嘛 不是这个人噻"])
def test_a_no_in_wu_or_hunan_words(text: str) -> None:
    assert parse(text, today=TODAY).intent == "deny"


@pytest.mark.parametrize("text", ["好额 就搿能弄", "好额", "就迭能办"])
def test_a_yes_in_wu_words(text: str) -> None:
    assert parse(text, today=TODAY).intent == "confirm"


@pytest.mark.parametrize("text", ["咯", "哒", "噻"])
def test_a_particle_alone_is_no_answer(text: str) -> None:
    assert parse(text, today=TODAY).intent not in ("deny", "confirm")
