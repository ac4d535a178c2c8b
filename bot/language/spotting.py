"""Stage 2 of the reader: the message made ready (slash commands, pinyin keywords, typos, line
breaks) and its entities spotted — people, job ids, checklist items, dates — with the position
helpers every stage shares (clauses, possessives, the nearest person or job)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import cues
from .cues import Span
from .dates import find_dates
from .first_chars import skipping
from .intent import IntentName, Slots
from .literal_gate import Cue
from .normalize import normalize
from .people import NOT_NAMES, TITLES_AFTER, TITLES_BEFORE, PeopleSpotter, PersonSpot, is_pinyin_name, recognize_people
from .pinyin_text import han_keywords
from .spelling import correct_han_keywords, correct_keywords
from .text import CJK_CHARS, masked

# Words a Latin "name" is never made of.

NOT_NAME_WORDS = frozenset("""update updates
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
leaving resign resigned quit agreed about nobody someone somebody anyone anybody everyone everybody half rest
remaining sir mr mrs ms
morning good great dear regards best cheers fyi btw new old lead reorg since after before until
have has had ask asks asked tell told out gone gets got put re fw fwd does did expense expenses run runs running
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
christmas xmas easter thanksgiving halloween diwali ramadan add
october november december pick pickup cover handle manage look own switch change
receive receives receiving
going gonna able supposed happy willing ready trying handing passing moving giving assigning transferring
route arrange
wrong turns predecessor colleague teammate grand keen glad free fine pull vip kol kols hcp hcps
assalamu alaikum salam namaste hola
ola obrigado obrigada gracias kkkk beleza
already anyway anyways
ngl fr lol lmao rn tbh idk imo lowkey istg bestie hii hiii
yung sino mga
yo omg pls ty
hocam machan aney hajur yaar bhaiya ciao allora merhaba selam grazie kylla
choose option number dont touch effective starting remind defer task tasks made
jok yox daabi dudu nein khong nahi nahin hapana aydelem mentiras tayyib mayli davai eh comment marche
call bin scratch pull cancel annule annulez annuler cancela cancelame anile stopim huy bilong only
if once because unless bonjour merci salut hallo
""".split())
# Places and organisations a capitalized word may be: "moved to the Shanghai office".
_PLACE_AFTER = re.compile(r"\s+(?:office|branch|team|department|dept|hq|headquarters|store|site|campus|region|"
                          r"group|company|subsidiary)\b", re.IGNORECASE)
PRONOUN = re.compile(r"她|他|ta(?![a-z])|其|\b(?:his|her|their|him|them)\b", re.IGNORECASE | re.ASCII)
_SELF_ZH = re.compile(r"(?<![a-z])(?:我|me|myself)(?![a-z])")
# (the dot of "no.", "Mr.", "Dr." ends no clause)
_CLAUSE = skipping(re.compile(r"[,;!?。，；！？\n]|"
                              r"(?<!\bno)(?<!\bmr)(?<!\bms)(?<!\bdr)(?<!\bmrs)(?<!\bst)\.(?![a-z0-9])|"
                              r"顺便|另外|还有|然后|\band\s+(?:also\s+)?(?=what|show|cancel|"
                              r"his|her)"))
# ("X's leaving", "X's got", "X's okay with it", "X's gunna look after", "X's havin' all", "X's takin over" are
# "X is"/"X has", not possessives)
_IS_OR_HAS = (r"leaving|going|got|gone|taking|out|been|quitting|moving|left|okay|ok|fine|keen|happy|gonna|gunna|"
              r"havin'?|having|takin'?|goin'?|doing|agreed|willing|ready|able|saying)\b")
_POSSESSIVE_AFTER = re.compile(r"^s\s+(?!(?:is|are|was|were|has|have|had|and|to|will|would|should|can|could|"
                               r"leaving|going|got|gone|taking|out|been|quitting|moving|left)\b)|"  # "kemars shippers"
                               r"^\s*(?!'s\s+(?:" + _IS_OR_HAS + ")"
                               r"(?:的(?!话)|嘅|'s|'|名下|手上|手里|那边|这边|那里|那儿|那(?=的)|之前|以前|原来|"
                               r"原先|负责的|跟的|(?:哩|个|格)(?=\s*(?:客户|群|顾客|customers?|clients?))|"
                               r"建的|拉的|创建的|带的|管的|所有的|全部的)")  # ("把温倩所有的都接手了": all of hers)
# "to Tom Hardy's customers": the person after the marker owns what is moved, not receives it.
OWNS_SCOPE = re.compile(r"^s(?=\s)|^\s*(?:'s|'(?!\w)|的\s*(?:客户|群|外部联系人|联系人|customers|clients|"
                         r"groups))", re.IGNORECASE)
_LATIN_TOKEN = re.compile(r"[a-z][a-z0-9_.\-]*[a-z0-9]|[a-z]")
# O'Neill keeps its apostrophe and jianning@corp.com its @; "@李娜" and quotes around a name go
_QUOTES = skipping(re.compile(r"[\"<>()\[\]]|(?<![A-Za-z0-9_.])@|(?<![A-Za-z])'|'(?![A-Za-z])"))


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




def with_han_keywords(text: str, known: list[PersonSpot] | None) -> str:
    """Pinyin keywords back in characters (`pinyin_text`), the people the directory found (`known`; else
    a capitalized Latin name) left as written."""
    if not _PINYIN_LETTERS.search(text):
        return text  # nothing typed in Latin letters: no pinyin to put back
    names = known if known is not None else [
        PersonSpot(m.start(), m.end(), m.group()) for m in _CAPITALIZED.finditer(text)]
    return tighten_cjk(han_keywords(text, names))


_PINYIN_LETTERS = re.compile(r"[a-z]{2}")
_CAPITALIZED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")


def prepare_loose(raw: str) -> str:
    """The message as the stages read it (a slash command spelled out, normalized, keyword typos and pinyin
    keywords corrected), with its spaces around Chinese still there: `tighten_cjk` drops them, `space_breaks`
    says where they stood."""
    raw = _BOT_MENTION.sub(" ", raw)  # "@HandoverBot X调去上海了…": the bot addressed, nobody named
    raw = _RULE_LINE.sub("", raw)  # "- - - - -" under a quoted message separates it, it points nowhere
    raw = _STRUCK.sub(" ", raw)  # "都交给~~公羊素~~ 丘陵老师": a name struck through is taken back
    raw = _STAR_FIX.sub("更正：", raw)  # "…to Hira Butt\n*Mehwish Iqbal": the name after the star puts it right
    raw = _LINE_BREAK.sub(", ", raw)  # a list over several lines: each line a clause, its bullet gone
    raw = _LEARNERS_TO.sub(r"\1\2to", _PINDAH.sub(r"move\1 to", raw))
    # "takin' over", "fixin' to leave", "movin'": the -ing the writer dropped; Scots "takin ower fae X"
    raw = _DROPPED_G.sub(r"\1ing", _SCOTS.sub(lambda m: _SCOTS_WORDS[m.group().lower()], raw))
    raw = _IS_CONTRACTED.sub(r"\1 is ", raw)  # "Bronwyn Tulloch's picking up Darren's clients": she is, not hers
    return correct_keywords(_HAND_OVER.sub("hand over", _slash_command(normalize(raw))))


def space_breaks(loose: str) -> tuple[int, ...]:
    """Where in `tighten_cjk(loose)` the writer had put a space between two Chinese characters, which it closes:
    "转给罗毅 送货群" has one after 罗毅, where no name goes on (`loose`: from `prepare_loose`)."""
    loose = _MENTION_END.sub(r"\1,", loose)
    breaks: list[int] = []
    removed = 0
    for m in _SPACE_BY_CJK.finditer(loose):
        if 0 < m.start() and m.end() < len(loose) and _IS_CJK.match(loose, m.start() - 1) and \
                _IS_CJK.match(loose, m.end()):
            breaks.append(m.start() - removed)
        removed += m.end() - m.start()
    return tuple(breaks)


_BOT_MENTION = re.compile(r"@(?:handover[ _-]?bot|handover[ _-]?assistant|交接助手|交接机器人|交接小助手)"
                          r"(?![A-Za-z0-9_])",
                          re.IGNORECASE)
# Indonesian "pindah (semua) ke" is "move (all) to"; learners' "move the clients of X for Y" means "to" once the
# owner is marked ("transfer X all customers for Y" stays a question: for whom, or whose?)
_PINDAH = skipping(re.compile(r"\bpindah(\s+semua)?\s+ke\b", re.IGNORECASE))
_LEARNERS_TO = skipping(re.compile(
    r"\b((?:move|transfer|give|pass|hand)\b)([^.,;!?]{0,60}?(?:\bof\b|'s\b|\b(?:his|her|their)\b)"
    r"[^.,;!?]{1,40}?\b)"
    r"for\b(?=\s+(?:[A-Z]|@))"))
_STRUCK = re.compile(r"~~[^~\n]{1,40}~~")
_RULE_LINE = skipping(re.compile(r"^[ \t]*(?:[-=_*~—–·.][ \t]*){3,}$", re.MULTILINE))
_SCOTS_WORDS = {"ower": "over", "fae": "from"}
_SCOTS = skipping(re.compile(r"\b(?:ower|fae)\b", re.IGNORECASE))
_STAR_FIX = skipping(re.compile(r"(?m)(?<=\n)\*(?=\s*\S)"))
_DROPPED_G = skipping(re.compile(r"\b([A-Za-z]{2,})in['’](?=[\s,.!?;:]|$)"))
_IS_CONTRACTED = skipping(re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z-]+)['’]s\s+(?=(?:picking|taking|getting|inheriting|"
                                     r"covering|"
                                     r"handling|looking|stepping|going|gonna|leaving|heading|off|out|retiring|quitting)\b"
                                     # ("X's leaving checklist / party / date": hers)
                                     r"(?!\s+(?:checklist|check list|list|party|do|date|form|card|gift|lunch|"
                                     r"drinks)\b))"))
_LINE_BREAK = skipping(re.compile(r"\s*\n+\s*(?:[-*•·]\s+|[-*•·](?=\S)|\d{1,2}[.)、]\s*)?"))
_SPACE_BY_CJK = re.compile(f"\\s+(?=[{CJK_CHARS}])|(?<=[{CJK_CHARS}])\\s+")
_IS_CJK = re.compile(f"[{CJK_CHARS}]")


# A message typed in toneless pinyin ("zou mingxuan de kehu gei yuan mengqi"): its keywords read
# as the Chinese they spell; the names stay Latin (the directory knows their pinyin).
def tighten_cjk(text: str) -> str:
    """"金美玲 离值 客户 交接 给 魏东升" → "金美玲离值客户交接给魏东升"; Latin spacing is kept, and an
    @-mention keeps its end ("@姜雪 彭浩的客户" is not 姜雪彭浩)."""
    return _SPACE_BY_CJK.sub("", _MENTION_END.sub(r"\1,", text))


_MENTION_END = skipping(re.compile(r"(@[\u4e00-\u9fff]+)\s+(?=[\u4e00-\u9fff@])"))


_HAND_OVER = skipping(re.compile(r"\b(?:hadn|hnad|hnd|handd?)\s+(?:over|ovr|oevr|ove)\b", re.IGNORECASE | re.ASCII))
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
def names_one_person(label: str, people: PeopleSpotter | None) -> bool:
    """"鲜于慧" or "Tom Lee" is a person; "交接人", "接手" or "范围" is a field name."""
    text = normalize(label).strip()
    found = people.spot(text) if people is not None else recognize_people(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def spot(text: str, today: dt.date, people: PeopleSpotter | None, found_first: list[PersonSpot] | None = None,
         breaks: tuple[int, ...] = ()) -> Spotted:
    """`found_first`: what `people` already found in this very text, so the directory is not asked twice;
    `breaks`: where the writer's spaces between Chinese characters stood (`space_breaks`)."""
    low = text.lower()
    # A member's name wins over a date or a number inside it (张明天宇, 周一鸣).
    spotted = found_first if found_first is not None else people.spot(text) if people is not None else []
    # "我申请的交接": a member called 申请 right after 我/你/他/她 is the verb, not the person
    spotted = [p for p in spotted if not (p.text in NOT_NAMES and re.search(r"[我你他她]\s*$", tail(text, p.start)))]
    # "…方便的话转给方便": a member called 方便 in "方便的话" (if convenient) is the word
    spotted = [p for p in spotted if not (p.text in NOT_NAMES and text.startswith("的话", p.end))]
    # "今年夏天宋知远…", "所有的交接任务": a member called 夏天 or 任务 after a word it qualifies is the word
    spotted = [p for p in spotted if not ((p.text in NOT_NAMES or p.text in _SEASONS) and _TIME_BEFORE.search(
        tail(text, p.start))) and not (p.text == "任务" and re.search(r"交接\s*$", tail(text, p.start)))]
    known = [Span(p.start, p.end, "") for p in spotted]
    # ("the status of No. 88": a job asked after, not a checklist item)
    items = [i for i in cues.find_items(low) if not _overlaps(i, known) and not _STATUS_OF.search(low, 0, i.start)]
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
        # ("转给罗毅 送货群": a name by its shape does not run on over the space written after it)
        cut = min((b for b in breaks if guess.start + 2 <= b < guess.end and (cut is None or b < cut)), default=cut)
        if cut is not None and cut - guess.start >= 2 and not guess.text.isascii():
            guess = PersonSpot(guess.start, cut, text[guess.start: cut])  # "汪洋明天离职": 明天 is the date
        if _overlaps(Span(guess.start, guess.end, ""), taken + [Span(p.start, p.end, "") for p in found]):
            continue
        if guess.text.endswith("群") and any(m.start() < guess.start and m.end() == guess.end
                                             for m in cues.GROUPS.finditer(low)):
            continue  # "洗车群不转": the end of a group's name (车群 is shaped like a name)
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
        if len(word) < 2 or word in NOT_NAME_WORDS or not (re.search(r"[aeiouy]", word) or userid_like):
            continue
        if _overlaps(Span(spot_.start, spot_.end, ""), taken + [Span(p.start, p.end, "") for p in found]):
            continue
        if people is not None and _LATIN_ROLE_AFTER.match(low[spot_.end:]) and not userid_like and \
                not is_pinyin_name(word) and not re.search(r"(?:→|@|\bto)\s*$", tail(low, spot_.start)):
            continue  # "Burak Demir from elevator maintenance is leaving": the directory knows its people
        if (userid_like and _in_role_position(low, spot_)) or _LATIN_OWNS.match(low[spot_.end:]) or \
                _LATIN_ROLE_AFTER.match(low[spot_.end:]) or (_LATIN_RECEIVER.match(low[spot_.end:]) and \
                re.search(r"(?:给|转|交给|移交|转交|交接)\s*$", tail(low, spot_.start))) or \
                re.match(r"\s*(?:→|'s\b)", low[spot_.end:]) or re.search(r"(?:→|@)\s*$", tail(low, spot_.start)) or (
            re.match(r"[\])>\"' ]*\s*的", low[spot_.end:]) and re.search(r"[\[(<\"'@]\s*$", tail(low, spot_.start))):
            if _is_cue_word(word):
                continue  # "我 submit 的交接"
            if len(word) == 2:  # "emma li →": a two-letter word is a name only with the word beside it
                wide = _widen_latin(text, spot_, found)
                if " " not in wide.text:
                    continue
            found.append(spot_)
    found = [_titled(text, _widen_latin(text, p, found)) for p in found if not _is_place(text, p)]
    found = _with_surnames(text, _without_apposition(low, sorted(found, key=lambda p: p.start)))
    # "cc @Garrett", "抄送：王芳": told, not a party to it
    found = [p for p in found if not _COPIED.search(low[max(0, p.start - 12): p.start])]
    return Spotted(text, correct_han_keywords(masked(low, [(p.start, p.end) for p in found])), found, jobs, items,
                   dates, today)


