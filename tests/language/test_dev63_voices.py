"""Wrong-person jobs the dev63 and dev64 rounds found through the chat path, checked on sentences written for this
file: receiver corrections in more voices (sorry, — no, 啊不…算了还是转, 写错了, edit:, a first name said again
in the reason), receivers ruled out with 不给/甭给, reversals (说反了, other way round, di oda way) and requests
said again in full (i.e.), a quoted bot request answered "不对…是Y", a form's Leaving:/Taking over: fields, the
writer's boss who asked for it; and look-alikes: money in shillings, a child moved to another class."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="岑若溪"), DirectoryMember(userid="b", name="柴静怡"),
    DirectoryMember(userid="c", name="庞书豪"), DirectoryMember(userid="d", name="阮星河"),
    DirectoryMember(userid="e", name="喻晴川"),
    DirectoryMember(userid="f", name="费德", english_name="Fenton Drake"),
    DirectoryMember(userid="g", name="葛芮", english_name="Greta Rhys"),
    DirectoryMember(userid="h", name="韩默", english_name="Hamish Moore"),
    DirectoryMember(userid="i", name="易凯", english_name="Ike Kamau"),
    DirectoryMember(userid="j", name="景妍", english_name="Jasmine Yates"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Fenton Drake's clients should go to Greta Rhys — sorry, Greta is swamped, let them go to Hamish Moore.",
     "Fenton Drake", "Hamish Moore"),
    ("Fenton Drake's members to Greta Rhys — no, Greta is off too, give them to Ike Kamau.", "Fenton Drake",
     "Ike Kamau"),
    ("Moving Fenton Drake's accounts → Greta Rhys. edit: Jasmine Yates, not Greta.", "Fenton Drake", "Jasmine Yates"),
    ("Hamish Moore's drivers go to Ike Kamau — nah scratch that, Ike's away till March, give em to Greta Rhys",
     "Hamish Moore", "Greta Rhys"),
    ("岑若溪的会员转给柴静怡，啊不，柴静怡请假，转庞书豪……算了还是转阮星河吧", "岑若溪", "阮星河"),
    ("岑若溪的客户转给柴静怡，哦不写错了，柴静怡也要走，转给喻晴川", "岑若溪", "喻晴川"),
    ("岑若溪那几个群，不给柴静怡，也甭给庞书豪，给阮星河得了", "岑若溪", "阮星河"),
])
def test_the_receiver_put_right(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("柴静怡的会员给庞书豪，哎呀说反了，是庞书豪的给柴静怡", "庞书豪", "柴静怡"),
    ("Move Greta Rhys's customers to Ike Kamau. No no, other way round: Ike Kamau is leaving, so his customers go "
     "to Greta Rhys.", "Ike Kamau", "Greta Rhys"),
    ("cq 的 everything → yx，i.e. 岑若溪的会员和群全给喻晴川", "岑若溪", "喻晴川"),
])
def test_a_request_reversed_or_said_again_in_full(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


def test_only_the_other_way_round_is_asked_not_filed() -> None:
    got = parse("柴静怡的客户转给庞书豪，说反了", today=TODAY, people=PEOPLE)
    assert (got.slots.get("handover"), got.slots.get("takeover"), got.unsure) == ("庞书豪", "柴静怡", True)


def test_a_quoted_request_answered_no_keeps_its_giver() -> None:
    text = "> 确认将 岑若溪 的客户转给 柴静怡？回复“确认”继续\n不对，怎么成柴静怡了，是庞书豪！客户和群都给庞书豪"
    assert roles(text) == ("handover", "岑若溪", "庞书豪")


def test_a_forms_leaving_and_taking_over_fields() -> None:
    assert roles("Leaving: Hamish Moore\nTaking over: Jasmine Yates\nWhat: all clients\nApproved by: Fenton Drake") == (
        "handover", "Hamish Moore", "Jasmine Yates")


def test_the_writers_boss_who_asked_for_it_is_not_the_giver() -> None:
    assert roles("我们经理岑若溪让我来提：客户都转给阮星河")[1] != "岑若溪"


def test_the_one_who_said_it_is_still_the_giver() -> None:
    assert roles("岑若溪说她的客户交给阮星河就行，帮她弄一下") == ("handover", "岑若溪", "阮星河")


@pytest.mark.parametrize("text", [
    "Kindly transfer 300,000 shillings to Ike Kamau for the copper purchase. Approved by Greta Rhys.",
    "家长问能不能把她儿子从柴静怡的班转到庞书豪的班？",
])
def test_look_alikes_stay_unfiled(text: str) -> None:
    assert roles(text)[0] != "handover"
