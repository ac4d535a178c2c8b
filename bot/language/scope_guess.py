"""A second opinion on what a handover moves, from the learned scope model (intent_model.py).

The rules know the scope words they were written with; a trade's own noun they have never seen
("她的熟客和门店群", "repeat travellers and tour group chats") is missed or half read. The model, trained
on the labelled rounds, reads such nouns from their company ("…和…群", "X's … and … chats"). It is taken
only where it is sure of its reading (p ≥ SURE) and finds the rules' reading unlikely (p ≤ DOUBT), and never
where the message keeps something back (the model reads "群不用动" as naming groups): on the blind rounds
dev48–dev52, each read by a model trained only on the rounds before it, that changed 5 of 491 readings, all
to the label (without the DOUBT bound: 11, 3 of them wrong). A changed scope is always a question
("did you mean …? reply 1"), never filed as read.
"""

from __future__ import annotations

from .intent import Intent
from .intent_model import scope_probabilities
from .normalize import normalize
from .scope import keeps_back

SURE = 0.7
DOUBT = 0.1


def second_scope(text: str, reading: Intent) -> Intent:
    slots = reading.slots
    said = slots.get("scope")
    if reading.intent != "handover" or not isinstance(said, list) or not said or slots.get("takeovers"):
        return reading  # nothing said (the default applies) or a split, whose parts carry their own scope
    people = tuple(str(slots.get(k) or "") for k in ("handover", "takeover"))
    probabilities = scope_probabilities(text, people)
    if not probabilities:
        return reading
    best = max(probabilities, key=probabilities.__getitem__)
    rules = "+".join(sorted(said))
    if best == rules or probabilities[best] < SURE or probabilities.get(rules, 0.0) > DOUBT \
            or keeps_back(normalize(text).lower()):
        return reading
    return reading.model_copy(update={"slots": {**slots, "scope": best.split("+")}, "unsure": True})
