"""Wrong-person jobs and look-alikes the dev69 and dev70 rounds found through the chat path, checked on sentences
written for this file: corrections after a preview card (接收人错了…改成Y), "改：Y", "Y then", "plutôt Y", a
correction followed by a closing apology, a warning not to get it wrong (嫑弄错) that corrects nothing, English cue
words run into Chinese (wait是Y); two corrections in one message (不是A，是A'；也不是B，是B'); an or-question with
好; a greeting to the one who receives; 不要拿给X; a numbered update line (2️⃣ is no "to"); what a customer ordered
and a month-end close are no handovers."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="侯东"), DirectoryMember(userid="b", name="谌平"),
    DirectoryMember(userid="c", name="安全"), DirectoryMember(userid="d", name="施海"),
    DirectoryMember(userid="e", name="尹蕙"), DirectoryMember(userid="f", name="邝伟"),
    DirectoryMember(userid="g", name="阮秀英"), DirectoryMember(userid="h", name="阮秀芬"),
    DirectoryMember(userid="i", name="晏飞"), DirectoryMember(userid="j", name="晏飞鸿"),
    DirectoryMember(userid="k", name="郝佳"), DirectoryMember(userid="l", name="郝佳佳"),
    DirectoryMember(userid="m", name="胡月"), DirectoryMember(userid="n", name="古月"),
    DirectoryMember(userid="o", name="罗阿兰", english_name="Alain Roux"),
    DirectoryMember(userid="p", name="迪维", english_name="Divine Uwera"),
    DirectoryMember(userid="q", name="埃里克", english_name="Eric Ndayi"),
], version=1)


def roles(text: str) -> tuple[str, str | None, str | None]:
    got = parse(text, today=TODAY, people=PEOPLE)
    return got.intent, got.slots.get("handover"), got.slots.get("takeover")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("【交接预览】\n移交人：侯东\n接收人：谌平\n范围：客户\n回复「确认」开始执行\n\n接收人错了，不是谌平，改成安全。",
     "侯东", "安全"),
    ("侯东 订货群 给谌平。改：安全。客户不动。", "侯东", "安全"),
    ("Alain Roux's clients to Divine Uwera — or no, wait, Divine's away till spring. Eric Ndayi then. Chats stay.",
     "Alain Roux", "Eric Ndayi"),
    ("Please the clients of Alain Roux go to Divine Uwera — pardon, plutôt Eric Ndayi, Divine is on leave.",
     "Alain Roux", "Eric Ndayi"),
    ("施海的客户连群一搭转给谌平……不对不对，额说错咧，是安全，谌平是库房的，嫑弄错。", "施海", "安全"),
    ("把侯东的 parents 转给郝佳... wait 是郝佳佳；only parents，sorry 改了两次", "侯东", "郝佳佳"),
    ("把阮秀英的群转给晏飞——不是阮秀英，是阮秀芬；也不是晏飞，是晏飞鸿。客户先不转。", "阮秀芬", "晏飞鸿"),
    ("施海的客户是给尹蕙好还是给邝伟好？想了想还是尹蕙吧，群也一起给她。", "施海", "尹蕙"),
    ("Bonjour Eric Ndayi, désolée — Alain Roux est parti, so his clients are for you now. Merci!", "Alain Roux",
     "Eric Ndayi"),
    ("施海走了以后，她的客户和群不要拿给胡月哈，胡月忙不过来，全部给古月。", "施海", "古月"),
    ("Quick updates:\n1️⃣ Friday trip is full\n2️⃣ Divine Uwera's booking groups → Eric Ndayi (clients stay)\n"
     "3️⃣ New fares from 1 Dec", "Divine Uwera", "Eric Ndayi"),
])
def test_who_gives_and_who_receives(text: str, giver: str, receiver: str) -> None:
    assert roles(text) == ("handover", giver, receiver)


@pytest.mark.parametrize("text", [
    "施海的客户订的两百盆绿萝，交给邝伟安排车，明早发货。",
    "I'm handing the month-end close over to Eric Ndayi while I'm out. Divine Uwera's reviewing.",
])
def test_look_alikes_stay_unfiled(text: str) -> None:
    assert roles(text)[0] != "handover"
