"""Stages 2–5 of the reader: spot entities, score intents, assign roles, decide.

`read(text, today=…, people=…)` returns the `Intent` a message asks for, or None when no intent
has enough evidence (the ordered whole-message rules in `parser.py` then get their turn).

- spot: people (the directory's matcher, else the recognizer), job ids, checklist items, dates,
  scope words, verbs and direction markers, the cue words of each intent (`cues.py`);
- score: every intent whose cues are present makes a reading with a strength (4: cue and its
  argument in the structure the intent needs … 1: a cue alone); negative cues veto (a 取消 of a
  meeting, keys handed over); the strongest reading wins, the earliest on a tie — in a message
  with two requests the first is answered;
- roles: the receiver is the person after a direction marker (给, to, →) or before a take-over
  verb (由李娜接手, Li take over); the person handing over is the possessive one (X的客户, X's,
  of/from X), else the one named before the marker, else the subject of a leaving clause
  (她/his point back to it);
- decide: a reading missing a slot is still returned (the handler asks for the slot).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import cues
from .bare import bare_pair
from .cues import Span, spans
from .dates import find_dates
from .intent import Intent, IntentName, Slots
from .normalize import normalize
from .people import NOT_NAMES, PeopleSpotter, PersonSpot, recognize_people
from .spelling import correct_han_keywords, correct_keywords
from .text import CJK_CHARS, detect_language

# Words a Latin "name" is never made of.
_NOT_NAME_WORDS = frozenset("""update updates
a an the of from to for by and or but with without on in at as is are was were be been being am i me my
mine we our you your he him his she her they them their it its this that these those there here what
which who whom whose when where why how please pls plz thanks thank thx tks ty hi hello hey dear bot ok
okay yes no not can could would should will shall may might must need needs want wants like just also
too now then so submit submitted everything anything all any some every both each other another more most
much many few last first next
director manager regional sales senior head vp ceo cto cfo coo president supervisor executive officer intern
assistant associate consultant specialist engineer
day days week month year today tomorrow yesterday handover handovers hand over off transfer transfers
transferred move moved give given send pass assign reassign take takes took taking get gets go goes
went customers customer clients client contacts contact accounts account groups group chats chat grps
grp cs status progress records record history log logs audit cancel cxl withdraw list pending approvals
approval approve requests request job jobs ticket item items checklist offboarding offboard offb done
finish finished complete completed undo back tick help sales key marketing dept department team ops hr
it finance support service services sorry boss manager quick background many lot kindly wtf asap
still yet any way know see show check tell let make open start wechat external company leave left
leaving resign resigned quit agreed about nobody someone everyone half rest remaining sir mr mrs ms
morning good great dear regards best cheers fyi btw new old lead reorg since after before until
have has had ask asks asked tell told out gone gets got put re fw fwd
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december pick pickup cover handle manage look own switch change
receive receives receiving
going gonna able supposed happy willing ready trying handing passing moving giving assigning transferring
route arrange
""".split())
# Places and organisations a capitalized word may be: "moved to the Shanghai office".
_PLACE_AFTER = re.compile(r"\s+(?:office|branch|team|department|dept|hq|headquarters|store|site|campus|region|"
                          r"group|company|subsidiary)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"她|他|ta(?![a-z])|其|\b(?:his|her|their|him|them)\b", re.IGNORECASE | re.ASCII)
_SELF_ZH = re.compile(r"(?<![a-z])(?:我|me|myself)(?![a-z])")
_CLAUSE = re.compile(r"[,;!?。，；！？\n]|\.(?![a-z0-9])|顺便|另外|还有|然后|\band\s+(?:also\s+)?(?=what|show|cancel|"
                     r"his|her)")
# ("X's leaving", "X's got" are "X is"/"X has", not possessives)
_POSSESSIVE_AFTER = re.compile(r"^\s*(?!'s\s+(?:leaving|going|got|gone|taking|out|been|quitting|moving|left)\b)"
                               r"(?:的(?!话)|嘅|'s|'|名下|手上|手里|那边|这边|那里|那儿|那(?=的)|之前|以前|原来|"
                               r"原先|负责的|跟的|"
                               r"建的|拉的|创建的|带的|管的)")
# "to Tom Hardy's customers": the person after the marker owns what is moved, not receives it.
_OWNS_SCOPE = re.compile(r"^\s*(?:'s|'(?!\w)|的\s*(?:客户|群|外部联系人|联系人|customers|clients|"
                         r"groups))", re.IGNORECASE)
_LATIN_TOKEN = re.compile(r"[a-z][a-z0-9_.\-]*[a-z0-9]|[a-z]")
# O'Neill keeps its apostrophe and jianning@corp.com its @; "@李娜" and quotes around a name go
_QUOTES = re.compile(r"[\"<>()\[\]]|(?<![A-Za-z0-9_.])@|(?<![A-Za-z])'|'(?![A-Za-z])")


@dataclass(frozen=True)
class Reading:
    intent: IntentName
    slots: Slots
    strength: int
    position: int
    unsure: bool = False


@dataclass
class Spotted:
    text: str  # normalized
    low: str  # lowercase, person spans masked (□) so 高进度 is not a 进度 cue
    people: list[PersonSpot]
    jobs: list[Span]
    items: list[Span]
    dates: list[Span]
    today: dt.date


def read(raw: str, *, today: dt.date, people: PeopleSpotter | None = None) -> Intent | None:
    raw = _LINE_BREAK.sub(", ", raw)  # a list over several lines: each line a clause, its bullet gone
    text = _tighten_cjk(_pinyin_keywords(correct_keywords(_HAND_OVER.sub("hand over", _slash_command(normalize(raw))))))
    if not text:
        return None
    lang = detect_language(raw)
    s = spot(text, today, people)
    stages = (_checklist, _checklist_show, _cancel, _list, _records, _status, _offboard, _handover, _help)
    readings = [r for r in (stage(s) for stage in stages) if r is not None]
    if not readings:
        return None
    best = max(readings, key=lambda r: (r.strength, -r.position))
    return Intent(intent=best.intent, slots=best.slots, lang=lang, unsure=best.unsure)


_LINE_BREAK = re.compile(r"\s*\n+\s*(?:[-*•·]\s+|[-*•·](?=\S)|\d{1,2}[.)、]\s*)?")
_SPACE_BY_CJK = re.compile(f"\\s+(?=[{CJK_CHARS}])|(?<=[{CJK_CHARS}])\\s+")


# A message typed in toneless pinyin ("zou mingxuan de kehu gei yuan mengqi"): its keywords read
# as the Chinese they spell; the names stay Latin (the directory knows their pinyin).
_PINYIN_KEYWORDS = {
    "kehuqun": "客户群", "kehu": "客户", "qun": "群", "de": "的", "gei": "给", "jiaojie": "交接", "zhuangei": "转给",
    "zhuan": "转", "yijiao": "移交", "lizhi": "离职", "jindu": "进度", "jilu": "记录", "quxiao": "取消", "ba": "把",
}
_PINYIN_KEY = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_PINYIN_KEYWORDS, key=len, reverse=True)) + r")(?![a-z])")
_PINYIN_CORE = re.compile(r"(?<![a-z])(?:kehu|kehuqun|jiaojie|zhuangei|yijiao)(?![a-z])")


def _pinyin_keywords(text: str) -> str:
    if not text.isascii() or len(_PINYIN_KEY.findall(text)) < 2 or not _PINYIN_CORE.search(text):
        return text
    return _PINYIN_KEY.sub(lambda m: f" {_PINYIN_KEYWORDS[m.group()]} ", text)


def _tighten_cjk(text: str) -> str:
    """"金美玲 离值 客户 交接 给 魏东升" → "金美玲离值客户交接给魏东升"; Latin spacing is kept, and an
    @-mention keeps its end ("@姜雪 彭浩的客户" is not 姜雪彭浩)."""
    return _SPACE_BY_CJK.sub("", _MENTION_END.sub(r"\1,", text))


_MENTION_END = re.compile(r"(@[\u4e00-\u9fff]+)\s+(?=[\u4e00-\u9fff@])")


_HAND_OVER = re.compile(r"\b(?:hadn|hnad|hnd|handd?)\s+(?:over|ovr|oevr|ove)\b", re.IGNORECASE | re.ASCII)
_SLASH = {"help": "help", "h": "help", "status": "status", "st": "status", "list": "list", "ls": "list",
          "cancel": "cancel", "handover": "handover", "ho": "handover", "records": "records",
          "history": "records", "offboard": "offboard", "done": "done", "undo": "undo", "start": "help",
          "menu": "help"}


def _slash_command(text: str) -> str:
    """`/status H-12` reads as "status H-12"; `/handover A → B` as "handover A → B"."""
    m = re.match(r"^(?:(?:hey|hi|hello|please|pls|你好|请)[\s,]*)?/([a-z]+)\b\s*(.*)$", text, re.IGNORECASE | re.ASCII)
    if m and m.group(1).lower() in _SLASH:
        word = _SLASH[m.group(1).lower()]
        parts = m.group(2).split()
        if word == "handover" and not re.search(r"→|\bto\b|给", m.group(2), re.IGNORECASE):
            if len(parts) == 2:
                return f"handover {parts[0]} → {parts[1]}"
            if len(parts) == 4 and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts):
                return f"handover {parts[0]} {parts[1]} → {parts[2]} {parts[3]}"
        return f"{word} {m.group(2)}".strip() if word != "handover" or m.group(2) else "handover"
    return text


# --- spotting -----------------------------------------------------------------------------------
def spot(text: str, today: dt.date, people: PeopleSpotter | None) -> Spotted:
    low = text.lower()
    # A member's name wins over a date or a number inside it (张明天宇, 周一鸣).
    spotted = people.spot(text) if people is not None else []
    # "我申请的交接": a member called 申请 right after 我/你/他/她 is the verb, not the person
    spotted = [p for p in spotted if not (p.text in NOT_NAMES and re.search(r"[我你他她]\s*$", text[: p.start]))]
    # "…方便的话转给方便": a member called 方便 in "方便的话" (if convenient) is the word
    spotted = [p for p in spotted if not (p.text in NOT_NAMES and text.startswith("的话", p.end))]
    known = [Span(p.start, p.end, "") for p in spotted]
    items = [i for i in cues.find_items(low) if not _overlaps(i, known)]
    dates = [Span(d.start, d.end, d.value.isoformat()) for d in find_dates(text, today)]
    dates = [d for d in dates if not _overlaps(d, items + known) and not _is_number_only_date(low, d)
             and not _inside_name(text, d)]
    jobs = cues.find_jobs(low, items + dates)
    taken = items + dates + jobs
    found: list[PersonSpot] = []
    if people is not None:
        found = [p for p in spotted if not _overlaps(Span(p.start, p.end, ""), taken)]
    # With the directory's two people in hand, shapes add nothing but time; otherwise a name the
    # directory lacks (王小二, 老彭) is still spotted, so the answer can be "not found", not "not understood".
    guesses = recognize_people(text) if people is None or len(found) < 2 else []
    for guess in guesses:
        cut = min((t.start for t in taken if guess.start < t.start < guess.end), default=None)
        if cut is not None and cut - guess.start >= 2 and not guess.text.isascii():
            guess = PersonSpot(guess.start, cut, text[guess.start: cut])  # "汪洋明天离职": 明天 is the date
        if _overlaps(Span(guess.start, guess.end, ""), taken + [Span(p.start, p.end, "") for p in found]):
            continue
        cleaned = _clean_latin(guess)
        if cleaned is None and guess.text.lower() in _NAME_LIKE_WORDS and re.match(r"'s?\b", low[guess.end:]):
            cleaned = guess  # "Will's customers": a name, even first in the sentence
        if cleaned is None or (cleaned.text.isascii() and _is_cue_word(cleaned.text)):
            continue
        if people is not None and not cleaned.text.isascii() and not _familiar(cleaned.text) \
                and not _in_role_position(low, cleaned):
            continue  # the directory knows the names: a name-shaped word elsewhere is a word
        if cleaned.text.islower() and not re.search(r"[\d_.]", cleaned.text) and not _in_role_position(low, cleaned):
            continue  # "along", "notice" spell pinyin too: a lowercase word is a name only where one stands
        found.append(cleaned)
    for token in _LATIN_TOKEN.finditer(low):
        spot_ = PersonSpot(token.start(), token.end(), text[token.start(): token.end()])
        word = spot_.text.lower()
        userid_like = bool(_USERID_SHAPE.fullmatch(word))  # t00123, zhangwei02
        if len(word) < 2 or word in _NOT_NAME_WORDS or not (re.search(r"[aeiouy]", word) or userid_like):
            continue
        if _overlaps(Span(spot_.start, spot_.end, ""), taken + [Span(p.start, p.end, "") for p in found]):
            continue
        if (userid_like and _in_role_position(low, spot_)) or _LATIN_OWNS.match(low[spot_.end:]) or \
                _LATIN_ROLE_AFTER.match(low[spot_.end:]) or (_LATIN_RECEIVER.match(low[spot_.end:]) and \
                re.search(r"(?:给|转|交给|移交|转交|交接)\s*$", low[: spot_.start])) or \
                re.match(r"\s*(?:→|'s\b)", low[spot_.end:]) or re.search(r"(?:→|@)\s*$", low[: spot_.start]) or (
            re.match(r"[\])>\"' ]*\s*的", low[spot_.end:]) and re.search(r"[\[(<\"'@]\s*$", low[: spot_.start])):
            if _is_cue_word(word):
                continue  # "我 submit 的交接"
            if len(word) == 2:  # "emma li →": a two-letter word is a name only with the word beside it
                wide = _widen_latin(text, spot_, found)
                if " " not in wide.text:
                    continue
            found.append(spot_)
    found = [_widen_latin(text, p, found) for p in found if not _is_place(text, p)]
    found.sort(key=lambda p: p.start)
    masked = low
    for p in found:
        masked = masked[: p.start] + "□" * (p.end - p.start) + masked[p.end:]
    return Spotted(text, correct_han_keywords(masked), found, jobs, items, dates, today)


_USERID_SHAPE = re.compile(r"[a-z]{1,12}\d{2,8}")
# "songyq的客户", "yaoyuan 交接进度": a Latin word owning customers or a handover is a userid
_LATIN_OWNS = re.compile(r"\s*的?\s*(?:客户|群|外部|联系人|交接|进度|记录|微信)")
# "jenny zhou is out", "grace wu gets her customers": the subject of a departure or a take-over
# "…转hezj": a Latin word closing the sentence right after a transfer verb receives
_LATIN_RECEIVER = re.compile(r"\s*(?:$|[,.!?;~]|吧|谢谢|thx|thanks|pls|please)")
_LATIN_ROLE_AFTER = re.compile(r"\s+(?:is\s+(?:out|gone|leaving)|has\s+(?:left|resigned|quit)|left|quit|resigned|"
                               r"to\s+(?:take|handle|own|inherit|look\s+after|pick\s+up|cover|get)|"
                               r"gets|takes\s+over|will\s+take|should\s+take|inherits)\b")


def _is_place(text: str, p: PersonSpot) -> bool:
    """"the Shanghai office": a capitalized word naming a place or a team, not a person."""
    return not p.known and p.text.isascii() and bool(
        _PLACE_AFTER.match(text[p.end:]) and re.search(r"\bthe\s*$", text[: p.start], re.IGNORECASE))


_BEFORE_RECEIVER = re.compile(r"(?:[→@]|\bto)\s*$", re.IGNORECASE)


def _widen_latin(text: str, p: PersonSpot, found: list[PersonSpot]) -> PersonSpot:
    """"kevin liu's", "→ tom chen thx": one lowercase word spotted by its position takes the name
    word beside it (a family or given name), never a keyword or another person."""
    if p.known or not p.text.isascii() or " " in p.text or not p.text.islower() or _USERID_SHAPE.fullmatch(p.text):
        return p
    taken = [(q.start, q.end) for q in found if q is not p]
    before = re.search(r"(?<![A-Za-z0-9_.@'])([a-z]{2,12}) $", text[: p.start])
    if before and before.group(1) not in _NOT_NAME_WORDS and not _is_cue_word(before.group(1)) and \
            not any(a <= before.start(1) < b for a, b in taken) and not re.search(r"[→@]\s*$", text[: p.start]):
        start = before.start(1)
        return PersonSpot(start, p.end, text[start: p.end])
    after = re.match(r" ([a-z]{2,12})(?![a-z0-9_])", text[p.end:])
    if after and after.group(1) not in _NOT_NAME_WORDS and not _is_cue_word(after.group(1)) and \
            not any(a <= p.end + 1 < b for a, b in taken) and _BEFORE_RECEIVER.search(text[: p.start]):
        end = p.end + after.end(1)
        return PersonSpot(p.start, end, text[p.start: end])
    return p
_NAME_LIKE_WORDS = frozenset({"he", "will", "may", "grace", "hope", "joy", "faith", "mark", "bill", "rose", "summer",
                              "april", "june", "sunny", "amber", "frank", "jack", "art", "sue"})
_TITLES = frozenset({"manager", "boss", "director", "teacher", "dr", "mr", "mrs", "ms", "miss"})
_FAMILIAR = re.compile(r"^(?:老|小|阿).|.(?:总|哥|姐|工|老师|经理|主管|总监|老板)$")


def _familiar(text: str) -> bool:
    return bool(_FAMILIAR.match(text))


def _in_role_position(low: str, p: PersonSpot) -> bool:
    """Possessive (X的客户, X名下), right after a direction marker (给X, → X), or the subject of a
    departure (王小二12月4日离职)."""
    after = re.sub(r"^(?:[\])>\"\s]|'(?!s\b))+", "", low[p.end:])
    if re.match(r"(?:\d{1,4}\s*[月/.-]\s*\d{1,2}\s*[日号]?|[今明后]天|下?周.|下个?月\S{0,4}|月底)?\s*(?:要|将|已经|已|"
                r"刚)?"
                r"(?:离职|辞职|走了|最后一天|最后工作日)", after):
        return True
    if _POSSESSIVE_AFTER.match(after) or re.match(
        r"\s*(?:→|customers?|clients?|groups?|cs\b|contacts?|external|should|will|is leaving|takes? over|"
        r":)", low[p.end:]
    ):
        return True
    if re.search(r"(?<![a-z])(?:could|can|let|have)\s*$", low[: p.start]):
        return True
    return bool(re.search(r"(?:给|→|由|让|查|转|移交|转交|交接|(?<![a-z])(?:to|of|from|for|by|about|on|with|"
                          r"records|history|status|"
                          r"transfer|"
                          r"handover|hand over|move|give|reassign|migrate))\s*[@\[(<\"']*\s*$", low[: p.start]))


_CUE_PATTERNS = (cues.CANCEL, cues.STATUS, cues.RECORDS, cues.LIST, cues.HELP, cues.STRONG_VERB, cues.WEAK_VERB,
                 cues.OFFBOARD, cues.CUSTOMERS, cues.GROUPS, cues.DONE, cues.UNDO)


@lru_cache(maxsize=4096)
def _is_cue_word(text: str) -> bool:
    """"Abort job 999": a capitalized first word that is a cue is not a name."""
    low = text.lower()
    return any(p.fullmatch(low) for p in _CUE_PATTERNS)


def _inside_name(text: str, d: Span) -> bool:
    """"周一鸣12月5日离职": 周一 is Monday only when no name goes on past it."""
    if not re.fullmatch(r"周[一二三四五六日天]", text[d.start: d.end]):
        return False
    size = d.end - d.start
    if any(p.start == 0 and p.end > size for p in recognize_people(text[d.start: d.end + 3])):
        return True
    # "交接给周日新": a name goes on where a weekday would be followed by what happens that day
    follower = text[d.end: d.end + 1]
    return bool(re.match(f"[{CJK_CHARS}]", follower)) and follower not in _AFTER_WEEKDAY and (
        d.start == 0 or text[d.start - 1] in "给把让由,:"
    )


_AFTER_WEEKDAY = frozenset("的前后离开到之下上晚早中午去来走会再要就把给内离最交转之一二三四五六七八九十点号日")


def _is_number_only_date(low: str, d: Span) -> bool:
    """"H-1077" is not July 10th: a date inside a job id does not count."""
    return bool(re.search(r"h\s?-?\s?$", low[: d.start]))


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _clean_latin(spot: PersonSpot) -> PersonSpot | None:
    if not spot.text.isascii():
        return spot
    if spot.text.islower() and " " in spot.text and any(w in _NOT_NAME_WORDS for w in spot.text.split()):
        return None  # "can do" spells pinyin too
    words = spot.text.replace("-", " ").split()
    start = spot.start
    while words and words[0].lower() in _NOT_NAME_WORDS and not (
        words[0].lower().rstrip(".") in _TITLES and len(words) > 1 and words[1].lower() not in _NOT_NAME_WORDS
    ) and not (words[0].lower() in _NAME_LIKE_WORDS and len(words) > 1 and words[1][:1].isupper()):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in _NOT_NAME_WORDS and not (
        len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _NAME_LIKE_WORDS
    ):
        words = words[:-1]
    if not words and spot.start > 0 and " " not in spot.text and spot.text[:1].isupper() and \
            spot.text.lower() in _NAME_LIKE_WORDS:
        return spot  # "Will's customers to May": capitalized inside a sentence, a name
    if not words or any(w.lower() in _NOT_NAME_WORDS and w.lower() not in _NAME_LIKE_WORDS for w in words[1:]):
        return None
    joined = " ".join(words)
    offset = start - spot.start  # as written: Anne-Marie keeps its hyphen
    return PersonSpot(start, start + len(joined), spot.text[offset: offset + len(joined)])


# --- helpers ------------------------------------------------------------------------------------
@lru_cache(maxsize=1024)
def _first(pattern: re.Pattern[str], low: str) -> Span | None:
    """The first match of a cue (cached: the stages ask for the same cues of one message)."""
    m = pattern.search(low)
    return Span(m.start(), m.end(), m.group()) if m else None


@lru_cache(maxsize=256)
def _clauses(low: str) -> tuple[tuple[int, int], ...]:
    bounds, cursor = [], 0
    for m in _CLAUSE.finditer(low):
        if m.start() > cursor:
            bounds.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(low):
        bounds.append((cursor, len(low)))
    return tuple(bounds) or ((0, len(low)),)


def _clause_of(position: int, clauses: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    for start, end in clauses:
        if start <= position < end:
            return start, end
    return clauses[-1]


def _mention(p: PersonSpot) -> str:
    return _QUOTES.sub("", p.text).strip()


def _nearest_person(s: Spotted, position: int, *, within: tuple[int, int] | None = None) -> PersonSpot | None:
    pool = [p for p in s.people if within is None or within[0] <= p.start < within[1]]
    if not pool:
        return None
    return min(pool, key=lambda p: min(abs(p.start - position), abs(p.end - position)))


def _job_near(s: Spotted, position: int) -> Span | None:
    if not s.jobs:
        return None
    return min(s.jobs, key=lambda j: abs(j.start - position))


def _bare_job(s: Spotted, cue: Span) -> str | None:
    """"cxl 1255", "status 12": a lone number right by the cue is a job id."""
    near = [n for n in cues.bare_numbers(s.low, s.items + s.dates)
            if re.fullmatch(r"\s*(?:(?:with|of|on|for|about|in|job|#)\s*)*", s.low[cue.end: n.start])
            or abs(cue.start - n.end) <= 3]
    return near[0].value if len(near) == 1 and len(s.low) <= 40 else None


def _possessive(s: Spotted, p: PersonSpot) -> bool:
    if _POSSESSIVE_AFTER.match(s.low[p.end:]):
        return True
    if re.search(r"\bfor\s*$", s.low[: p.start]) and re.match(r"\s+to\b", s.low[p.end:]):
        return False  # "possible for Victor Pan to take over …": the one who acts
    return bool(re.search(r"(?:\b(?:of|from|for|on|about|everything|whatever)|从)\s*$", s.low[: p.start]))


# --- checklist ----------------------------------------------------------------------------------
def _checklist(s: Spotted) -> Reading | None:
    if not s.items:
        return None
    item = s.items[0]
    clause = _clause_of(item.start, _clauses(s.low))
    window = s.low[clause[0]:clause[1]]
    done = [m.start() for m in cues.DONE.finditer(window)]
    undo = [m.start() for m in cues.UNDO.finditer(window)]
    # "没弄完" is not done; a done word inside an undo word does not count
    done = [d for d in done if not any(u <= d < u + 4 for u in undo)]
    if not done and not undo:
        window = s.low
        done = [m.start() for m in cues.DONE.finditer(window)]
        undo = [m.start() for m in cues.UNDO.finditer(window)]
        done = [d for d in done if not any(u <= d < u + 4 for u in undo)]
        if not done and not undo:
            return None
    action = "undo" if undo and (not done or min(undo) < min(done)) else "done"
    owner = next((p for p in s.people if (_CHECKLIST_AFTER.match(s.low[p.end:]) or re.search(
        r"(?:\bfor|给|帮)\s*$", s.low[: p.start])) and not _is_self(p)), None)
    member = _mention(owner) if owner is not None else None
    return Reading("checklist", {"action": action, "item": int(item.value), "member": member}, 4, item.start)


# "宋雨桥清单第8项", "陈静的离职清单", "Wang Fang's checklist": whose checklist
_CHECKLIST_AFTER = re.compile(r"\s*(?:的|'s|'|:|：)?\s*(?:那单|那张|那个)?\s*(?:离职)?(?:清单|checklist|check list|"
                              r"第\s*\d|"
                              r"(?:item|task|step|no\.?)\s*#?\s*\d)", re.IGNORECASE)


def _checklist_show(s: Spotted) -> Reading | None:
    cue = _first(cues.CHECKLIST_SHOW, s.low)
    if cue is None or s.items or s.jobs:
        return None
    if not (cues.CHECKLIST.search(s.low) or re.search(r"\blist\b|清单|事项", s.low)):
        return None
    if re.search(r"列一个|列个|建个|建一个|做个|做一个", s.low) and not re.search(r"离职", s.low):
        return None  # "帮我列一个采购清单"
    owner = next((p for p in s.people if _CHECKLIST_AFTER.match(s.low[p.end:]) and not _is_self(p)), None)
    member = _mention(owner) if owner is not None else None
    return Reading("checklist", {"action": "show", "item": None, "member": member}, 3, cue.start)


# --- cancel -------------------------------------------------------------------------------------
def _cancel(s: Spotted) -> Reading | None:
    cue = _first(cues.CANCEL, s.low)
    if cue is None:
        return None
    clause = _clause_of(cue.start, _clauses(s.low))
    job = next((j for j in s.jobs if clause[0] <= j.start < clause[1]), None) or _job_near(s, cue.start)
    value = job.value if job else _bare_job(s, cue)
    if value is None:
        if s.items:
            return None  # "取消第3项" is a checklist undo
        # around the cue words, not in them: the "call" of "call it off" is no phone call
        masked = cues.CANCEL.sub(lambda m: " " * len(m.group()), s.low)
        window = masked[max(0, cue.start - 16): cue.end + 20]
        topic = _CANCEL_TOPIC.search(s.low)
        if cues.NOT_OURS_CANCEL.search(window) and not re.search(r"交接|移交|转移|handover|transfer", window):
            return None  # "cancel my leave request": a request, but not ours
        if _HOWTO.search(s.low):
            return None
        rest = _CANCEL_FILLER.sub("", cues.CANCEL.sub("", s.low))
        if not topic and rest.strip(" ,.!?~"):
            return None  # "cancel my Spotify", "取消我的快递": something else is cancelled
    return Reading("cancel", {"job": value}, 4 if value else 2, cue.start)


_CANCEL_TOPIC = re.compile(r"交接|转移|移交|单子|那单|这单|申请|任务|流程|别转|不转|转了|那个|刚才|刚刚|上一个|"
                           r"\b(?:handover|hand over|transfer|"  # (handover is spelled "hand over" by now)
                           r"request|job|it|that|this|"
                           r"one)\b", re.IGNORECASE | re.ASCII)
_CANCEL_FILLER = re.compile(r"请|帮我|帮忙|麻烦|一下|吧|了|掉|啊|呀|哈|吗|能不能|可不可以|能|可以|\b(?:please|"
                            r"pls|can you|could you|"
                            r"now|"
                            r"i want to|i want|want to|let's|just|ok|forget it|actually|"
                            r"on second thought)\b", re.IGNORECASE | re.ASCII)


# --- list ---------------------------------------------------------------------------------------
def _list(s: Spotted) -> Reading | None:
    cue = _first(cues.LIST, s.low)
    if cue is None or not cues.LIST_TOPIC.search(s.low):
        return None
    cancel = _first(cues.CANCEL, s.low)
    if cancel is not None and cancel.start < cue.start and not re.search(r"哪些|哪个|which|list", s.low):
        return None  # "cancel my handover" cancels it
    clause = _clause_of(cue.start, _clauses(s.low))
    if any(clause[0] <= j.start < clause[1] for j in s.jobs):
        return None
    if any(clause[0] <= p.start < clause[1] and _OWNS_SCOPE.match(s.low[p.end:]) for p in s.people):
        return None  # "list Zhang's customers" is not a list of jobs
    if any(clause[0] <= p.start < clause[1] and p.known for p in s.people) and not re.search(
        r"待审批|待我审批|等我批|有哪些|哪些|列|pending|approv|\blist\b", s.low[clause[0]:clause[1]]
    ):
        return None
    low = s.text.lower()  # unmasked: "我申请的" says whose, even when a member is called 申请
    if re.search(r"批|审|核准|签核|approv|pending|appr|sign-?off|"
                 r"waiting", low) and not re.search(r"我.{0,4}(?:发起|提交|提|申请)|我发的", low):
        which = "pending_approvals"
    elif re.search(r"我.{0,4}(?:发起|提交|提|申请)|我的|我建|我发的|我开过?(?:嘅|的)|我 ?submit|"
                   r"\bmy\b|\bi'?ve\b|\bi\b|\bmine\b|"
                   r"\bme\b", low) and \
            not re.search(r"\b(?:all|every)\b|所有|全部", low):
        which = "my_requests"
    else:
        which = "all"
    return Reading("list", {"which": which}, 4, cue.start)


# --- records ------------------------------------------------------------------------------------
def _records(s: Spotted) -> Reading | None:
    cue = _first(cues.RECORDS, s.low)
    if cue is None or _answered_question(s) is not None:
        return None  # "她的客户谁接？阎明吧" answers its own question
    if _first(cues.CANCEL, s.low) is not None and not re.search(r"[?？]|哪些|谁|\b(?:who|which)\b", s.low):
        return None  # "之前的交接撤掉吧": the earlier handover is cancelled, not asked about
    if cues.NOT_OURS_OBJECT.search(s.low) and (not re.search(r"交接(?!班)|转移|移交|客户|handover|transfer|customer|"
                                                              r"client", s.low) or _NOT_OURS_RECORDS.search(s.low)):
        return None  # "区志强的报销记录", "Raj Patel's expense records", "金鑫的客户拜访记录"
    clause = _clause_of(cue.start, _clauses(s.low))
    person = _nearest_person(s, cue.start, within=clause) or _nearest_person(s, cue.start)
    job = _job_near(s, cue.start)
    if person is None and job is None and (bare := _bare_job(s, cue)) is not None:
        return Reading("records", {"member": None, "job": bare}, 4, cue.start)  # "which customers went over in 3922?"
    if person is None and job is None:
        only_cue = not _STATUS_FILLER.sub("", cues.RECORDS.sub("", s.low)).strip(" ,.!?~")
        if not re.search(r"交接(?!班)|转移|移交|handover|transfer", s.low) and not only_cue:
            return None
        return Reading("records", {"member": None, "job": None}, 4 if len(s.low) <= 12 else 2, cue.start)
    if job is not None and person is None:
        if re.search(r"谁批的|谁审的", s.low):
            return None  # "H-1315 谁批的" asks about the job: a status
        return Reading("records", {"member": None, "job": job.value}, 4, cue.start)
    return Reading("records", {"member": _mention(person) if person else None, "job": None}, 4, cue.start)


# --- status -------------------------------------------------------------------------------------
_NAME_THEN_CUSTOMERS = re.compile(r"\s*(?:的)?\s*(?:客户|customers|clients)")


def _status(s: Spotted) -> Reading | None:
    cue = _first(cues.STATUS, s.low)
    job = s.jobs[0] if s.jobs else None
    if cue is None:
        if job is not None and re.fullmatch(r"\W*(?:查一下|查下|看看|看下|"
                                            r"查)?\W*", s.low[: job.start] + s.low[job.end:]):
            return Reading("status", {"job": job.value, "member": None}, 4, job.start)
        if job is not None and re.search(r"谁批|审吗|审批|批了|\bapproved\b|\bwhat'?s going on\b|[?？]$", s.low):
            return Reading("status", {"job": job.value, "member": None}, 2, job.start)
        return None
    if job is not None:
        return Reading("status", {"job": job.value, "member": None}, 4, min(cue.start, job.start))
    bare = _bare_job(s, cue)
    if bare is not None:
        return Reading("status", {"job": bare, "member": None}, 4, cue.start)
    clauses = _clauses(s.low)
    person = next((p for c in spans(cues.STATUS, s.low)  # "### 进度查询 / A → B 那单现在啥情况": a later cue's
                   if (p := _nearest_person(s, c.start, within=_clause_of(c.start, clauses))) is not None), None)
    giver = next((q for q in s.people if person is not None and q.end <= person.start
                  and re.fullmatch(r"\s*(?:→|->|=>|>|给|to)\s*", s.low[q.end: person.start])), None)
    person = giver or person  # "A → B 那单现在啥情况": the job is A's handover
    if person is None:  # "X的交接…", "X客户交接还有多少没…"
        person = next((p for p in s.people if _possessive(s, p) or _NAME_THEN_CUSTOMERS.match(s.low[p.end:])), None)
    if person is not None and re.search(r"清单|checklist", s.low) and not re.search(r"交接(?!清单)|handover", s.low):
        return None  # "X的离职清单进度": the checklist, shown
    topic = re.search(r"交接(?!班)|转移|单子|那单|这单|交接单|客户|继承|handover|transfer|customers|clients", s.low) \
        or (re.search(r"[\u4e00-\u9fff]", s.low) and (cues.CUSTOMERS.search(s.low) or cues.GROUPS.search(s.low)))
    ours = re.search(r"交接(?!班)|转移|移交|handover|transfer", s.low)
    if not ours and cues.NOT_OURS_OBJECT.search(s.low) and not (topic and person is not None
                                                               and not _NOT_OURS_QUALITY.search(s.low)):
        return None  # "柏子轩那边报销批了没": somebody's expenses; "客户投诉处理进度": a complaint
    if person is not None and (topic or _possessive(s, person)):
        return Reading("status", {"job": None, "member": _mention(person)}, 4, cue.start)
    only_cue = not _STATUS_FILLER.sub("", cues.STATUS.sub("", s.low)).strip(" ,.!?~")
    if ((topic and (len(s.low) <= 14 or re.search(r"我的|\bmy\b", s.low))) or only_cue) and not re.search(
            r"一般|通常|usually", s.low):
        return Reading("status", {"job": None, "member": None}, 2, cue.start)
    return None


_NOT_OURS_QUALITY = re.compile(r"满意度|评分|评价|反馈|投诉|电话|\b(?:satisfaction|rating|feedback|complain\w*)\b",
                               re.IGNORECASE)
_STATUS_FILLER = re.compile(r"查看|查询|查一下|看看|看下|看一下|查|我的|交接|的|\b(?:how do i|how can i|how to|check|"
                            r"show|give|"
                            r"me|the|my|what'?s|whats|"
                            r"is|of|on|handover|job|any|current|please|pls)\b", re.IGNORECASE | re.ASCII)


# --- offboard -----------------------------------------------------------------------------------
_SOCIAL = re.compile(r"欢送|送别|聚餐|散伙饭|礼物|恭喜|吃饭|吃个饭|送送|送行|饯行|\b(?:farewell|party|gift|"
                     r"lunch|dinner|drinks|congrat\w*)\b",
                     re.IGNORECASE)


_CHECKLIST_PROGRESS = re.compile(r"清单.{0,4}(?:还剩|剩下|还差|还有哪些|还有几项|几项没|没做完)")
_PROCEDURE = re.compile(r"(?:走|办|启动|发起)(?:一下|个|下)?(?:流程|手续)")


def _offboard(s: Spotted) -> Reading | None:
    if re.search(r"(?:离职|在职)继承", s.low) and cues.CUSTOMERS.search(s.low):
        return None  # 离职继承 of someone's customers is WeCom's name for the handover itself
    if _CHECKLIST_PROGRESS.search(s.low) and not s.dates:
        return None  # "绳红梅离职清单还剩哪几项没弄": what is left on it, shown
    cue = _first(cues.OFFBOARD, s.low)
    if cue is None and _SOCIAL.search(s.low):
        return None  # "… leaving at the end of the month, let's have a farewell lunch"
    if cue is None and cues.LEAVING.search(s.low) and cues.OFFBOARD_START.search(s.low):
        cue = _first(cues.CHECKLIST, s.low) or _first(_PROCEDURE, s.low)  # "孔德明离职 走流程"
    last = _first(cues.LAST_DAY, s.low)
    leaving = _first(cues.LEAVING, s.low)
    if cue is None and last is None and leaving is not None and (
        s.dates or re.search(r"接替人|继任|接班人|successor", s.low)
    ):
        last = leaving  # "陈静下周五离职，接替人李娜": a dated departure is an offboarding
    if cue is None and last is None:
        return None
    if cue is not None and not cues.OFFBOARD_START.search(s.low) and last is None and not s.dates:
        if not re.match(r"^\W*(?:offb|offboard)", s.low):
            return None
    anchor = cue or last
    assert anchor is not None
    if cue is None and not re.search(r"离职|辞职|退休|清单|最后一天|最后工作日|offboard|check ?list|leav|resign|quit|"
                                     r"last (?:work(?:ing)? )?day", s.low):
        return None
    successor = _successor(s, None)
    person = _offboard_person(s, anchor, successor)
    if person is None:
        me = re.match(r"\s*(我|i|me|my)(?![a-z])", s.low) or re.search(r"(?:\bfor\s+|给|为|帮)(我|me|myself)(?![a-z])",
                                                                          s.low)
        if me:  # "我12月4日离职": the sender's own
            person = PersonSpot(me.start(1), me.end(1), s.text[me.start(1): me.end(1)])
    if person is None and (cue is None or _HOWTO.search(s.low) or re.search(r"怎么|如何", s.low)):
        return None  # "离职手续怎么办理" asks how it works
    date = next((d for d in s.dates), None)
    slots: Slots = {"member": _mention(person) if person else None, "last_day": date.value if date else None,
                    "successor": _mention(successor) if successor else None}
    strength = (4 if cue is not None else 3) if person else 2
    return Reading("offboard", slots, strength, anchor.start)


_SUCCESSOR_BEFORE = re.compile(r"(?:接替人|继任者?|接手人|接班人|接任的?是|接替的?是|接手的?是|交接给|移交给|交给|转给|"
                               r"接(?:他|她)?(?:的)?班的(?:人)?(?:是|为)|"
                               r"successor|"
                               r"replacement)\s*(?:是|为|:|is|will be)?[\s@:]*$")
_SUCCESSOR_AFTER = re.compile(r"^\s*(?:来)?(?:接替|接手|接任|接班|接(?:他|她)(?:的班)?(?![\u4e00-\u9fff])|"
                              r"\b(?:takes over|will take over|will be taking over|is taking over|succeeds?|replaces?|"
                              r"is (?:his|her|their|the) (?:successor|replacement)|will succeed|"
                              r"replace her|"
                              r"replace him|is the successor)\b)")


def _successor(s: Spotted, member: PersonSpot | None) -> PersonSpot | None:
    for p in s.people:
        if p is member:
            continue
        if _SUCCESSOR_BEFORE.search(s.low[max(0, p.start - 16): p.start]) or _SUCCESSOR_AFTER.match(s.low[p.end:]):
            return p
    return None


def _offboard_person(s: Spotted, anchor: Span, successor: PersonSpot | None) -> PersonSpot | None:
    clause = _clause_of(anchor.start, _clauses(s.low))
    people = [p for p in s.people if p is not successor]
    for p in people:
        before = s.low[max(0, p.start - 3): p.start]
        if re.search(r"(?:给|为|帮|替|for)\s*$", before) and p.start < anchor.start + 40 and (
                re.match(r"\s*(?:开|建|创建|办|启动|发起|新建|弄|start|open|"
                         r"create)", s.low[p.end:]) or "for" in before):
            return p
    mine = [p for p in people if clause[0] <= p.start < clause[1]]
    if mine:
        return mine[0]
    earlier = [p for p in people if p.start < anchor.start]
    return earlier[0] if earlier else (people[0] if people else None)


# --- help ---------------------------------------------------------------------------------------
_NOT_OURS_RECORDS = re.compile(r"拜访|报销|考勤|打卡|工资|薪资|\b(?:visits?|expenses?|attendance|"
                               r"salary)\b", re.IGNORECASE)
# how to do something in WeCom itself (create a group, add a customer): not what this bot does
_WECOM_HOWTO = re.compile(r"\bhow (?:do|can) i (?:create|add|make|build|delete|remove|join|invite|message|contact)\b|"
                          r"怎么(?:建|创建|新建|加|添加|拉|删|删除|解散|联系)(?:个|一个)?(?:客户|群)|"
                          r"怎么给客户", re.IGNORECASE)


# "help", "help pls, …", "/help": a plea for help, not a courtesy ("help me move …")
_HELP_PLEA = re.compile(r"^\W*help\W*$|^\W*help\W+(?:pls|please|plz)\b|/help|need help|\bhelp\?")


def _help(s: Spotted) -> Reading | None:
    cue = _first(cues.HELP, s.low)
    if cue is None or _WECOM_HOWTO.search(s.low):
        return None
    if re.search(r"怎么|咋|如何", s.low) and (not cues.BOT_TOPIC.search(s.low) or cues.NOT_OURS_OBJECT.search(s.low)) \
            and not re.search(
        r"不会用|不会弄|能干|能做|说明|指令|命令|功能|帮助|教教|用法", s.low
    ):
        return None
    strong = re.search(r"能(?:帮|为|替)?我?(?:干|做)(?:些|点)?(?:啥|什么|嘛|吗)|是干(?:什么|啥|嘛)的|"
                       r"是做什么的|^\W*(?:怎么|"
                       r"如何)操作\W*$|说明|指令|命令|帮助|"
                       r"不会用|怎么用|咋用|咋使|点用|点样用|用法|教教|什么格式|啥格式|"
                       r"\b(?:help|what can (?:you|ya|u) do|what you can do|commands?|cmds?)\b", s.low)
    if re.search(r"\bhelp\b", cue.value) and not re.search(_HELP_PLEA, s.low):
        if cues.NOT_OURS_OBJECT.search(s.low) or not cues.BOT_TOPIC.search(s.low):
            return None
    if not strong and cues.STATUS.search(s.low) and not re.search(r"交接|handover|transfer|cancel|取消", s.low):
        return None  # "how do I check the status?": just show it
    if s.people and re.search(r"是什么|什么是|什么意思|原因|为什么|\bwhat is\b|\bwhy\b", s.low) and not strong:
        return None  # "岳云离职的原因是什么": about a colleague, not about this bot
    howto = re.search(r"是什么|什么是|什么意思|区别|怎么|如何|\b(?:what is|what'?s an?|difference|how do i|how to|"
                      r"how can i)\b",
                      s.low)
    courtesy = re.search(r"\bhelp\b", cue.value) and not re.search(_HELP_PLEA, s.low)
    return Reading("help", {}, 4 if (strong or howto) and not courtesy else 1, cue.start)


# --- handover -----------------------------------------------------------------------------------
# "不是给X，改成给Y", "接收人换成Y", "actually not X — make it Y instead": a follow-up naming only the new receiver
_CORRECTION = re.compile(r"(?:接收人|接手人|受让人|继承人)?(?:改成|换成|改为|改给|换给)\s*(?:给|由)?\s*(\u25a1+)|"
                         r"\bnot\s+\u25a1+\W+(?:the\s+)?(?:receiver|recipient|new owner)\s+(?:is|should be)\s+"
                         r"(\u25a1+)|"
                         r"\b(?:make it|change (?:it|the (?:receiver|recipient|new owner)) to|switch (?:it )?to)\s+"
                         r"(\u25a1+)(?=.*\binstead\b|.*\bnot\b)|\b(?:actually|sorry|correction)\b.*\b(?:make it|should "
                         r"be|to)\s+(\u25a1+)", re.IGNORECASE)


_RULED_OUT = re.compile(r"(?:不是|别|不要|不)\s*(?:给|由|转给|交给)?\s*$|\b(?:not|instead of)\s*$", re.IGNORECASE)


def _correction(s: Spotted) -> Reading | None:
    found = _CORRECTION.search(s.low)
    if found is None or cues.NOT_OURS_OBJECT.search(s.low) or _MONEY.search(s.low):
        return None  # "会议改成给李娜主持": something else changes hands
    start = next(found.start(g) for g in range(1, (found.lastindex or 1) + 1) if found.group(g))
    receiver = next((p for p in s.people if p.start == start), None)
    others = [p for p in s.people if p is not receiver]
    if receiver is None or s.jobs or not all(_RULED_OUT.search(s.low[max(0, p.start - 6): p.start]) for p in others):
        return None  # "易梦那几个群，群主换成X", "H-3340里失败的客户改给X": someone else's, the full reading
    said = _scope(s, None, receiver, None, _clauses(s.low))
    return Reading("handover", {"handover": None, "takeover": _mention(receiver), "scope": said or ["customers"],
                                "job": None, "subset": None, "amend": "takeover"}, 2, start)


def _pair_reading(s: Spotted, source: PersonSpot, takeover: PersonSpot, *, unsure: bool = False) -> Reading:
    """A handover whose two people are all the message says: its scope words, or customers."""
    said = _scope(s, source, takeover, None, _clauses(s.low))
    scope = said or (["customers", "groups"] if cues.ALL.search(s.low) else ["customers"])
    return Reading("handover", {"handover": _mention(source), "takeover": _mention(takeover), "scope": scope,
                                "job": None, "subset": None}, 3, 0, unsure=unsure)


def _handover(s: Spotted) -> Reading | None:
    low = s.low
    strong = _first(cues.STRONG_VERB, low)
    if strong is not None and _WHEN.match(low[strong.end:]):
        return None  # "唐文交接的时候徐悦不在": a time, not a request
    markers = spans(cues.TO_MARKER, low)
    weak = _first(cues.WEAK_VERB, low)
    # "客户要求换对接人吗": a 负责/对接 that no 由/让 leads and no clause ends names no one who takes over
    takes = next((Span(m.start(), m.end(), m.group()) for m in cues.TAKES_VERB.finditer(low)
                  if not re.fullmatch(r"来?(?:负责|跟进|管|对接|承接|照看|照顾|打理|维护)", m.group())
                  or re.search(r"[由让请叫]", low[max(0, m.start() - 8): m.start()])
                  or re.match(r"\s*(?:[,.;!?]|$)", low[m.end():])), None)
    out_in = _OUT_IN.match(low)
    if out_in and len(s.people) == 2:  # "Chloe Chen out, Mia Liu in"
        return _pair_reading(s, s.people[0], s.people[1])
    correction = _correction(s)
    if correction is not None:
        return correction
    pair = bare_pair(low, s.people) if not any(_is_self(p) for p in s.people) else None
    if pair is not None:  # "秦岚 给 贺子健", "原：翟静 新：洪亮"
        return _pair_reading(s, pair.source, pair.takeover, unsure=not pair.sure)
    if strong is None and not markers and weak is None and takes is None and "←" not in low:
        return _departure_question(s)
    clauses = _clauses(low)
    takeover, marker = _takeover(s, markers)
    if marker is not None and marker.value == "unclear":
        return None
    if marker is not None and marker.value == "answer":
        marker = Span(marker.start, marker.end, "→")  # answered question: as explicit as an arrow
    source = _source(s, takeover, marker)
    scope = _scope(s, source, takeover, marker, clauses)
    failed = bool(_FAILED.search(low))
    job = s.jobs[0].value if s.jobs and failed else None
    if job is not None and takeover is None and re.search(r"哪些|哪几个|多少|\b(?:which|how many)\b|[?？]", low):
        return None  # "H-7709 哪些客户没转过去": asks about the failures, retries nothing
    if failed and not s.jobs:  # "the customers that didn't move in 7702 → Gu Lan"
        numbers = [n for n in cues.bare_numbers(low, s.items + s.dates)
                   if re.search(r"(?:\b(?:in|of|from)|里|中)\s*$", low[: n.start])]
        job = numbers[0].value if len(numbers) == 1 else None
    here = _clause_of(marker.start, clauses) if marker is not None else (0, len(low))
    if not failed and any(here[0] <= j.start < here[1] or (source and _clause_of(source.start, clauses)[0] <= j.start <
                                                           _clause_of(source.start, clauses)[1]) for j in s.jobs):
        return None  # a handover with a job id is the failed-customers form; else it is about that job
    says_scope = scope is not None
    if says_scope and not any(w.search(_SCOPES_THING.sub(" ", low)) for w in (cues.CUSTOMERS, cues.GROUPS, cues.ALL)):
        says_scope = False  # "hand the report over to X before the client review": no customer moves
    if not says_scope and _ORG_MOVE.search(low):
        return None  # "transfer Bella Xu to the Shanghai team": the person moves, not customers
    verb = strong or weak or takes
    if verb is None and marker is None:
        return None
    if verb is None and not says_scope and _LETTER_HEAD.match(low):
        return None  # "From Pu Xiaodan to Shang Yuqing: thanks for the help!" heads a note
    # What is moved must be customers/groups or a person's: keys, files, a person's weekly
    # report are not ours.
    # 周报 and 车位 are things even when they look like names; 钱卫东的客户 is a person's
    plain = s.text.lower()
    for p in s.people:
        if p.known or _OWNS_SCOPE.match(s.low[p.end:]) or _possessive(s, p):
            plain = plain[: p.start] + "□" * (p.end - p.start) + plain[p.end:]
    moved = plain[: marker.start] if marker is not None and not _receiver_first(marker) else plain
    if not says_scope and (cues.NOT_OURS_OBJECT.search(moved) or _thing_after_possessive(s, source, marker)):
        return None
    if marker is not None and marker.value not in ("take", "→", "←"):
        here = _clause_of(marker.start, clauses)
        before_marker = plain[here[0]: marker.start]
        thing = max((m.end() for m in cues.NOT_OURS_OBJECT.finditer(before_marker)), default=-1)
        scoped = max((m.end() for w in (cues.CUSTOMERS, cues.GROUPS) for m in w.finditer(before_marker)), default=-1)
        if thing > scoped:
            # "那台试驾车的钥匙先给冷月，车主下午来提车", "把学员家长的退费单交给暨建国": the last thing named
            # before the 给 is what moves; the customers only describe it
            return None
    if marker is not None and cues.NOT_OURS_OBJECT.match(plain, marker.start, marker.end + 6):
        return None  # "卓越交接完工作就走": the verb's own object is something else
    if _receiver_first(marker) and source is not None and takeover is not None and source.start > takeover.start and \
            cues.NOT_OURS_OBJECT.match(_STAND_IN_GLUE.sub("", plain[source.end: source.end + 10])):
        return None  # "李娜代替张伟去拜访客户", "李娜顶替张伟值班": stands in for a visit, a shift
    if takeover is not None and cues.NOT_OURS_OBJECT.match(_ROLE_GLUE.sub("", plain[takeover.end: takeover.end + 10])):
        return None  # "把这个群转给卓越管理员权限": what the receiver gets is not customers
    acting = marker or strong or weak or takes
    if source is not None and acting is not None and _possessive(s, source) and \
            _clause_of(source.start, clauses) == _clause_of(acting.start, clauses) and \
            cues.NOT_OURS_OBJECT.match(_OWNER_GLUE.sub("", plain[source.end: source.end + 16])):
        return None  # "move Nina Qiu's meeting with the client to Friday": her meeting moves
    if _SCOPES_THING.search(moved):
        return None  # "把客户的合同转给法务": the customer's contract, not the customer
    if re.search(r"(?:引荐|介绍|推荐)给", low):
        return None  # "把孙建平引荐给刘晓梅的大客户": an introduction, nothing moves
    if _MONEY.search(low):
        return None  # "给郑海涛转2000块，他垫付了请客户吃饭的钱": money moves
    if source is None and takeover is None and not says_scope and job is None:
        return None
    unsure = marker is not None and marker.value == "pronoun"
    if takeover is None and source is not None and source.known and strong is not None \
            and not _RECORDS_QUESTION.search(low):
        # Two members and a handover word but nothing saying who receives: a guess to confirm.
        later = [p for p in s.people if p is not source and p.known and p.start >= source.end and not _is_self(p)]
        if len(later) == 1:
            takeover, unsure = later[0], True
    if strong is None and not says_scope and not (source and takeover and _possessive(s, source)) and not job:
        # "汪洋走了，韦东接", "X is leaving and Y is taking over": a departure and who takes over is enough
        if not (marker and source and takeover and (marker.value in ("→", "←") or (
                marker.value == "take" and (cues.LEAVING.search(low) or _AWAY.search(low))))):
            return None
    if takeover is None and source is None and job is None:
        if not says_scope or strong is None:
            return None
    slots: Slots = {
        "handover": _mention(source) if source else None,
        "takeover": _mention(takeover) if takeover else _latin_after(s, marker),
        "scope": scope or ["customers"],
        "job": job,
        "subset": "failed" if failed and job else None,
    }
    if slots["takeover"] is not None and slots["handover"] is None and not says_scope and job is None:
        return None
    if takeover is not None and _REFERENCE.match(low[takeover.end:]):
        return None  # "把他客户转给史可的交接就不需要了": names an existing handover, asks nothing of it
    if slots["handover"] and slots["takeover"] is None and _ARRANGE_WHO.search(low):
        # "贝贝的客户给谁比较好": asks for the receiver
        return Reading("handover", slots, 1, marker.start if marker is not None else 0)
    if _RECORDS_QUESTION.search(low) and (slots["takeover"] is None or takeover is None or _is_self(takeover)):
        return None  # "转给谁了": where they went, a records question
    if _HOWTO.search(low) and not (slots["handover"] and slots["takeover"]):
        return None  # "怎么把离职员工的客户转给别人?": how it works
    position = marker.start if marker is not None else min(x.start for x in (strong, weak, takes) if x is not None)
    if source is not None and takeover is not None and _roles_disagree(s, source, takeover):
        unsure = True  # the sentence's own cues also say the other way round: ask, never file a swap
    # a dated departure before the request names a successor; told after it ("…给邬倩吧，他下周离职"), it is the reason
    dated_leave = any(re.match(r"\s*(?:就|将|要)?(?:离职|走|辞职|最后一天)", low[d.end:]) and not (
        d.start > position and re.search(r"(?:他|她|\b(?:he|she))\s*$", low[: d.start])) for d in s.dates)
    offboarding = bool(cues.OFFBOARD.search(low))
    if (slots["handover"] or job) and slots["takeover"] and not (
        (offboarding and (scope is None or dated_leave)) or (dated_leave and scope is None)
    ):  # "X下周离职，接替人Y" names a successor; "X下周离职，客户交给Y" asks for the customers to move
        strength = 4  # (with an explicit offboarding and nothing said about customers, the offboarding wins)
    else:
        strength = 2 if slots["takeover"] else 1
    return Reading("handover", slots, strength, position, unsure=unsure)


_LETTER_HEAD = re.compile(r"\W*from\s+\u25a1+\s+to\s+\u25a1+\s*:")
_OWNER_GLUE = re.compile(r"^\s*(?:'s|'|的|名下的|手上的)?\s*(?:the\s+)?")
_ROLE_GLUE = re.compile(r"^\s*(?:的|当|做|成为)?\s*")
_STAND_IN_GLUE = re.compile(r"^\s*(?:去|来)?\s*(?:参加|出席|开|做|当|跑)?\s*")
_WHEN = re.compile(r"\s*的?\s*(?:时候|时|期间)")
_REFERENCE = re.compile(r"\s*的\s*(?:那个|那笔|那单|这个)?\s*(?:交接|申请|单子|任务|转移|移交)")
_ORG_MOVE = re.compile(r"\bto\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:team|office|department|dept|branch|division|group|"
                       r"company|project|region)\b|(?:调到|调去|调入)\S{0,6}(?:部|组|团队|分公司|中心)",
                       re.IGNORECASE)
_RECORDS_QUESTION = re.compile(r"谁负责|谁在负责|谁在管|交接过|移交过|转过(?!去|来)|\b(?:which|what) (?:customers|"
                               r"clients|groups|accounts) did\b|转给谁|给谁|"
                               r"给过谁|转过哪些|转过谁|\bwho did\b|转到哪|转去哪|去哪了|"
                               r"\bwho got\b|\bto who\b|"
                               r"\bto whom\b",
                               re.IGNORECASE)
_HOWTO = re.compile(r"^(?:请问)?(?:怎么|如何|怎样)|怎么(?:把|将|弄|操作|办)|\bhow (?:do|can|should) (?:i|we)\b|"
                    r"\bhow to\b",
                    re.IGNORECASE | re.ASCII)
_MONEY = re.compile(r"(?:转|打|汇|付|还)(?:了|过去|给\S{1,4})?\s*[\d,.]+\s*(?:块|元|万|rmb|usd|美元)|[$¥￥]\s*\d",
                    re.IGNORECASE)
_SCOPES_THING = re.compile(
    r"(?:客户|(?:customer|client)'?s?)\s*(?:(?:发来|传来|寄来|提供|给)的|的)?\s*(?:合同|文件|文档|会议|电话|手机|号码|资料|地址|订单|发票|邮箱|名片|微信号?|联系方式|"
    r"名单|列表|信息|数据|问题|报价|拜访|计划|需求|反馈|意见|情况|消息|留言|来电|message|messages|call|calls|"
    r"contract|data|info|"
    r"phone|"
    r"number|address|wechat id|"
    r"order|invoice|email|proposals?|meetings?|reviews?|refunds?|decks?|feedback|quotes?|reports?|files?|documents?|"
    r"complaints?)(?![a-z])", re.IGNORECASE)
_TAKE_GAP = re.compile(r"\s*(?:(?:'s|,|you|the one|同仁|同事|经理|老师|暂时|说她|说他|说|她|他|你|您|愿意|同意|答应|"
                       r"可以|能|想|"
                       r"打算|会|要|将|"
                       r"willing to|happy to|"
                       r"agreed to|offered to|wants to|asked to|来|去|负责|再|也|都|全部|全|先|should|will|can|to|"
                       r"needs?|must|"
                       r"would|now|please|is|are|going|gonna|be|could|shall|may|just|then|i guess|so|also)\s*)*",
                       re.IGNORECASE | re.ASCII)
_FAILED = re.compile(r"not taken over|未接替|没接替|没有接替|没被接替|未成功|没成功|没转成功|没有转成功|"
                     r"转失败|失败|没转过去|再跑|重跑|重新跑|\bdid(?:n'?t| not) (?:move|go|transfer)\b|"
                     r"\b(?:try|run|do)\b.{0,24}\bagain\b|\bre-?run\b|"
                     r"没过去|没转走|未转|"
                     r"被拒|拒绝|剩下|剩余|"
                     r"\b(?:failed|failures?|leftovers?|unassigned|rejected|refused|remaining|"
                     r"retry)\b", re.IGNORECASE | re.ASCII)
_FILLER_BETWEEN = re.compile(r"^[\s的,:]*(?:名下|手上|手里|那边|这边|那里|这里)?[\s的]*(?:所有|全部|全都|都|也|一起|"
                             r"一下|all|of|the|"
                             r"everything)?[\s的]*$", re.IGNORECASE | re.ASCII)


_OUT_IN = re.compile(r"^\W*(□+)\s*(?:is\s+)?out\W+(?:→\s*)?(□+)\s*(?:is\s+)?in\b(?:\W+(?:everything|all|customers|"
                     r"clients|groups|\+|and|,|\s)*)?\W*$")


def _departure_question(s: Spotted) -> Reading | None:
    """"唐晓燕离职了，客户怎么处理": whose customers need a home is said; who takes them is asked."""
    ask = _ARRANGE.search(s.low)
    leaving = _first(cues.LEAVING, s.low)
    who = _ARRANGE_WHO.search(s.low)
    if who is not None and leaving is None:
        ask, leaving = who, Span(who.start(), who.end(), "")  # "贝贝的客户给谁比较好"
    if ask is None or leaving is None or not (cues.CUSTOMERS.search(s.low) or cues.GROUPS.search(s.low)):
        return None
    if cues.NOT_OURS_OBJECT.search(s.low):
        return None
    before = [p for p in s.people if p.end <= leaving.start and not _is_self(p)]
    if not before:
        return None
    scope = _scope(s, before[-1], None, None, _clauses(s.low)) or ["customers"]
    slots: Slots = {"handover": _mention(before[-1]), "takeover": None, "scope": scope, "job": None, "subset": None}
    return Reading("handover", slots, 1, ask.start())


_ARRANGE_WHO = re.compile(r"给谁(?:比较|更)?(?:好|合适)|交给谁(?:好|合适)|谁(?:来)?接(?:比较|更)?(?:好|合适)|"
                          r"\bwho\s+should\s+(?:get|take|inherit)\b", re.IGNORECASE | re.ASCII)
_ARRANGE = re.compile(r"怎么处理|怎么办|如何处理|咋办|咋处理|怎么安排|如何安排|安排一下|处理一下|谁来管|谁管|"
                      r"\b(?:what about|what to do with|what happens to|who will take|who should take)\b",
                      re.IGNORECASE | re.ASCII)


def _thing_after_possessive(s: Spotted, source: PersonSpot | None, marker: Span | None) -> bool:
    """"把金鑫的项目文档交给卓越": something of the person's that is not customers moves."""
    if source is None or marker is None or _receiver_first(marker) or source.end > marker.start:
        return False
    between = re.sub(r"\s*(?:离职|在职)继承\s*[,:]?", "", s.low[source.end: marker.start])  # WeCom's own name for it
    between = cues.STRONG_VERB.sub("", cues.WEAK_VERB.sub("", between))
    return not _FILLER_BETWEEN.match(between)


