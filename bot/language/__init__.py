"""Language understanding: a pure, deterministic CN/EN grammar from a chat message to an Intent.

No I/O and no state: `parse(text, today=…)` depends only on its arguments. Person mentions are
returned as written (cleaned of "@", possessives and particles); resolving them to members is
the directory's job, never this package's."""

from .intent import SLOT_SCHEMA, Intent, IntentName, Lang, intent_json
from .parser import parse
from .text import detect_language

__all__ = ["SLOT_SCHEMA", "Intent", "IntentName", "Lang", "detect_language", "intent_json", "parse"]
