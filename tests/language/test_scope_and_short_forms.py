"""Forms met in the dev54/dev55 rounds, checked on sentences written for this file: what stays said after the
request ("tenants are staying put", "dont touch the groups"), groups that "follow", a customer kind named after
a meeting (会议客户 are customers), "move on X" for "to X", "task no. N", a choice or a snooze with a polite
tail, and a successor named "as successor" / "will be successor"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="oskar", name="林奥斯", english_name="Oskar Lind", alias="Oskar"),
    DirectoryMember(userid="nadia", name="柯娜迪", english_name="Nadia Kowalski", alias="Nadia"),
    DirectoryMember(userid="fengxiaolan", name="冯晓岚"),
    DirectoryMember(userid="leimingyuan", name="雷鸣远"),
], version=1)


def read(text: str) -> tuple[str, dict[str, Any], bool]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, {k: v for k, v in got.slots.items() if v is not None}, got.unsure


@pytest.mark.parametrize(("text", "scope"), [
    ("Can Nadia take over Oskar's client service groups? His tenants are staying put with him.", ["groups"]),
    ("Oskar's customer success groups go to Nadia; the accounts remain with him for now.", ["groups"]),
    ("Please move Oskar Lind's accounts to Nadia Kowalski. The related client groups ought to follow.",
     ["customers", "groups"]),
    ("把冯晓岚的会议客户转给雷鸣远。注意 groups do NOT move！", ["customers"]),
    ("冯晓岚的会议客户和会议群都转给雷鸣远", ["customers", "groups"]),
])
def test_what_moves_and_what_stays(text: str, scope: list[str]) -> None:
    intent, slots, _ = read(text)
    assert intent == "handover"
    assert sorted(slots["scope"]) == scope


def test_dont_touch_is_no_name_and_keeps_the_groups() -> None:
    intent, slots, _ = read("oskar is out monday his clients need a new owner dont touch the groups")
    assert intent == "handover"
    assert slots.get("handover") == "oskar" and "takeover" not in slots  # "dont" is nobody
    assert slots["scope"] == ["customers"]


def test_move_on_a_person_is_to_them() -> None:
    intent, slots, _ = read("Oskar Lind goes on paternity leave. His clients please move on Nadia Kowalski.")
    assert intent == "handover"
    assert (slots["handover"], slots["takeover"]) == ("Oskar Lind", "Nadia Kowalski")


@pytest.mark.parametrize(("text", "intent", "job"), [
    ("Could you tell me what is status of task no. 4410?", "status", "H-4410"),
    ("Please to cancel task 4410, Oskar decided to stay.", "cancel", "H-4410"),
])
def test_a_task_number_is_a_job(text: str, intent: str, job: str) -> None:
    got, slots, _ = read(text)
    assert (got, slots.get("job")) == (intent, job)


@pytest.mark.parametrize(("text", "choice"), [
    ("choose number 3 please anh", 3),
    ("Pick option 2", 2),
    ("select no. 1 pls boss", 1),
])
def test_a_choice_with_a_verb_and_a_polite_tail(text: str, choice: int) -> None:
    assert read(text)[:2] == ("choose", {"choice": choice})


@pytest.mark.parametrize(("text", "until"), [
    ("Please remind me again tomorrow, now I am in meeting.", "2026-11-27"),
    ("Kindly defer this reminder until December 3.", "2026-12-03"),
    ("postpone the reminder to next Monday", "2026-11-30"),
])
def test_a_snooze_said_politely(text: str, until: str) -> None:
    assert read(text)[:2] == ("snooze", {"until": until})


@pytest.mark.parametrize("text", [
    "Oskar Lind leaves on December 4; please start offboarding with Nadia Kowalski as successor.",
    "Oskar Lind last day is 4.12.2026, Nadia will be successor. Please open the offboarding.",
])
def test_a_successor_named_as_such(text: str) -> None:
    intent, slots, _ = read(text)
    assert intent == "offboard"
    assert slots["member"] == "Oskar Lind" and slots["last_day"] == "2026-12-04"
    assert slots["successor"] in ("Nadia Kowalski", "Nadia")


@pytest.mark.parametrize("text", [
    "冯晓岚客户那张退款的审批转给雷鸣远复核一下",
    "中秋给客户的礼盒，冯晓岚分完了再转给雷鸣远",
    "Oskar, one of Nadia's clients left you a message, I forwarded it to you",
    "Nadia will hand Oskar's clients' holiday hampers to the courier at noon",
    "don't move Oskar's accounts yet, he might stay after all",
    "先别转冯晓岚的客户，她还在考虑",
    "冯晓岚那边物业客户报修的水管，转给工程部的雷鸣远去看",
    "冯晓岚客户那笔退款的approval转给雷鸣远复核",
])
def test_not_a_handover(text: str) -> None:
    intent, _, unsure = read(text)
    assert intent != "handover" or unsure  # never filed as read


def test_a_request_after_a_reminder_not_to_forget_it_is_read() -> None:
    intent, slots, _ = read("please don't forget to move Oskar's accounts to Nadia")
    assert intent == "handover" and (slots["handover"], slots["takeover"]) == ("Oskar", "Nadia")


def test_a_correction_counts_when_the_learned_guess_reads_the_request() -> None:
    # 老主顾 is no customers word the rules know: the learned guess reads it, and must take the correction too
    intent, slots, unsure = read("把冯晓岚的老主顾转给Oskar，不对不对，转给Nadia，Oskar已经走了")
    assert intent == "handover" and unsure
    assert (slots["handover"], slots["takeover"]) == ("冯晓岚", "Nadia")


def test_clients_said_to_be_someone_elses_now_is_asked() -> None:
    intent, slots, unsure = read("Oskar's accounts are Nadia's now")
    assert intent == "handover" and unsure  # a statement read as a request: asked before anything is filed
    assert (slots["handover"], slots["takeover"]) == ("Oskar", "Nadia")


def test_a_move_told_as_the_reason_does_not_hide_the_request() -> None:
    intent, slots, _ = read("冯晓岚医生下个月调去总部了，她名下的患者麻烦转给雷鸣远医生跟进")
    assert intent == "handover"
    assert (slots["handover"], slots["takeover"]) == ("冯晓岚", "雷鸣远")


def test_a_person_moving_to_a_team_is_no_handover() -> None:
    assert read("please transfer Nadia Kowalski to the Shanghai team")[0] != "handover"


def test_the_bot_addressed_by_name_is_nobody_and_a_name_first_is_no_typo() -> None:
    # "Augustin" first in the message is a name, not a misspelt "August"
    got = parse("@HandoverBot Oskar Lind 调去上海店了，他的 corporate accounts 和 VIP 会员群 12月1日起给 Nadia",
                today=TODAY, people=NameMatcher.build([
                    DirectoryMember(userid="aug", name="黎奥古", english_name="Augustin Leclair"),
                    *PEOPLE.members], version=1))
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Oskar Lind", "Nadia")
    assert sorted(got.slots["scope"]) == ["customers", "groups"]
    again = parse("Augustin Leclair 调去上海店了，他的客户给 Nadia", today=TODAY, people=NameMatcher.build([
        DirectoryMember(userid="aug", name="黎奥古", english_name="Augustin Leclair"), *PEOPLE.members], version=1))
    assert again.slots["handover"] == "Augustin Leclair"


@pytest.mark.parametrize("text", [
    "Has Oskar's handover actually finished? A client still sees him as the contact.",
    "Oskar transfer. Done yet?",
    "冯晓岚那个交接的，怎么样了？完了吗？",
    "How are we going with Oskar's accounts, all moved across yet?",
])
def test_asking_whether_someones_handover_is_done_is_a_status(text: str) -> None:
    intent, slots, _ = read(text)
    assert intent == "status" and slots.get("member") in ("Oskar", "冯晓岚")


@pytest.mark.parametrize("text", [
    "冯晓岚要走了，离职那套流程给她整上",
    "雷鸣远律师离所手续请启动，最后工作日12月31日",
    "Please initiate exit formalities for Oskar Lind (LWD 20/12)",
    "Oskar Lind leaves on 31 December; please open his departure checklist.",
])
def test_an_offboarding_in_other_words(text: str) -> None:
    intent, slots, _ = read(text)
    assert intent == "offboard" and slots["member"] in ("冯晓岚", "雷鸣远", "Oskar Lind")


def test_a_request_with_a_receiver_is_no_status_question() -> None:
    intent, slots, _ = read("Oskar's accounts to Nadia please, are the groups done yet?")
    assert intent == "handover" and slots["takeover"] == "Nadia"


@pytest.mark.parametrize(("text", "intent"), [
    ("所有的交接单给我列一下看看", "list"),
    ("那个转客户的单子先不弄了，你给我撤回来", "cancel"),
])
def test_something_done_for_me_is_not_handed_to_me(text: str, intent: str) -> None:
    assert read(text)[0] == intent


def test_customers_given_to_me_are_still_handed_to_me() -> None:
    intent, slots, _ = read("冯晓岚的客户转给我吧")
    assert intent == "handover" and slots["handover"] == "冯晓岚" and slots["takeover"] in ("我", "me")


@pytest.mark.parametrize(("text", "job"), [
    ("5120不想转了，给咱取消了", "H-5120"),
    ("拟撤销第5120号移交申请，特此说明。", "H-5120"),
    ("刚才那单拉倒吧，不整了", None),
    ("頭先嗰單唔要住，取消咗佢", None),
])
def test_a_cancel_in_other_words(text: str, job: str | None) -> None:
    intent, slots, _ = read(text)
    assert intent == "cancel" and slots.get("job") == job
