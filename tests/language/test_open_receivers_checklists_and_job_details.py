"""Blind rounds dev120/dev121: a receiver left open in other words ("谁接还没想好", "给谁等我问下老板再说",
"haven't decided to whom"), the offboarding checklist called 离职交接清单 (not the list of handover jobs), the
checklist's reminder put off ("清单提醒推迟至…"), and "the details of H-…" as the job's records. Sentences written
for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WEN_AND_LUO, WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    ("text", "scope"),
    [("温倩的客户群先转出来，谁接我还没想好", ["groups"]),
     ("温倩的客户先转出去吧，给谁等我问过经理再说", ["customers"]),
     ("Wendy Wen is off on the 4th and everything has to be handed over, haven't decided to whom yet",
      ["customers", "groups"])],
)
def test_receiver_left_open(text: str, scope: list[str], people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover").lower(), got.slots.get("takeover"), got.slots.get("scope")) == \
        ("handover", {"温": "温倩"}.get(text[0], "wendy wen"), None, scope)


@pytest.mark.parametrize("text", ["打开离职交接清单看看", "温倩的离职交接清单给我看下"])
def test_the_offboarding_checklist_by_its_long_name(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("action")) == ("checklist", "show")


def test_the_list_of_handover_jobs_is_still_a_list() -> None:
    assert parse("把交接清单列一下", today=TODAY, people=WEN_AND_LUO).intent == "list"


def test_the_checklists_reminder_put_off() -> None:
    got = parse("清单提醒推迟至12月3日", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("until")) == ("snooze", "2026-12-03")


@pytest.mark.parametrize("text", ["can I see the details of H-2231", "details for job 2231 please"])
def test_a_jobs_details_are_its_records(text: str) -> None:
    got = parse(text, today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, str(got.slots.get("job"))) == ("records", "H-2231")