def _takeover(s: Spotted, markers: list[Span]) -> tuple[PersonSpot | None, Span | None]:
    low = s.low
    verb = _first(cues.STRONG_VERB, low)
    if verb is not None:
        markers = [m for m in markers if m.start >= verb.start] + [m for m in markers if m.start < verb.start]
    answer = _answered_question(s)
    if answer is not None:
        return answer
    successor = re.search(r"(\u25a1+)\s+(?:is|will be|becomes)\s+(?:the\s+)?\u25a1+'s\s+(?:successor|"
                          r"replacement|backup)",
                          low)
    successor = successor or _REPLACEMENT_FOR.search(low) or _REPLACEMENT_IS.search(low)
    if successor is not None:  # "Sean Yip is Ruby Kong's successor", "the replacement for Ruby Kong is Sean Yip"
        if re.match(r"\s+as\b", low[successor.end():]):
            return None, Span(successor.start(), successor.end(), "unclear")  # "… successor as project lead": a role
        heir = next((p for p in s.people if p.start == successor.start(successor.lastindex or 1)), None)
        if heir is not None:
            return heir, Span(heir.end, heir.end, "→")
    left = _left_arrow(s)
    if left is not None:
        return left
    labelled = re.search(r"\u25a1(?:'s|的)\s*(?:clients?|customers?|contacts?|accounts?|groups?|客户|客户群|"
                         r"群)\s*:\s*(\u25a1+)",
                         low)
    if labelled is not None:  # "Victor Pan's clients: Olivia Ren."
        receiver = next((p for p in s.people if p.start == labelled.start(1)), None)
        if receiver is not None:
            return receiver, Span(labelled.start(1), labelled.start(1), "→")
    put = re.search(r"\b(?:get|put|assign|have)\s+(\u25a1+)\s+(?:on|onto)\b", low)
    if put is not None:  # "Get Zhai Jing on Hong Liang's accounts"
        placed = next((p for p in s.people if p.start == put.start(1)), None)
        if placed is not None:
            return placed, Span(put.end(), put.end(), "→")
    vocative = re.match(r"\s*@?(\u25a1+)\s*(?:[,:]|(?=你))", low)
    if vocative and re.search(r"你(?:都|也|就|先)?(?:来|去)?(?:跟|接|负责|管|处理)|归你|给你|交给你|你把.{0,20}接|"
                              r"\byou\b.{0,20}\b(?:take|handle|cover)\b", low):
        # "骆佳，闫峰的客户你来跟": the one addressed takes them
        addressed = next((p for p in s.people if p.start == vocative.start(1)), None)
        if addressed is not None:
            return addressed, Span(vocative.end(), vocative.end(), "take")
    for p in s.people:  # "我想了想还是车晓最合适，你帮我全部转过去吧": the one judged fit takes them
        if _FITS.match(low[p.end:]) and not _possessive(s, p) and not _is_self(p):
            return p, Span(p.end, p.end, "take")
    for p in s.people:
        if _RESPONSIBILITY.match(low[p.end:]) and any(q.end <= p.start and _possessive(s, q) for q in s.people):
            return p, Span(p.start, p.start, "→")  # "X's clients are now Y's responsibility"
    # "由李娜接手" / "让李娜来接" / "Li Na should take over" / "Jason take Cathy Wu clients"
    for found in cues.TAKES_VERB.finditer(low):
        verb = Span(found.start(), found.end(), found.group())
        before = [p for p in s.people if p.end <= verb.start and verb.start - p.end <= 20]
        if before:
            p = before[-1]
            gap = low[p.end: verb.start]
            subject = _subject_before(s, p)
            if subject is not None and (_TAKE_GAP.fullmatch(gap) or (_possessive(s, p) and _SCOPE_GAP.fullmatch(gap))):
                return subject, Span(verb.start, verb.end, "take")  # "李娜替张伟接客户", "李娜把张伟的客户接过来"
            lead = low[max(0, p.start - 3): p.start]
            if re.fullmatch(r"来?(?:负责|跟进|管|对接|承接|照看|照顾|打理|维护)", verb.value) and \
                    not cues.TAKES_LEAD.search(lead) and \
                    not re.match(r"\s*(?:[,.;!?]|$)", low[verb.end:]):
                continue  # "由沈浪负责" hands over; "沈浪负责的客户" only says whose
            if _TAKE_GAP.fullmatch(gap) or \
                    cues.TAKES_LEAD.search(lead):
                if not _possessive(s, p) or cues.TAKES_LEAD.search(lead):
                    return p, Span(verb.start, verb.end, "take")
    for marker in markers:
        if _NOT_THIS_ONE.search(low[max(0, marker.start - 8): marker.start]):
            continue  # "不要转给孙磊", "本来想给孙磊的": the one NOT to receive
        after = [p for p in s.people if p.start >= marker.end and p.start - marker.end <= 24]
        if after and _OWNS_SCOPE.match(s.low[after[0].end:]) and marker.value == "-":
            continue  # "Not Sun Lei - Jiang Xue's customers go to …": a dash before the owner
        if after and _OWNS_SCOPE.match(s.low[after[0].end:]) and marker.value not in ("to", "into", "→"):
            return None, Span(marker.start, marker.end, "unclear")  # "交给李娜的客户群": whose is what?
        after = [p for p in after if not _OWNS_SCOPE.match(s.low[p.end:])]
        if len(after) > 1 and re.fullmatch(r"\s*(?:and|和|与|跟|、|&|\+)\s*", s.low[after[0].end: after[1].start]):
            return None, Span(marker.start, marker.end, "unclear")  # two receivers: which one?
        if not after:
            if re.match(r"\s*(?:我|me|myself)(?![a-z])", low[marker.end:]):
                self_span = re.match(r"\s*(我|me|myself)", s.text[marker.end:], re.IGNORECASE)
                if self_span is None:
                    continue
                start = marker.end + self_span.start(1)
                return PersonSpot(start, start + len(self_span.group(1)), self_span.group(1)), marker
            if re.match(r"\s*(?:她|他|ta(?![a-z])|her\b|him\b)", low[marker.end:]):
                # "我跟戚薇薇聊过了，她愿意接，…把袁立的客户转给她": the one other person named; a guess,
                # so it is confirmed before anything happens
                owners = {_mention(p) for p in s.people if _possessive(s, p) or _leaving_subject(s, p)}
                named = {_mention(p): p for p in s.people if _mention(p) not in owners and not _is_self(p)}
                if len(named) == 1:
                    return next(iter(named.values())), Span(marker.start, marker.end, "pronoun")
            continue
        p = after[0]
        gap = low[marker.end: p.start]
        # "给北京这边的贺一航", "to Key Accounts Peter Ren": a description may stand between
        if len(gap) > 12 and not re.search(r"的|\b(?:team|dept|accounts|department|manager|director|lead|head|"
                                           r"supervisor|executive|specialist|officer|coordinator|consultant)\b", gap):
            continue
        if marker.value in ("给",) and re.match(r"\s*(?:开|建|创建)", low[p.end:]):
            continue  # "给慕容雪开个离职清单": for her, not to her
        return p, marker
    # "移交尹超", "转陆亦可", "交接 卓越", "give Hannah": the receiver right after the verb
    for found in re.finditer(r"(?:交接(?!班)|交结|交节|胶接|浇接|焦接|移交|转交|转移|挪到|转到|划到|迁到|转|"
                             r"交(?!接班)|给|"
                             r"\bwith\b|\bgive\b|\bto\b|\bhand\b|\bsend\b|\bpass\b|\bassign\b|"
                             r"\btransfer\b|\breassign\b|\bmove\b)", low):
        verb = Span(found.start(), found.end(), found.group())
        if verb.value == "with" and not _FAILED.search(low):
            continue
        if _NOT_THIS_ONE.search(low[max(0, verb.start - 8): verb.start]):
            continue
        after = [p for p in s.people if 0 <= p.start - verb.end <= 1
                 and (not _possessive(s, p) or re.match(r"\s*(?:名下|账号下|账户下|(?:那边|那里|那儿|这边)(?!的))",
                                                        s.low[p.end:]))  # "转马俊杰那儿": to him
                 and not re.match(r"\s*(?:开|建|创建|办)", s.low[p.end:])]
        if after and verb.value in _DOUBLE_OBJECT and any(_possessive(s, p) for p in s.people
                                                          if p.start > after[0].end):
            return after[0], verb  # "give Li all of Zhang's customers", "hand Li Zhang's clients"
        if after and verb.value in ("transfer", "reassign", "move") and not any(
                p.end <= verb.start and not _possessive(s, p) for p in s.people) and not any(
                p.end <= verb.start and re.match(r"\s*(?:customers?|clients?|contacts?|groups?)", low[p.end:])
                for p in s.people):
            continue  # "transfer Wang's …" names whose, not who receives
        if after and any(p.end <= verb.start for p in s.people) | bool(s.jobs):
            return after[0], verb
    for marker in markers:
        if _latin_after(s, marker):
            return None, marker
    return None, None


