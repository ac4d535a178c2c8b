"""A request said once and then put right (or said again in full) in the same message:
"X的会员给Y，哎呀说反了，是Y的给X",
"… go to Isatu Conteh. No no, na di oda way: …", "Bot said: '…?' — nope, other way round. Ransom's leavin'".

The part after the reversal is read on its own; when it is a whole request it is the one meant. When it
says only "the other way round", the part before is read with its two people swapped, and asked (never
filed straight away)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .first_chars import skipping
from .intent import Intent
from .scope import kinds_said

# "说反了", "搞反了", "反过来", "other way round", "backwards", "vice versa", Krio "di oda way"
_REVERSAL = skipping(re.compile(
    r"(?<![嫑别莫甭勿])(?<!不要)[说搞弄写讲打]反了|反哉反哉|反了反了|反过来|倒过来|正好相反|"
    r"\b(?:the\s+)?(?:other|oda|otha)\s+way\s*(?:a?round)?\b|"
    r"\bbackwards?\b|\bvice versa\b|\bthe reverse\b|\breversed\b", re.IGNORECASE))


# "xyt 的 everything → xmx，i.e. 轩辕婷的会员和群全给西门晓": the same request said again in full
_IN_FULL = skipping(re.compile(
    r"\bi\.\s?e\.?|\bie,|\bthat is to say\b|\bnamely\b|也就是说|换句话说|说白了|"
    # "…long story… Long story short — move X's customers to Y": the story, then the request
    r"\blong story short\b|\banyway[s]?\b|\bin short\b|\bbottom line\b|\btl;?dr\b|总之|总而言之|"
    r"长话短说|言归正传", re.IGNORECASE))


def reread_restated(text: str, read: Callable[[str], Intent], is_person: Callable[[str], bool]) -> Intent | None:
    """The request the message ends on after a reversal (or said again in full after "i.e.", "long story short"),
    or None when it has none. The part after the cue counts only when it names two people `is_person` knows
    (not "Long" or "Dubbo"), first names made full from the words before it."""
    def whole(part: str, earlier: str) -> Intent | None:
        reading = named_in_full(read(part.lstrip(" ,.:;!，。：；！—-")), earlier)
        people = [str(reading.slots.get(k) or "") for k in ("handover", "takeover")]
        return reading if reading.intent == "handover" and all(people) and all(map(is_person, people)) else None

    again = _IN_FULL.search(text)
    if again is not None and again.start() >= 8:
        full = whole(text[again.end():], text[: again.start()])
        if full is not None:
            return full
    cue = next((found for found in _REVERSAL.finditer(text)  # (not "…, not the other way": the way just said)
                if not re.search(r"(?:\bnot|不是)\s*$", text[: found.start()], re.IGNORECASE)), None)
    if cue is None or cue.start() < 8:
        return None
    after = whole(text[cue.end():], text[: cue.start()])
    if after is not None:
        return after
    before = read(text[: cue.start()])
    giver, receiver = before.slots.get("handover"), before.slots.get("takeover")
    if before.intent != "handover" or not giver or not receiver:
        return None
    swapped = {**before.slots, "handover": receiver, "takeover": giver}
    return Intent(intent="handover", slots=swapped, lang=before.lang, unsure=True)


def named_in_full(reading: Intent, earlier: str) -> Intent:
    """"Ransom's leavin', Orville takes his" after "Orville Hatfield … Ransom Caudill": the one full name the
    earlier words give each first name."""
    slots = dict(reading.slots)
    for key in ("handover", "takeover"):
        first = str(slots.get(key) or "")
        if first.isascii() and first and " " not in first:
            fuller = {re.sub(r"'s$", "", m.group())
                      for m in re.finditer(rf"\b{re.escape(first)}(?: [A-Z][a-z'-]+)+", earlier)}
            if len(fuller) == 1:
                slots[key] = fuller.pop()
    return Intent(intent=reading.intent, slots=slots, lang=reading.lang, unsure=reading.unsure)


def receiver_put_right(said: Intent, own: Intent, own_text: str) -> Intent | None:
    """A quoted bot request ("A's customers to B?") answered "No — C, not B": A's, to the one new person the
    answer names; "不对，要转的是C，不是A…接手还是B": C's, to B (the answer keeps the receiver and rules out the
    giver). None when the answer names no single new person."""
    giver, receiver = said.slots.get("handover"), said.slots.get("takeover")
    if said.intent != "handover" or not giver or not receiver:
        return None
    known = {_folded(giver), _folded(receiver)}
    new = {str(own.slots[k]) for k in ("handover", "takeover")
           if own.slots.get(k) and _folded(own.slots[k]) not in known}
    if len(new) != 1:
        return None
    slots = {**own.slots, "handover": giver, "takeover": receiver, _replaced_role(said, own_text): new.pop()}
    return Intent(intent="handover", slots=slots, lang=own.lang, unsure=own.unsure)


def _replaced_role(said: Intent, answer: str) -> str:
    """Which of the quoted request's two people the answer replaces: the giver when it rules the giver out and not
    the receiver ("不对，要转的是C，不是A"), else the receiver."""
    giver, receiver = str(said.slots.get("handover")), str(said.slots.get("takeover"))
    return "handover" if _ruled_out(giver, answer) and not _ruled_out(receiver, answer) else "takeover"


def _ruled_out(name: str, text: str) -> bool:
    """`text` rules `name` out ("不是杭晨", "not Aoi")."""
    return any(re.search(r"(?:不是|\bnot\s)\s*$", text[max(0, m.start() - 6): m.start()], re.IGNORECASE)
               for m in re.finditer(re.escape(name), text, re.IGNORECASE))


def _folded(name: object) -> str:
    return "".join(str(name).lower().split())


# the bot's question asks who receives: "→ who should take them?", "由谁接手？", "接收人是哪位？"
_ASKS_WHO = re.compile(r"\bwho\s+(?:should|will|is going to|can|would)\s+(?:take|get|receive|inherit|have)|谁来?接|"
                       r"由谁|接收人是|接手人是|给谁", re.IGNORECASE)


def who_answered(quote: str, said: Intent, own: Intent) -> Intent | None:
    """"> Bot: 古典's clients → who should take them? / 温和. but only the groups": 古典's, to the one person the answer
    names besides 古典; None when the quote asks no such question or the answer names no single other person."""
    giver = said.slots.get("handover")
    if not _ASKS_WHO.search(quote) or said.intent != "handover" or not giver or own.intent != "handover":
        return None
    others = {str(own.slots[k]) for k in ("handover", "takeover")
              if own.slots.get(k) and _folded(own.slots[k]) != _folded(giver)}
    if len(others) != 1:
        return None
    return Intent(intent="handover", slots={**own.slots, "handover": giver, "takeover": others.pop()},
                  lang=own.lang, unsure=own.unsure)


# a line of a recap that is already done: "- A → B, well clients: done last week", "✅ A → B"
_DONE_LINE = re.compile(r"\bdone\b|\bfinished\b|\bwent through\b|已完成|完成了|已转|转好了|搞定|办完|✅|✔",
                        re.IGNORECASE)
_ARROW_LINE = skipping(re.compile(r"→|->|=>"))


def pending_line(text: str) -> str | None:
    """The one line of a recap of handovers that is not done yet ("- A → B: done / - C → D: not yet, on peut
    lancer ça?"), or None when the message is no such recap."""
    lines = [line for line in text.split("\n") if _ARROW_LINE.search(line)]
    if len(lines) < 2:
        return None
    open_lines = [line for line in lines if not _DONE_LINE.search(re.sub(r"\bnot yet\b|还没", "", line))]
    return open_lines[0] if len(open_lines) == 1 and len(open_lines) < len(lines) else None


def not_him_but(said: Intent, answer: str, named: list[str]) -> Intent | None:
    """A quoted bot request answered "No, not Hamish — Craig Fulton.": the same request with the one person the
    answer names who is neither of the quote's two and not ruled out; asked before filing."""
    giver, receiver = said.slots.get("handover"), said.slots.get("takeover")
    if said.intent != "handover" or not giver or not receiver:
        return None
    known = {_folded(giver), _folded(receiver)}
    new = {n for n in named if _folded(n) not in known and not _ruled_out(n, answer)
           and not any(_folded(n) in k or k.startswith(_folded(n)) for k in known)}
    if len(new) != 1:
        return None
    scope = kinds_said(answer.lower()) or said.slots.get("scope")  # ("群先别转，只转客户")
    # ("不对，是温馨的，不是温鑫" puts the giver right)
    return Intent(intent="handover", slots={**said.slots, _replaced_role(said, answer): new.pop(), "scope": scope},
                  lang=said.lang, unsure=True)
