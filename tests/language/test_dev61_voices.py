"""Readings the dev61 and dev62 rounds found through the chat path (each filed a wrong person or a look-alike
without asking), checked on sentences written for this file: corrections of the receiver in Cantonese, in
Gen-Z English and with an honorific before the new name; a quoted bot confirmation answered "No — …"; the
approver named after the request; a thing given to someone for a customer; a task or an OKR handed on."""

from __future__ import annotations

import datetime as dt

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="ouyang", name="欧阳霏"), DirectoryMember(userid="lanting", name="兰亭"),
    DirectoryMember(userid="qiqi", name="祁琪"), DirectoryMember(userid="jiangyue", name="江月"),
    DirectoryMember(userid="zhuoran", name="卓然"),
    DirectoryMember(userid="milo", name="米洛", english_name="Milo Hart"),
    DirectoryMember(userid="skye", name="斯凯", english_name="Skye Porter"),
    DirectoryMember(userid="reese", name="里斯", english_name="Reese Tan"),
    DirectoryMember(userid="khin", name="钦美", english_name="Khin May Oo"),
    DirectoryMember(userid="nyein", name="聂因", english_name="Nyein Chan Aung"),
    DirectoryMember(userid="sato", name="佐藤健", english_name="Sato Ken"),
    DirectoryMember(userid="mori", name="森由衣", english_name="Mori Yui"),
    DirectoryMember(userid="ito", name="伊藤凛", english_name="Ito Rin"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


def test_a_cantonese_correction_names_the_receiver() -> None:
    assert roles("欧阳霏啲会员转俾兰亭，唔系唔系，转俾祁琪先啱") == ("handover", "欧阳霏", "祁琪")
    assert roles("兰亭嘅客户交俾江月，唔啱，交俾卓然") == ("handover", "兰亭", "卓然")


def test_a_chinese_correction_after_a_reason() -> None:
    assert roles("欧阳霏下周走，她的客户转给兰亭——哎呀搞错了，兰亭在休假，转给江月吧") == ("handover", "欧阳霏", "江月")


def test_an_english_correction_with_an_honorific_before_the_new_name() -> None:
    assert roles("Move Milo Hart's groups to Nyein Chan Aung — sorry sorry, Nyein is off next week. To Daw Khin May Oo."
                 " Customers stay.") == ("handover", "Milo Hart", "Khin May Oo")


def test_the_receiver_corrected_away_is_not_whose_customers_move() -> None:
    assert roles("ok Milo Hart's clients -> Skye Porter. wait no Skye Porter's swamped, Reese Tan takes them") == (
        "handover", "Milo Hart", "Reese Tan")


def test_a_quoted_confirmation_answered_no_is_read_from_the_answer() -> None:
    got = parse("「将把 Sato Ken 的 5 位客户 交接给 Mori Yui，确认吗？回复1确认」\nNo — Sato's clients go to Ito Rin, "
                "not Yui.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Sato Ken", "Ito Rin")


def test_the_approver_named_after_the_request_is_not_the_giver() -> None:
    assert roles("江月的客户和群全部由卓然承接。审批我已经找祁琪过了。") == ("handover", "江月", "卓然")
    assert roles("Skye Porter's accounts go to Reese Tan, approved by Milo Hart.") == (
        "handover", "Skye Porter", "Reese Tan")


def test_a_thing_given_to_someone_for_a_customer_is_no_handover() -> None:
    text = "Hey, give Reese Tan the demo laptop for the customer in Pudong, she's doing the visit"
    assert roles(text)[0] != "handover"


def test_a_task_or_an_okr_handed_on_is_no_handover() -> None:
    assert roles("周六的活动改到下午，兰亭那边把场地布置转交给江月负责。")[0] != "handover"
    assert roles("Q3 的 OKR owner 从祁琪 transfer 给卓然，下周对齐一下。")[0] != "handover"


def test_a_handover_whose_receiver_then_takes_charge_still_reads() -> None:
    assert roles("兰亭那边把她的客户转交给江月负责。") == ("handover", "兰亭", "江月")
