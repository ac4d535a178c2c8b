"""A cue pattern asked only of the messages that hold one of its words.

Most of the reader's cues are long alternations ("any thing that is not ours", "a word that keeps
something back"), and most messages hold none of their words: yet Python's regex engine tries the whole
alternation at every position, 5–40 µs per English sentence for the biggest, and the reader asks a few
hundred such questions of one message. Every match of such a pattern contains one of a few literal
strings, read here from the pattern itself (`required_literals`); `Gated` runs the pattern only on a text
that holds one. Which of them a text holds is found for all gated patterns at once, by one Aho–Corasick pass
per text, and kept for the next question about the same text. The answers are the pattern's own: a text
without any of the strings cannot hold a match (tests/language/test_literal_gate.py checks it on the dev data).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick

# (how many strings one item may stand for before it counts as unknown: "[a-z]" in a word is no literal)
_MOST = 64
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
# Characters that the regex engine's case-blind matching pairs with a letter that str.lower() does not give
# (ſ ~ s, ı ~ i, İ ~ i, ς ~ σ, the Cyrillic and Greek variants…): a text holding one is searched without the gate,
# and a pattern spelling one is not gated. Read off the engine (tests/language/test_literal_gate.py checks it
# against every code point).
_CASE_PAIRED = frozenset(
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1\u03a3\u03a6\u03b0\u03b2"
    "\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5"
    "\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a\u0462\u0463\u1c80\u1c81\u1c82\u1c83"
    "\u1c84\u1c85\u1c86\u1c87\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06")
_CASE_PAIRED_IN = re.compile(f"[{''.join(sorted(_CASE_PAIRED))}]")


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string one parsed item can match, when they are few; else None."""
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        chars: set[str] = set()
        for item, value in av:
            if item is sre.LITERAL:
                chars.add(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < 16:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # (a negated class, \w, a wide range)
        return chars if len(chars) <= _MOST else None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _exact_sequence(inner)
    if op is sre.BRANCH:
        out = _each_branch(av[1], _exact_sequence)
        return out if out is not None and len(out) <= _MOST else None
    if op in _REPEATS:
        least, most, inner = av
        strings = _exact_sequence(inner) if most <= 1 else None
        return None if strings is None else strings | {""} if least == 0 else strings
    return None


def _each_branch(branches: Any, read: Callable[[Any], set[str] | None]) -> set[str] | None:
    """What `read` gives for every branch of an alternation, together; None when one branch gives nothing."""
    out: set[str] = set()
    for branch in branches:
        strings = read(branch)
        if strings is None:
            return None
        out |= strings
    return out


def _exact_sequence(items: Any) -> set[str] | None:
    out = {""}
    for op, av in items:
        strings = None if op in _ZERO_WIDTH else _exact(op, av)  # (a lookaround narrows what "exact" would say)
        if strings is None:
            return None
        out = {a + b for a in out for b in strings}
        if len(out) > _MOST:
            return None
    return out


def _required(op: Any, av: Any) -> set[str] | None:
    """Strings one of which every match of a parsed item contains, or None when there are none to name."""
    strings = _exact(op, av)
    if strings is not None:
        return strings if "" not in strings else None
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _required_sequence(inner)
    if op is sre.ATOMIC_GROUP:
        return _required_sequence(av)
    if op is sre.BRANCH:
        return _each_branch(av[1], _required_sequence)
    if op in _REPEATS and av[0] >= 1:
        return _required_sequence(av[2])
    return None


def _required_sequence(items: Any) -> set[str] | None:
    """The best of a sequence's candidates: runs of exactly known items joined into strings (a lookaround or a
    \\b between them takes no character), and what each other item requires. Best: the longest shortest string."""
    candidates: list[set[str]] = []
    run: set[str] | None = None
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        strings = _exact(op, av)
        if strings is not None:
            joined = {a + b for a in run for b in strings} if run is not None else strings
            if len(joined) <= _MOST:
                run = joined
                continue
            candidates.append(run or {""})
            run = strings
            continue
        if run is not None:
            candidates.append(run)
            run = None
        required = _required(op, av)
        if required is not None:
            candidates.append(required)
    if run is not None:
        candidates.append(run)
    candidates = [c for c in candidates if c and "" not in c]
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (lower-cased for a case-blind pattern), or None."""
    strings = _required_sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if strings is None:
        return None
    if pattern.flags & re.IGNORECASE:
        if any(_CASE_PAIRED_IN.search(s) for s in strings):
            return None
        strings = {s.lower() for s in strings}
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))  # (the shortest do)


class _Registry:
    """Every gated pattern's literals in two automata (as written, and lower-cased for the case-blind patterns),
    each literal carrying the bits of the patterns that require it. A text is scanned once for all of them and
    what it holds is kept: a message's stages ask a few texts some hundred questions."""

    def __init__(self) -> None:
        self._count = 0
        self._bits: tuple[dict[str, int], dict[str, int]] = ({}, {})  # literal -> bits, as written / case-blind
        self._case_blind = 0  # the bits of the case-blind patterns
        self._automata: tuple[Any, Any] | None = None
        self._held: dict[str, int] = {}

    def add(self, literals: frozenset[str], *, case_blind: bool) -> int:
        bit = 1 << self._count
        self._count += 1
        table = self._bits[case_blind]
        for literal in literals:
            table[literal] = table.get(literal, 0) | bit
        if case_blind:
            self._case_blind |= bit
        self._automata = None  # (built again before the next question)
        return bit

    def held(self, text: str) -> int:
        """The bits of the patterns one of whose literals `text` holds."""
        bits = self._held.get(text)
        if bits is not None:
            return bits
        automata = self._automata or self.build()
        bits = 0
        for _end, value in automata[0].iter(text):
            bits |= value
        if not text.isascii() and _CASE_PAIRED_IN.search(text) is not None:
            bits |= self._case_blind
        else:
            for _end, value in automata[1].iter(text.lower()):
                bits |= value
        if len(self._held) >= 512:
            self._held.clear()  # (a message's texts are asked about within moments of each other: no order to keep)
        self._held[text] = bits
        return bits

    def build(self) -> tuple[Any, Any]:
        self._held.clear()
        self._automata = (_automaton(self._bits[False]), _automaton(self._bits[True]))
        return self._automata


def _automaton(bits: dict[str, int]) -> Any:
    automaton = ahocorasick.Automaton()
    for literal, value in bits.items():
        automaton.add_word(literal, value)
    if bits:
        automaton.make_automaton()
    return automaton


_REGISTRY = _Registry()


def build_gates() -> None:
    """Builds the automata now (a few milliseconds), so that the first message after a start does not."""
    _REGISTRY.build()


class Gated:
    """A compiled pattern run only on a text that holds one of its required literals: the same answers."""

    __slots__ = ("_bit", "flags", "groupindex", "groups", "pattern", "regex")

    def __init__(self, regex: re.Pattern[str], literals: frozenset[str]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.groups = regex.groups
        self.groupindex = regex.groupindex
        self._bit = _REGISTRY.add(literals, case_blind=bool(regex.flags & re.IGNORECASE))

    # (a search from pos to endpos asks about the whole text: what a part holds, the whole holds)
    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(string, pos, endpos) if self._bit & _REGISTRY.held(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos) if self._bit & _REGISTRY.held(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(string, pos, endpos) if self._bit & _REGISTRY.held(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(string, pos, endpos) if self._bit & _REGISTRY.held(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.regex.findall(string, pos, endpos) if self._bit & _REGISTRY.held(string) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.regex.sub(repl, string, count) if self._bit & _REGISTRY.held(string) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.regex.subn(repl, string, count) if self._bit & _REGISTRY.held(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.regex.split(string, maxsplit) if self._bit & _REGISTRY.held(string) else [string]


Cue = re.Pattern[str] | Gated  # what the reader's helpers take: a pattern, gated or not


def gated(regex: re.Pattern[str]) -> Cue:
    """`regex` behind the gate of its required literals; itself where it has none."""
    literals = required_literals(regex)
    return regex if not literals else Gated(regex, literals)