# "X's replacement is Y", "X's successor will be Y"
_REPLACEMENT_IS = re.compile(r"\u25a1+'s\s+(?:new\s+)?(?:successor|replacement|backup)\s+(?:is|will be|:)\s+(\u25a1+)")
# "the replacement for X is Y", "the new owner of X's clients is Y", "replace X with Y", "swap X out for Y"
_REPLACEMENT_FOR = re.compile(r"\b(?:replacement|successor|new owner)\s+(?:for|of|to)\s+\u25a1+(?:'s\s+\w+)?\s+"
                              r"(?:is|will be|=|:)\s*(\u25a1+)|"
                              r"\b(?:replace|swap)\s+\u25a1+\s+(?:out\s+)?(?:with|for)\s+(\u25a1+)")
# Between a receiver and the person he stands in for or takes from: "李娜替张伟接", "李娜把张伟的客户接过来"
_STANDS_IN = re.compile(r"\s*(?:来|去|会|要|先)?\s*(?:替|代|代替|顶替|把|将)\s*")
_SCOPE_GAP = re.compile(r"[\s的]*(?:名下|手上|手里|那边)?[\s的]*(?:所有|全部|全都)?[\s的]*"
                        r"(?:客户群|客户|群|和|跟|与|及|、)*\s*(?:都|全部|也)?\s*")


