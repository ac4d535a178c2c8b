"""One message prepared once for every rule: normalized, keyword typos fixed, courtesy removed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .spelling import correct_keywords
from .text import normalize, strip_courtesy, tighten


@dataclass(frozen=True)
class Utterance:
    text: str  # normalized, spaces kept — English rules and tokens read this
    tight: str  # no spaces next to CJK — Chinese rules read this
    low: str  # text.lower()
    tight_low: str
    today: dt.date
    question: bool  # ended with "?" before clean-up


def prepare(raw: str, today: dt.date) -> Utterance:
    normalized = normalize(raw)
    text = strip_courtesy(correct_keywords(normalized))
    tight = tighten(text)
    return Utterance(text, tight, text.lower(), tight.lower(), today, normalized.endswith("?"))
