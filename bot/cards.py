"""Template-card helpers: the typed button-key factory (pack/unpack, fails closed).

Keys come back to us in template_card_event callbacks. A key we cannot read is ignored, never
guessed at. Authorization is still checked on the click itself — a key only says what was shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERSION = "v1"
_PART = re.compile(r"^[A-Za-z0-9_\-@.]{1,128}$")
_MAX_KEY_BYTES = 1024


class BadButtonKey(ValueError):
    """The event key is not one of ours (or is damaged)."""


@dataclass(frozen=True, slots=True)
class ButtonKey:
    action: str  # e.g. "approve", "reject", "checklist_submit"
    ref: str  # what the action is about, e.g. a job id "H-1042"
    extra: str = ""  # e.g. the approval level or a checklist item

    def pack(self) -> str:
        parts = [_VERSION, self.action, self.ref] + ([self.extra] if self.extra else [])
        for p in parts:
            if not _PART.match(p):
                raise BadButtonKey(f"key part {p!r} has characters outside [A-Za-z0-9_-@.]")
        key = ":".join(parts)
        if len(key.encode()) > _MAX_KEY_BYTES:
            raise BadButtonKey("button key longer than 1024 bytes")
        return key

    @classmethod
    def unpack(cls, key: str) -> ButtonKey:
        if len(key.encode()) > _MAX_KEY_BYTES:
            raise BadButtonKey("too long")
        parts = key.split(":")
        if len(parts) not in (3, 4) or parts[0] != _VERSION or not all(_PART.match(p) for p in parts[1:]):
            raise BadButtonKey("not a key of ours")
        return cls(action=parts[1], ref=parts[2], extra=parts[3] if len(parts) == 4 else "")
