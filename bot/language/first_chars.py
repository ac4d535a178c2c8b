"""The reader's big cue patterns, made to skip the places where none of their words can start.

A cue such as "any thing that is not ours" is an alternation of a few hundred words, many behind a
lookbehind, an optional prefix or a `\\b`. Python's regex engine cannot see which character such an
alternation starts with, so `search` tries every word at every position of the message: 10–20 µs for one
English sentence, and the reader asks dozens of such cues per message. `skipping(pattern)` puts in front
of the pattern a lookahead for the characters its matches can start with (as a word start where every
path there passes a `\\b`), read from the pattern itself: the same matches, found several times faster.
It also puts the pattern behind the gate of the strings its matches contain (literal_gate.py), so that a
message holding none of them is not searched at all.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .literal_gate import Cue, gated


class _Unbounded(Exception):
    """A match can start with any character (a negated class, a dot, a group reference…)."""


_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}

# (at a word start?, op, argument) for each character class item a match can start with
_First = list[tuple[bool, Any, Any]]


def _sequence(items: Any, bounded: bool) -> tuple[_First, bool]:
    """The first characters of a sequence of parsed items, and whether it can match empty."""
    first: _First = []
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            bounded = True  # (only a \b on the path itself: one inside an optional group proves nothing)
            continue
        chars, empty = _item(op, av, bounded)
        first += chars
        if not empty:
            return first, False
    return first, True


def _item(op: Any, av: Any, bounded: bool) -> tuple[_First, bool]:
    if op is sre.LITERAL:
        return [(bounded, op, av)], False
    if op is sre.IN:
        if any(o is sre.NEGATE for o, _ in av):
            raise _Unbounded
        return [(bounded, o, a) for o, a in av], False
    if op is sre.BRANCH:
        first: _First = []
        empty = False
        for branch in av[1]:
            chars, may_be_empty = _sequence(branch, bounded)
            first += chars
            empty = empty or may_be_empty
        return first, empty
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _Unbounded  # ((?i:…) inside: the class outside would not fold the same way)
        return _sequence(inner, bounded)
    if op in _REPEATS:
        least, _most, inner = av
        chars, empty = _sequence(inner, bounded)
        return chars, empty or least == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [], True  # zero-width: the next item gives the character (a lookaround only narrows further)
    raise _Unbounded


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """A lookahead body for the characters `pattern`'s matches start with, or None when a match can be
    empty or start with anything."""
    try:
        first, empty = _sequence(sre_parse.parse(pattern.pattern, pattern.flags), False)
    except _Unbounded:
        return None
    if empty or not first:
        return None
    classes: dict[bool, dict[str, None]] = {False: {}, True: {}}
    for bounded, op, av in first:
        if op is sre.LITERAL:
            item = _escaped(av)
        elif op is sre.RANGE:
            item = f"{_escaped(av[0])}-{_escaped(av[1])}"
        elif op is sre.CATEGORY and av in _CATEGORIES:
            item = _CATEGORIES[av]
        else:
            return None
        classes[bounded][item] = None
    # a character that may start a match anywhere need not also be listed at word starts
    at_word_start = {item: None for item in classes[True] if item not in classes[False]}
    parts = [f"[{''.join(classes[False])}]"] if classes[False] else []
    parts += [f"\\b[{''.join(at_word_start)}]"] if at_word_start else []
    return "|".join(parts)


def skipping(pattern: re.Pattern[str]) -> Cue:
    """`pattern` with a lookahead for the characters its matches start with, behind the gate of the strings
    its matches contain (literal_gate.py): the same matches (groups included: the lookahead captures
    nothing), searched faster. Each part left out where the pattern gives none."""
    body = first_chars(pattern)
    if body is not None:
        try:
            pattern = re.compile(f"(?={body})(?:{pattern.pattern})", pattern.flags)
        except re.error:
            pass  # (global inline flags, "(?i)…", must open the pattern: left as it is)
    return gated(pattern)