# --- roles check: each person's own cues, read apart from the choice made above ----------------------
_TAKE_AFTER = re.compile(r"\s*(?:来|去|会|要|将|也|先|will|to|should|can|is|are)?\s*(?:接手|接管|接替|顶替|代替|替换|"
                         r"继承|"
                         r"接(?![受收待到人口单触着下得])|\b(?:take|takes|taking|took)\s+over\b|"
                         r"\b(?:inherit|inherits|replace|replaces|replacing|receive|receives)\b)", re.IGNORECASE)
_REPLACED_AFTER = re.compile(r"(?:接替|顶替|代替|替|replaces|replace|replacing|take over from|takes over from|"
                             r"taking over from|took over from|从|\bfrom)\s*$", re.IGNORECASE)
_BENEFICIARY_BEFORE = re.compile(r"(?:替|代|帮|为|给)\s*$")
_HELPS = re.compile(r"\s*(?:来|去)?\s*帮(?:忙)?\s*|\s+(?:helps?|helping)\s+", re.IGNORECASE)
# "李娜的客户", "Li Na's clients" (not "Li Na's got …"): Li Na owns customers
_OWNS_CUSTOMERS = re.compile(r"\s*(?:'s|'|的|名下的?|手上的?)\s*(?:所有|全部|(?:all\s+)?(?:of\s+)?(?:the\s+|her\s+|"
                             r"his\s+)?)(?:客户|群|customers?|clients?|accounts?|contacts?|groups?|book)",
                             re.IGNORECASE)