_STATUS_OF = re.compile(r"\b(?:status|progress)\s+(?:of|on|for)\s+$")
# what comes before a word that a member's name can also be: a year (今年夏天), a this/that (这个周末)
_TIME_BEFORE = re.compile(r"(?:今年|去年|明年|前年|这个|那个)\s*$")
_SEASONS = frozenset("春天 夏天 秋天 冬天".split())
_USERID_SHAPE = re.compile(r"[a-z]{1,12}\d{2,8}")
# "songyq的客户", "yaoyuan 交接进度": a Latin word owning customers or a handover is a userid
_LATIN_OWNS = re.compile(r"\s*的?\s*(?:客户|群|外部|联系人|交接|进度|记录|微信)")
# "jenny zhou is out", "grace wu gets her customers": the subject of a departure or a take-over
# "…转hezj": a Latin word closing the sentence right after a transfer verb receives
_LATIN_RECEIVER = re.compile(r"\s*(?:$|[,.!?;~]|吧|谢谢|thx|thanks|pls|please)")
_LATIN_ROLE_AFTER = re.compile(r"\s+(?:is\s+(?:out|gone|leaving)|has\s+(?:left|resigned|quit)|left|quit|resigned|"
                               r"to\s+(?:take|handle|own|inherit|look\s+after|pick\s+up|cover|get)|"
                               r"gets|takes\s+over|will\s+take|should\s+take|inherits)\b")


