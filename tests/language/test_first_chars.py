"""The reader's speed-ups that must not change what it finds: the cue patterns' first-character lookahead
(bot/language/first_chars.py), and word spans found without a pattern per name (text.word_spans)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from bot.language import cues
from bot.language.first_chars import first_chars, skipping
from bot.language.literal_gate import Gated
from bot.language.text import word_spans

DATA = Path(__file__).parent / "data"


def test_the_first_characters_are_read_from_the_pattern() -> None:
    assert first_chars(re.compile(r"客户|群")) == "[\\u5ba2\\u7fa4]"
    # a word start where a \b stands on every path to the character, anywhere else not
    assert first_chars(re.compile(r"\bhand\b|(?<=的)好友|(?:微信)?客户")) == "[\\u597d\\u5fae\\u5ba2]|\\b[\\x68]"
    assert first_chars(re.compile(r"\s*(?:to|for)\b")) == "[\\s\\x74\\x66]"


@pytest.mark.parametrize("pattern", [r"[^a]b", r"a?", r".x", r"(a)?\1", r"(?:x|)", r"(?i:a)b", r"(?=a)"])
def test_a_pattern_that_can_start_anywhere_or_match_empty_is_left_alone(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert first_chars(compiled) is None
    cue = skipping(compiled)
    assert (cue.regex if isinstance(cue, Gated) else cue) is compiled  # no lookahead ("[^a]b" is gated by its b)


def test_an_optional_boundary_proves_no_word_start() -> None:
    # "(?:\bx)?y" can match "ay" at the y: y must not be required at a word start
    pattern = skipping(re.compile(r"(?:\bx)?y"))
    assert pattern.search("ay") is not None
    assert first_chars(re.compile(r"(?:\bx)?y")) == "[\\x79]|\\b[\\x78]"


def _texts() -> list[str]:
    lines = (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:400]
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts + [t.lower() for t in texts] + ["", "把 □□ 的客户给 □□", "HAND OVER Li's clients to Wu", "x y z"]


@pytest.mark.parametrize("name", ["NOT_OURS_OBJECT", "TAKES_VERB", "CUSTOMERS", "GROUPS", "TO_MARKER", "STATUS"])
def test_a_cue_finds_what_it_found_without_the_lookahead(name: str) -> None:
    fast = getattr(cues, name)
    assert fast.pattern.startswith("(?="), "the cue is compiled with its lookahead"
    plain = re.compile(fast.pattern[fast.pattern.index(")(?:") + 4: -1], fast.flags)
    for text in _texts():
        for at in (0, len(text) // 2):
            got, want = fast.search(text, at), plain.search(text, at)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), text
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.sub("#", text) == plain.sub("#", text)


def test_word_spans_finds_what_a_word_boundary_pattern_finds() -> None:
    rng = random.Random(5)
    alphabet = "ab _-.'é李1 "
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        start, end = rng.randint(0, len(text)), rng.randint(0, len(text) + 2)
        pattern = re.compile(rf"\b{re.escape(word)}\b")
        assert word_spans(text, word, start, end) == [m.span() for m in pattern.finditer(text, start, end)]
        assert word_spans(text, word) == [m.span() for m in pattern.finditer(text)]
    assert word_spans("qi, qin and qi", "qi") == [(0, 2), (12, 14)]
