"""Voices met in the dev56 round, checked on sentences written for this file: punctuation dictated as words
(逗号, 句号), "chats" for group chats, groups added in a clause or a telegram of their own (GROUPS ALSO, "Also
the … groups", 连同…群), people and groups joined without 的 (X团员及群) or groups named first (书友群和书友),
and what stays (群先放着, 群暂留, NO GROUPS)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="hanmei", name="韩梅"),
    DirectoryMember(userid="weidong", name="卫东"),
    DirectoryMember(userid="oskar", name="林奥斯", english_name="Oskar Lind"),
    DirectoryMember(userid="nadia", name="柯娜迪", english_name="Nadia Kowalski"),
], version=1)
BOTH = ["customers", "groups"]


@pytest.mark.parametrize(("text", "scope"), [
    ("韩梅的客户转给卫东句号群也一起转句号谢谢", BOTH),
    ("Move Oskar Lind's dealer chats to Nadia Kowalski, his dealers stay with him.", ["groups"]),
    ("Oskar Lind's buyers and buyer chats go to Nadia Kowalski.", BOTH),
    ("MOVE ALL BUYERS OF OSKAR LIND TO NADIA KOWALSKI STOP GROUPS ALSO STOP", BOTH),
    ("Please pass all of Oskar Lind's buyers to Nadia Kowalski. Also the buyer groups.", BOTH),
    ("韩梅那批师傅、工长，连同师傅群，全部转给卫东", BOTH),
    ("韩梅团员及群全转卫东，速办", BOTH),
    ("韩梅的书友群和书友都给卫东吧", BOTH),
    ("韩梅的书友客户给卫东，书友群先放着", ["customers"]),
    ("速办：韩梅所有书友客户悉予卫东，群暂留。", ["customers"]),
    ("OSKAR LIND BUYERS TO NADIA KOWALSKI STOP NO GROUPS STOP", ["customers"]),
])
def test_what_moves(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == "handover"
    assert got.slots["takeover"] in ("卫东", "Nadia Kowalski", "NADIA KOWALSKI")
    assert sorted(got.slots["scope"]) == scope


def test_a_choice_dictated_with_its_full_stop() -> None:
    got = parse("选第二个句号", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots.get("choice")) == ("choose", 2)


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("Bhai, what happened to 6021? still pending or what?", "status", {"job": "H-6021"}),
    ("what's the hold-up on 6021", "status", {"job": "H-6021"}),
    ("please cancel the 6021, Oskar is staying", "cancel", {"job": "H-6021"}),
    ("Stop everything on 6021, wrong person", "cancel", {"job": "H-6021"}),
    ("GET /jobs/6021 —— 这个任务到哪一步了？", "status", {"job": "H-6021"}),
    ("清单第三项已办妥。", "checklist", {"action": "done", "item": 3}),
    ("好啦，就按呢送出", "confirm", {}),
    ("Negative, do not submit. Over.", "deny", {}),
    ("Kyllä. Submit.", "confirm", {}),
    ("Third one hocam", "choose", {"choice": 3}),
    ("Remind me on Friday, per favore", "snooze", {"until": "2026-11-27"}),
])
def test_short_requests_in_other_voices(text: str, intent: str, slots: dict[str, object]) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == intent
    assert {k: v for k, v in got.slots.items() if v is not None} == slots


def test_a_greeting_word_is_nobody() -> None:
    got = parse("Hocam, Oskar Lind last working day is next Friday, please start exit process.", today=TODAY)
    assert (got.intent, got.slots["member"], got.slots["last_day"]) == ("offboard", "Oskar Lind", "2026-12-04")


@pytest.mark.parametrize(("text", "scope"), [
    ("把韩梅名下的团员（就是那些老团员）全部移给卫东，群就不用了", ["customers"]),
    ("通知：韩梅调去做研发了，她跟的展商、展商群统一交给卫东。", BOTH),
    ("把韩梅的学员客户挪到卫东名下，群留给韩梅自己收尾", ["customers"]),
])
def test_what_moves_said_in_other_ways(text: str, scope: list[str]) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "韩梅", "卫东")
    assert sorted(got.slots["scope"]) == scope


def test_an_english_verb_then_dao_names_the_receiver() -> None:
    got = parse("Pls 把 韩梅 的 fans 客户 move 到 卫东 名下", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "韩梅", "卫东")


def test_a_rescheduled_slot_is_no_receiver() -> None:
    got = parse("韩梅 的 client 要改约，帮忙 reschedule 到卫东 Friday 的 slot", today=TODAY, people=PEOPLE)
    assert got.intent != "handover" or got.unsure


def test_kicking_off_someones_exit_is_an_offboarding() -> None:
    got = parse("Kick off Oskar Lind's exit, Nadia Kowalski's taking over. Date TBD.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["member"], got.slots["successor"]) == ("offboard", "Oskar Lind", "Nadia Kowalski")


def test_a_pointing_hand_that_opens_the_line_is_a_bullet() -> None:
    got = parse("👉 韩梅 的团员群 ➡️ 卫东 ✅", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "韩梅", "卫东")
    assert not got.unsure


def test_a_time_between_the_receiver_and_jie() -> None:
    got = parse("卫东 下周一起接 韩梅 的 clients，please process。", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "韩梅", "卫东")


@pytest.mark.parametrize("text", [
    "韩梅的书友给卫东，群不要动，群里还有厂家的人。",
    "韩梅的书友给卫东吧，群的话随缘，先不动。",
])
def test_groups_kept_back_after_the_request_never_move(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent == "handover" and got.slots["scope"] == ["customers"]


def test_a_receiver_decided_later_keeps_nothing_back() -> None:
    got = parse("韩梅的门店福利群先转出来，receiver 回头再说", today=TODAY, people=PEOPLE)
    assert got.intent == "handover" and got.slots["scope"] == ["groups"]
