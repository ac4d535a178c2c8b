""""Did" opens a question and names nobody (blind round dev112): "Did Wendy Wen's handover go through?" asks after
her handover by name shapes alone (before: after "Did Wendy Wen"), "Did the client come back about the renewal
status?" is about a client, not ours. A tick on another system's list ("my packing list for the trip: item 2 done")
is not a checklist tick; one on an offboarding list still is. A customer file e-mailed to a colleague moves nobody;
"转给谁我回头再定" leaves the receiver open (not a records question); 转一到 is 转移到 heard by voice input.
Sentences written for this file."""

from __future__ import annotations

import datetime as dt

from bot.language import parse

from .two_colleagues import WEN_AND_LUO

TODAY = dt.date(2026, 11, 26)


def test_did_asks_after_the_one_named() -> None:
    got = parse("Did Wendy Wen's handover go through yet?", today=TODAY)
    assert (got.intent, got.slots.get("member")) == ("status", "Wendy Wen")


def test_did_names_nobody() -> None:
    assert parse("Did the client come back to you about the renewal status?", today=TODAY).intent == "unknown"


def test_a_tick_on_a_trip_list_is_not_ours() -> None:
    assert parse("my packing list for the Chengdu trip: item 2 done", today=TODAY, people=WEN_AND_LUO).intent == \
        "unknown"


def test_a_tick_on_an_offboarding_list_still_is() -> None:
    got = parse("Wendy Wen's offboarding checklist: item 2 done", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("item"), got.slots.get("member")) == ("checklist", 2, "Wendy Wen")


def test_a_customer_file_sent_by_email_moves_nobody() -> None:
    assert parse("could you email the client spreadsheet to Bob Luo", today=TODAY, people=WEN_AND_LUO).intent == \
        "unknown"


def test_receiver_not_decided_yet_is_a_handover_without_one() -> None:
    got = parse("温倩的客户要交接，转给谁我回头再定", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", None)


def test_moved_heard_as_one() -> None:
    got = parse("温倩的客户群转一到罗晓波名下", today=TODAY, people=WEN_AND_LUO)
    assert (got.intent, got.slots.get("takeover"), got.slots.get("scope")) == ("handover", "罗晓波", ["groups"])
