"""The learned second opinion on what a handover moves (second_opinion.py): where the rules miss a trade's own
group or customer noun and the scope model is sure, the model's scope is put to the requester as a
question; a message that keeps something back is left to the rules. Sentences written for this file."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import Intent, parse, second_opinion
from bot.language.intent_model import SCOPE_MODEL, scope_model, scope_probabilities, without_people
from bot.language.second_opinion import DOUBT, NOT_OURS, SURE, doubted, second_scope

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="chenjing", name="陈静", english_name="Chen Jing"),
    DirectoryMember(userid="hejing", name="何静", english_name="He Jing"),
], version=1)


def handover(scope: list[str] | None, **more: object) -> Intent:
    slots = {"handover": "陈静", "takeover": "何静", "scope": scope, **more}
    return Intent(intent="handover", slots=slots, lang="zh")


def test_the_shipped_scope_model_knows_the_three_scopes() -> None:
    data = json.loads(SCOPE_MODEL.read_text(encoding="utf-8"))
    assert sorted(data["classes"]) == ["customers", "customers+groups", "groups"]
    probabilities = scope_probabilities("把陈静的客户群都交给何静", ("陈静", "何静"))
    assert max(probabilities, key=probabilities.__getitem__) == "groups"
    assert sum(scope_model().probabilities("随便说点什么").values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("sure", "doubt", "changed"),
    [(SURE - 0.01, 0.0, False), (SURE, DOUBT, True), (0.95, 0.04, True), (0.8, DOUBT + 0.01, False)],
)
def test_the_model_is_asked_only_where_it_is_sure_and_doubts_the_rules(
        monkeypatch: pytest.MonkeyPatch, sure: float, doubt: float, changed: bool) -> None:
    probabilities = {"customers+groups": sure, "customers": doubt, "groups": 1 - sure - doubt}
    monkeypatch.setattr(second_opinion, "scope_probabilities", lambda *a: probabilities)
    got = second_scope("陈静的熟客交给何静", handover(["customers"]))
    assert got.slots["scope"] == (["customers", "groups"] if changed else ["customers"])
    assert got.unsure is changed  # a changed scope is always a question first


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("陈静的熟客交给何静", handover(["customers", "groups"])),  # the same scope: nothing to ask
        ("陈静的东西交给何静", handover(None)),  # nothing said: the default applies, not a guess
        ("陈静的客户和群平均分给何静和李娜", handover(["customers"], takeovers=["何静", "李娜"])),  # a split
        ("陈静的熟客交给何静，群先不动", handover(["customers"])),  # something kept back
        ("陈静的熟客交给何静，品鉴群除外", handover(["customers"])),
        ("Chen Jing's regulars to He Jing except the tasting chats", handover(["customers"])),
    ],
)
def test_the_rules_stand(monkeypatch: pytest.MonkeyPatch, text: str, reading: Intent) -> None:
    monkeypatch.setattr(second_opinion, "scope_probabilities", lambda *a: {"customers+groups": 0.99, "customers": 0.01})
    assert second_scope(text, reading) == reading


def test_a_status_is_never_given_a_scope(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "scope_probabilities", lambda *a: {"groups": 0.99, "customers": 0.01})
    status = Intent(intent="status", slots={"member": "陈静"}, lang="zh")
    assert second_scope("陈静的群转完没", status) == status


def test_the_parties_names_are_no_scope_words() -> None:
    assert without_people("把王群的客户交给Grace Group", ("王群", "grace group")) == "把 @ 的客户交给 @ "
    # 王群 is a person: the model reads no groups in her name
    assert parse("把王群交接给李娜", today=TODAY).slots["scope"] == ["customers"]


def test_a_scope_the_rules_misread_is_asked_with_the_models_scope() -> None:
    # "as well" reads to the rules as "the customers, and the groups as well"; only the groups are named (with the
    # owner named right before them the rules read it too: "Could He Jing take over Chen Jing's group chats as well?")
    got = parse("He Jing will take over the group chats as well - Chen Jing's", today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "Chen Jing", "He Jing")
    assert got.slots["scope"] == ["groups"] and got.unsure


@pytest.mark.parametrize("text", ["陈静的老主顾交给何静，品鉴会群除外", "陈静的客户交给何静，客户群除外"])
def test_what_is_excepted_stays(text: str) -> None:
    got = parse(text, today=TODAY, people=PEOPLE)
    assert (got.intent, got.slots["handover"], got.slots["takeover"]) == ("handover", "陈静", "何静")
    assert got.slots["scope"] == ["customers"]


@pytest.mark.parametrize(
    ("guess", "unsure"),
    [(("unknown", NOT_OURS), True), (("unknown", NOT_OURS - 0.01), False), (("handover", 0.99), False),
     (("status", 0.9), False)],
)
def test_a_handover_the_model_takes_for_something_else_is_asked(
        monkeypatch: pytest.MonkeyPatch, guess: tuple[str, float], unsure: bool) -> None:
    monkeypatch.setattr(second_opinion, "best_guess", lambda text: guess)
    reading = handover(["customers"])
    got = doubted("陈静的客户交给何静", reading)
    assert got.unsure is unsure and got.slots == reading.slots  # asked or not, the reading itself stands


def test_only_a_confident_handover_is_doubted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "best_guess", lambda text: ("unknown", 0.99))
    status = Intent(intent="status", slots={"member": "陈静"}, lang="zh")
    assert doubted("陈静的转完没", status) == status


def test_a_site_visit_to_cover_is_asked_not_filed() -> None:
    got = parse("He Jing, can you cover Chen Jing's site visit with the client tomorrow afternoon?", today=TODAY,
                people=PEOPLE)
    assert got.intent == "handover" and got.unsure


@pytest.mark.parametrize(
    ("model", "reading", "want"),
    [
        ("groups", ["customers", "groups"], ["groups"]),  # it drops the kind it hears kept back: asked
        ("customers+groups", ["groups"], ["groups"]),  # it would add one: the rules stand
        ("customers", ["groups"], ["groups"]),  # it would swap one for the other: the rules stand
    ],
)
def test_where_something_is_kept_back_the_model_may_only_take_a_kind_away(
        monkeypatch: pytest.MonkeyPatch, model: str, reading: list[str], want: list[str]) -> None:
    probabilities = {"customers": 0.0, "groups": 0.0, "customers+groups": 0.0, model: 0.99}
    monkeypatch.setattr(second_opinion, "scope_probabilities", lambda *a: probabilities)
    got = second_scope("陈静的品鉴群跟订豆群转给何静，熟客她自己还要管", handover(reading))
    assert got.slots["scope"] == want
    assert got.unsure is (want != reading)


def test_groups_said_to_go_too_are_not_taken_away(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(second_opinion, "scope_probabilities", lambda *a: {"customers": 0.99, "groups": 0.01})
    text = "Please do not give Chen Jing's customers to Li Na; the receiver is He Jing, groups included"
    reading = handover(["customers", "groups"])
    assert second_scope(text, reading) == reading
