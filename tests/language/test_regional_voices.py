"""Voices met in the dev53 round (Beijing, Shanghainese, Hunan, Malaysian, New Zealand, German and Japanese
managers' English), each checked here on sentences written for this file, not the round's own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse
from bot.language.normalize import fold_accents

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="ruanxm", name="阮小梅"),
    DirectoryMember(userid="kezd", name="柯振东"),
    DirectoryMember(userid="imogen", name="裴伊莫", english_name="Imogen Pratt"),
    DirectoryMember(userid="rory", name="贝罗里", english_name="Rory Baines"),
], version=1)
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def read(text: str) -> tuple[str, dict[str, Any]]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Imogen Pratt's florists and her wreath group chats can go to Rory Baines", CG),  # X's … and her … chats
        ("阮小梅手上的老客都给柯振东，花束群甭动", C),  # Beijing 甭动: the groups stay
        ("阮小梅个花店客户搭花束群，侬帮我转拨柯振东", CG),  # Shanghainese 搭 (and)
        ("阮小梅那摊儿老客和花束群全交给柯振东", CG),  # 那摊儿 …和…群
        ("阮小梅的顾客全部转给柯振东，花束群也一起", CG),  # a clause that opens with a trade's group
        ("阮小梅的顾客转给柯振东，花束群回头再说", C),  # the groups later
        ("阮小梅的顾客转给柯振东，花束群伊自家留牢", C),  # she keeps them herself
        ("阮小梅的顾客连花束群一道转拨柯振东", CG),  # 连…群一道: the groups along
    ],
)
def test_what_moves_in_these_voices(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and slots.get("handover") in ("阮小梅", "Imogen Pratt")
    assert slots.get("scope") == scope


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("得嘞，就这么着吧", "confirm", {}),
        ("Sweet as, go for it", "confirm", {}),
        ("覅了，先不弄", "deny", {}),
        ("唔好做喇", "cancel", {}),  # Cantonese "don't do it": still a cancel, not a bare no
        ("选第三个咯", "choose", {"choice": 3}),
        ("I choose option 2", "choose", {"choice": 2}),
        ("I choose the option number 1.", "choose", {"choice": 1}),
        ("Remind me on Monday lah", "snooze", {"until": "2026-11-30"}),
    ],
)
def test_short_replies_with_their_particles(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_german_umlaut_is_no_pinyin_v() -> None:
    assert fold_accents("Jürgen Müller, Lǚ Xin, nǚ") == "Jurgen Muller, Lv Xin, nv"


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("Any joy with Imogen Pratt's transfer?", "status", {"member": "Imogen Pratt"}),  # British 'any joy'
        ("阮小梅的交接有没有失败的？", "status", {"member": "阮小梅"}),
        ("What's the current state of the handover job 41230?", "status", {"job": "H-41230"}),
        ("53017 号单子好了伐？", "status", {"job": "H-53017"}),  # Shanghainese 伐 asks
        ("所有的交接任务调出来给我看下", "list", {"which": "all"}),
        ("Show me the transfer requests that I have submitted", "list", {"which": "my_requests"}),
        ("Please bin job 41230, she changed her mind", "cancel", {"job": "H-41230"}),
        ("第三项齐活儿了", "checklist", {"action": "done", "item": 3}),  # Beijing 齐活
        ("阮小梅的离职清单还差几项？", "checklist", {"action": "show", "member": "阮小梅"}),
        ("Please remove the tick at item 4, the badge is still missing", "checklist", {"action": "undo", "item": 4}),
        ("Rory Baines finishes on 3rd December, please start his leaver checklist", "offboard",
         {"member": "Rory Baines", "last_day": "2026-12-03"}),
        ("Rory Baines leaves us. Last working day is 04.12.2026. Please start the offboarding.", "offboard",
         {"member": "Rory Baines", "last_day": "2026-12-04"}),  # a European date
        ("Chris, could you re-send Imogen's parcel to the customer?", "unknown", {}),  # a parcel, not a handover
    ],
)
def test_the_other_requests_in_these_voices(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_particle_after_a_name_is_not_part_of_it() -> None:
    got = parse("把廖小勇的客户转给谭晶咯，他冇得时间搞了", today=TODAY)  # by name shapes alone
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "廖小勇", "谭晶")


@pytest.mark.parametrize("verb", ["looks after", "handles", "manages"])
def test_the_customers_a_person_looks_after_go_from_that_person(verb: str) -> None:
    # a relative clause: "the florists Imogen Pratt looks after to Rory Baines" — she gives, he receives
    intent, slots = read(f"Could you move the florists Imogen Pratt {verb} to Rory Baines?")
    assert (intent, slots.get("handover"), slots.get("takeover")) == ("handover", "Imogen Pratt", "Rory Baines")
