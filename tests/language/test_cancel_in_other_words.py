"""A job cancelled in the writer's own words (blind rounds dev60–dev104): annuler / annulez / annule le N,
cancela el N, annulla, anile, hủy, 취소, stopim, "bin / scratch / pull job N", 停掉. The capitalized verb that opens
such a message is no name. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("Annulez le job 4512 svp, Margaux reste finalement", "H-4512"),
        ("Annule le 4512, c'est plus la peine", "H-4512"),
        ("Cancela el 4512 porfa, me equivoqué", "H-4512"),
        ("4512 annulla, ho sbagliato persona", "H-4512"),
        ("Hủy job 4512 giùm em", "H-4512"),
        ("4512 취소해주세요", "H-4512"),
        ("Bin job 4512 mate, wrong bloke", "H-4512"),
        ("Scratch job 4512, wrong guy", "H-4512"),
        ("Can you pull 4512? Made a mess of it", "H-4512"),
        ("Call off H-4512, she changed her mind", "H-4512"),
    ],
)
def test_a_job_cancelled_in_other_words(text: str, job: str) -> None:
    got = parse(text, today=TODAY)
    assert (got.intent, got.slots.get("job")) == ("cancel", job)


def test_pulling_something_else_is_no_cancel() -> None:
    assert parse("Can you pull the sales report for Q3?", today=TODAY).intent != "cancel"
