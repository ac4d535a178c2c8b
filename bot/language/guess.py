"""Stage 5's fallback: a message no rule could read, read with the learned model's intent.

The model (intent_model.py) says what kind of request it is; the slots come from the entities the
rules spotted, placed by the same role helpers the handover reading uses. Only readings that are
safe to act on are taken: a handover names a giver and a receiver and is always a guess the
requester confirms ("did you mean …? reply 1"); status, list, records and help only show something.
Whatever would change state without a question (cancel, offboarding, a checklist tick, a reply to
the bot) is left to the rules, and so is a message naming a thing the rules know is not ours.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import cues
from .cues import spans
from .intent import IntentName, Slots
from .intent_model import best_guess
from .other_intents import which_jobs
from .reader import LOOK_ALIKES, RULED_OUT, names_a_thing
from .roles import corrected, is_self, receiver_first, source_of, takeover_of
from .scope import read_scope
from .spotting import OWNS_SCOPE, Reading, Spotted, mention, split_clauses

# the model must be surer of its intent than of all the others together
THRESHOLD = 0.5
SAFE: frozenset[IntentName] = frozenset({"handover", "status", "list", "records", "help"})


def guess(raw: str, s: Spotted, *, directory: bool) -> Reading | None:
    """`directory`: the message was read with the directory; then only its members count as people."""
    intent, probability = best_guess(raw)
    if intent not in SAFE or probability < THRESHOLD:
        return None
    if directory:  # a capitalized word the directory does not know ("the Christmas hampers") is nobody here
        s = replace(s, people=[p for p in s.people if p.known or is_self(p)])
    if intent == "handover":
        return _handover(s)
    people = [p for p in s.people if not is_self(p)]
    slots: Slots
    if intent == "status":
        if s.jobs:
            slots = {"job": s.jobs[0].value, "member": None}
        elif people:
            slots = {"job": None, "member": mention(people[0])}
        else:
            return None  # a status of nothing named: the rules' question is better
    elif intent == "records":
        if not people and not s.jobs:
            return None
        slots = {"member": mention(people[0]) if people else None, "job": None if people else s.jobs[0].value}
    elif intent == "list":
        slots = {"which": which_jobs(s)}
    else:
        slots = {}
    return Reading(intent, slots, 1, 0, unsure=True)


def _handover(s: Spotted) -> Reading | None:
    if names_a_thing(s.low) or any(w.search(s.low) for w in LOOK_ALIKES if w is not cues.NOT_OURS_OBJECT):
        return None  # a thing the rules know is not ours is named (a review, a car, money, a day out), not as
        # part of a customers or groups word (车主, 打卡群)
    if not _WORDS_BESIDE_NAMES.search(s.low):  # (the people are masked in it)
        return None  # "韩东、宋雨桥": two names and nothing said of them
    takeover, marker = takeover_of(s, spans(cues.TO_MARKER, s.low))
    if marker is not None and marker.value == "unclear":
        takeover, marker = None, None
    source = source_of(s, takeover, marker)
    if takeover is not None and marker is not None and not receiver_first(marker):
        takeover = corrected(s, takeover)  # "转给哥舒岚，不对不对，转给纳兰若溪": whom the correction names
    if takeover is None and source is not None:
        # nothing marks the receiver: the one other person named after the giver is the guess
        later = [p for p in s.people if p.start >= source.end and not is_self(p) and mention(p) != mention(source)
                 and not RULED_OUT.search(s.low[max(0, p.start - 8): p.start])]  # "…，不是檀志强的": not him
        if len(later) == 1:
            takeover = later[0]
    if source is None or takeover is None:
        return None  # a guess is put to the requester as "X's customers to Y?": both must be there
    if OWNS_SCOPE.match(s.low[takeover.end:]):
        return None  # "…交给李娜的客户群": the second person owns something, receives nothing
    scope = read_scope(s, source, takeover, marker, split_clauses(s.low))
    slots: Slots = {"handover": mention(source), "takeover": mention(takeover),  # ("我" is the sender)
                    "scope": scope or ["customers"]}
    return Reading("handover", slots, 1, 0, unsure=True)


_WORDS_BESIDE_NAMES = re.compile(r"[\u3400-\u9fff]|[a-z]{3,}")