def travels_to(before: str) -> bool:
    """The text before a word ends in someone going there ("she is relocating to ", "I'm off to ")."""
    return bool(_TRAVELS_TO.search(tail(before, len(before))))


def _is_place(text: str, p: PersonSpot) -> bool:
    """"the Shanghai office", "moving to Santos office", "I'm off to Australia", "going to study in Portugal": a
    capitalized word naming a place or a team, not a person."""
    return not p.known and p.text.isascii() and bool(
        (_PLACE_AFTER.match(text[p.end:]) and re.search(r"\b(?:the|to|in|at|from)\s*$", tail(text, p.start),
                                                        re.IGNORECASE))
        or (travels_to(text[: p.start]) and not re.match(r"'s?\b", text[p.end:])))


# where someone goes: "I'm moving to …", "she's off to …", "heading out to …", "go back to school in …" (a
# transitive "move" names what moves before its "to": "moving his clients to" is not this); the one who goes is the
# writer or a person's pronoun, as "the accounts are going to Li Na" and "they go to Li Na" hand over
_TRAVELS_TO = skipping(re.compile(
    r"(?:\b(?:i|i'?m|im|i'?ll|he|she|we|he'?s|she'?s|we'?re|one|who)\s+(?:(?:am|is|are|will|be|"
    r"also|just|now|soon|then|probably|gonna|going to)\s+)*"
    r"(?:go|goes|going|gone|went|move|moves|moving|moved|off|back|flying|fly|flies|heading|headed|relocating|"
    r"relocate|returning|return|emigrating)|"
    r"\b(?:heading|headed|flying|flew|relocating|relocated|emigrating|travell?ing)|"
    # "X is off to Melbourne"
    r"\b[a-z][\w'-]*\s+is\s+(?:(?:now|soon|also)\s+)?(?:off|moving|going\s+back|going\s+home))"
    r"\s+(?:(?:back|home|out|over|away)\s+)*(?:to|for)\s+(?:(?:school|college|uni|university|study|work)\s+in\s+)?$|"
    r"\b(?:study|studies|studying|live|lives|living)\s+in\s+$",
    re.IGNORECASE))