_DESCRIBES_NEXT = re.compile(r"(?:了)?的?\s*")
_MARK_GLUE = re.compile(r"[\s'\"@]+$")
# "转苗苗名下": a bare verb before a place under the person
_BARE_TO = re.compile(r"(?:转|移交|转交|转移|交接|挪|划|放|挂|迁)\s*$")
_PLACE_AFTER_NAME = re.compile(r"\s*(?:名下|那边|那里|那儿|这边|手上|手里)")


def _marked(s: Spotted, p: PersonSpot) -> bool:
    """给/to/→/转到 stands right before p (quotes and @ aside)."""
    before = _MARK_GLUE.sub("", s.low[max(0, p.start - 10): p.start])
    return any(m.end() == len(before) for m in cues.TO_MARKER.finditer(before))


def _receives(s: Spotted, p: PersonSpot) -> bool:
    """A cue of its own says p receives: 给/to/→ just before p, a take-over verb after p (not 替p接), p ←."""
    before, after = s.low[max(0, p.start - 8): p.start], s.low[p.end:]
    if _OWNS_SCOPE.match(after):
        return False  # "to Tom's customers": Tom owns them
    took = bool(_TAKE_AFTER.match(after)) and not _possessive(s, p) and not _BENEFICIARY_BEFORE.search(before)
    return _marked(s, p) or took or after.lstrip().startswith("←")


