"""The learned second opinion (bot/language/intent_model.py, guess.py): messages no rule reads are read
with the model's intent, as guesses — a handover only with a giver and a receiver the directory knows,
and only as a question; nothing that changes state is guessed. Sentences written for this file."""

from __future__ import annotations

import datetime as dt
import json
import math
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse
from bot.language.intent_model import MODEL, IntentModel, best_guess, features, model

TODAY = dt.date(2026, 12, 7)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="zouyan", name="邹燕"),
    DirectoryMember(userid="qiufeng", name="邱峰"),
    DirectoryMember(userid="laiwen", name="赖文"),
    DirectoryMember(userid="marta", name="马尔塔", english_name="Marta Kowalczyk", alias="Marta"),
    DirectoryMember(userid="obi", name="欧比", english_name="Obinna Eze", alias="Obinna"),
], version=1)


def read(text: str) -> tuple[str, dict[str, Any], bool]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}, intent.unsure


def test_the_features_are_the_words_and_their_characters_once_each() -> None:
    grams = features("Hand  OVER hand")
    assert "w:hand" in grams and "w:over hand" in grams and "|ha" in grams and "d|" in grams
    assert len(grams) == len(set(grams)) and grams == sorted(grams)
    assert features("轉給") == features("转给")  # traditional read as simplified, as in training
    assert features("   ") == []


def test_the_probabilities_are_a_softmax_over_the_weights() -> None:
    toy = IntentModel({"classes": ["a", "b"], "intercept": [0.0, 1.0], "weights": {"w:x": [0, 2.0, 1, -1.0]}})
    grams = features("x")
    scale = 1 / math.sqrt(len(grams))
    a, b = 2.0 * scale, 1.0 - 1.0 * scale
    got = toy.probabilities("x")
    assert got["a"] == pytest.approx(math.exp(a) / (math.exp(a) + math.exp(b)))
    assert sum(got.values()) == pytest.approx(1.0)


def test_the_shipped_model_names_every_intent_the_guess_may_take() -> None:
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    assert {"handover", "status", "list", "records", "help", "unknown"} <= set(data["classes"])
    assert len(data["intercept"]) == len(data["classes"])
    assert all(len(pairs) % 2 == 0 for pairs in data["weights"].values())
    assert best_guess("把邹燕的客户交接给邱峰")[0] == "handover"
    assert sum(model().probabilities("今天天气不错").values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "handover", "takeover"),
    [
        ("邹燕那些老主顾以后归邱峰对接了", "邹燕", "邱峰"),
        # (a trade's word the rules do not know: "patients" was one until the rules learned it)
        ("Marta Kowalczyk's anglers → Obinna Eze from Monday", "Marta Kowalczyk", "Obinna Eze"),
        ("邹燕走了，她那些家长赖文负责吧", "邹燕", "赖文"),
    ],
)
def test_a_handover_no_rule_reads_is_a_guess_to_confirm(text: str, handover: str, takeover: str) -> None:
    intent, slots, unsure = read(text)
    assert (intent, slots.get("handover"), slots.get("takeover")) == ("handover", handover, takeover)
    assert unsure  # the chat asks "did you mean …? reply 1" before anything is filed


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("邹燕那摊子整完没啊？", "status", {"member": "邹燕"}),
        ("交接单都有啥，给我唠唠", "list", {"which": "all"}),
        ("yo bot what are you actually good for", "help", {}),
    ],
)
def test_questions_no_rule_reads_are_answered(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots, True)


@pytest.mark.parametrize(
    "text",
    [
        "Marta's clients loved the Christmas hampers",  # nobody receives anything
        "帮客户转账5万，邱峰已经复核过了",  # money
        "Move Friday's client review with Marta to Monday, Obinna can't make it",  # a meeting
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    assert read(text)[0] == "unknown"


def test_a_guess_needs_people_the_directory_knows() -> None:
    # "Ward" has a name's shape but is nobody here: no receiver, so no guess
    assert read("Patient in bed 12 (Marta) to be moved to Ward 7 tonight")[0] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Marta Kowalczyk's shippers go to Obinna Eze from Monday",
        "Marta Kowalczyk's consignees go to Obinna Eze",
        "邹燕的老主顾给邱峰",
    ],
)
def test_a_trade_word_the_rules_do_not_know_is_asked_about(text: str) -> None:
    # the rules read "X's <unknown word> to Y" as a thing of hers; the model reads customers: a question first
    intent, slots, unsure = read(text)
    assert intent == "handover" and slots["takeover"] in ("Obinna Eze", "邱峰") and unsure


@pytest.mark.parametrize(
    "text",
    ["Marta Kowalczyk's laptop goes to Obinna Eze", "邹燕的工位给邱峰", "Marta Kowalczyk's hampers go to Obinna Eze"],
)
def test_a_thing_of_hers_is_never_filed_straight_away(text: str) -> None:
    intent, _, unsure = read(text)
    assert intent == "unknown" or unsure  # at most the question, never a preview