_BEFORE_RECEIVER = re.compile(r"(?:[→@]|\bto)\s*$", re.IGNORECASE)


# a title written before a Latin name is part of how the person is named ("Khun Nok", "Mr. Khalid", "P'Prasert")
_TITLE_AFTER = re.compile(r" (?:" + "|".join(sorted(TITLES_AFTER)) + r")(?![A-Za-z])", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]\. ?$")  # "J. Abernathy"
_TITLE_BEFORE = skipping(re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(TITLES_BEFORE)) + r")\.? $|(?<![A-Za-z])p'$",
                                    re.IGNORECASE))


# "邢美玲（工号30562）", "Xing Meiling (emp no. 30562)", "何宝仪（Ho Pou I）": the same person said again
_COPIED = skipping(re.compile(r"(?:\b(?:cc|bcc)\b|抄送)\s*[:：]?\s*@?\s*$", re.IGNORECASE))
_APPOSITION_OPEN = re.compile(r"\s*[(\[]\s*(?:工号|员工号|编号|账号|userid|id|emp(?:loyee)?\.?\s*(?:no|id|#)\.?|"
                              r"staff\s*(?:no|id)\.?)?\s*[:#]?\s*$", re.IGNORECASE)
_APPOSITION_CLOSE = re.compile(r"\s*[)\]]")


