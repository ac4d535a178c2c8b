"""Who gives and who receives, the learned role check (role_model.py, second_opinion.role_doubts) and the
quoted speaker (roles.quoted_speaker), on sentences written for this file.

- A self word inside a quote whose speaker is named ("X跟我说：“…我来接”") is the speaker, not the writer.
- Where the rules filled a role and the model prefers another person named, the reading carries that person
  (takeover_or / handover_or) for the conversation to ask; a clear sentence, labelled fields naming the only
  two people, or two people in the order the rules read carry nothing. (Which sentences the model doubts can
  change when it is retrained: these were checked against the shipped role_model.json.)
- A person named again by the given name alone is the same person to the model ("…郜振东…振东…")."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse
from bot.language.people import PersonSpot
from bot.language.role_model import person_features, role_model, with_short_mentions

TODAY = dt.date(2026, 11, 26)
PEOPLE = NameMatcher.build([
    DirectoryMember(userid="a", name="祁晓峰"), DirectoryMember(userid="b", name="骆春燕"),
    DirectoryMember(userid="c", name="钭文杰"), DirectoryMember(userid="d", name="蒯玉兰"),
    DirectoryMember(userid="e", name="冉国栋"),
    DirectoryMember(userid="f", name="欧文", english_name="Owen Tremblay"),
    DirectoryMember(userid="g", name="玛丽", english_name="Marie Gagnon"),
    DirectoryMember(userid="h", name="卢克", english_name="Luc Bouchard"),
], version=1)


def read(text: str) -> dict[str, object]:
    intent = parse(text, today=TODAY, people=PEOPLE)
    assert intent.intent == "handover", intent
    return {k: v for k, v in intent.slots.items() if v is not None}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("骆春燕跟我讲：“祁晓峰调走以后他的客户我来接”，你就照她讲的弄", "祁晓峰", "骆春燕"),
        ("钭文杰对我说：\"蒯玉兰那些客户我来接\"，帮他提一下", "蒯玉兰", "钭文杰"),
        ("钭文杰共我呾：“蒯玉兰许个客户我来接”，汝就照伊呾个去做", "蒯玉兰", "钭文杰"),  # Teochew 共…呾
        ('Luc Bouchard told me "when Owen Tremblay leaves, his clients come to me". Do it like he said',
         "Owen Tremblay", "Luc Bouchard"),
    ],
)
def test_the_self_word_in_a_quote_is_the_speaker(text: str, giver: str, receiver: str) -> None:
    slots = read(text)
    assert (slots["handover"], slots["takeover"]) == (giver, receiver)


def test_a_self_word_outside_any_quote_is_the_writer() -> None:
    slots = read("祁晓峰调走了，他的客户我来接")
    assert (slots["handover"], slots["takeover"]) == ("祁晓峰", "我")


@pytest.mark.parametrize(
    ("text", "slot", "other"),
    [
        # the receiver turned down in words the rules have no entry for, then another named
        ("祁晓峰走咗，佢啲客户畀骆春燕，骆春燕话冇时间，揾冉国栋啦", "takeover_or", "冉国栋"),
        ("Owen Tremblay clients give Marie Gagnon... Marie say she no free, give Luc Bouchard better", "takeover_or",
         "Luc Bouchard"),
    ],
)
def test_a_receiver_the_model_doubts_carries_the_person_it_prefers(text: str, slot: str, other: str) -> None:
    assert read(text).get(slot) == other


@pytest.mark.parametrize(
    "text",
    [
        "祁晓峰的客户转给冉国栋，别给骆春燕",  # ruled out in words the rules know
        "Owen Tremblay's clients go to Luc Bouchard; Marie Gagnon approved it",
        "移出人：祁晓峰\n接收人：骆春燕\n范围：客户",  # labelled fields, only these two
        "骆春燕替祁晓峰接客户",  # a construction the rules know and the model rarely saw
    ],
)
def test_a_clear_reading_carries_no_doubt(text: str) -> None:
    slots = read(text)
    assert "takeover_or" not in slots and "handover_or" not in slots, slots


def test_a_given_name_alone_is_the_same_person_again() -> None:
    low = "□□□的客户给□□□,文杰那边忙,给□□□"
    people = [PersonSpot(0, 3, "祁晓峰", ("a",), True), PersonSpot(7, 10, "钭文杰", ("c",), True),
              PersonSpot(18, 21, "冉国栋", ("e",), True)]
    spots = with_short_mentions(low, people)
    assert [(p.start, p.text) for p in spots[3:]] == [(11, "钭文杰")]
    feats = person_features(low, people)
    assert "named:2" in feats["c"] and "named:1" in feats["e"]


def test_the_model_is_shipped_and_scores_every_person() -> None:
    model = role_model()
    assert model is not None
    people = [PersonSpot(0, 3, "祁晓峰", ("a",), True), PersonSpot(6, 9, "冉国栋", ("e",), True)]
    scores = model.scores("□□□的客户给□□□", people)
    assert set(scores) == {"a", "e"}
    assert scores["a"]["giver"] > 0.5 and scores["e"]["receiver"] > 0.5
    assert all(abs(sum(s.values()) - 1) < 1e-9 for s in scores.values())
