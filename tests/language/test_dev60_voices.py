"""Readings the dev60 round found through the chat path, checked on sentences written for this file: a correction
whose reason comes before the new name ("to X — scratch that, X's on vacation. Y, then."), and a thing moved to a
numbered place ("move X's horse to stable 4"), which named a receiver by who would feed it."""

from __future__ import annotations

import datetime as dt

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="boone", name="柏布恩", english_name="Boone Tillery"),
    DirectoryMember(userid="waylon", name="魏伦", english_name="Waylon Pruitt", alias="Waylon"),
    DirectoryMember(userid="cody", name="柯迪", english_name="Cody Vance"),
], version=1)


def test_the_new_name_after_a_reason_is_the_receiver() -> None:
    got = parse("Move Boone Tillery's renters to Waylon — scratch that, Waylon's away till January. Cody Vance, then.",
                today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert (got.slots["handover"], got.slots["takeover"]) == ("Boone Tillery", "Cody Vance")


def test_a_name_after_a_correction_that_does_not_end_the_message_changes_nothing() -> None:
    got = parse("Move Boone Tillery's renters to Waylon — scratch that, ask Cody Vance whether Waylon is back first.",
                today=TODAY, people=PEOPLE)
    assert got.slots.get("takeover") != "Cody Vance"


def test_a_thing_moved_to_a_numbered_place_is_no_handover() -> None:
    got = parse("Can we move Boone Tillery's horse to stable 4? Cody will handle the feed.", today=TODAY, people=PEOPLE)
    assert got.intent != "handover"


def test_a_quoted_summary_put_right_below_it() -> None:
    got = parse("> Handover created: Boone Tillery → Cody Vance\nNo ma'am, backwards. It's Cody Vance's customers "
                "going to Boone Tillery.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Cody Vance", "Boone Tillery")


def test_a_quoted_receiver_corrected_below_it_is_an_amended_receiver() -> None:
    people = NameMatcher.build([DirectoryMember(userid="a", name="仇思远"), DirectoryMember(userid="b", name="冀东辰"),
                                DirectoryMember(userid="c", name="冀北辰")], version=1)
    got = parse("「已为仇思远创建交接，接收人：冀东辰」\n错了，是冀北辰，不是冀东辰，客户改给冀北辰。",
                today=TODAY, people=people)
    assert got.intent == "handover" and got.slots["takeover"] == "冀北辰"
    assert got.slots.get("handover") in (None, "仇思远")  # never the receiver it ruled out