# (not its "'s"; McKeown, MacIsaac, Yli-Kovero; with its particles: Le Sueur, de Gruchy, van der Berg — else
# "Philip Le Sueur's" leaves "Sueur's", which the directory may resolve to another Le Sueur)
_SURNAME_AFTER = re.compile(r" ((?:(?:[Ll]e|[Ll]a|[Dd]e|[Dd]u|[Dd]a|[Dd]i|[Dd]el|[Dd]ella|[Vv]an|[Vv]on|[Dd]er|[Dd]en|"
                            r"[Bb]in|[Aa]l|[Ee]l) )*"
                            r"[A-Z](?:[a-z]+|[a-z]{1,2}[A-Z][a-z]+)(?:-[A-Z]?[a-z]+)*(?:'(?!s(?![a-z]))[a-z]+)*)"
                            r"(?![A-Za-z])")


def _with_surnames(text: str, found: list[PersonSpot]) -> list[PersonSpot]:
    """"Courtney Pham's clients" where the directory knows only the alias Courtney (WeCom's user/list
    has one alias, no English name): the surname after it belongs to that member, not to a second
    person. The spot spans it (so "'s" after it still says whose); the mention stays the alias."""
    out: list[PersonSpot] = []
    for p in found:
        if out and p.start < out[-1].end:
            continue  # already folded into the known name before it
        if p.known and p.text.isascii() and " " not in p.text:
            after = _SURNAME_AFTER.match(text, p.end)
            if after and after.group(1).lower() not in NOT_NAME_WORDS and not any(
                    q.known and q.start == after.start(1) for q in found):
                p = PersonSpot(p.start, after.end(), p.text, p.members, True)
        out.append(p)
    return out


