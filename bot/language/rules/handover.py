"""Handover requests: whose customers/groups go to whom.

Parsed by STRUCTURE, not by spotting words, so a person named 高进度 or 陈客 stays a person:
Chinese  [把/将] <source> <marker 给/转给/交接给/…> <takeover>     "把张伟的客户群也转给李娜"
         [让/由] <takeover> 接手/接替 <source>                     "让李娜接手张伟的客户"
         <departed>离职了, <source> 给 <takeover>                   "张伟离职了，客户给李娜"
English  <verb> <source> to/→ <takeover>                           "hand over Zhang's clients to Li"
         <source> → <takeover>                                      "customers and groups of 张伟 → 李娜"
         <takeover> take(s) over <source>                           "let Li take over Zhang's customers"
where <source> names a person ("Zhang Wei's", "of zhangwei", "张伟的") and/or what to move
(customers / groups / both), or a job's leftovers ("H-1042 未接替的客户", "H-1042 failures").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import find_date
from ..intent import Slots
from ..jobs import find_job
from ..text import clean_mention, plausible_zh_name
from ..utterance import Utterance
from ..words import (
    ALL,
    CUSTOMERS,
    FAILED,
    FILLER,
    FOREIGN,
    GROUPS,
    JOB_MARK,
    STRONG_VERBS,
    TAKE_OVER,
    WEAK_VERBS,
    Token,
    join,
    merge_phrases,
    name_runs,
    tokenize,
)


@dataclass
class _Source:
    who: str | None = None
    customers: bool = False
    groups: bool = False
    everything: bool = False
    job: str | None = None
    failed: bool = False
    possessive: bool = False

    @property
    def scope(self) -> list[str]:
        """A fresh list each time: the Intent owns it."""
        if self.customers and self.groups:
            return ["customers", "groups"]
        if self.groups:
            return ["groups"]
        if self.customers:
            return ["customers"]
        # Nothing named: "all"/"全部" means both; otherwise customers, the usual request.
        return ["customers", "groups"] if self.everything else ["customers"]

    @property
    def says_what(self) -> bool:
        return self.customers or self.groups or self.everything


def _slots(source: _Source, takeover: str | None, departed: str | None) -> Slots:
    return {
        "handover": source.who or departed,
        "takeover": takeover,
        "scope": source.scope,
        "job": source.job,
        "subset": "failed" if source.failed else None,
    }


def handover(u: Utterance) -> Slots | None:
    return _chinese(u) or _english(u)


# --- Chinese -------------------------------------------------------------------------------
_MARKER = re.compile(r"交接给|移交给|转交给|转移给|分配给|继承给|分给|划给|转给|交给|给到|"
                     r"转移到|转到|移到|分配到|划到|交接到|给|→")
_WEAK_MARKERS = frozenset({"给", "→"})
# A bare 群 counts only after 的/全部/所有: in "把王群交接给李娜" it is part of the name.
_SCOPE_ZH = (r"(?P<scope>客户和客户群|客户群和客户|客户及客户群|客户与客户群|客户跟客户群|"
             r"客户以及客户群|客户,客户群|客户和群聊|客户和群|客户群聊|客户群|群聊|外部联系人|联系人|"
             r"客户们|客户|(?<=[的部有])群)")
_SOURCE_ZH = re.compile(rf"^(?P<who>.*?)(?:的)?(?P<all>全部|所有|全体|一切)?(?:的)?{_SCOPE_ZH}?$")
_FAILED_ZH = re.compile(r"(?:没有|未|没)(?:被)?(?:成功)?(?:接替|转移|转走|交接|接手|转)(?:成功)?(?:的)?|"
                        r"(?:失败|被拒绝|拒绝|剩下|剩余|未成功|没成功)(?:了)?(?:的)?")
# "张伟的客户要交接给李娜": a modal after the noun; only there, so a name ending in 要 survives.
_MODAL_AFTER_NOUN_ZH = re.compile(r"(?<=客户|户群|群聊|系人)(?:也|都|还)?(?:要|需要|得|准备|可以|应该|必须)$")
# "离职员工张伟": a description in front of the name, not part of it.
_DESCRIPTOR_ZH = re.compile(r"^(?:已经|已)?(?:离职|在职)(?:的)?(?:员工|同事|人员)?")
_LEAD_ZH = re.compile(r"^(?:请把|把|将)")
_LEAD_VERB_ZH = re.compile(r"^(?:交接|转移|移交|转交)(?=.)")
_TRAIL_ZH = re.compile(r"(?:都|也|全部|全都|一起|统统|一并|还|一块|离职继承|在职继承|继承|交接|转移|"
                       r"移交|转交|分配|转)+$")
_TAKEOVER_TRAIL_ZH = re.compile(r"(?:名下|那里|那边|那儿|手上|手里|来?负责|来?跟进|来?接手|来?接替|"
                                r"来?处理|来?管理|来?维护|吧|啊|呀|了|哦|就行|就好|即可|看看|看一下|看)+$")
# Words that are other intents' nouns; alone they are never the person being handed over.
_RESERVED_ZH = frozenset({"进度", "状态", "记录", "清单", "列表", "审批", "申请", "历史", "日志", "帮助",
                          "结果", "报告", "我看", "任务"})
# "张伟离职了，他的客户交给李娜": the pronoun points at the departed person of the first clause.
_PRONOUNS_ZH = frozenset({"他", "她", "他们", "她们", "ta", "TA", "其"})
_NOT_SOURCE_ZH = re.compile(r"^(?:取消|撤销|撤回|查看|查询|看看|怎么|如何)")
_DEPARTED_ZH = re.compile(r"^(?P<x>.+?)(?:已经|已|刚|刚刚)?(?:离职|辞职|走)(?:了)?$")
_TAKES_OVER_ZH = (
    re.compile(r"^(?:让|由|请)?(?P<y>[^的,]{1,12}?)(?:来)?(?:接手|接替|接管|继承)(?P<src>.+)$"),
    re.compile(r"^(?P<src>.+?)(?:由|让)(?P<y>[^的,]{1,12}?)(?:来)?(?:接手|接替|接管|继承|负责|跟进)$"),
)
_NO_TARGET_ZH = (
    re.compile(r"^(?P<ba>把|将)(?P<src>.+?)(?:交接|转移|移交|转交)(?:一下|出去|掉)?$"),
    re.compile(r"^(?P<src>.+?)(?:交接|转移|移交|转交)(?:一下|出去|掉)?$"),
    re.compile(r"^(?:交接|转移|移交|转交)(?:一下)?(?P<src>.+)$"),
)


def _without_date(text: str, u: Utterance, before: str) -> str | None:
    """Handovers run when approved; a date in the request ("明天", "from Monday") is noise.
    None when there is no date to cut."""
    found = find_date(text, u.today)
    if found is None:
        return None
    head = re.sub(before, "", text[: found.start])
    return f"{head}{text[found.end:]}".strip(" ,")


def _chinese(u: Utterance) -> Slots | None:
    """As written first; only if that fails, without a date: 周一鸣 is a name, 明天 is not."""
    text, departed = _split_departed_zh(u)
    text = re.sub(r"^(?:现在|马上|立刻|尽快|赶紧)", "", text)
    slots = _chinese_text(text, departed)
    if slots is None:
        undated = _without_date(text, u, r"(?:从|自|于|在)$")
        slots = _chinese_text(undated, departed) if undated else None
    return slots


def _chinese_text(text: str, departed: str | None) -> Slots | None:
    marker = _MARKER.search(text)
    if marker:
        source = _source_zh(text[: marker.start()])
        if source is None:
            return None
        had_ba = bool(_LEAD_ZH.match(text))
        if marker.group() in _WEAK_MARKERS and not (had_ba or source.says_what or source.job):
            return None  # "张伟给李娜": too little to act on
        if not (source.who or source.says_what or source.job or departed):
            return None
        takeover = _takeover_zh(text[marker.end():])
        return _slots(source, takeover, departed) if _plausible(takeover) else None
    for pattern in _TAKES_OVER_ZH:
        match = pattern.match(text)
        if match:
            source = _source_zh(match["src"])
            if source is not None and source.says_what:
                return _slots(source, clean_mention(match["y"]), departed)
    for pattern in _NO_TARGET_ZH:
        match = pattern.match(text)
        if match:
            source = _source_zh(match["src"])
            named = source is not None and (source.who or source.customers or source.groups or source.job)
            if source is not None and named and (source.says_what or source.job or match.groupdict().get("ba")):
                return _slots(source, None, departed)
    return None


def _split_departed_zh(u: Utterance) -> tuple[str, str | None]:
    """"张伟离职了，客户给李娜" → ("客户给李娜", "张伟")."""
    first, sep, rest = u.tight.partition(",")
    if not sep or not rest:
        return u.tight, None
    found = find_date(first, u.today)
    if found is not None:
        first = first[: found.start] + first[found.end:]
    match = _DEPARTED_ZH.match(first)
    who = clean_mention(match["x"]) if match else None
    return (rest, who) if who else (u.tight, None)


def _source_zh(raw: str) -> _Source | None:
    text = _LEAD_VERB_ZH.sub("", _LEAD_ZH.sub("", raw.strip(" ,")))
    trail = _TRAIL_ZH.search(text)
    source = _Source()
    if trail:
        # "客户全部给李娜" is still customers; "张伟的全部给李娜" (no noun) means everything.
        source.everything = bool(re.search(r"全部|所有|全都|统统|一并", trail.group()))
        text = text[: trail.start()]
    if _NOT_SOURCE_ZH.match(text):
        return None
    found = find_job(text)
    if found is not None:
        source.job = found.value
        text = text[: found.start] + text[found.end:]
        text = re.sub(r"^(?:里面|里|中|当中)", "", text)  # "H-1042 里的客户"
    failed = _FAILED_ZH.search(text)
    if failed:
        source.failed = True
        text = text[: failed.start()] + text[failed.end():]
    text = _MODAL_AFTER_NOUN_ZH.sub("", text)
    text = _DESCRIPTOR_ZH.sub("", text.strip(" ,的"))
    match = _SOURCE_ZH.match(text.strip(" ,的"))
    if match is None:
        return None
    scope = match["scope"] or ""
    source.customers = ("客户" in scope and scope not in ("客户群", "客户群聊")) or "联系人" in scope
    source.groups = "群" in scope
    source.everything |= bool(match["all"])
    who = clean_mention(match["who"])
    if who is not None and (who in _RESERVED_ZH or not plausible_zh_name(who)):
        return None
    source.who = None if who in _PRONOUNS_ZH else who
    return source


def _takeover_zh(raw: str) -> str | None:
    text = raw.split(",")[0]
    return clean_mention(_TAKEOVER_TRAIL_ZH.sub("", text))


def _plausible(takeover: str | None) -> bool:
    return takeover is None or plausible_zh_name(takeover)


# --- English -------------------------------------------------------------------------------
_DEPARTED_EN = re.compile(
    r"^(?P<x>.+?)\s+(?:has\s+|had\s+|just\s+)?(?:left|quit|resigned|is\s+leaving|is\s+gone|departed|"
    r"has\s+gone|is\s+quitting|leaves|is\s+out)(?:\s+the\s+company|\s+us)?$",
    re.IGNORECASE,
)
_TAKEOVER_LEAD = frozenset({"let", "have", "should", "will", "can", "could", "please", "to", "i",
                            "want", "would", "like", "shall", "must", "needs", "need"})
_PRONOUNS = frozenset({"his", "her", "their", "them", "him"})


def _english(u: Utterance) -> Slots | None:
    text, departed = _split_departed_en(u)
    slots = _english_text(text, departed)
    if slots is None:
        undated = _without_date(text, u, r"\s*\b(?:from|on|starting|by|as of|effective)\s*$")
        slots = _english_text(undated, departed) if undated else None
    return slots


def _english_text(text: str, departed: str | None) -> Slots | None:
    found = find_job(text)
    job = None
    if found is not None:
        job = found.value
        text = f"{text[: found.start]} {JOB_MARK} {text[found.end:]}"
    tokens = merge_phrases(tokenize(text))
    if not tokens or any(t.low in FOREIGN for t in tokens):
        return None
    take = next((i for i, t in enumerate(tokens) if t.low in TAKE_OVER), None)
    if take is not None:
        return _english_takes_over(tokens, take, job, departed)
    verb = tokens[0].low if tokens[0].low in STRONG_VERBS | WEAK_VERBS else None
    body = tokens[1:] if verb else tokens
    split = _split_index(body)
    takeover: str | None = None
    if split is None and verb in _DITRANSITIVE:
        takeover, body = _indirect_object(body)
    if split is not None:
        right = body[split + 1:]
        runs = name_runs(right)
        if not runs or runs[0][-1].possessive or not _starts_with(right, runs[0]):
            return None
        takeover = clean_mention(join(runs[0]))
        remainder = right[len(runs[0]):]
        body = body[:split] + [t for t in remainder if t.low not in FILLER]
    source = _source_en(body, job)
    if source is None:
        return None
    if verb is None:
        arrow = split is not None and body_has_arrow(tokens)
        if split is None or not (source.says_what or (arrow and source.who) or source.job):
            return None
    elif verb in WEAK_VERBS and not (source.says_what or source.possessive or source.job
                                     or (source.who and takeover)):
        return None
    elif not (source.who or source.says_what or source.job or takeover or departed):
        return None
    if source.who is None and departed is None and _mentions_pronoun(body):
        return None  # "give her customers to Li": whose? ask rather than guess
    return _slots(source, takeover, departed)


# Verbs that take the receiver first: "give Li all of Zhang's customers".
_DITRANSITIVE = frozenset({"give", "send", "pass", "handover", "assign"})


def _indirect_object(body: list[Token]) -> tuple[str | None, list[Token]]:
    """(receiver, rest) when `body` starts with a plain name followed by a possessive source."""
    runs = name_runs(body)
    if len(runs) != 2 or runs[0][-1].possessive or not runs[1][-1].possessive:
        return None, body
    if not _starts_with(body, runs[0]):
        return None, body
    return clean_mention(join(runs[0])), body[len(runs[0]):]


def body_has_arrow(tokens: list[Token]) -> bool:
    return any(t.low == "→" for t in tokens)


def _split_index(tokens: list[Token]) -> int | None:
    """The arrow if there is one, else the last "to"."""
    for index, token in enumerate(tokens):
        if token.low == "→":
            return index
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].low in ("to", "into"):
            return index
    return None


def _starts_with(tokens: list[Token], run: list[Token]) -> bool:
    return bool(tokens) and tokens[0] is run[0]


def _english_takes_over(
    tokens: list[Token], take: int, job: str | None, departed: str | None
) -> Slots | None:
    before = [t for t in tokens[:take] if t.low not in _TAKEOVER_LEAD]
    runs = name_runs(before)
    if len(runs) != 1 or len(before) != len(runs[0]):
        return None
    source = _source_en(tokens[take + 1:], job)
    if source is None or not (source.who or source.says_what or source.job):
        return None
    return _slots(source, clean_mention(join(runs[0])), departed)


def _split_departed_en(u: Utterance) -> tuple[str, str | None]:
    """"Zhang has left, hand over his customers to Li" → ("hand over his customers to Li", "Zhang")."""
    match = re.match(r"^(?P<first>[^,;]+)[,;]\s*(?P<rest>.+)$", u.text)
    if not match:
        return u.text, None
    first = match["first"]
    found = find_date(first, u.today)
    if found is not None:
        first = re.sub(r"\s+(?:on|by)\s*$", "", first[: found.start]) + first[found.end:]
    departed = _DEPARTED_EN.match(first.strip())
    if not departed:
        return u.text, None
    who = clean_mention(departed["x"])
    return (match["rest"], who) if who else (u.text, None)


def _source_en(tokens: list[Token], job: str | None) -> _Source | None:
    source = _Source(job=job)
    for token in tokens:
        source.customers |= token.low in CUSTOMERS
        source.groups |= token.low in GROUPS
        source.everything |= token.low in ALL
        source.failed |= token.low in FAILED
    runs = name_runs(tokens)
    if len(runs) > 1:
        return None  # words we cannot place: better "unknown" than a wrong person
    if runs:
        run = runs[0]
        if len(run) > 4:
            return None
        source.who = clean_mention(join(run))
        source.possessive = run[-1].possessive
    return source


def _mentions_pronoun(tokens: list[Token]) -> bool:
    return any(t.low in _PRONOUNS for t in tokens)
