"""Typo tolerance for English KEYWORDS only ("hand ovr", "custmers", "trasnfer").

Names are never corrected: a word is only a candidate when it is lowercase (or the first word),
not possessive, not an @mention, and not in a slot where a name is expected (right after "of",
"from", "to", "for", "by"). Short words are left alone: at four letters too many names sit one
edit away from a keyword ("Lisa" → "list"). Corrections use optimal string alignment so a swap of
two letters ("trasnfer") counts as one edit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from .first_chars import skipping

# The words rules look for. Only words of five letters or more are ever a correction target.
_KEYWORDS = (
    "transfer", "handover", "reassign", "migrate", "allocate", "customers", "customer", "clients",
    "client", "contacts", "groups", "group", "status", "progress", "update", "updates",
    "cancel", "withdraw", "records", "record", "history", "offboard", "offboarding", "checklist",
    "complete", "completed", "finished", "approvals", "approval", "pending", "requests", "request",
    "successor", "remind", "snooze", "tomorrow", "failures", "failed", "leftovers", "leftover",
    "remaining", "unassigned", "leaving", "handovers", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "april", "august",
    "september", "october", "november", "december", "uncheck", "reopen", "approve", "approved",
    "receive", "receives", "received", "receiver", "everything",
)
_KEYWORD_SET = frozenset(_KEYWORDS)
# Real words one edit from a keyword that must stay themselves.
_KEEP = frozenset({
    "states", "stats", "spending", "sending", "recorded", "remains", "remain", "design", "resign",
    "clint", "cancer", "reminds", "grouse", "frida", "groupe", "lending", "pending", "clients",
    "client", "statue", "statues", "hangover", "leaving", "leaning", "failing", "sunday",
    "updated", "requested", "cancelled", "canceled", "reminded", "grouped", "completes",
    "finishes", "statuses", "records", "transfers", "handing", "passed", "leaves", "checked",
    "chatted", "contact", "contacted", "completely", "history", "process", "proceed", "progressing",
    "whats", "rewind", "filed", "bending", "mending", "tending", "vending", "fending", "weaving",
    "heaving", "customs", "compete", "furnished", "onboarding", "onboard", "retaining", "assigned",
    "reassigned", "unsigned", "contract", "contracts", "withdrew", "withdrawn", "migrated", "allocated",
    "updates", "friday", "stated", "started", "starting", "groupie", "emailing", "emailed",
    # real words one or two letters from a keyword (leasing, not leaving; remember, not december) and names
    "leasing", "cleaning", "learning", "leading", "remember", "mailed", "bailed", "complexes", "relieved",
    "relocate", "hannover", "mondal", "augustin", "augusta", "sundby",
})
# Words after which a name, not a keyword, is expected.
_NAME_SLOT = frozenset({"of", "from", "to", "for", "by", "successor", "@", "→"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_OVER = ("over", "off")


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The keyword `word` is a typo of, or `word` itself."""
    if len(word) < 5 or word in _KEYWORD_SET or word in _KEEP or not word.isalpha():
        return word
    limit = 1 if len(word) < 8 else 2
    best, best_distance = word, limit + 1
    for keyword in _KEYWORDS:
        if abs(len(keyword) - len(word)) > limit:
            continue
        distance = OSA.distance(word, keyword, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance = keyword, distance
    return best


_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z][a-z]")


@lru_cache(maxsize=4096)  # pure; the reader and the older rules each ask it of the same message
def correct_keywords(text: str) -> str:
    """`text` with misspelled keywords replaced; everything else byte-for-byte unchanged."""
    pieces: list[str] = []
    cursor = 0
    previous = ""
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group()
        replacement = word
        lowered = word.lower()
        gap = text[cursor:match.start()]
        preceded_by_at = gap.endswith("@")
        if "→" in gap:
            previous = "→"
        possessive = lowered.endswith(("'s", "'"))
        may_correct = (
            # a capitalized first word too ("Cancle 12"), unless a capitalized word follows: "Augustin Leclair"
            (word.islower() or (index == 0 and not _CAPITALIZED_NEXT.match(text, match.end())))
            and not possessive
            and not preceded_by_at
            and previous not in _NAME_SLOT
        )
        if may_correct:
            if previous == "hand" and lowered not in _OVER and 3 <= len(lowered) <= 5:
                # "hand ovr" / "hand oevr": the only short word worth fixing, and only here.
                near = min(_OVER, key=lambda target: OSA.distance(lowered, target))
                if OSA.distance(lowered, near) <= 1:
                    replacement = near
            else:
                fixed = correct_word(lowered)
                if fixed != lowered:
                    replacement = fixed
        pieces.append(text[cursor:match.start()])
        pieces.append(replacement)
        cursor = match.end()
        previous = replacement.lower()
    pieces.append(text[cursor:])
    return "".join(pieces)


# Voice input writes keywords with a character that sounds alike (可户 for 客户, 进读 for 进度).
# Same length on both sides, so every span found in the text still points at the same place;
# applied to the message with people's names already masked, so a name is never "corrected".
_HAN_SOUNDALIKES = {
    "可户": "客户", "可乎": "客户", "客乎": "客户", "克乎": "客户", "客护": "客户", "客互": "客户",
    "可互": "客户", "克户": "客户",
    "刻户": "客户", "户责人": "负责人", "户责": "负责",
    "进读": "进度", "进独": "进度", "近读": "进度",
    "客湖": "客户", "克护": "客户", "专一": "转移", "装给": "转给", "扯销": "撤销", "记路": "记录", "青单": "清单",
    "题交": "提交",
    "取效": "取消", "取晓": "取消", "取销": "取消", "曲消": "取消", "取笑": "取消",
    "几录": "记录", "计录": "记录", "继录": "记录", "纪录": "记录", "技录": "记录",
    "交皆": "交接", "较接": "交接", "教接": "交接", "交街": "交接", "交解": "交接",
    "离值": "离职", "里职": "离职", "立职": "离职", "离枝": "离职", "历职": "离职", "离直": "离职",
    "转一到": "转移到", "转一给": "转移给",
    "专给": "转给", "赚给": "转给", "转叫": "转交", "专交": "转交", "砖给": "转给",
    "请单": "清单", "清丹": "清单", "审皮": "审批", "审被": "审批",
    # 全部 typed as 全不 (pinyin IME: quanbu), after whose and before the verb: "X的全不转给Y"
    "的全不转": "的全部转", "的全不交": "的全部交", "的全不给": "的全部给", "的全不移": "的全部移",
}
_HAN_SOUNDALIKE = skipping(re.compile("|".join(map(re.escape, _HAN_SOUNDALIKES))))


def correct_han_keywords(text: str) -> str:
    """`text` with sound-alike misspellings of Chinese keywords fixed (same length)."""
    return _HAN_SOUNDALIKE.sub(lambda m: _HAN_SOUNDALIKES[m.group()], text)
