"""Phenomena from the blind rounds dev48–dev50, in sentences written for this file: a team label heading
the message ("Furniture export desk:", "Car rental –") is neither what moves nor a direction; learners'
"pass all his X for Y" is "to Y"; a departure whose customers must go somewhere is a handover first."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

PEOPLE = NameMatcher.build([
    DirectoryMember(userid="tomasz", name="诺托马", english_name="Tomasz Nowak"),
    DirectoryMember(userid="aiko", name="森爱子", english_name="Aiko Mori"),
    DirectoryMember(userid="rui", name="费瑞", english_name="Rui Ferreira"),
], version=1)


def read(text: str) -> tuple[str, dict[str, Any]]:
    got = parse(text, today=dt.date(2026, 11, 26), people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Kitchenware export desk: Tomasz Nowak's retail buyers go to Aiko Mori from next week.",
        "Van hire – Tomasz Nowak has moved to the depot. Fleet clients to Aiko Mori please.",
    ],
)
def test_a_label_heading_the_message_is_not_what_moves(text: str) -> None:
    intent, slots = read(text)
    assert (intent, slots["handover"], slots["takeover"]) == ("handover", "Tomasz Nowak", "Aiko Mori")


def test_learners_for_after_his_is_to() -> None:
    intent, slots = read("Hi all, Rui Ferreira leaves us on Friday, please pass all his resellers for Aiko Mori. Ta")
    assert (intent, slots["handover"], slots["takeover"]) == ("handover", "Rui Ferreira", "Aiko Mori")


def test_a_departure_whose_customers_need_a_home_is_a_handover() -> None:
    intent, slots = read("Tomasz Nowak is leaving us on Monday, his customers have to go to somebody - any volunteers?")
    assert intent == "handover" and slots["handover"] == "Tomasz Nowak" and "takeover" not in slots


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Nowak is leaving us on Monday, please open his offboarding checklist",
        "Please withdraw the handover I filed for Tomasz Nowak, he is not leaving after all",
    ],
)
def test_a_departure_that_asks_for_something_else_keeps_its_reading(text: str) -> None:
    assert read(text)[0] in ("offboard", "cancel")
    assert read(text)[0] == ("offboard" if "checklist" in text else "cancel")


def test_an_office_moved_to_is_a_place_not_a_receiver() -> None:
    intent, slots = read("Rui Ferreira is moving to Porto office, so his clients should go to Aiko Mori")
    assert (intent, slots["handover"], slots["takeover"]) == ("handover", "Rui Ferreira", "Aiko Mori")


@pytest.mark.parametrize(
    "text",
    [
        "Hi, this is Aiko Mori from the CS team. Tomasz Nowak is leaving, please move his accounts to me.",
        "我是客服部的森爱子，诺托马下周走，麻烦把他的客户转给我",
    ],
)
def test_the_sender_introducing_themself_gives_nothing(text: str) -> None:
    intent, slots = read(text)
    assert intent == "handover" and slots["handover"] in ("Tomasz Nowak", "诺托马"), slots


@pytest.mark.parametrize(
    "text",
    [
        "帮我在客户群发个群公告：下周起售后由森爱子对接，诺托马休假",  # an announcement's wording
        "东区那条配送线路下周起转给森爱子跑，诺托马调去西区",  # a delivery route
        "Please post an announcement in the client group: Aiko Mori covers for Tomasz Nowak next week",
    ],
)
def test_announcements_and_routes_move_no_customers(text: str) -> None:
    assert read(text)[0] == "unknown"


def test_scots_tae_is_to() -> None:
    intent, slots = read("Can ye move aw Tomasz Nowak's customers ower tae Aiko Mori? Ta")
    assert (intent, slots["handover"], slots["takeover"]) == ("handover", "Tomasz Nowak", "Aiko Mori")
