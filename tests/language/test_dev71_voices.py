"""Wrong-person jobs the dev71 and dev72 rounds found through the chat path, checked on sentences written for this
file: Wuhan 莫把X…把Y就行了; Malay and French corrections (salah, bukan X; non non pardon, pas X … Y.); "sorry …
Give Y"; "lucky to have X" names no receiver; "X's got too many chats" is no taking; the writer introducing
themself with a title (我是…的经理X，替Y提); a customer's own people (X工作室那家, X是片方老板); a quoted preview
answered "No, not B — C."; a recap of handovers where only one is not done yet."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="夏侯宁"), DirectoryMember(userid="b", name="宋体"),
    DirectoryMember(userid="c", name="阳光"), DirectoryMember(userid="d", name="鲁华"),
    DirectoryMember(userid="e", name="东门越"), DirectoryMember(userid="f", name="太叔青"),
    DirectoryMember(userid="g", name="周刚"),
    DirectoryMember(userid="h", name="朱恩", english_name="Juin Amat"),
    DirectoryMember(userid="i", name="玛丽", english_name="Mary Lojun", alias="Mary"),
    DirectoryMember(userid="j", name="阿文", english_name="Alvin Gumpa"),
    DirectoryMember(userid="k", name="卢基", english_name="Lucky Mbeki"),
    DirectoryMember(userid="l", name="阿什", english_name="Ashwin Naidoo"),
    DirectoryMember(userid="m", name="克雷", english_name="Craig Foley"),
    DirectoryMember(userid="n", name="汉米", english_name="Hamish Lowe"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("夏侯宁克上海了，她那些客户莫把宋体，宋体忙不过来，把阳光就行了。", "夏侯宁", "阳光"),
    ("Juin Amat punya semua customer, transfer to Mary Lojun... eh salah bah, bukan Mary, Alvin Gumpa. Mary cuti.",
     "Juin Amat", "Alvin Gumpa"),
    ("Juin Amat's clients, give them to Mary — non non pardon, pas Mary, elle est chargée. Alvin Gumpa. Merci.",
     "Juin Amat", "Alvin Gumpa"),
    ("Bhai, Juin Amat all customers give to Mary — sorry sorry, Mary also left. Give Alvin Gumpa. Ok na?",
     "Juin Amat", "Alvin Gumpa"),
    ("We were lucky to have Lucky Mbeki for years, but he's off. Give all his customers to Ashwin Naidoo.",
     "Lucky Mbeki", "Ashwin Naidoo"),
    ("Craig Foley's got too many chats on his plate. Shift the chats to Hamish Lowe, Craig keeps his customers.",
     "Craig Foley", "Hamish Lowe"),
    ("我是销售部的经理鲁华，替东门越提一下：她的客户转给太叔青。", "东门越", "太叔青"),
    ("夏侯宁对接的客户，包括周刚工作室那家，全部转给宋体。周刚是客户老板，不是我们的人。", "夏侯宁", "宋体"),
])
def test_who_gives_and_who_receives(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


def test_a_quoted_preview_answered_not_b_but_c_is_asked_with_c() -> None:
    got = parse("> Handover preview: Juin Amat → Hamish Lowe, customers + groups. Reply 1 to confirm.\n"
                "No, not Hamish — Craig Foley. Everything else right.", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"], got.unsure) == (
        "handover", "Juin Amat", "Craig Foley", True)


def test_the_one_handover_of_a_recap_not_done_yet() -> None:
    assert roles("Recap:\n- Juin Amat → Mary Lojun, clients: done last week\n- Lucky Mbeki → Hamish Lowe: done\n"
                 "- Craig Foley → Alvin Gumpa, groups only — not yet, can we start it?") == (
        "handover", "Craig Foley", "Alvin Gumpa")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("Confirm handover: Juin Amat → Mary Lojun (customers)\n^ swap Mary for Alvin Gumpa pls", "Juin Amat",
     "Alvin Gumpa"),
    ("Team, kindly assist to move Lucky Mbeki's group chats to Ashwin Naidoo as well, he's relocating.",
     "Lucky Mbeki", "Ashwin Naidoo"),
    ("Why are Craig Foley's clients still under Craig? He left. Give them to Hamish Lowe.", "Craig Foley",
     "Hamish Lowe"),
])
def test_older_rounds_voices_kept_right(text: str, giver: str, receiver: str) -> None:
    assert roles(text)[:3] == ("handover", giver, receiver)


@pytest.mark.parametrize("text", ["今天到的那批货先转给宋体档口，周刚那边的客户明天再补货",
                                  "年底给会员的礼盒，阳光那边分完了再转给鲁华的店"])
def test_goods_sent_to_a_stall_or_shop_are_no_handover(text: str) -> None:
    assert roles(text)[0] != "handover"
