"""English words split into tokens, and the small lexicon the English rules share.

A token keeps the word as written (names keep their case and spelling) plus a lowercase form
for lookups. Possessives are split off into a flag: "Zhang Wei's" → Zhang, Wei(possessive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Placeholder the rules put where a job id was, so "H-1042" is one token of its own kind.
JOB_MARK = "\ue000"
_TOKEN = re.compile(rf"→|{JOB_MARK}|[,;]|&|[^\s,;→&{JOB_MARK}]+")
_TRIM = re.compile(r"^[\"(\[]+|[\"')\].!?:]+$")


CONTRACTIONS = frozenset({"how's", "what's", "where's", "who's", "it's", "that's", "there's", "here's",
                          "let's", "he's", "she's", "when's", "why's"})


@dataclass(frozen=True)
class Token:
    text: str
    low: str
    possessive: bool = False
    # Capitalized and not the first word: "Will", "May" mid-sentence are names, not glue.
    capitalized: bool = False

    @property
    def is_job(self) -> bool:
        return self.text == JOB_MARK


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for index, raw in enumerate(_TOKEN.findall(text)):
        word = _TRIM.sub("", raw.lstrip("@")) if raw not in ("→", JOB_MARK) else raw
        if not word:
            continue
        possessive = False
        lowered = word.lower()
        if lowered in CONTRACTIONS:
            pass  # "how's" is "how is", not a possessive
        elif len(word) > 2 and lowered.endswith("'s"):
            word, possessive = word[:-2], True
        elif len(word) > 1 and word.endswith("'") and lowered[-2] == "s":
            word, possessive = word[:-1], True  # "James'"
        capitalized = index > 0 and len(word) > 1 and word[0].isupper() and word[1:].islower()
        tokens.append(Token(word, word.lower(), possessive, capitalized))
    if len(tokens) > 1 and tokens[0].text[:1].isupper() and tokens[0].text[1:].islower():
        # A capitalized first word is a name too when a capitalized name follows: "Will Zhang's".
        second = tokens[1]
        if second.text[:1].isupper() and is_name_word(second):
            tokens[0] = Token(tokens[0].text, tokens[0].low, tokens[0].possessive, True)
    return tokens


# --- lexicon -------------------------------------------------------------------------------
# Verbs that alone say "hand over" …
STRONG_VERBS = frozenset({"handover", "hand-over", "handoff", "hand-off", "transfer", "reassign",
                          "re-assign", "migrate", "reallocate", "redistribute", "transition"})
# … and verbs that only do with a customer/group noun or a possessive ("give me the status").
WEAK_VERBS = frozenset({"move", "assign", "allocate", "give", "pass", "send", "shift", "switch",
                        "route", "forward"})
# Two-word verbs, merged into one token by `merge_phrases`.
PHRASES = {("hand", "over"): "handover", ("hand", "off"): "handoff", ("take", "over"): "takeover",
           ("takes", "over"): "takeover", ("taking", "over"): "takeover", ("pass", "on"): "pass",
           ("group", "chats"): "groups", ("group", "chat"): "groups", ("customer", "groups"): "groups",
           ("customer", "group"): "groups", ("client", "groups"): "groups", ("client", "group"): "groups",
           ("external", "contacts"): "customers", ("not", "taken"): "failed",
           ("didn't", "transfer"): "failed"}
TAKE_OVER = frozenset({"takeover", "inherit", "inherits"})
CUSTOMERS = frozenset({"customer", "customers", "client", "clients", "contact", "contacts",
                       "accounts", "account"})
GROUPS = frozenset({"group", "groups", "chats", "chat", "groupchats"})
ALL = frozenset({"all", "everything", "both", "entire", "whole", "every", "everyone"})
FAILED = frozenset({"failed", "failures", "failure", "leftover", "leftovers", "left-over",
                    "remaining", "unassigned", "rejected", "refused", "unfinished", "outstanding",
                    "rest"})
# Words of other intents: their presence means "this is not a handover request".
FOREIGN = frozenset({"status", "progress", "cancel", "records", "record", "history", "log", "logs",
                     "audit", "checklist", "offboarding", "offboard", "remind", "snooze",
                     "approvals", "approval", "pending", "help", "going", "how", "what", "why",
                     "update", "updates", "undo", "withdraw", "abort"})
# Glue words that are never part of a name.
FILLER = frozenset({
    "the", "a", "an", "of", "from", "his", "her", "their", "its", "and", "&", "plus", "as",
    "well", "also", "too", "over", "please", "now", "instead", "that", "which", "who", "were",
    "was", "is", "are", "be", "been", "had", "has", "have", "in", "on", "at", "for", "with",
    "by", "owned", "belonging", "currently", "still", "under", "them", "it", "this", "these",
    "those", "then", "so", "just", "let", "should", "will", "can", "could", "would", "to", ",",
    ";", "external", "wecom", "my", "our", "i", "we", "you", "your", "want", "need", "like",
    "ones", "one", "any", "some", "stuff", "work", "asap", "today", "immediately", "right",
    "away", "thanks", "→",
})


def merge_phrases(tokens: list[Token]) -> list[Token]:
    """Fold two-word phrases ("hand over", "customer groups") into one token."""
    merged: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if index + 1 < len(tokens) and not token.possessive:
            pair = (token.low, tokens[index + 1].low)
            if pair in PHRASES:
                second = tokens[index + 1]
                merged.append(Token(f"{token.text} {second.text}", PHRASES[pair], second.possessive, False))
                index += 2
                continue
        merged.append(token)
        index += 1
    return merged


LEXICON = STRONG_VERBS | WEAK_VERBS | TAKE_OVER | CUSTOMERS | GROUPS | ALL | FAILED | FOREIGN | FILLER


def is_name_word(token: Token) -> bool:
    """Could this token be (part of) a person's name? Anything not in the lexicon can."""
    if token.low in FILLER and (token.capitalized or token.possessive):
        return True  # "Will's customers", "… to Will": a name that happens to be a word
    return not token.is_job and token.low not in LEXICON and token.low not in {"→", ",", ";"}


def name_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of name words; a possessive ends its run ("Zhang Wei's customers")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if is_name_word(token):
            current.append(token)
            if token.possessive:
                runs.append(current)
                current = []
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def runs_between(tokens: list[Token], glue: frozenset[str]) -> tuple[list[list[Token]], bool]:
    """Name runs once `glue` words are set aside (glue still separates runs), and whether every
    other token was part of a name. "the weather status is sunny" → [weather], [sunny]."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    clean = True
    for token in tokens:
        if token.is_job or (token.low in glue and not token.possessive):
            if current:
                runs.append(current)
            current = []
        elif is_name_word(token):
            current.append(token)
            if token.possessive:
                runs.append(current)
                current = []
        else:
            clean = False
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs, clean


def join(run: list[Token]) -> str:
    return " ".join(token.text for token in run)
