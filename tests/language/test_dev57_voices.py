"""Voices met in the dev57 round, checked on sentences written for this file: an order headed 命令：, customers
and groups listed with a comma before 还有, "all collectors and collector groups", a successor said as 接替她的是Y
or a bare "Y 接。", ETA and 尘埃落定 as progress questions, replies from a Taobao-style assistant (亲，就选第一个哦～)
or an acknowledgement before the yes (收到！确认提交！, while 好的收到 alone says yes to nothing)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="gongyixuan", name="公仪轩"),
    DirectoryMember(userid="cunhaibo", name="寸海波"),
    DirectoryMember(userid="evie", name="马伊芙", english_name="Evie Marsh"),
    DirectoryMember(userid="ambrose", name="冯安博", english_name="Ambrose Fenn"),
], version=1)


def read(text: str) -> tuple[str, dict[str, object]]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}


@pytest.mark.parametrize("text", [
    "命令：公仪轩名下全部会员及会员群，即刻移交寸海波，不得有误。",
    "公仪轩回老家了，他手上的种植户、果农，还有那几个技术服务群，统一交给寸海波负责。",
    "Could you kindly transfer all collectors and collector groups managed by Evie Marsh to Ambrose Fenn?",
])
def test_customers_and_groups_listed_together(text: str) -> None:
    intent, slots = read(text)
    assert intent == "handover" and sorted(slots["scope"]) == ["customers", "groups"]  # type: ignore[call-overload]


def test_help_is_still_asked_for_its_commands() -> None:
    assert read("有哪些命令？")[0] == "help"


@pytest.mark.parametrize(("text", "intent", "slots"), [
    ("5955号命令收回，立即撤销。", "cancel", {"job": "H-5955"}),
    ("job 5963 有 visibility 吗？要一个 ETA。", "status", {"job": "H-5963"}),
    ("公仪轩的交接尘埃落定了没有？", "status", {"member": "公仪轩"}),
    ("亲～ 公仪轩下周五最后一天哦，接替他的是寸海波，帮忙走一下离职流程呢", "offboard",
     {"member": "公仪轩", "last_day": "2026-12-04", "successor": "寸海波"}),
    ("Evie Marsh 的 offboarding kick off 一下，LDW 是12月11号周五，Ambrose Fenn 接。", "offboard",
     {"member": "Evie Marsh", "last_day": "2026-12-11", "successor": "Ambrose Fenn"}),
    ("收到！确认提交！", "confirm", {}),
    ("No no, merci, do not submit it.", "deny", {}),
    ("亲，就选第二个哦～", "choose", {"choice": 2}),
    ("Remind us Monday, love.", "snooze", {"until": "2026-11-30"}),
])
def test_other_requests(text: str, intent: str, slots: dict[str, object]) -> None:
    assert read(text) == (intent, slots)


@pytest.mark.parametrize("text", ["好的收到", "收到", "收到，好的"])
def test_an_acknowledgement_says_yes_to_nothing(text: str) -> None:
    assert read(text)[0] != "confirm"


@pytest.mark.parametrize("text", [
    "把公仪轩客户的报税资料交给寸海波复核一下，周五前报掉。",
    "把公仪轩客户的打样稿转给寸海波看一下，颜色不对。",
])
def test_something_handed_over_to_be_checked_is_never_filed(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent != "handover" or got.unsure


def test_customers_handed_over_to_be_followed_up_still_are() -> None:
    assert read("把公仪轩的客户转给寸海波跟进一下")[0] == "handover"


@pytest.mark.parametrize(("text", "scope"), [
    ("Can Ambrose Fenn shift Evie Marsh's horse owners and yard chats over? She's not coming back.",
     ["customers", "groups"]),
    ("Evie Marsh has gone to the competitor. Her boat owners — all of them — must go to Ambrose Fenn.", ["customers"]),
    ("Leave Evie Marsh's workshop owners with her for now, just move her parts group chats to Ambrose Fenn.",
     ["groups"]),
])
def test_owners_are_the_customers(text: str, scope: list[str]) -> None:
    intent, slots = read(text)
    assert intent == "handover" and sorted(slots["scope"]) == scope  # type: ignore[call-overload]


def test_a_shift_covered_is_no_handover() -> None:
    assert read("Can Ambrose cover Evie's Saturday shift at the yard? Her owners will be fine.")[0] != "handover"


def test_a_persian_title_stays_with_the_name() -> None:
    intent, slots = read("Evie Marsh jan has left us. The owners she was handling, kindly give to Ambrose Fenn.")
    assert intent == "handover" and slots["handover"] in ("Evie Marsh", "Evie Marsh jan")


def test_a_customers_contract_handed_to_finance_is_no_handover() -> None:
    got = parse("公仪轩 那几个 clients 的 Q4 retainer 合同 hand over 给 Finance 去 countersign。",
                today=TODAY, people=PEOPLE)
    assert got.intent != "handover"


def test_words_before_is_leaving_are_no_name_when_the_directory_knows_its_people() -> None:
    got = parse("Evie Marsh from elevator maintenance is leaving us. Please her accounts make transfer to "
                "Ambrose Fenn.",
                today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Evie Marsh", "Ambrose Fenn")


def test_the_receiver_alone_is_a_handover_missing_its_giver() -> None:
    assert read("转给寸海波") == ("handover", {"takeover": "寸海波", "scope": ["customers"]})


def test_a_name_alone_is_no_request() -> None:
    assert read("寸海波")[0] == "unknown"


@pytest.mark.parametrize("text", [
    "公仪轩把客户寄错的那个件转寄给寸海波了，单号发群里了。",
    "Evie Marsh 学员落下的 regulator 拿给 Ambrose Fenn。",
    "客户张总遣人致谢，赠锦旗一面，已转呈寸海波。",
    "客户群里有人问价格，我转给寸海波回复了。",
])
def test_a_thing_carried_posted_or_answered_is_never_filed(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert got.intent != "handover" or got.unsure
