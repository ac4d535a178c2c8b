"""The parser's output: an intent name, its slots and the language the user wrote in.

Every intent has a fixed slot schema (below). The model fills absent slots with None and keeps
the schema's key order, so handlers can index slots without `.get` and `intent_json` is stable.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, model_validator

Lang = Literal["zh", "en"]
IntentName = Literal[
    "handover", "status", "list", "cancel", "records", "offboard", "checklist",
    "snooze", "confirm", "deny", "choose", "help", "unknown", "audit",
]
SlotValue = str | int | list[str] | None
Slots = dict[str, SlotValue]

# The slot names each intent carries, in the order they are serialized.
SLOT_SCHEMA: dict[str, tuple[str, ...]] = {
    # takeovers/split/tag/groups_to: one member's customers split among several (split.py);
    # amend="takeover": a follow-up changing the receiver of the request just made ("不是给X，改成给Y");
    # handover_or/takeover_or: another person named whom the role check (second_opinion.py) prefers for that role
    "handover": ("handover", "takeover", "scope", "job", "subset", "takeovers", "split", "tag", "groups_to", "amend",
                 "handover_or", "takeover_or"),
    "status": ("job", "member"),
    "list": ("which",),
    "cancel": ("job",),
    "records": ("member", "job"),
    "offboard": ("member", "last_day", "successor"),
    "checklist": ("action", "item", "member"),
    "snooze": ("until",),
    "confirm": (),
    "deny": (),
    "choose": ("choice",),
    "help": (),
    "unknown": (),
    "audit": (),  # the permission audit (rules/audit.py)
}


class Intent(BaseModel, frozen=True):
    intent: IntentName
    slots: Slots
    lang: Lang
    # The reader's roles are a guess (two known people and a handover word, no 给/to/→ between
    # them): the conversation asks "did you mean …?" before anything is prepared.
    unsure: bool = False

    @model_validator(mode="before")
    @classmethod
    def _fit_schema(cls, data: Any) -> Any:
        """Reject slot names the intent does not have; add the missing ones as None."""
        if not isinstance(data, dict):
            return data
        name, slots = data.get("intent"), data.get("slots") or {}
        schema = SLOT_SCHEMA.get(name) if isinstance(name, str) else None
        if schema is None or not isinstance(slots, dict):
            return data
        extra = set(slots) - set(schema)
        if extra:
            raise ValueError(f"intent {name!r} has no slot(s) {sorted(extra)}")
        return {**data, "slots": {key: slots.get(key) for key in schema}}


def intent_json(intent: Intent) -> str:
    """One line of JSON, `{"intent", "slots", "lang"}`, CJK kept readable, schema key order."""
    payload: dict[str, Any] = {"intent": intent.intent, "slots": intent.slots, "lang": intent.lang}
    if intent.unsure:
        payload["unsure"] = True
    return json.dumps(payload, ensure_ascii=False)