def _without_apposition(low: str, found: list[PersonSpot]) -> list[PersonSpot]:
    kept: list[PersonSpot] = []
    for p in found:
        named = kept[-1] if kept else None
        if named is not None and _APPOSITION_OPEN.fullmatch(low[named.end: p.start]) and \
                _APPOSITION_CLOSE.match(low, p.end) and (named.known or not p.known):
            continue  # the name stands; what is in brackets after it only says it again
        kept.append(p)
    return kept


def _titled(text: str, p: PersonSpot) -> PersonSpot:
    if not p.text[:1].isascii() or not p.text[:1].isalpha():
        return p
    title = _TITLE_BEFORE.search(text[max(0, p.start - 6): p.start]) or _INITIAL_BEFORE.search(
        text[max(0, p.start - 4): p.start])
    start = p.start - len(title.group()) if title is not None else p.start
    after = _TITLE_AFTER.match(text, p.end)  # "Usman bhai", "Nusrat apu", "Tanaka san"
    end = after.end() if after is not None else p.end
    if (start, end) == (p.start, p.end):
        return p
    return PersonSpot(start, end, text[start: end], p.members, p.known)


def _widen_latin(text: str, p: PersonSpot, found: list[PersonSpot]) -> PersonSpot:
    """"kevin liu's", "→ tom chen thx": one lowercase word spotted by its position takes the name
    word beside it (a family or given name), never a keyword or another person."""
    if p.known or not p.text.isascii() or " " in p.text or not p.text.islower() or _USERID_SHAPE.fullmatch(p.text):
        return p
    taken = [(q.start, q.end) for q in found if q is not p]
    before = re.search(r"(?<![A-Za-z0-9_.@'])([a-z]{2,12}) $", text[: p.start])
    if before and before.group(1) not in NOT_NAME_WORDS and not _is_cue_word(before.group(1)) and \
            not any(a <= before.start(1) < b for a, b in taken) and not re.search(r"[→@]\s*$", tail(text, p.start)):
        start = before.start(1)
        return PersonSpot(start, p.end, text[start: p.end])
    after = re.match(r" ([a-z]{2,12})(?![a-z0-9_])", text[p.end:])
    if after and after.group(1) not in NOT_NAME_WORDS and not _is_cue_word(after.group(1)) and \
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
    if re.search(r"(?<![a-z])(?:could|can|let|have)\s*$", tail(low, p.start)):
        return True
    return bool(re.search(r"(?:给|→|由|让|查|转|移交|转交|交接|(?<![a-z])(?:to|of|from|for|by|about|on|with|"
                          r"records|history|status|"
                          r"transfer|"
                          r"handover|hand over|move|give|reassign|migrate))\s*[@\[(<\"']*\s*$", tail(low, p.start)))


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
    return bool(re.search(r"(?<![a-z])h\s?-?\s?$", tail(low, d.start)))  # (not the h that ends "Nkansah")


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _clean_latin(spot: PersonSpot) -> PersonSpot | None:
    if not spot.text.isascii():
        return spot
    if spot.text.islower() and " " in spot.text and any(w in NOT_NAME_WORDS for w in spot.text.split()):
        return None  # "can do" spells pinyin too
    words = spot.text.replace("-", " ").split()
    start = spot.start
    while words and words[0].lower() in NOT_NAME_WORDS and not (
        words[0].lower().rstrip(".") in _TITLES and len(words) > 1 and words[1].lower() not in NOT_NAME_WORDS
    ) and not (words[0].lower() in _NAME_LIKE_WORDS and len(words) > 1 and words[1][:1].isupper()):
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in NOT_NAME_WORDS and not (
        len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _NAME_LIKE_WORDS
    ):
        words = words[:-1]
    if not words and spot.start > 0 and " " not in spot.text and spot.text[:1].isupper() and \
            spot.text.lower() in _NAME_LIKE_WORDS:
        return spot  # "Will's customers to May": capitalized inside a sentence, a name
    if not words or any(w.lower() in NOT_NAME_WORDS and w.lower() not in _NAME_LIKE_WORDS for w in words[1:]):
        return None
    joined = " ".join(words)
    offset = start - spot.start  # as written: Anne-Marie keeps its hyphen
    return PersonSpot(start, start + len(joined), spot.text[offset: offset + len(joined)])


