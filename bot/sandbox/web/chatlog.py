"""What each member typed to the bot on the web page.

WeCom keeps the member's own messages on the phone, not on the server, so the simulated world
has no record of them; the page keeps its own, next to the saved world, so a restarted sandbox
shows the whole conversation again.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class SentMessage:
    id: str
    at: float
    text: str
    by: str = ""  # who typed it, in a group's log ("" in a member's own chat)


class ChatLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._by_user: dict[str, list[SentMessage]] = {}
        self._counter = 0

    def add(self, userid: str, at: float, text: str, *, by: str = "") -> SentMessage:
        """``userid``: the member, or ``group:<chatid>`` for a line ``by`` someone in a group."""
        self._counter += 1
        entry = SentMessage(f"me{self._counter:06d}", at, text, by)
        self._by_user.setdefault(userid, []).append(entry)
        self.save()
        return entry

    def of(self, userid: str) -> list[SentMessage]:
        return self._by_user.get(userid, [])

    def load(self) -> None:
        if self.path is None or not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._by_user = {u: [SentMessage(**m) for m in msgs] for u, msgs in data["messages"].items()}
            self._counter = int(data["counter"])
        except (ValueError, KeyError, TypeError):
            self._by_user, self._counter = {}, 0  # a damaged log only loses the member's own lines

    def discard(self) -> None:
        if self.path is not None and self.path.exists():
            self.path.unlink()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        data = {"counter": self._counter,
                "messages": {u: [asdict(m) for m in msgs] for u, msgs in self._by_user.items()}}
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
