"""Who gives and who receives: per phenomenon, fresh sentences (not the dev_roles lines) with exact
slots and the unsure flag. A clear construction is read right and confidently; where the sentence's
own cues point both ways the reading is unsure (the bot asks "did you mean … reply 1"). A swap —
giver and receiver exchanged — is never confident."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse
from bot.language.normalize import normalize

TODAY = dt.date(2026, 11, 26)
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]

PEOPLE = NameMatcher.build([
    DirectoryMember(userid="longfei", name="龙飞", english_name="Long Fei"),
    DirectoryMember(userid="kelan", name="柯蓝", english_name="Ke Lan"),
    DirectoryMember(userid="wangfang", name="王芳"),
], version=1)


def read(text: str, people: NameMatcher | None) -> tuple[str, dict[str, Any], bool]:
    intent = parse(text, today=TODAY, people=people)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}, intent.unsure


# (text, giver, receiver, scope): every one read confidently, with and without the directory
CLEAR = [
    # passive
    ("龙飞的客户被柯蓝接手了", "龙飞", "柯蓝", C),
    ("Long Fei's clients are being taken over by Ke Lan", "Long Fei", "Ke Lan", C),
    ("Long Fei is being replaced by Ke Lan, move his clients", "Long Fei", "Ke Lan", C),
    # receiver first
    ("柯蓝接手龙飞的客户", "龙飞", "柯蓝", C),
    ("柯蓝接龙飞的客户", "龙飞", "柯蓝", C),
    ("Ke Lan will take over Long Fei's customers", "Long Fei", "Ke Lan", C),
    # 替 / 代 / 代替 / 接替 / 顶替: the one before stands in for the one after
    ("柯蓝替龙飞接客户", "龙飞", "柯蓝", C),
    ("柯蓝代龙飞接手客户", "龙飞", "柯蓝", C),
    ("柯蓝代替龙飞跟进客户", "龙飞", "柯蓝", C),
    ("柯蓝接替龙飞，客户转过去", "龙飞", "柯蓝", C),
    ("柯蓝顶替龙飞，龙飞的客户都给柯蓝", "龙飞", "柯蓝", C),
    # left arrows point at the receiver
    ("柯蓝 ← 龙飞", "龙飞", "柯蓝", C),
    ("Ke Lan <- Long Fei", "Long Fei", "Ke Lan", C),
    ("柯蓝 <= 龙飞 客户群", "龙飞", "柯蓝", G),
    ("柯蓝⬅️龙飞", "龙飞", "柯蓝", C),
    ("柯蓝 <-- 龙飞 全部", "龙飞", "柯蓝", CG),
    # right arrows, from … to
    ("龙飞 → 柯蓝", "龙飞", "柯蓝", C),
    ("to Ke Lan from Long Fei", "Long Fei", "Ke Lan", C),
    # replaces / replacement / successor / takes over from
    ("Ke Lan is replacing Long Fei, move his customers to her", "Long Fei", "Ke Lan", C),
    ("The replacement for Long Fei is Ke Lan, please transfer the clients", "Long Fei", "Ke Lan", C),
    ("Ke Lan is Long Fei's successor, hand over the customers", "Long Fei", "Ke Lan", C),
    ("Ke Lan takes over from Long Fei", "Long Fei", "Ke Lan", C),
    ("Long Fei's book goes to Ke Lan", "Long Fei", "Ke Lan", C),
    ("Ke Lan succeeds Long Fei; move the customers", "Long Fei", "Ke Lan", C),
    ("The new owner of Long Fei's clients is Ke Lan", "Long Fei", "Ke Lan", C),
    ("柯蓝替换龙飞，客户都转过去", "龙飞", "柯蓝", C),
    ("柯蓝将接手龙飞所有客户", "龙飞", "柯蓝", C),  # was a swap (unsure): 将 is "will"
    ("柯蓝接管已离职龙飞的客户", "龙飞", "柯蓝", C),  # 已离职 describes 龙飞, not 柯蓝
    ("龙飞的客户柯蓝全接", "龙飞", "柯蓝", C),
    ("@柯蓝 龙飞的客户你接一下", "龙飞", "柯蓝", C),
    ("Ke Lan is stepping in for Long Fei, move the clients", "Long Fei", "Ke Lan", C),
    ("Ke Lan asked to take Long Fei's customers", "Long Fei", "Ke Lan", C),
    # the receiver as the first object or as the passive subject
    ("Send Ke Lan all of Long Fei's customers", "Long Fei", "Ke Lan", C),
    ("Ke Lan was given Long Fei's customers", "Long Fei", "Ke Lan", C),
    ("Ke Lan is getting Long Fei's clients", "Long Fei", "Ke Lan", C),
    ("柯蓝被分配了龙飞的客户", "龙飞", "柯蓝", C),
    # questions, 由X接手
    ("柯蓝能接龙飞的客户吗", "龙飞", "柯蓝", C),
    ("柯蓝可以接手龙飞的客户不", "龙飞", "柯蓝", C),  # no name 柯蓝可
    ("给柯蓝转一下龙飞的客户", "龙飞", "柯蓝", C),  # no name 柯蓝转
    ("柯蓝接管龙飞全部客户", "龙飞", "柯蓝", C),  # no name 管龙飞
    ("Could Ke Lan receive Long Fei's accounts?", "Long Fei", "Ke Lan", C),
    ("由柯蓝接手龙飞的客户", "龙飞", "柯蓝", C),
    ("龙飞的客户由柯蓝接", "龙飞", "柯蓝", C),
    # Cantonese / traditional (read as simplified), code-mixed
    ("柯藍接手龍飛啲客", "龙飞", "柯蓝", C),
    ("龍飛的客戶由柯藍承接", "龙飞", "柯蓝", C),
    ("柯蓝 take over 龙飞的客户", "龙飞", "柯蓝", C),
]


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "shapes"])
@pytest.mark.parametrize(("text", "giver", "receiver", "scope"), CLEAR)
def test_a_clear_construction_is_read_right_and_confidently(
    text: str, giver: str, receiver: str, scope: list[str], people: NameMatcher | None
) -> None:
    intent, slots, unsure = read(text, people)
    assert (intent, slots.get("handover"), slots.get("takeover"), slots.get("scope")) == (
        "handover", giver, receiver, scope)
    assert unsure is False


# (text, giver, receiver as the sentence most likely means): the cues point both ways
UNCLEAR = [
    ("柯蓝接手的客户转给龙飞", "柯蓝", "龙飞"),  # customers 柯蓝 took over, now to 龙飞 — or 柯蓝 takes?
    ("柯蓝帮龙飞接客户", "龙飞", "柯蓝"),  # who acts for whom?
    ("Ke Lan helps Long Fei take the customers", "Long Fei", "Ke Lan"),
    ("龙飞 → 柯蓝，柯蓝的客户", "龙飞", "柯蓝"),  # the arrow and the possessive disagree
    ("Give Ke Lan's clients to Long Fei, Long Fei is leaving", "Ke Lan", "Long Fei"),  # a leaver receives?
    ("龙飞离职了，龙飞接手柯蓝的客户", "龙飞", "柯蓝"),
]


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "shapes"])
@pytest.mark.parametrize(("text", "giver", "receiver"), UNCLEAR)
def test_cues_that_point_both_ways_make_the_reading_unsure(
    text: str, giver: str, receiver: str, people: NameMatcher | None
) -> None:
    intent, slots, unsure = read(text, people)
    assert intent == "handover" and unsure is True
    assert {slots.get("handover"), slots.get("takeover")} == {giver, receiver}


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "shapes"])
@pytest.mark.parametrize(("text", "giver", "receiver"), [(t, g, r) for t, g, r, _ in CLEAR] + UNCLEAR[-3:])
def test_a_swap_is_never_confident(text: str, giver: str, receiver: str, people: NameMatcher | None) -> None:
    intent, slots, unsure = read(text, people)
    if intent == "handover" and (slots.get("handover"), slots.get("takeover")) == (receiver, giver):
        assert unsure, text


@pytest.mark.parametrize("text", ["Replace Long Fei with Ke Lan for all customers", "Hand Ke Lan Long Fei's clients"])
def test_with_the_directory_the_receiver_of_these_is_second_or_first(text: str) -> None:
    assert read(text, PEOPLE)[1:] == ({"handover": "Long Fei", "takeover": "Ke Lan", "scope": C}, False)


@pytest.mark.parametrize("text", [
    "柯蓝替龙飞开个会",  # stands in at a meeting
    "柯蓝代替龙飞去拜访客户",  # a customer visit
    "柯蓝顶替龙飞值班",  # a shift
    "Ke Lan replaces Long Fei as team lead",  # a role
    "Ke Lan is Long Fei's successor as project lead",
    "柯蓝 ← 龙飞 → 王芳",  # arrows both ways: nothing is guessed
    "From Long Fei to Ke Lan: great job on the launch!",  # a note's heading
])
@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "shapes"])
def test_look_alikes_are_no_handover(text: str, people: NameMatcher | None) -> None:
    assert read(text, people)[0] != "handover"


@pytest.mark.parametrize(("raw", "normalized"), [
    ("柯蓝 <- 龙飞", "柯蓝 ← 龙飞"), ("柯蓝<==龙飞", "柯蓝 ← 龙飞"), ("柯蓝 ⬅️ 龙飞", "柯蓝 ← 龙飞"),
    ("柯蓝 ⇐ 龙飞", "柯蓝 ← 龙飞"), ("金额<=500", "金额<=500"),  # a comparison, not an arrow
])
def test_left_arrows_become_one_token(raw: str, normalized: str) -> None:
    assert normalize(raw) == normalized


def test_the_bench_counts_a_swap_only_when_both_roles_are_exchanged() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench.understand_accuracy import swapped

    case = {"intent": "handover", "slots": {"handover": "龍飛", "takeover": "Ke Lan"}}
    assert swapped(case, "handover", {"handover": "ke lan", "takeover": "龙飞"})
    assert not swapped(case, "handover", {"handover": "龙飞", "takeover": "Ke Lan"})
    assert not swapped(case, "handover", {"handover": "Ke Lan", "takeover": None})
    assert not swapped(case, "records", {"handover": "Ke Lan", "takeover": "龙飞"})
    same = {"intent": "handover", "slots": {"handover": "Chen Jing", "takeover": "chenjing"}}
    assert not swapped(same, "handover", {"handover": "Chen Jing", "takeover": "chenjing"})


@pytest.mark.parametrize("people", [PEOPLE, None], ids=["directory", "no-directory"])
@pytest.mark.parametrize(
    "text",
    [
        "If Ke Lan's okay with it, put Long Fei's clients with her. She said yes at lunch.",
        "If Ke Lan's keen, give her Long Fei's clients",
        "Ke Lan's gunna look after Long Fei's clients from Monday",
    ],
)
def test_an_is_after_a_name_is_no_possessive(text: str, people: NameMatcher | None) -> None:
    # "Ke Lan's okay" is "Ke Lan is okay": whose customers move is Long Fei's, never hers
    got = parse(text, today=TODAY, people=people)
    assert got.slots.get("handover") in (None, "Long Fei")
    assert "Ke Lan" not in (got.slots.get("handover"), got.slots.get("handover_or"))


TYPO_PEOPLE = NameMatcher.build([
    DirectoryMember(userid="kesl", name="柯尚兰"), DirectoryMember(userid="kesl2", name="柯尚岚"),
    DirectoryMember(userid="dingyt", name="丁雅婷"), DirectoryMember(userid="gongjx", name="龚建新"),
    DirectoryMember(userid="gongjx2", name="龚建兴"), DirectoryMember(userid="jixm", name="季秀棉"),
    DirectoryMember(userid="mreyes", name="雷梅", english_name="Maria Reyes"),
    DirectoryMember(userid="mreys", name="雷斯", english_name="Mario Reyes"),
], version=1)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Pls move 柯尚兰's 校队客户 to 丁雅婷 — sorry typo, 柯尚岚", "柯尚岚", "丁雅婷"),
        ("龚建兴个分销客户转拨季秀棉——打错字哉，是龚建新", "龚建新", "季秀棉"),
        ("柯尚岚的客户转给丁雅婷", "柯尚岚", "丁雅婷"),  # no slip owned up to: as written
    ],
)
def test_a_name_put_right_as_a_typo(text: str, giver: str, receiver: str) -> None:
    got = parse(text, today=TODAY, people=TYPO_PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", giver, receiver)


def test_two_alike_names_without_a_slip_are_both_meant() -> None:
    got = parse("柯尚兰的客户转给柯尚岚", today=TODAY, people=TYPO_PEOPLE)
    assert (got.slots["handover"], got.slots["takeover"]) == ("柯尚兰", "柯尚岚")
