"""Every member's name forms in one Aho–Corasick automaton: which members a message names.

Built once per directory version (next to the `DirectoryIndex`), then `spot(text)` finds, in one
pass over the normalized message, each Chinese name, alias, English name, userid and pinyin
spelling (joined or spaced, either order, any case) of every member, departed ones included.
Overlaps keep the leftmost-longest match, so 欧阳晓菲 wins over a member called 阳晓. Latin forms
must stand as words ("lina" is not spotted inside "carolina"); Chinese forms may touch anything
(Chinese has no spaces: 陈静要离职 names 陈静). A single given name or first name alone is not
spotted here: the reader's recognizer and the resolver (which asks when unsure) handle those.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import ahocorasick

from bot.directory.models import DirectoryMember
from bot.directory.names import WORD_NAMES, has_han, latin_words, normalize_han, pinyin_forms
from bot.language.normalize import to_simplified
from bot.language.people import PersonSpot

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_MIN_LATIN = 3  # "li", "na" alone match too much


class NameMatcher:
    """`spot(text)` → the members named in `text` (normalized, see `bot.language.normalize`)."""

    def __init__(self, members: Sequence[DirectoryMember], version: int = 0) -> None:
        self.version = version
        self.members: tuple[DirectoryMember, ...] = tuple(members)
        keys: dict[str, set[str]] = defaultdict(set)
        anycase: set[str] = set()  # forms that count however they are written (userids, full names)
        for m in self.members:
            for key in _forms(m):
                keys[key].add(m.userid)
                if not _is_one_word(key, m):
                    anycase.add(key)
        self._automaton = ahocorasick.Automaton()
        for key, owners in keys.items():
            # a one-word English name (Will, Mark, Grace) names someone only capitalized: "will" is a verb
            self._automaton.add_word(key, (len(key), tuple(sorted(owners)), has_han(key), key not in anycase))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys

    @classmethod
    def build(cls, members: Sequence[DirectoryMember], *, version: int = 0) -> NameMatcher:
        return cls(members, version)

    def spot(self, text: str) -> list[PersonSpot]:
        if self._empty or not text:
            return []
        low = text.lower()
        # typed all in lower case ("can u move her clients to jordan"), case says nothing: a one-word
        # name counts unless it is also an everyday word
        no_case = not any("A" <= c <= "Z" for c in text)
        found: list[tuple[int, int, tuple[str, ...]]] = []
        for end, (size, owners, han, capitalized) in self._automaton.iter(low):
            start = end - size + 1
            if not han and not _stands_alone(low, start, end + 1) and not (
                    # "move marguerites tenants to ossian": a possessive typed without its apostrophe
                    low[end + 1: end + 2] == "s" and _stands_alone(low, start, end + 2) and " " not in low[start: end]):
                continue
            if capitalized and not text[start].isupper() and (
                    not no_case or size < 4 or low[start: end + 1] in WORD_NAMES):
                continue
            found.append((start, end + 1, owners))
        if not found:
            return []
        found.sort(key=lambda f: (f[0], f[0] - f[1]))
        spots: list[PersonSpot] = []
        cursor = -1
        for start, end, owners in found:
            if start >= cursor:
                spots.append(PersonSpot(start, end, text[start:end], owners, known=True))
                cursor = end
        return spots


def _is_one_word(key: str, m: DirectoryMember) -> bool:
    """A single Latin word that comes from an English name or alias, not the userid."""
    if " " in key or has_han(key) or key == m.userid.lower() or not key.isalpha():
        return False
    return any(other and " " not in other.strip() and other.strip().lower() == key
               for other in (m.english_name, m.alias, m.name))


def _stands_alone(low: str, start: int, end: int) -> bool:
    before = low[start - 1] if start > 0 else " "
    after = low[end] if end < len(low) else " "
    if after == "'" or low.startswith("'s", end):
        after = " "
    return before not in _WORD_CHARS and after not in _WORD_CHARS


def _forms(m: DirectoryMember) -> set[str]:
    forms: set[str] = set()
    userid = m.userid.lower()
    if len(userid) >= _MIN_LATIN:
        forms.add(userid)
    name = to_simplified(normalize_han(m.name)) if m.name else ""
    if name and has_han(name):
        if len(name) >= 2:
            forms.add(name)
        parts = [to_simplified(part) for part in re.split(r"\s*[·•・.．]\s*", m.name.strip()) if part]
        if len(parts) > 1 and all(has_han(part) for part in parts):
            # 艾尔肯·吐尔逊 (a Uyghur or a transliterated name) as written, in any dot, and by the given name
            forms.update(dot.join(parts) for dot in "·•・.")
            if len(parts[0]) >= 2:
                forms.add(parts[0])
        pinyin = pinyin_forms(m.name)
        if pinyin is not None:
            for surname in pinyin.surnames:
                for given in pinyin.given:
                    forms.update(_latin_spellings([surname, given]))
    elif name:
        forms.update(_latin_spellings(latin_words(name) or []))
    for other in (m.english_name, m.alias):
        if not other:
            continue
        if has_han(other):
            han = to_simplified(normalize_han(other))
            if len(han) >= 2:
                forms.add(han)
        else:
            forms.update(_latin_spellings(latin_words(other) or []))
    for written in (m.name, m.english_name, m.alias):
        # "Patrick O'Neill", "Anne-Marie Dubois" as written, not only as separate words
        if written and not has_han(written) and re.search(r"[-'’]", written) and latin_words(written):
            forms.add(re.sub(r"\s+", " ", written.replace("’", "'").strip().lower()))
    return {f for f in forms if len(f) >= 2 and (has_han(f) or len(f) >= _MIN_LATIN)}


def _latin_spellings(words: list[str]) -> set[str]:
    """'chen jing', 'chenjing', 'jing chen', 'jingchen' (and 'chen-jing', 'chen.jing')."""
    if not words:
        return set()
    if len(words) == 1:
        return {words[0]} if len(words[0]) >= _MIN_LATIN else set()  # "Bao", "Nok", "Amy": capitalized only
    out: set[str] = set()
    for order in (words, list(reversed(words))) if len(words) == 2 else (words,):
        for sep in (" ", "", "-", ".", "_"):
            out.add(sep.join(order))
    return out
