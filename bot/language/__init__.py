"""Language understanding: a pure, deterministic CN/EN reader from a chat message to an Intent.

No I/O and no state: `parse(text, today=…, people=…)` depends only on its arguments. The reader
(`reader.py`) normalizes, spots entities (people through the directory's matcher when given),
scores intents and assigns roles; the older whole-sentence rules (`rules/`) answer replies and
what the reader leaves. Person mentions are returned as written; resolving them to members is
the directory's job, never this package's."""

from .intent import SLOT_SCHEMA, Intent, IntentName, Lang, intent_json
from .parser import load_models, parse, says_yes
from .people import SELF_WORDS, PeopleSpotter, PersonSpot
from .text import detect_language

__all__ = ["SELF_WORDS", "SLOT_SCHEMA", "Intent", "IntentName", "Lang", "PeopleSpotter", "PersonSpot",
           "detect_language", "intent_json", "load_models", "parse", "says_yes"]
