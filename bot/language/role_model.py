"""A learned check on who gives and who receives: a linear model over the words around each person a
handover names.

The rules pick the giver and the receiver; in a voice nobody has written rules for they can pick the wrong
person with confidence (a receiver corrected in words the rules don't know, a person ruled out, a third
person in another role). This model reads each person named by the words around their mentions and where
they stand among the others, and scores giver / receiver / neither. When it clearly prefers another person
for a role the rules filled, the reading is put to the user as a question rather than filed
(second_opinion.py). Trained offline with scikit-learn on the labelled dev rounds (scripts/train_role_model.py),
never on a held-out set; here only the weights are read, as JSON.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .people import PersonSpot
from .text import CJK_CHARS, occurrences, whole_word

MODEL = Path(__file__).with_name("role_model.json")
ROLES = ("giver", "receiver", "neither")
SELF, OTHER = "@", "#"  # a mention of the person scored / of anybody else, in the text the features read
_TOKEN = re.compile(r"[a-z0-9'’]+|[^\sa-z0-9'’]")
_CJK = re.compile(f"[{CJK_CHARS}]")
_NON_CJK_TOKEN = re.compile(f"[a-z0-9'’]+|[^\\sa-z0-9'’{CJK_CHARS}]")  # a _TOKEN that is not one Chinese character
_CJK_PAIR = re.compile(f"(?=([{CJK_CHARS}]{{2}}))")  # every two Chinese characters side by side, overlapping


def person_key(spot: PersonSpot) -> str:
    """One person however often they are named: their userids (directory) or the name as written."""
    return "|".join(spot.members) if spot.members else spot.text.lower()


def _short_forms(spot: PersonSpot) -> list[str]:
    """How a person named in full is named again: a Chinese given name (郜振东 → 振东), a Latin first or last
    name (Milagros Quispe → milagros, quispe)."""
    text = spot.text.lower()
    if _CJK.match(text):
        return [text[-2:]] if len(text) >= 3 else []
    words = [w for w in _TOKEN.findall(text) if len(w) >= 3]
    return words if len(words) >= 2 else []


def with_short_mentions(low: str, people: Sequence[PersonSpot]) -> list[PersonSpot]:
    """The people spotted plus their short re-mentions ("…转给郜振东了，振东那边…"), each as a spot of the same
    person. A short form two people share is left out."""
    owners: dict[str, set[str]] = {}
    full: dict[str, PersonSpot] = {}
    for p in people:
        for form in _short_forms(p):
            owners.setdefault(form, set()).add(person_key(p))
            full.setdefault(form, p)
    taken = [(p.start, p.end) for p in people]
    extra: list[PersonSpot] = []
    for form, keys in owners.items():
        if len(keys) != 1:
            continue
        for start, end in occurrences(low, form):
            if whole_word(low, start, end) and not any(s < end and start < e for s, e in taken):
                p = full[form]
                extra.append(PersonSpot(start, end, p.text, p.members, p.known))
                taken.append((start, end))
    return [*people, *extra]


def _collapsed(low: str, people: Sequence[PersonSpot], key: str) -> tuple[str, list[tuple[int, int]]]:
    """The masked message with every mention shortened to one mark (SELF for `key`'s, OTHER for the rest),
    and where `key`'s mentions now stand."""
    parts: list[str] = []
    own: list[tuple[int, int]] = []
    at = 0
    length = 0
    for p in sorted(people, key=lambda p: p.start):
        if p.start < at:
            continue
        parts.append(low[at:p.start])
        length += p.start - at
        mark = SELF if person_key(p) == key else OTHER
        if mark == SELF:
            own.append((length, length + 1))
        parts.append(mark)
        length += 1
        at = p.end
    parts.append(low[at:])
    return "".join(parts), own


def _edge(text: str, tokens: list[str], side: str) -> list[str]:
    """The first 1–3 characters and 1–2 words of `text` (read outward from a mention)."""
    out = [f"{side}{n}:{text[:n]}" for n in (1, 2, 3) if len(text) >= n]
    out += [f"{side}w1:{tokens[0]}"] if tokens else []
    out += [f"{side}w2:{tokens[0]} {tokens[1]}"] if len(tokens) > 1 else []
    return out


def _bag(stretch: str, side: str) -> set[str]:
    """The Latin words and the Chinese character pairs of a stretch of the message."""
    grams = {f"{side}:{t}" for t in _NON_CJK_TOKEN.findall(stretch)}
    grams.update(f"{side}:{pair}" for pair in _CJK_PAIR.findall(stretch))
    return grams


def _rank(rank: int, count: int) -> str:
    return "only" if count == 1 else "first" if rank == 0 else "last" if rank == count - 1 else "mid"


def person_features(low: str, people: Sequence[PersonSpot]) -> dict[str, list[str]]:
    """Each person's features: the characters and words right before and after each mention, the words in
    the stretches before their first and after their last mention, and where they stand (first or last, how
    many people, how often named, how many named after them)."""
    order = list(dict.fromkeys(person_key(p) for p in sorted(people, key=lambda p: p.start)))
    people = with_short_mentions(low, people)
    feats: dict[str, list[str]] = {}
    for rank, key in enumerate(order):
        text, own = _collapsed(low, people, key)
        grams = {f"rank:{_rank(rank, len(order))}", f"people:{min(len(order), 4)}", f"named:{min(len(own), 3)}"}
        for start, end in own:
            before = text[max(0, start - 30):start]
            grams.update(_edge(before[::-1], _TOKEN.findall(before)[::-1], "L"))
            after = text[end:end + 30]
            grams.update(_edge(after, _TOKEN.findall(after), "R"))
        first, last = own[0][0], own[-1][1]
        grams |= _bag(text[last:last + 40], "A") | _bag(text[max(0, first - 40):first], "B")
        grams.add(f"after:{min(text.count(OTHER, last), 2)}")
        feats[key] = sorted(grams)
    return feats


class RoleModel:
    def __init__(self, data: dict[str, object]) -> None:
        self.intercept: list[float] = list(data["intercept"])  # type: ignore[call-overload]
        self.weights: dict[str, list[float]] = data["weights"]  # type: ignore[assignment]

    def scores(self, low: str, people: Sequence[PersonSpot]) -> dict[str, dict[str, float]]:
        """Per person (person_key), the probability of each role in ROLES."""
        out: dict[str, dict[str, float]] = {}
        weights = self.weights
        for key, grams in person_features(low, people).items():
            rows = [w for w in map(weights.get, grams) if w is not None]
            # (each role's sum from its intercept over the grams in order, as a loop adding them would give)
            columns = zip(*rows, strict=True) if rows else ((),) * len(self.intercept)
            sums = tuple(sum(column, b) for b, column in zip(self.intercept, columns, strict=True))
            top = max(sums)
            exp = [math.exp(s - top) for s in sums]
            total = sum(exp)
            out[key] = {role: e / total for role, e in zip(ROLES, exp, strict=True)}
        return out


@cache
def role_model() -> RoleModel | None:
    if not MODEL.exists():
        return None
    return RoleModel(json.loads(MODEL.read_text(encoding="utf-8")))
