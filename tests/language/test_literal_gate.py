"""The literal gate in front of the reader's cue patterns (bot/language/literal_gate.py): the strings every match
contains are read right from the pattern, and a gated pattern answers exactly as the pattern itself."""

from __future__ import annotations

import _sre  # (the engine's own case mapping: what case-blind matching pairs)
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import bot.language
from bot.language.literal_gate import _CASE_PAIRED, Gated, gated, required_literals
from bot.language.normalize import normalize

# the labelled rounds in many voices and scripts (the gate must not change one answer on any of them)
ROUNDS = [Path(__file__).with_name("data") / f"{name}.jsonl" for name in ("dev", "dev_roles", "dev76", "dev135")]


@pytest.mark.parametrize(("pattern", "literals"), [
    (re.compile(r"(?<!不)转给|交给"), {"转给", "交给"}),
    (re.compile(r"\bhand(?:ed)?\s+over\b"), {"over"}),
    (re.compile(r"HAND\s+over", re.IGNORECASE), {"hand"}),
    (re.compile(r"客户群?(?=给)"), {"客户"}),
    (re.compile(r"(?:把|将)\s*\S+\s*的?(?:客户|群)"), {"把", "将"}),
    (re.compile(r"[xy]z"), {"xz", "yz"}),
])
def test_the_strings_every_match_contains_are_read_from_the_pattern(pattern: re.Pattern[str],
                                                                    literals: set[str]) -> None:
    assert required_literals(pattern) == literals


@pytest.mark.parametrize("pattern", [
    re.compile(r".*"), re.compile(r"a?b?"), re.compile(r"\w+\s+\d"), re.compile(r"[^,]+"),
    re.compile(r"(?i:abc)|d"),  # (a group with flags of its own is not read)
    re.compile(r"ſtop", re.IGNORECASE),  # (a letter the engine pairs with one str.lower() does not give)
])
def test_a_pattern_without_such_strings_is_left_as_it_is(pattern: re.Pattern[str]) -> None:
    assert required_literals(pattern) is None
    assert gated(pattern) is pattern


def test_the_letters_paired_otherwise_by_case_blind_matching_are_all_known() -> None:
    # every character whose case-blind match the engine decides otherwise than str.lower() would
    paired = {cp for key, others in re._casefix._EXTRA_CASES.items() for cp in (key, *others)}  # type: ignore
    found = set()
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        lower = _sre.unicode_tolower(cp)
        if lower in paired or chr(cp).lower() != chr(lower):
            found.add(chr(cp))
    assert found == set(_CASE_PAIRED)


def test_a_text_with_such_a_letter_is_searched_by_the_pattern_itself() -> None:
    cue = gated(re.compile(r"\bclass\b", re.IGNORECASE))
    assert isinstance(cue, Gated)
    assert cue.search("the CLAſS") is not None  # (the engine pairs ſ with s)
    assert cue.search("the KLASS") is None


def test_a_search_from_a_position_finds_what_the_pattern_finds() -> None:
    cue = gated(re.compile(r"转给(\S+)"))
    assert cue.search("转给李娜", 1) is None
    match = cue.match("先转给李娜", 1)
    assert match is not None and match.group(1) == "李娜"
    assert cue.search("请转给李娜", 0, 2) is None
    assert [m.span() for m in cue.finditer("转给A，转给B", 1)] == [(4, 7)]


def _gated_cues() -> list[tuple[str, Gated]]:
    found: dict[int, tuple[str, Gated]] = {}
    for module in pkgutil.walk_packages(bot.language.__path__, "bot.language."):
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Gated):
                found.setdefault(id(value), (f"{module.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for path in ROUNDS for line in path.open(encoding="utf-8")
             if line.strip()]
    texts += [normalize(t).lower() for t in texts]
    # letters that case-blind matching pairs otherwise, full-width forms, a dotted capital I
    texts += ["Handover ſtatus for İpek, KELVIN K", "ＨＡＮＤ ＯＶＥＲ 张伟的客户", "ΣΟΦΙΑ's clients → Ἀλέξανδρος", ""]
    return texts


def test_the_reader_gates_its_biggest_cues() -> None:
    names = {name for name, _cue in _gated_cues()}
    assert {"bot.language.cues.GROUPS", "bot.language.cues.NOT_OURS_OBJECT", "bot.language.scope._NEGATED"} <= names
    assert len(names) > 100


def test_every_gated_cue_answers_as_its_pattern_on_the_labelled_rounds() -> None:
    texts = _texts()
    for name, cue in _gated_cues():
        for text in texts:
            for pos in (0, 3):
                expected = [m.span() for m in cue.regex.finditer(text, pos)]
                assert [m.span() for m in cue.finditer(text, pos)] == expected, (name, text)
                found = cue.search(text, pos)
                assert (found.span() if found else None) == (expected[0] if expected else None), (name, text)
            assert cue.sub("#", text) == cue.regex.sub("#", text), (name, text)