def _leaves(s: Spotted, p: PersonSpot) -> bool:
    """p's own clause says p leaves, no one else named between ("Sean Yip left off" is not Ruby Kong's)."""
    following = min((q.start for q in s.people if q.start > p.start), default=len(s.low) + 1)
    end = min(following, _clause_of(p.start, _clauses(s.low))[1], p.end + 16)
    said = s.low[p.end: end].split("#")[0]  # "#离职" tags the message
    # "接替离职的龙飞", "接管已离职龙飞的客户": the leaving word describes the one named next
    return any(not (end == following and _DESCRIBES_NEXT.fullmatch(said[m.end():]))
               for m in cues.LEAVING.finditer(said))


def _gives(s: Spotted, p: PersonSpot) -> bool:
    """A cue of its own says p gives: p的客户/p's/of/from p (转到p名下 is a place), p leaving, 接替p/replaces p,
    p →, ← p."""
    before, after = s.low[max(0, p.start - 16): p.start], s.low[p.end:]
    owns = _possessive(s, p) and not _marked(s, p) and not (_PLACE_AFTER_NAME.match(after) and _BARE_TO.search(before))
    return (owns or _leaves(s, p) or bool(_REPLACED_AFTER.search(before))
            or before.rstrip().endswith("←") or after.lstrip().startswith("→"))


