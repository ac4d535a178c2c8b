"""Wrong-person jobs the dev73–dev80 rounds found through the chat path, checked on sentences written for this
file: a receiver named again and said not to be free (retired, flat out, already has, 忙不赢, 也要走) gives way to
the one named after the reason; "no" in the writers' own languages and a word said twice before the receiver is
named again; or-questions answered by "the latter", by a given name, or with the other one turned down; dialect
的 (哩, 嘞, 个) after a member; 白给X, 弗是X, dudu X, "don't go to X"; 嫑搞反了 reverses nothing; a decider; French
"les clients à X vont à Y"; papers and things in hand handed over."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="岑立新"), DirectoryMember(userid="b", name="祁满仓"),
    DirectoryMember(userid="c", name="麻秀云"), DirectoryMember(userid="d", name="冉冬梅"),
    DirectoryMember(userid="e", name="殷福生"), DirectoryMember(userid="f", name="邵春来"),
    DirectoryMember(userid="g", name="包金海"),
    DirectoryMember(userid="h", name="娜塔", english_name="Tsion Bekele"),
    DirectoryMember(userid="i", name="约纳", english_name="Mulu Haile"),
    DirectoryMember(userid="j", name="德斯", english_name="Abebe Tadesse"),
    DirectoryMember(userid="k", name="莉拉", english_name="Leila Amrani"),
    DirectoryMember(userid="l", name="卡里", english_name="Karim Idrissi"),
    DirectoryMember(userid="m", name="索菲", english_name="Sophie Gagnon"),
    DirectoryMember(userid="n", name="吉尔", english_name="Gilles Comeau"),
    DirectoryMember(userid="o", name="阿齐", alias="Azamat"),
    DirectoryMember(userid="p", name="图尔", alias="Nurlan"),
    DirectoryMember(userid="q", name="拉娜", alias="Rana"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    # the receiver turned down by a reason, in any voice
    ("Tsion Bekele's bakery accounts → Mulu Haile. Mulu Haile retired in October. → Abebe Tadesse. Chats stay.",
     "Tsion Bekele", "Abebe Tadesse"),
    ("Leila Amrani's clients to Karim Idrissi — Karim Idrissi already has Sophie's. Gilles Comeau, merci.",
     "Leila Amrani", "Gilles Comeau"),
    ("岑立新的果园客户喊祁满仓接——祁满仓忙不赢，还是喊麻秀云接，群不动", "岑立新", "麻秀云"),
    ("冉冬梅的学员拨殷福生……殷福生下个月也要走的，拨邵春来，群覅动", "冉冬梅", "邵春来"),
    # "no" in the writer's language, or a word said twice, before the receiver is named again
    ("Tsion Bekele's accounts 给 Azamat? jok jok, Azamat is in Almaty. 给 Nurlan", "Tsion Bekele", "Nurlan"),
    ("Leila Amrani's clients to Azamat... yox yox, Azamat is at the depot now. Nurlan.", "Leila Amrani", "Nurlan"),
    ("岑立新的客户给祁满仓……无无，祁满仓要去海口，给麻秀云，群不转", "岑立新", "麻秀云"),
    ("冉冬梅嘞装修客户给殷福生……不中不中，福生不会弄，给邵春来", "冉冬梅", "邵春来"),
    # (a word said twice that is no "no": the receiver is not named again)
    ("Please move all of Mulu Haile's clients and groups to Abebe Tadesse now now. Thanks.",
     "Mulu Haile", "Abebe Tadesse"),
    # or-questions
    ("麻秀云的客户要给冉冬梅还是殷福生？主任说就后面那个", "麻秀云", "殷福生"),
    ("Should Sophie Gagnon's clients go to Karim Idrissi or Gilles Comeau?\nGilles. Karim's got enough on",
     "Sophie Gagnon", "Gilles Comeau"),
    ("包金海个学校客户拨祁满仓好还是拨邵春来好？满仓弗熟学校的，拨邵春来", "包金海", "邵春来"),
    # dialect 的, ruled out by 白 / 弗是 / dudu / don't go to
    ("岑立新哩鲜花客户是拿给祁满仓还是麻秀云？满仓讲他接不过来，就麻秀云嘛", "岑立新", "麻秀云"),
    ("殷福生嘞客户都转了吧，白给冉冬梅，她才来俩月，给邵春来", "殷福生", "邵春来"),
    ("Mulu Haile's used-car buyers go to Karim Idrissi — eh sik, dudu Karim Idrissi, he's away. Sophie Gagnon.",
     "Mulu Haile", "Sophie Gagnon"),
    ("包金海's customers don't go to 祁满仓，给麻秀云 OK?", "包金海", "麻秀云"),
    # a decider, and French "à" saying whose
    ("Leila Amrani a décidé: les clients à Gilles Comeau vont à Sophie Gagnon.", "Gilles Comeau", "Sophie Gagnon"),
])
def test_who_gives_and_who_receives(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


def test_a_known_alias_keeps_its_possessive_after_the_surname_said_with_it() -> None:
    # the directory knows only the alias Rana; "Rana Joshi's" is hers, not the addressee's
    assert roles("Azamat bhai — Rana Joshi's florist accounts go to Nurlan.") == ("handover", "Rana", "Nurlan")


def test_dont_get_them_reversed_reverses_nothing() -> None:
    assert roles("冉冬梅的客户转给麻秀云，两个人名字像，嫑搞反了，群不动") == ("handover", "冉冬梅", "麻秀云")


@pytest.mark.parametrize("text", [
    "岑立新的营业执照原件交给祁满仓了，客户下周来拿",
    "麻秀云修好的那块硬盘转给冉冬梅寄回客户",
    "邵春来把代办客户的公章交给殷福生保管，用完要还",
    "包金海收的那台车今天过户给买车客户，材料在祁满仓那",
])
def test_papers_and_things_in_hand_are_no_handover(text: str) -> None:
    assert parse(text, today=TODAY, people=PEOPLE).intent != "handover"


def test_a_licence_customer_is_still_a_customer() -> None:
    assert roles("冉冬梅走了，殷福生的执照客户跟工商群一起转给邵春来") == ("handover", "殷福生", "邵春来")
