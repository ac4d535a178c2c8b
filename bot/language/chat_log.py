"""A chat pasted into the message ("鲜于慧：下周起我去二部了\n公冶明轩：那你的保户给羊舌志刚吧\n照上面办"):
each turn is said by someone, its 我 is the speaker and its 你 whom they answer. Unfolded into
plain lines with the people named, so the reader sees who gives and who receives.

Only a real log is unfolded: turns whose labels are people (not "交接人：" or "接手：" fields), with
a timestamp or a 我/你 to resolve — a form listing receivers ("李娜：VIP客户\n王磊：其他") stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import cues
from .first_chars import skipping

# "鲜于慧：…", "[2026-11-25 18:02] 琴晓雯：…", "「毌丘婷：…」", "Tom Lee: …"
_TURN = skipping(re.compile(r"^\s*(?P<stamp>\[[^\]]{1,24}\]\s*|\d{1,2}:\d{2}(?::\d{2})?\s+)?[「『“\"]?\s*"
                            r"(?P<name>[^\s:：\[\]「『“\"]{1,12}(?: [A-Za-z][A-Za-z.'\-]*){0,2})\s*"
                            r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?\s*)?[：:]\s*(?P<said>.*?)\s*[」』”\"]?\s*$"))
# "关大伟 14:05" on its own line, what was said on the next (WeCom's copy of a chat)
_HEAD = skipping(re.compile(r"^\s*(?P<name>[^\s:：]{1,12}(?: [A-Za-z][A-Za-z.'\-]*){0,2})\s+"
                            r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+|\d{1,2}[-/]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*$"))
# "那你的客户…": the 那 only joins the turns; left in, it would read as the surname 那 before the name
_JOINING = re.compile(r"^(?:那就|那么|那)(?=[你您我])")
# "【群聊记录】", "聊天记录如下：": the log's own heading names no groups
_HEADING = re.compile(r"^\W*(?:群聊|聊天|会话|对话)记录\W*(?:如下)?\W*$")
_ME = re.compile(r"我(?!们)|\b(?:I'm|I am|I'll|I will|I|my|me)\b")
_YOU = re.compile(r"[你您](?!们)|\byour\b")
_ENGLISH_FORM = {"i'm": "{} is", "i am": "{} is", "i'll": "{} will", "i will": "{} will", "my": "{}'s", "your": "{}'s"}
# a turn that opens on what is moved names no owner: the one answered owns it ("客户给奚文龙吧")
_OPENING = re.compile(r"(?:那|那就|就|行|好|嗯|要不|不如)?[,，\s]*")


@dataclass(frozen=True)
class _Turn:
    line: int
    speaker: str
    said: str
    stamped: bool


def unfold(raw: str, is_person: Callable[[str], bool]) -> str | None:
    """The message with each pasted turn rewritten in the third person, or None when it holds no chat."""
    lines = raw.split("\n")
    turns: list[_Turn] = []
    i = 0
    while i < len(lines):
        head = _HEAD.match(lines[i])
        if head and i + 1 < len(lines) and lines[i + 1].strip() and is_person(head["name"]):
            turns.append(_Turn(i + 1, head["name"], lines[i + 1].strip(), True))
            lines[i] = ""
            i += 2
            continue
        found = _TURN.match(lines[i])
        if found and found["said"] and is_person(found["name"]):
            turns.append(_Turn(i, found["name"], found["said"], bool(found["stamp"] or found["time"])))
        i += 1
    quoted = len(turns) == 1 and re.match(r"\s*[「『“\"]", lines[turns[0].line]) is not None and len(lines) > 1
    if not (len(turns) >= 2 or quoted):
        return None
    if not any(t.stamped or _ME.search(t.said) or _YOU.search(t.said) for t in turns):
        return None
    for k, turn in enumerate(turns):
        answered = next((t.speaker for t in reversed(turns[:k]) if t.speaker != turn.speaker), None) or next(
            (t.speaker for t in turns[k + 1:] if t.speaker != turn.speaker), None)
        said = _named(_ME, _JOINING.sub("", turn.said), turn.speaker)
        if answered is not None:
            said = _named(_YOU, said, answered)
            said = _owner_named(said, answered)
        lines[turn.line] = said
    return "\n".join(line for line in lines if line.strip() and not _HEADING.match(line))


def _owner_named(said: str, owner: str) -> str:
    """"客户给奚文龙吧" said to 琴晓雯 is 琴晓雯的客户."""
    at = _OPENING.match(said)
    start = at.end() if at else 0
    if cues.CUSTOMERS.match(said, start) or cues.GROUPS.match(said, start):
        return said[:start] + owner + "的" + said[start:]
    return said


def _named(pronoun: re.Pattern[str], said: str, name: str) -> str:
    """Each pronoun in `said` replaced by the person it means ("my" → "Tom Baker's")."""
    return pronoun.sub(lambda m: _ENGLISH_FORM.get(m.group().lower(), "{}").format(name), said)