# --- helpers ------------------------------------------------------------------------------------
_FIRST: cues.PatternCache[Span] = cues.PatternCache(1024)
_NONE = Span(-1, -1, "")  # (no match, as cached)


def first_span(pattern: Cue, low: str) -> Span | None:
    """The first match of a cue (cached: the stages ask for the same cues of one message)."""
    found = _FIRST.get(pattern, low)
    if found is None:
        m = pattern.search(low)
        found = Span(m.start(), m.end(), m.group()) if m else _NONE
        _FIRST.put(pattern, low, found)
    return None if found is _NONE else found


@lru_cache(maxsize=256)
@lru_cache(maxsize=256)  # asked again and again of the same message by every stage
def split_clauses(low: str) -> tuple[tuple[int, int], ...]:
    bounds, cursor = [], 0
    for m in _CLAUSE.finditer(low):
        if m.start() > cursor:
            bounds.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(low):
        bounds.append((cursor, len(low)))
    return tuple(bounds) or ((0, len(low)),)


def clause_of(position: int, clauses: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    for start, end in clauses:
        if start <= position < end:
            return start, end
    return clauses[-1]


def sentence_start(text: str, end: int | None = None) -> int:
    """Where the last sentence of `text[:end]` starts: after its last full stop, ! or ? (not one that ends it)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, len(text) if end is None else end)), default=0)


_SENTENCE_END = skipping(re.compile(r"[.!?](?=\s+\S|[\u4e00-\u9fff\u25a1])"))


def tail(text: str, end: int) -> str:
    """The 40 characters before `end`: all a "…$"-anchored look back needs, without rescanning the
    whole message from every position."""
    return text[max(0, end - 40): end]


def mention(p: PersonSpot) -> str:
    return _unquoted(p.text)


@lru_cache(maxsize=4096)
def _unquoted(text: str) -> str:
    return _QUOTES.sub("", text).strip()


def nearest_person(s: Spotted, position: int, *, within: tuple[int, int] | None = None) -> PersonSpot | None:
    pool = [p for p in s.people if within is None or within[0] <= p.start < within[1]]
    if not pool:
        return None
    return min(pool, key=lambda p: min(abs(p.start - position), abs(p.end - position)))


def job_near(s: Spotted, position: int) -> Span | None:
    if not s.jobs:
        return None
    return min(s.jobs, key=lambda j: abs(j.start - position))


# (le, la, el: "annule le 7274", "cancela el 7670")
_BY_THE_CUE = re.compile(r"\s*(?:(?:with|of|on|for|about|in|to|the|everything|job|prog|progress|status|#|了|掉|"
                         r"le|la|el|transfer|handover)\s*)*")


def bare_job_id(s: Spotted, cue: Span) -> str | None:
    """"cxl 1255", "status 12": a lone number right by the cue is a job id."""
    numbers = cues.bare_numbers(s.low, s.items + s.dates)
    if len(numbers) == 1 and numbers[0].start <= 2:
        return numbers[0].value  # "3174不敢转了，给咱取消了": the message opens with the job it is about
    near = [n for n in numbers if _BY_THE_CUE.fullmatch(s.low[cue.end: n.start]) or abs(cue.start - n.end) <= 3]
    if len(near) == 1 and len(numbers) == 1 and _BY_THE_CUE.fullmatch(s.low[cue.end: near[0].start]):
        # "Cancel 30481 please, and put …", "what happened to 5867? still pending no?": the one number, the cue's
        return near[0].value
    return near[0].value if len(near) == 1 and len(s.low) <= 40 else None


def is_possessive(s: Spotted, p: PersonSpot) -> bool:
    if _POSSESSIVE_AFTER.match(s.low[p.end:]):
        return True
    if re.search(r"\bfor\s*$", tail(s.low, p.start)) and re.match(r"\s+to\b", s.low[p.end:]):
        return False  # "possible for Victor Pan to take over …": the one who acts
    # (Tagalog "ni" / "ng kay" before a person: of — "clients ni X", "lahat ng kay X")
    return bool(re.search(r"(?:\b(?:of|from|for|on|about|everything|whatever|ni|ng\s+kay)|从)\s*$",
                          tail(s.low, p.start)))
