"""Typo tolerance for English KEYWORDS only ("hand ovr", "custmers", "trasnfer").

Names are never corrected: a word is only a candidate when it is lowercase (or the first word),
not possessive, not an @mention, and not in a slot where a name is expected (right after "of",
"from", "to", "for", "by"). Short words are left alone: at four letters too many names sit one
edit away from a keyword ("Lisa" → "list"). Corrections use optimal string alignment so a swap of
two letters ("trasnfer") counts as one edit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

# The words rules look for. Only words of five letters or more are ever a correction target.
_KEYWORDS = (
    "transfer", "handover", "reassign", "migrate", "allocate", "customers", "customer", "clients",
    "client", "contacts", "groups", "group", "status", "progress", "update", "updates",
    "cancel", "withdraw", "records", "record", "history", "offboard", "offboarding", "checklist",
    "complete", "completed", "finished", "approvals", "approval", "pending", "requests", "request",
    "successor", "remind", "snooze", "tomorrow", "failures", "failed", "leftovers", "leftover",
    "remaining", "unassigned", "leaving", "handovers", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "april", "august",
    "september", "october", "november", "december", "uncheck", "reopen", "approve", "approved",
)
_KEYWORD_SET = frozenset(_KEYWORDS)
# Real words one edit from a keyword that must stay themselves.
_KEEP = frozenset({
    "states", "stats", "spending", "sending", "recorded", "remains", "remain", "design", "resign",
    "clint", "cancer", "reminds", "grouse", "frida", "groupe", "lending", "pending", "clients",
    "client", "statue", "statues", "hangover", "leaving", "leaning", "failing", "sunday",
    "updated", "requested", "cancelled", "canceled", "reminded", "grouped", "completes",
    "finishes", "statuses", "records", "transfers", "handing", "passed", "leaves", "checked",
    "chatted", "contact", "contacted", "completely", "history", "process", "proceed", "progressing",
    "whats", "rewind", "filed", "bending", "mending", "tending", "vending", "fending", "weaving",
    "heaving", "customs", "compete", "furnished", "onboarding", "onboard", "retaining", "assigned",
    "reassigned", "unsigned", "contract", "contracts", "withdrew", "withdrawn", "migrated", "allocated",
    "updates", "friday", "stated", "started", "starting", "groupie",
})
# Words after which a name, not a keyword, is expected.
_NAME_SLOT = frozenset({"of", "from", "to", "for", "by", "successor", "@", "→"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_OVER = ("over", "off")


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The keyword `word` is a typo of, or `word` itself."""
    if len(word) < 5 or word in _KEYWORD_SET or word in _KEEP or not word.isalpha():
        return word
    limit = 1 if len(word) < 8 else 2
    best, best_distance = word, limit + 1
    for keyword in _KEYWORDS:
        if abs(len(keyword) - len(word)) > limit:
            continue
        distance = OSA.distance(word, keyword, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance = keyword, distance
    return best


def correct_keywords(text: str) -> str:
    """`text` with misspelled keywords replaced; everything else byte-for-byte unchanged."""
    pieces: list[str] = []
    cursor = 0
    previous = ""
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        replacement = word
        lowered = word.lower()
        gap = text[cursor:match.start()]
        preceded_by_at = gap.endswith("@")
        if "→" in gap:
            previous = "→"
        possessive = lowered.endswith(("'s", "'"))
        may_correct = (
            (word.islower() or index == 0)
            and not possessive
            and not preceded_by_at
            and previous not in _NAME_SLOT
        )
        if may_correct:
            if previous == "hand" and lowered not in _OVER and 3 <= len(lowered) <= 5:
                # "hand ovr" / "hand oevr": the only short word worth fixing, and only here.
                near = min(_OVER, key=lambda target: OSA.distance(lowered, target))
                if OSA.distance(lowered, near) <= 1:
                    replacement = near
            else:
                fixed = correct_word(lowered)
                if fixed != lowered:
                    replacement = fixed
        pieces.append(text[cursor:match.start()])
        pieces.append(replacement)
        cursor = match.end()
        previous = replacement.lower()
    pieces.append(text[cursor:])
    return "".join(pieces)