# "take over for X", "the replacement for X": X is the one being replaced
_STANDS_IN_FOR = re.compile(r"\b(?:over|in|cover(?:s|ing)?|replacement|successor|substitute|backup)\s+for\s*$")


def _roles_disagree(s: Spotted, source: PersonSpot, takeover: PersonSpot) -> bool:
    """The giver chosen has only a receiver's cues, or the receiver only a giver's, or the receiver
    leaves or owns the customers ("张伟 → 李娜，李娜的客户"), or one 帮 the other (who acts for whom?):
    the cues do not settle who gives."""
    def spots(person: PersonSpot) -> list[PersonSpot]:
        return [p for p in s.people if _mention(p) == _mention(person)]
    if _mention(source) == _mention(takeover):
        return False
    first, second = sorted((source, takeover), key=lambda p: p.start)
    if _HELPS.fullmatch(s.low[first.end: second.start]):
        return True  # "李娜帮张伟接客户"
    source_receives = any(_receives(s, p) for p in spots(source))
    source_gives = any(_gives(s, p) for p in spots(source))
    takeover_receives = any(_receives(s, p) for p in spots(takeover))
    takeover_gives = any(_gives(s, p) for p in spots(takeover))
    # the receiver leaves, or is named elsewhere as the one whose customers they are
    owner = any(_leaves(s, p) or (_OWNS_CUSTOMERS.match(s.low[p.end:]) and not _marked(s, p)) for p in spots(takeover))
    # "transfer Wei all customers for Qiu": 'for' may name whom they are for, not whose they are
    for_only = all(re.search(r"\bfor\s*$", s.low[: p.start]) for p in spots(source)) and \
        not _STANDS_IN_FOR.search(s.low[: source.start])
    return (source_receives and not source_gives) or (takeover_gives and not takeover_receives) or owner or for_only


