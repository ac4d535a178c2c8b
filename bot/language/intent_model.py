"""A learned second opinion on the intent (and on a handover's scope): linear models over character and
word n-grams.

The rules read what they were written for; a message in a shape they have never seen reads as nothing.
Measured on blind rounds (scripts/train_intent_model.py --until), this model names the intent of such
messages better than the rules do, so the reader asks it when no rule fired (never to overrule one).
Trained offline with scikit-learn on the labelled dev data (never a held-out set); here only the
weights are read, as JSON, and the score is a sum of the weights of the n-grams present.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from .normalize import to_simplified
from .text import occurrences

MODEL = Path(__file__).with_name("intent_model.json")
SCOPE_MODEL = Path(__file__).with_name("scope_model.json")  # classes "customers", "groups", "customers+groups"
_WORD = re.compile(r"\w+")


def features(text: str) -> list[str]:
    """The n-grams a message is scored on: characters 1–4 inside each word (with its edges, "|w|") and
    words 1–2 ("w:…"), over the simplified, lower-cased text; each counted once."""
    low = to_simplified(text).lower()
    grams: set[str] = set()
    for word in low.split():
        padded = f"|{word}|"
        grams.update(map(padded.__getitem__, _slices(len(padded))))
    words = _WORD.findall(low)
    grams.update(f"w:{w}" for w in words)
    grams.update(f"w:{a} {b}" for a, b in pairwise(words))
    return sorted(grams)


@lru_cache(maxsize=256)
def _slices(size: int) -> tuple[slice, ...]:
    """Where the 1–4 character n-grams of a padded word of `size` characters stand (a word shorter than n gives
    itself whole); cut by slice objects, so a message's n-grams are made without a Python loop per n-gram."""
    return tuple(slice(i, i + n) for n in range(1, 5) for i in range(max(1, size - n + 1)))


class IntentModel:
    def __init__(self, data: dict[str, object]) -> None:
        self.classes: list[str] = list(data["classes"])  # type: ignore[call-overload]
        self.intercept: list[float] = list(data["intercept"])  # type: ignore[call-overload]
        # per n-gram its weight for every class (stored sparse as [class, weight, …]; held dense, so a message's
        # sums are taken per class over its n-grams' rows in C, in the same order as one loop would add them)
        stored: dict[str, list[float]] = data["weights"]  # type: ignore[assignment]
        self.weights: dict[str, tuple[float, ...]] = {}
        for gram, pairs in stored.items():
            row = [0.0] * len(self.classes)
            for i in range(0, len(pairs), 2):
                row[int(pairs[i])] = pairs[i + 1]
            self.weights[gram] = tuple(row)

    def probabilities(self, text: str) -> dict[str, float]:
        grams = features(text)
        if not grams:
            return {}
        rows = [row for row in map(self.weights.get, grams) if row is not None]
        sums = [sum(column, 0.0) for column in zip(*rows, strict=True)] if rows else [0.0] * len(self.classes)
        scale = 1 / math.sqrt(len(grams))  # each message's vector has unit length, as in training
        scores = [b + scale * t for b, t in zip(self.intercept, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}


@cache
def model() -> IntentModel:
    return IntentModel(json.loads(MODEL.read_text(encoding="utf-8")))


@cache
def scope_model() -> IntentModel:
    return IntentModel(json.loads(SCOPE_MODEL.read_text(encoding="utf-8")))


@lru_cache(maxsize=1024)
def best_guess(text: str) -> tuple[str, float]:
    """The model's intent for a message and its probability."""
    return _best(model(), text, "unknown")


def without_people(text: str, people: tuple[str, ...]) -> str:
    """The message with these people's names as written replaced by "@": a name says nothing about what
    moves, and one such as 王群 or Grace Group would read as groups (the scope model trains on the same)."""
    for name in sorted({p for p in people if p}, key=len, reverse=True):
        text = _replaced(text, name, " @ ")
    return text


def _replaced(text: str, name: str, by: str) -> str:
    """Every `name` in `text`, in any case, replaced by `by` (found in the lower-cased text, see `occurrences`)."""
    low, key = text.lower(), name.lower()
    if len(low) != len(text) or len(key) != len(name):
        return re.sub(re.escape(name), by, text, flags=re.IGNORECASE)  # (a letter whose lower case is longer)
    pieces, start = [], 0
    for at, end in occurrences(low, key):
        pieces += [text[start:at], by]
        start = end
    return "".join(pieces) + text[start:]


@lru_cache(maxsize=1024)
def scope_probabilities(text: str, people: tuple[str, ...] = ()) -> dict[str, float]:
    """How likely the scope model finds each reading of what a handover moves ("customers", "groups",
    "customers+groups"); `people`: the giver and receiver as written, left out of the reading."""
    return scope_model().probabilities(without_people(text, people))


def _best(which: IntentModel, text: str, nothing: str) -> tuple[str, float]:
    probs = which.probabilities(text)
    if not probs:
        return nothing, 1.0
    name = max(probs, key=probs.__getitem__)
    return name, probs[name]
