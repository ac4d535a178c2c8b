"""Wrong-person readings the stricter chat bench found (every member owning customers, so a wrong giver is a wrong
job): one ruled out as the receiver and named again was read as the giver; a separator line under a quoted bot
question read as a dash between two people. Checked on sentences written for this file."""

from __future__ import annotations

import datetime as dt

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="wenyu", name="温予"), DirectoryMember(userid="kuangjia", name="邝嘉"),
    DirectoryMember(userid="shiqing", name="时晴"), DirectoryMember(userid="lexi", name="乐希"),
    DirectoryMember(userid="tess", name="谭思", english_name="Tess Harlow"),
    DirectoryMember(userid="nico", name="倪可", english_name="Nico Brandt"),
    DirectoryMember(userid="ada", name="艾达", english_name="Ada Voss"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


def test_one_ruled_out_as_receiver_and_named_again_gives_nothing() -> None:
    assert roles("温予下月走，她的客户别给邝嘉，邝嘉手上太多了，给时晴吧。") == ("handover", "温予", "时晴")
    assert roles("温予的群不要转给邝嘉，邝嘉那边忙不过来，转给乐希。") == ("handover", "温予", "乐希")


def test_one_ruled_out_in_english_and_named_again_gives_nothing() -> None:
    assert roles("Tess Harlow's clients, not to Nico Brandt — Nico Brandt is swamped — give them to Ada Voss.") == (
        "handover", "Tess Harlow", "Ada Voss")


def test_the_giver_named_in_her_own_clause_is_still_the_giver() -> None:
    assert roles("邝嘉的客户给时晴，不要给乐希。") == ("handover", "邝嘉", "时晴")


def test_a_rule_line_under_a_quoted_question_points_nowhere() -> None:
    for rule in ("- - - - - - - - -", "----------", "=========", "～～～"):
        text = f"「交接助手：请问要交接谁的客户？」\n{rule}\n温予的，客户和群都给时晴。"
        assert roles(text) == ("handover", "温予", "时晴"), rule


def test_a_quoted_question_answered_by_a_whole_request() -> None:
    assert roles("「交接助手：请问接收人是哪位？」\n------\n乐希的客户给邝嘉") == ("handover", "乐希", "邝嘉")
    assert roles("> HandoverBot: Who should receive them?\nNico Brandt's clients go to Tess Harlow.") == (
        "handover", "Nico Brandt", "Tess Harlow")


def test_a_quoted_question_answered_by_a_name_alone_files_nobody_as_giver() -> None:
    assert roles("「交接助手：请问接收人是哪位？」\n时晴")[1] is None


def test_a_reversed_pair_ruled_out_rules_out_a_direction_not_a_person() -> None:
    assert roles("刚才说反了，是时晴的客户给乐希，不是乐希给时晴") == ("handover", "时晴", "乐希")