def _receiver_first(marker: Span | None) -> bool:
    """A take-over verb or a left arrow: the receiver stands before it, the giver after."""
    return marker is not None and marker.value in ("take", "←")


def _subject_before(s: Spotted, p: PersonSpot) -> PersonSpot | None:
    """"李娜替张伟接客户": the one before 替/把 takes over; the one after it is stood in for or taken from."""
    earlier = [q for q in s.people if q.end <= p.start]
    if earlier and _STANDS_IN.fullmatch(s.low[earlier[-1].end: p.start]) and not _possessive(s, earlier[-1]):
        return earlier[-1]
    return None


def _left_arrow(s: Spotted) -> tuple[PersonSpot | None, Span] | None:
    """"李娜 ← 张伟的客户", "Li Na <- Zhang Wei": the receiver stands before a left arrow, the giver after."""
    arrow = s.low.find("←")
    if arrow < 0:
        return None
    before = [p for p in s.people if p.end <= arrow and not _possessive(s, p)]
    if "→" in s.low or not before or not any(p.start > arrow for p in s.people):
        return None, Span(arrow, arrow + 1, "unclear")  # arrows both ways, or nobody on one side
    return before[-1], Span(arrow, arrow + 1, "←")


# English verbs that take the receiver first: "send Li Zhang's customers"
_DOUBLE_OBJECT = frozenset({"give", "hand", "send", "pass", "assign"})
# Before a marker: this receiver is the one ruled out ("不要转给孙磊", "别给孙磊了", "not to Sun Lei")
_NOT_THIS_ONE = re.compile(r"(?:(?<!要)不要|别|(?<![要能可])不|不用|而不是|本来想|原本想|原来想|"
                           r"本想)\s*(?:再)?\s*(?:转|交|移|划|分)?\s*$|"
                           r"\b(?:not|don'?t|instead of|rather than)\s*(?:give\s+(?:it|them)\s+)?$", re.IGNORECASE)
_WHO_TAKES = re.compile(r"(?:谁(?:来)?(?:接|接手|负责|跟)|给谁|交给谁|\bwho(?:'s|\s+is|\s+will|\s+should|\s+can)?\s+"
                        r"(?:tak\w*|get\w*|inherit\w*|handl\w*))[^?]*\?\s*", re.IGNORECASE)


# a long absence whose customers someone takes over meanwhile ("请了长假…先让高雅琴接过去")
_AWAY = re.compile(r"长假|产假|病假|休假|陪产假|育儿假|\b(?:maternity|paternity|parental|sick|long)\s+leave\b|"
                   r"\bon leave\b|\bsabbatical\b", re.IGNORECASE)
_FITS = re.compile(r"\s*(?:最|比较|更|挺|很)?(?:合适|适合)(?![吗嘛么?]|\S{0,3}[吗?])")
_RESPONSIBILITY = re.compile(r"\s*(?:'s|的)\s*(?:responsibility|job now|now\b|责任)", re.IGNORECASE)


def _answered_question(s: Spotted) -> tuple[PersonSpot, Span] | None:
    """"她的客户谁接？阎明吧": the person answering the sender's own question receives."""
    m = _WHO_TAKES.search(s.low)
    if m is None:
        return None
    first = next((p for p in s.people if p.start >= m.end()), None)
    if first is None or first.start - m.end() > 2 or _possessive(s, first):
        return None
    return first, Span(m.start(), m.end(), "answer")


def _leaving_subject(s: Spotted, p: PersonSpot) -> bool:
    """"Tang Wen handed in his resignation", "袁立这个月做完就走": the one who leaves."""
    clause = _clause_of(p.start, _clauses(s.low))
    return bool(cues.LEAVING.search(s.low[p.end: clause[1]]) or re.search(
        r"\bresignation\b|辞呈|提了离职", s.low[p.end: clause[1]]))


def _latin_after(s: Spotted, marker: Span | None) -> str | None:
    """"… to lina", "→ amylin": an unrecognized lowercase word right after the marker is the name."""
    if marker is None or _receiver_first(marker):
        return None
    m = re.match(r"[\s(\[<\"'@]*([a-z][a-z0-9_.\-]*[a-z0-9])\b", s.low[marker.end:])
    if m is None or m.group(1) in cues_words():
        return None
    start = marker.end + m.start(1)
    return s.text[start: start + len(m.group(1))]


def cues_words() -> frozenset[str]:
    return _NOT_NAME_WORDS


_SPEAKER = re.compile(r"\s*(?:说|讲|表示|提到|让我|叫我|跟我说|\b(?:says|said|told|asked|mentioned)\b)")
_SOURCE_LABEL = re.compile(r"(?:交接人|离职人|离职交接|原负责人|原跟进人|原对接人|(?<![^\s,;])原)\s*:?\s*$")


def _source(s: Spotted, takeover: PersonSpot | None, marker: Span | None) -> PersonSpot | None:
    receiver = _mention(takeover) if takeover is not None else None
    # the receiver named again after the marker ("…给李娜，李娜那边…") is not a second person
    others = [p for p in s.people if p is not takeover and not _is_self(p)
              and not (takeover is not None and marker is not None and not _receiver_first(marker)
                       and p.start > takeover.start and _mention(p) == receiver)]
    if not others:
        return None
    # "HR 的 Lily 说姜雪下周走", "My manager Tom says …": who says it is not a party to it
    others = [p for p in others if not _SPEAKER.match(s.low[p.end:])] or others
    labelled = [p for p in others if _SOURCE_LABEL.search(s.low[max(0, p.start - 8): p.start])]
    if labelled:
        return labelled[0]  # "交接人：洪亮；接收人：翟静", "原：翟静 新：洪亮"
    possessive = [p for p in others if _possessive(s, p)]
    if _receiver_first(marker):
        assert marker is not None
        after = [p for p in others if p.start >= marker.end]
        if after:
            return after[0]
    if possessive:
        if marker is not None:
            before = [p for p in possessive if p.end <= marker.start]
            if before:
                return before[-1]
            if any(p.end <= marker.start for p in others):
                possessive = []  # "王芳走了…给李娜，李娜那边…": the one named before the marker
        if possessive:
            return possessive[0]
    if marker is not None:
        before = [p for p in others if p.end <= marker.start]
        if before:
            # a pronoun between the person and the marker points back at the leaving subject
            return before[0] if _PRONOUN.search(s.low[before[-1].end: marker.start]) else before[-1]
    return others[0]


def _is_self(p: PersonSpot) -> bool:
    return p.text in ("我", "me", "myself")


def _scope(
    s: Spotted, source: PersonSpot | None, takeover: PersonSpot | None, marker: Span | None,
    clauses: tuple[tuple[int, int], ...],
) -> list[str] | None:
    low = s.low
    anchor = marker.start if marker else (source.start if source else 0)
    keep: list[tuple[int, int]] = []
    main = _clause_of(anchor, clauses)
    keep.append(main)
    if source is not None:
        first = _clause_of(source.start, clauses)
        keep.extend(c for c in clauses if first[0] <= c[0] <= main[0])
        # a short topic clause before it: "客户群那块，王芳的，给李娜"
        keep.extend(c for c in clauses if c[1] <= first[0] and c[1] - c[0] <= 8
                    and not any(c[0] <= p.start < c[1] for p in s.people))
    # "X will replace Y, so give X Y's customers": the two named again are no one new
    parties = {_mention(p) for p in (source, takeover) if p is not None}
    strangers = [p for p in s.people if _mention(p) not in parties]
    for clause in clauses:
        if clause[0] >= main[1]:
            text = low[clause[0]: clause[1]]
            if re.search(r"只|仅|\bonly\b|"
                         r"\bjust\b", text) and (cues.GROUPS.search(text) or cues.CUSTOMERS.search(text)):
                keep = [clause]  # "陈静→何静，只转客户群": only what this clause names
                break
            if (re.search(r"也|一起|都|全部|too|also|as well|\+|和|&|and|everything|\ball\b", text)
                    or _PRONOUN.search(text)) \
                    and not _NEGATED.search(text):
                keep.append(clause)  # "…, please move her customers over"
            elif not _NEGATED.search(text) and not any(clause[0] <= p.start < clause[1] for p in strangers) and (
                    cues.WEAK_VERB.search(text) or cues.STRONG_VERB.search(text) or clause[1] - clause[0] <= 8):
                keep.append(clause)  # "罗家豪→尹晓，客户群", "X replaces Y, move the clients over"
    customers = groups = everything = False
    for start, end in dict.fromkeys(keep):
        text = low[start:end]
        if _NEGATED.search(text) and (start, end) != main:
            continue
        for m in cues.GROUPS.finditer(text):
            if not _negated_at(text, m.start()):
                groups = True
        text_wo_groups = cues.GROUPS.sub(" ", text)
        for m in cues.CUSTOMERS.finditer(text_wo_groups):
            if not _negated_at(text_wo_groups, m.start()):
                customers = True
        everything |= bool(cues.ALL.search(text)) and start == main[0]
    if customers and groups:
        return ["customers", "groups"]
    if groups and _GROUPS_TOO.search(low):
        return ["customers", "groups"]  # "群也一块儿整", "群主转让也一并做了", "连群带人": the groups as well
    if groups:
        return ["groups"]
    if customers:
        return ["customers"]
    if everything:
        return ["customers", "groups"]
    return None


_GROUPS_TOO = re.compile(r"(?<![的户])群(?:主转让|主)?\s*(?:也|一并|一块|一起|顺便|顺带)|连群带人|连人带群|"
                         r"\b(?:groups?|gcs?|group chats?)\s+(?:too|as well)\b|"
                         r"\b(?:also|plus)\s+(?:the\s+)?(?:groups?|gcs?)\b",
                         re.IGNORECASE)
_NEGATED = re.compile(r"先不动|不动|先不|不用|不要|不转|别转|不包括|除了|暂时|保留|留着|\b(?:stay|keep|not|don'?t|"
                      r"no|leave)\b", re.IGNORECASE | re.ASCII)


def _negated_at(text: str, position: int) -> bool:
    after = text[position: position + 16]
    return bool(_NEGATED_AFTER.search(after))


_NEGATED_AFTER = re.compile(r"先不动|暂时先不|不动|^\S{0,6}?(?:不用|(?<!要)不要|不转|先别|别动|暂不|不调整|不做调整|"
                            r"不变|不换)|"
                            r"\bcan stay\b|\bstay\b|"
                            r"\bkeep\b|\bwhere they are\b")
