"""Stages 2–5 of the reader: spot entities, score intents, assign roles, decide.

`read(text, today=…, people=…)` returns the `Intent` a message asks for, or None when no intent
has enough evidence (the ordered whole-message rules in `parser.py` then get their turn).

- spot (`spotting.py`): people (the directory's matcher, else the recognizer), job ids, checklist
  items, dates, scope words, verbs and direction markers, the cue words of each intent (`cues.py`);
- score: every intent whose cues are present makes a reading with a strength (4: cue and its
  argument in the structure the intent needs … 1: a cue alone); negative cues veto (a 取消 of a
  meeting, keys handed over); the strongest reading wins, the earliest on a tie — in a message
  with two requests the first is answered. The handover reading is here; the others are in
  `other_intents.py`, what a handover moves in `scope.py`;
- roles (`roles.py`): the receiver is the person after a direction marker (给, to, →) or before a take-over
  verb (由李娜接手, Li take over); the person handing over is the possessive one (X的客户, X's,
  of/from X), else the one named before the marker, else the subject of a leaving clause
  (她/his point back to it);
- decide: a reading missing a slot is still returned (the handler asks for the slot).
"""

from __future__ import annotations

import datetime as dt
import re

from . import cues
from .bare import bare_pair
from .chat_log import unfold
from .cues import Span, spans
from .first_chars import skipping
from .forms import form_roles, unfold_table
from .intent import Intent, Slots
from .intent_model import best_guess
from .other_intents import (
    handover_asked_about,
    read_cancel,
    read_checklist,
    read_checklist_view,
    read_help,
    read_list,
    read_offboard,
    read_records,
    read_status,
)
from .people import PeopleSpotter, PersonSpot
from .roles import (
    AWAY,
    FAILED,
    corrected,
    is_self,
    latin_after,
    latin_spot_after,
    one_of_two,
    owner_put_right,
    pair_asked,
    quoted_speaker,
    receiver_first,
    replaced,
    roles_disagree,
    ruled_out,
    ruled_person,
    same_member,
    source_of,
    takeover_of,
    turned_down,
)
from .scope import field_scope, read_scope, scope_put_right
from .spotting import (
    OWNS_SCOPE,
    Reading,
    Spotted,
    clause_of,
    first_span,
    is_possessive,
    mention,
    names_one_person,
    prepare_loose,
    sentence_start,
    space_breaks,
    split_clauses,
    spot,
    tail,
    tighten_cjk,
    with_han_keywords,
)
from .text import detect_language, masked

# 的 as said in Yunnan, Guizhou, Henan and Wu (普春燕哩鲜切花客户, 符春雷嘞延保客户, 龚福根个学校客户), only right after
# a member the directory knows and before more Chinese: elsewhere 哩/嘞/滴 end a clause ("给者丽华嘞，")
_DIALECT_OF = re.compile(r"[哩嘞滴咧](?=[\u4e00-\u9fff])|个(?=[\u4e00-\u9fff])(?!人|月|星期|礼拜|小时|钟头|把)")


def spotted(raw: str, *, today: dt.date, people: PeopleSpotter | None = None) -> Spotted | None:
    """Stages 1–2: the message normalized and its entities spotted (None when nothing is left)."""
    raw = unfold_table(raw) or raw  # a spreadsheet row pasted under its header
    loose = prepare_loose(unfold(raw, lambda label: names_one_person(label, people)) or raw)
    prepared, breaks = _kept_back_after_a_space(tighten_cjk(loose), space_breaks(loose))
    known = people.spot(prepared) if people is not None else None
    if known and people is not None and (kept := _kept_back_after_a_name(prepared, known)) != prepared:
        prepared, known = kept, people.spot(kept)
    if known:
        prepared = _DIALECT_OF.sub(lambda m: "的" if any(p.end == m.start() for p in known) else m.group(), prepared)
    text = with_han_keywords(prepared, known)  # "ba zhang wei de kehu zhuan gei li na"
    if not text:
        return None
    if text != prepared:
        return spot(text, today, people)  # (pinyin read as characters: the writer's spaces are elsewhere now)
    return spot(text, today, people, known, breaks=breaks if people is None else ())


def _kept_back_after_a_space(prepared: str, breaks: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """`prepared` with a comma where the writer's space starts a clause that keeps a kind back
    ("只转群给邸红英 客户不动": closed up, 邸红英客户不动 reads as her customers moving), and the spaces' places
    (`breaks`) after it."""
    return _comma_before_kept(prepared, breaks, breaks)


def _kept_back_after_a_name(prepared: str, known: list[PersonSpot]) -> str:
    """`prepared` with a comma where a member's name runs straight into a clause that keeps a kind back
    ("转给顏子瑩客户不动")."""
    return _comma_before_kept(prepared, tuple(p.end for p in known), ())[0]


def _comma_before_kept(prepared: str, places: tuple[int, ...], breaks: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    for at in sorted({at for at in places if _KEPT_CLAUSE.match(prepared, at)}, reverse=True):
        prepared = prepared[:at] + "," + prepared[at:]
        breaks = tuple(b + 1 if b >= at else b for b in breaks)
    return prepared, breaks


_KEPT_CLAUSE = re.compile(r"(?:客户群?|群|好友)(?:先|就|暂时|暂|都)?"
                          r"(?:不动|不转|别动|别转|不用动|不用转|不要动|不要转|莫动|留着|保留|暂不)")


def read(raw: str, *, today: dt.date, people: PeopleSpotter | None = None) -> Intent | None:
    s = spotted(raw, today=today, people=people)
    return read_spotted(s, raw) if s is not None else None


def read_spotted(s: Spotted, raw: str) -> Intent | None:
    """Stages 3–5 over a message already spotted (`raw` as written, for its language)."""
    stages = (read_checklist, read_checklist_view, read_cancel, read_list, read_records, read_status, read_offboard,
              _handover, read_help)
    readings = [r for r in (stage(s) for stage in stages) if r is not None]
    if not readings:
        return None
    best = max(readings, key=lambda r: (r.strength, -r.position))
    return Intent(intent=best.intent, slots=best.slots, lang=detect_language(raw), unsure=best.unsure)


# --- handover -----------------------------------------------------------------------------------
# "不是给X，改成给Y", "接收人换成Y", "actually not X — make it Y instead": a follow-up naming only the new receiver
_CORRECTION = skipping(re.compile(
    r"(?:接收人|接手人|受让人|继承人)?(?:改成|换成|改为|改给|换给)\s*(?:给|由)?\s*(\u25a1+)|"
    r"\bnot\s+\u25a1+\W+(?:the\s+)?(?:receiver|recipient|new owner)\s+(?:is|should be)\s+"
    r"(\u25a1+)|"
    r"\b(?:make it|change (?:it|the (?:receiver|recipient|new owner)) to|switch (?:it )?to)\s+"
    r"(\u25a1+)(?=.*\binstead\b|.*\bnot\b)|\b(?:actually|sorry|correction)\b.*\b(?:make it|should "
    r"be|to)\s+(\u25a1+)", re.IGNORECASE))


RULED_OUT = re.compile(r"(?:不是|别|不要|不)\s*(?:给|由|转给|交给)?\s*$|\b(?:not|instead of)\s*$", re.IGNORECASE)


def _correction(s: Spotted) -> Reading | None:
    found = _CORRECTION.search(s.low)
    if found is None or cues.NOT_OURS_OBJECT.search(s.low) or MONEY.search(s.low):
        return None  # "会议改成给李娜主持": something else changes hands
    start = next(found.start(g) for g in range(1, (found.lastindex or 1) + 1) if found.group(g))
    receiver = next((p for p in s.people if p.start == start), None)
    if receiver is None:
        return None
    others = [p for p in s.people if mention(p) != mention(receiver)]  # ("是冀北辰，…改给冀北辰": one person)
    if s.jobs or not all(RULED_OUT.search(s.low[max(0, p.start - 6): p.start]) for p in others):
        return None  # "易梦那几个群，群主换成X", "H-3340里失败的客户改给X": someone else's, the full reading
    said = read_scope(s, None, receiver, None, split_clauses(s.low))
    return Reading("handover", {"handover": None, "takeover": mention(receiver), "scope": said or ["customers"],
                                "job": None, "subset": None, "amend": "takeover"}, 2, start)


def _fullest(s: Spotted, p: PersonSpot, other: PersonSpot | None) -> str:
    """"Heather Collins … move Heather's clients": the fullest name the message gives that member (as
    written where the other role names the same member: that is for the handler to refuse)."""
    if other is not None and other.known and p.known and other.members == p.members:
        return mention(p)
    if not p.known:
        return _full_name(s, mention(p), before=p.start) or mention(p)
    same = [q for q in s.people if q.known and q.members == p.members]
    return mention(max(same, key=lambda q: len(mention(q)), default=p))


def _full_name(s: Spotted, first: str | None, *, before: int | None = None) -> str | None:
    """"Heather" after "Heather Collins": the one full name said before that starts with it, else `first`."""
    if not first:
        return first
    end = len(s.low) if before is None else before
    fuller = {mention(q) for q in s.people if q.known and q.start < end and " " in mention(q)
              and mention(q).lower().split()[0] == first.lower()}
    return fuller.pop() if len(fuller) == 1 else first


def _pair_reading(s: Spotted, source: PersonSpot, takeover: PersonSpot, *, unsure: bool = False) -> Reading:
    """A handover whose two people are all the message says: its scope words, or customers."""
    said = read_scope(s, source, takeover, None, split_clauses(s.low))
    scope = said or (["customers", "groups"] if cues.ALL.search(s.low) else ["customers"])
    return Reading("handover", {"handover": mention(source), "takeover": mention(takeover), "scope": scope,
                                "job": None, "subset": None}, 3, 0, unsure=unsure)


_SCOPE_PUT_RIGHT = skipping(re.compile(r"(?:范围|範圍|scope)\s*(?:不对|错了|错|勿对|唔啱|is wrong)", re.IGNORECASE))
_AFTER_WHAT_MOVES = re.compile(rf"\b(?:{cues.WHAT_MOVES_EN}|contacts?|owners?|everything|all|anything)\s*$")
_ONE_NAME = re.compile(r"\s*\u25a1+\s*")  # (under X to Y: only the owner's name between)


# a receiver said only as a pronoun: "put them on him", "give them to her", "转给她"
_TO_PRONOUN = re.compile(r"\b(?:to|on|onto|unto|over to)\s+(?:her|him)\b(?!\s*(?:'s|own)\b)|"
                         r"\b(?:give|hand|pass|send)\s+(?:her|him)\b(?=\s+(?:her|his|all|the)\b)|(?:给|予|畀)\s*(?:她|他)"
                         r"(?!们|的|说|讲|自己)")


# (with a comma first, "给A，不是给B" turns B down: read as such)
_TWO_RECEIVERS_ONE_DENIED = skipping(re.compile(r"(?:给|(?<![a-z])to)\s*\u25a1+\s*"
                                                r"(?:[唔不]系|不是|(?<![a-z])(?:no|nope|not)(?![a-z]))\W*(?:给|(?<![a-z])to)\s*\u25a1"))
_NOT_TO = re.compile(r"\b(?:not|never)\s+(?:to|for)\s+$|(?:不是|别|不要|不)\s*(?:给|转给|交给)\s*$")
_STANDS_IN_FOR = re.compile(r"(?:\b(?:for|from|replac(?:e|es|ing))|顶|接替|代替)\s*$")


def _handover(s: Spotted) -> Reading | None:
    low = s.low
    if _THANKS_DONE.match(low):
        return None  # "谢谢！X的客户都转好了，辛苦": thanks for one done
    strong = first_span(cues.STRONG_VERB, low)
    if strong is not None and _WHEN.match(low[strong.end:]):
        return None  # "唐文交接的时候徐悦不在": a time, not a request
    markers = spans(cues.TO_MARKER, low)
    # "les clients à Gilles vont à Chantal", "move everything under X to Y": an à or an under right after what moves
    # says whose, where another marker follows
    markers = [m for m in markers if not (m.value in ("a", "under") and _AFTER_WHAT_MOVES.search(low[: m.start])
                                          and any(n.start > m.end and (m.value == "a" or _ONE_NAME.fullmatch(
                                              low, m.end, n.start)) for n in markers))]
    weak = first_span(cues.WEAK_VERB, low)
    # "客户要求换对接人吗": a 负责/对接 that no 由/让 leads and no clause ends names no one who takes over
    takes = next((Span(m.start(), m.end(), m.group()) for m in cues.TAKES_VERB.finditer(low)
                  if not re.fullmatch(r"来?(?:负责|跟进|管|对接|承接|照看|照顾|打理|维护)", m.group())
                  or re.search(r"[由让请叫]", low[max(0, m.start() - 8): m.start()])
                  or re.match(r"\s*(?:[,.;!?]|$)", low[m.end():])), None)
    if cues.START_OFFBOARDING.search(low) and not (cues.CUSTOMERS.search(low) or cues.GROUPS.search(low)):
        return None  # "X下周一最后一天，接替她的是Y，帮忙发起离职": an offboarding with its successor, asked to start
    out_in = _OUT_IN.match(low)
    if out_in and len(s.people) == 2:  # "Chloe Chen out, Mia Liu in"
        return _pair_reading(s, s.people[0], s.people[1])
    correction = _correction(s)
    if correction is not None:
        return correction
    form = form_roles(low, s.people)
    if form is not None and (_WEAK_FIELD.search(low) is None or cues.CUSTOMERS.search(low) or cues.GROUPS.search(low)):
        # "交出方：邝美华 / 接收方：阙红" ("姓名：X / 接任：Y" alone is an offboarding); "…接收人 Y\n接收人改成Z"
        reading = _pair_reading(s, form[0], corrected(s, form[1]))
        # ("范围：项目群（客户已单独处理）": the field says what moves, unless a line below says it is wrong:
        # "范围：客户+群 / 范围不对，群不转，只转客户")
        said = field_scope(low) if not _SCOPE_PUT_RIGHT.search(low) else None
        return reading if said is None else Reading("handover", {**reading.slots, "scope": said}, reading.strength,
                                                    reading.position, unsure=reading.unsure)
    pair = bare_pair(low, s.people) if not any(is_self(p) for p in s.people) else None
    if pair is not None:  # "秦岚 给 贺子健", "原：翟静 新：洪亮"
        return _pair_reading(s, pair.source, pair.takeover, unsure=not pair.sure)
    if strong is None and not markers and weak is None and takes is None and "←" not in low:
        asked = pair_asked(s)
        either = one_of_two(s, asked[1]) if asked is not None else None
        if asked is not None and either is not None:
            return _pair_reading(s, asked[0], either[0])  # "X's clients, A or B?\nA, B is full": answered
        return _departure_question(s)
    clauses = split_clauses(low)
    takeover, marker = takeover_of(s, markers)
    if marker is not None and marker.value == "unclear":
        return None
    if marker is not None and marker.value == "answer":
        marker = Span(marker.start, marker.end, "→")  # answered question: as explicit as an arrow
    either = one_of_two(s, takeover)  # "go to 纳新 or 妥当? … so let's do 妥当"
    if either is not None:
        takeover = either[0]
    named = takeover
    if takeover is not None and marker is not None and either is None:
        takeover = corrected(s, takeover)  # (an or-question's 还是给B is no correction: the pair decided)
    taken_back = frozenset(either[1]) if either is not None else frozenset()
    if takeover is not None and takeover is not named:  # ("喊X接——不对不对，X忙不赢，还是喊Y接": Y gives nothing)
        taken_back |= {mention(takeover)}
    if takeover is not None and is_self(takeover):
        speaker = quoted_speaker(s, takeover)  # "谭晓溪跟我讲：“…我来接”": the 我 in a quote is who said it
        if speaker is not None:
            takeover = named = speaker
    source = source_of(s, named, marker, taken_back)
    # (only as receiver: roles.ruled_out also counts "房东（人名，不是房东家）", who still gives)
    if source is not None and not is_possessive(s, source) and _NOT_TO.search(tail(low, source.start)):
        source = None  # "my clients to Y please, not to Z": the one turned down as receiver gives nothing
    for wrong, right in replaced(s):  # "把阮秀英的群转给晏飞——不是阮秀英，是阮秀芬；也不是晏飞，是晏飞鸿"
        if source is not None and mention(source) == mention(wrong):
            source = right
            if takeover is not None and mention(takeover) == mention(right) and named is not None:
                takeover = named  # ("龚建兴个客户转拨季秀棉——打错字哉，是龚建新": the giver put right)
        elif takeover is not None and mention(takeover) == mention(wrong):
            takeover = right
    if takeover is not named and takeover is not None and source is not None and \
            mention(takeover).lower().startswith(mention(source).lower() + " "):
        # "Transfer Neha's customers to Vikram. Correction: Neha Joshi, not Neha Kulkarni": whose, made exact
        source, takeover = takeover, named
    if source is not None and marker is not None and source.end <= marker.start:
        source = corrected(s, source, before=marker.start, owner=True)  # "把邝敏的，呃不是邝敏，是邝颖的客户"
    if source is not None and takeover is not None and takeover is named and source.end <= takeover.start:
        source = owner_put_right(s, takeover) or source  # "把X的客户转给Y 说错了 是Z的": Z's customers
    scope = read_scope(s, source, takeover, marker, clauses)
    field = field_scope(low, longest=24) if not _SCOPE_PUT_RIGHT.search(low) else None
    scope = field or scope_put_right(low) or scope  # "handover：A → B，范围：全部": the scope field says what moves
    failed = bool(FAILED.search(low))
    job = s.jobs[0].value if s.jobs and failed else None
    if job is not None and takeover is None and re.search(r"哪些|哪几个|多少|\b(?:which|how many)\b|[?？]", low):
        return None  # "H-7709 哪些客户没转过去": asks about the failures, retries nothing
    if failed and not s.jobs:  # "the customers that didn't move in 7702 → Gu Lan"
        numbers = [n for n in cues.bare_numbers(low, s.items + s.dates)
                   if re.search(r"(?:\b(?:in|of|from)|里|中)\s*$", tail(low, n.start))
                   or re.match(r"\s*(?:里|中)?\s*(?:失败|没转|没过去)", low[n.end:])]
        job = numbers[0].value if len(numbers) == 1 else None
    here = clause_of(marker.start, clauses) if marker is not None else (0, len(low))
    if not failed and any(here[0] <= j.start < here[1] or (source and clause_of(source.start, clauses)[0] <= j.start <
                                                           clause_of(source.start, clauses)[1]) for j in s.jobs):
        return None  # a handover with a job id is the failed-customers form; else it is about that job
    says_scope = scope is not None
    if says_scope and not any(w.search(SCOPES_THING.sub(" ", low)) for w in (cues.CUSTOMERS, cues.GROUPS, cues.ALL)):
        says_scope = False  # "hand the report over to X before the client review": no customer moves
    org = _ORG_MOVE.search(low)
    if source is None and _SENT_DOCUMENT.search(low):
        return None  # "can u send the customer list to X by email": a file about customers is sent, nobody's move
    if not says_scope and _TO_A_PLACE.search(low):
        return None  # "move Gethin's horse to stable 4": a thing moves to a numbered place
    if not says_scope and org and (marker is None or clause_of(org.start(), clauses) == here):
        # "transfer Bella Xu to the Shanghai team": the person moves, not customers (a move told as the reason,
        # "X调去总部了，她名下的患者转给Y", is no such move)
        return None
    verb = strong or weak or takes
    if verb is None and marker is None:
        return None
    if takeover is None and verb is not None and _HELD_BACK.search(tail(low, verb.start)):
        return None  # "don't move Gideon's accounts yet", "先别转陈静的客户": held back, nothing to file or ask
    if verb is None and not says_scope and _LETTER_HEAD.match(low):
        return None  # "From Pu Xiaodan to Shang Yuqing: thanks for the help!" heads a note
    # What is moved must be customers/groups or a person's: keys, files, a person's weekly
    # report are not ours.
    # 周报 and 车位 are things even when they look like names; 钱卫东的客户 is a person's
    plain = masked(s.text.lower(), [(p.start, p.end) for p in s.people
                                    if p.known or OWNS_SCOPE.match(s.low[p.end:]) or is_possessive(s, p)])
    heading = _HEADING.match(plain)
    if heading is not None and "□" not in heading.group():  # "Furniture export desk: …": a label, not what moves
        plain = " " * heading.end() + plain[heading.end():]
    moved = plain[: marker.start] if marker is not None and not receiver_first(marker) else plain
    if not says_scope and names_a_thing(moved):
        return None
    trade_word = False  # "X's shippers go to Y": a word for her customers the rules do not know, or a thing of hers?
    # "易安那边把灵堂布置转交给蹇志勇负责": with 负责 after the receiver, what moves stands before the 给 before him
    handed_at = next((m for m in markers if takeover is not None and 0 <= takeover.start - m.end <= 1), marker) \
        if marker is not None and marker.value == "take" else marker
    if not says_scope and _thing_after_possessive(s, source, handed_at):
        intent, probability = best_guess(s.text)
        if intent != "handover" or probability < _TRADE_WORD_SURE or takeover is None:
            return None
        trade_word = True  # the learned model reads a handover: asked as a guess, never filed straight away
    # where the receiver is given: the marker, or the 给 before a receiver who then takes over ("转给聂志远跟进")
    given_at = None if marker is None or marker.value in ("→", "←") else marker.start if marker.value != "take" \
        else next((m.start for m in markers if takeover is not None and 0 <= takeover.start - m.end <= 1), None)
    if given_at is not None:
        here = clause_of(given_at, clauses)
        before_marker = plain[here[0]: given_at]
        if not re.search(r"[\u4e00-\u9fffa-z]{2}", re.sub(r"\u25a1+|先|再|都|全|把|请|麻烦|帮忙", "", before_marker)):
            # "…物业客户报修的电梯，转给Y去看": the clause gives nothing to move; what moves was said before it
            earlier = [c for c in clauses if c[1] <= here[0]]
            if earlier:
                before_marker = plain[earlier[-1][0]: given_at]
        thing = max((m.end() for m in cues.NOT_OURS_OBJECT.finditer(before_marker)), default=-1)
        scoped = max((m.end() for w in (cues.CUSTOMERS, cues.GROUPS) for m in w.finditer(before_marker)), default=-1)
        if thing > scoped:
            # "那台试驾车的钥匙先给冷月，车主下午来提车", "把学员家长的退费单交给暨建国": the last thing named
            # before the 给 is what moves; the customers only describe it
            return None
    if marker is not None and cues.NOT_OURS_OBJECT.match(plain, marker.start, marker.end + 6):
        return None  # "卓越交接完工作就走": the verb's own object is something else
    if receiver_first(marker) and source is not None and takeover is not None and source.start > takeover.start and \
            cues.NOT_OURS_OBJECT.match(_STAND_IN_GLUE.sub("", plain[source.end: source.end + 10])):
        return None  # "李娜代替张伟去拜访客户", "李娜顶替张伟值班": stands in for a visit, a shift
    if takeover is not None and _TO_A_PLACE_OF.match(low, takeover.end - 1):
        return None  # "那批龙虾先转给粘海鹰档口", "再转给鲍立群的店": goods sent to someone's stall or shop
    if takeover is not None and cues.NOT_OURS_OBJECT.match(_ROLE_GLUE.sub("", plain[takeover.end: takeover.end + 10])):
        return None  # "把这个群转给卓越管理员权限": what the receiver gets is not customers
    if any(_THING_FIRST.match(low, m.end()) for m in _GIVE_SOMEONE.finditer(low)):
        return None  # "give Rigoberto the loaner phone for the customer …": a thing given to him
    acting = marker or strong or weak or takes
    if source is not None and acting is not None and is_possessive(s, source) and \
            clause_of(source.start, clauses) == clause_of(acting.start, clauses) and \
            names_a_thing(_OWNER_GLUE.sub("", plain[source.end: source.end + 28]), at_start=True):
        return None  # "move Nina Qiu's meeting with the client to Friday": her meeting moves
    if SCOPES_THING.search(moved, sentence_start(moved)):
        # "把客户的合同转给法务": the customer's contract, not the customer (in the request's own sentence: "她那边客户
        # 消息一直没人回…。先把她的客户转给Y" tells why)
        return None
    if _INTRODUCED.search(low):
        return None  # "把孙建平引荐给刘晓梅的大客户": an introduction, nothing moves
    if strong is None and (_SEATED.search(low) or _VISIT_HOSTED.search(low)):
        return None  # "X坐在Y旁边，有客户来访直接找他们", "X的客户下周来考察，Y负责接待": where people sit, who hosts
    if MONEY.search(low):
        return None  # "给郑海涛转2000块，他垫付了请客户吃饭的钱": money moves
    by_hand = _BY_HAND.search(low)
    if by_hand is not None and strong is None and not _CUSTOMERS_JUST_BEFORE.search(low, 0, by_hand.start()):
        return None  # "学员落下的 regulator 拿给 X", "那个件转寄给X", "锦旗已转呈X": a thing carried or posted
    verbs = [m for w in (cues.STRONG_VERB, cues.WEAK_VERB) for m in w.finditer(low)] \
        if cues.NOT_OURS_OBJECT.search(low) else []  # (no thing named, nothing to check)
    if verbs and all(_THING_FIRST.match(low[m.end(): m.end() + 32]) for m in verbs):
        return None  # "transfer her referral bonus with this month's salary": every verb's object is a thing
    if _ORDERED_BY.search(plain):
        return None  # "毛利订的那批松茸转给金山那家餐厅了": what someone ordered goes somewhere
    if _CHILD_MOVED.search(low):
        return None  # "能不能把她闺女从X的班转到Y的班": a child changes class, nobody's customers move
    if _OUTING.search(low):
        return None  # "taking Kylie Burns' clients out for a barbie": a day out, nobody's customers move
    if _CUSTOMER_LEAVES.search(low):
        return None  # "有个客户说要 transfer 到竞争对手那边去了": the customer moves away; "Add X to the … chat"
    if _NOT_A_MOVE.search(plain) and strong is None:
        return None  # "把X名下的客户导出一份Excel给我": a list exported; "老客户转介绍了一个朋友": a referral
    if _ANNOUNCEMENT.search(low) and strong is None:
        return None  # "在客户群发个群公告：售后由X对接": the wording of a notice, nobody's customers move
    if _SOCIAL_MEDIA.search(low) and strong is None:
        return None  # "给甘雨那几个客户的朋友圈点个赞": a like on a customer's post
    if _COMPLAINT.search(low) and strong is None and not _HER_CUSTOMERS_MOVED.search(low):
        return None  # "客户周女士投诉…@叶知秋 你跟进一下": a complaint to follow up, nobody's customers move
    if _NO_HANDOVER_ACT.search(plain) and (strong is None or _HANDOVER_MEETING.search(plain)):
        return None  # a thing lent, a copy sent, kept safe; a meeting about the handover; a customer's own deed
    if _TO_KIN.search(plain):
        return None  # "会员想把卡里的余额转给她孙子", "a tenant wants to transfer his lease to his brother"
    rescheduled = _RESCHEDULED.search(low)
    moved_day = clause_of(rescheduled.start(), clauses) if rescheduled is not None else None
    if rescheduled is not None and moved_day is not None and (cues.NOT_OURS_OBJECT.search(
            low[moved_day[0]: rescheduled.start()]) or (strong is None and _ABOUT_SOMEONE.search(
            low[moved_day[0]: moved_day[1]]))):
        # "明天去拜访X那个客户改到下周二了，Y一起去", "X那家客户的上门时间改到周六了，转告Y": something moves to another
        # day (customers are not moved to a day: with no handover verb, a day is what changes)
        return None
    if _CALL_PUT_THROUGH.search(low) or _THING_OF_CUSTOMER.search(moved):
        return None  # "有客户找他，请转驳到X分机": a call; "send the contract of client Al Noor to X": a paper
    if source is None and takeover is None and not says_scope and job is None:
        return None
    unsure = (marker is not None and marker.value in ("pronoun", "sov")) or trade_word
    if takeover is None and source is not None and source.known and strong is not None \
            and not _RECORDS_QUESTION.search(low):
        # Two members and a handover word but nothing saying who receives: a guess to confirm.
        later = [p for p in s.people if p is not source and p.known and p.start >= source.end and not is_self(p)]
        if len(later) == 1:
            takeover, unsure = later[0], True
    if takeover is None and source is not None and source.known and _TO_PRONOUN.search(low) and (
            is_possessive(s, source) or _STANDS_IN_FOR.search(tail(low, source.start))
            or re.search(r"\b(?:give|hand|pass|send)\s+(?:him\s+her|her\s+his)\b", low)):  # ("give him her customers")
        # "X will take over for Y. … put it on him", "Z volunteered. Give them to her": the one other member
        # named is who "him"/"her" is; a guess to confirm
        others = {mention(p): p for p in s.people if p.known and not same_member(p, source) and not is_self(p)}
        if len(others) == 1:
            takeover, unsure = next(iter(others.values())), True
    if strong is None and not says_scope and not (source and takeover and is_possessive(s, source)) and not job:
        # "汪洋走了，韦东接", "X is leaving and Y is taking over": a departure and who takes over is enough
        if not (marker and source and takeover and (marker.value in ("→", "←") or (
                marker.value == "take" and (cues.LEAVING.search(low) or AWAY.search(low))))):
            return None
    if takeover is None and source is None and job is None:
        if not says_scope or strong is None:
            return None
    if takeover is None and source is not None:
        # "to Kane — scratch that, Kane's flat out. Jayden Prowse can have 'em" (Kane read only as the word after
        # "to"), "go to Karim — eh sik, dudu Karim, he's away. Sophie.": whom the correction names instead
        ruled = ruled_out(s)
        named_first = [p for p in (latin_spot_after(s, marker),) if p is not None] + [
            p for p in s.people if p.start > source.end and (ruled_person(s, p, ruled) or turned_down(s, p))][:1]
        for first in named_first:
            fixed = corrected(s, first)
            if fixed is not first and fixed.known and not same_member(fixed, source) and \
                    not ruled_person(s, fixed, ruled):
                takeover = fixed
                break
    slots: Slots = {
        "handover": _fullest(s, source, takeover) if source else None,
        "takeover": _fullest(s, takeover, source) if takeover else _full_name(s, latin_after(s, marker)),
        # (nothing named but "全部", "everything she has": all of it, as for a bare pair)
        "scope": scope or (["customers", "groups"] if cues.ALL.search(low) else ["customers"]),
        "job": job,
        "subset": "failed" if failed and job else None,
    }
    if slots["takeover"] is not None and slots["handover"] is None and not says_scope and job is None:
        if not (takeover is not None and not is_self(takeover) and _ONLY_RECEIVER.fullmatch(low)):
            return None
        # "转给帅晓波", "接收人就填母建华吧": the receiver alone (the answer to "who takes over?"; else asked whose)
    if takeover is not None and is_self(takeover) and _FOR_ME_TO_SEE.match(low, takeover.end):
        return None  # "全部的单子给我拉个单儿瞅瞅", "列俾我睇下", "给我撤回来": done for me, nothing handed to me
    if slots["takeover"] is None and (_DONE_YET.search(low) or handover_asked_about(s) is not None):
        return None  # "Has her handover actually finished?", "朴成浩那个交接的，怎么样了嘛？": how it went, a status
    if takeover is not None and _REFERENCE.match(low[takeover.end:]) and not (failed and job):
        return None  # "把他客户转给史可的交接就不需要了": names an existing handover, asks nothing of it
    if slots["handover"] and slots["takeover"] is None and _ARRANGE_WHO.search(low):
        # "贝贝的客户给谁比较好": asks for the receiver
        return Reading("handover", slots, 1, marker.start if marker is not None else 0)
    if _RECORDS_QUESTION.search(low) and not cues.RECEIVER_LEFT_OPEN.search(low) and (
            slots["takeover"] is None or takeover is None or is_self(takeover)):
        return None  # "转给谁了": where they went, a records question
    if cues.HOWTO.search(low) and not (slots["handover"] and slots["takeover"]):
        return None  # "怎么把离职员工的客户转给别人?": how it works
    position = marker.start if marker is not None else min(x.start for x in (strong, weak, takes) if x is not None)
    if source is not None and takeover is not None and roles_disagree(s, source, takeover):
        unsure = True  # the sentence's own cues also say the other way round: ask, never file a swap
    if _TWO_RECEIVERS_ONE_DENIED.search(low):
        unsure = True  # "给A 唔係 给B", "给A no 给B": a correction or a contrast, the writer's spaces alone tell; ask
    # a dated departure before the request names a successor; told after it ("…给邬倩吧，他下周离职"), it is the reason
    dated_leave = any(re.match(r"\s*(?:就|将|要)?(?:离职|走|辞职|最后一天)", low[d.end:]) and not (
        d.start > position and re.search(r"(?:他|她|\b(?:he|she))\s*$", tail(low, d.start))) for d in s.dates)
    offboarding = bool(cues.OFFBOARD.search(low))
    left_open = cues.RECEIVER_LEFT_OPEN.search(low) is not None  # "…, not sure to whom yet"
    if (slots["handover"] or job) and slots["takeover"] and not (
        (offboarding and (scope is None or dated_leave)) or (dated_leave and scope is None)
    ):  # "X下周离职，接替人Y" names a successor; "X下周离职，客户交给Y" asks for the customers to move
        strength = 4  # (with an explicit offboarding and nothing said about customers, the offboarding wins)
    elif slots["handover"] and ((says_scope and cues.LEAVING.search(low)) or left_open) and not offboarding and (
            strong is not None or markers) and not cues.CANCEL.search(low):
        # "X is leaving on Friday — his customers need to go to someone", "…her stuff handed over, not sure who yet":
        # the customers, not a checklist (a departure's own offboarding reading is as strong; being first, this one
        # wins the tie)
        strength, position = 3, 0
    else:
        strength = 2 if slots["takeover"] else 1
    return Reading("handover", slots, strength, position, unsure=unsure)


# a form's field that names a person without saying they hand anything over
_WEAK_FIELD = re.compile(r"(?:姓名|员工|\b(?:name|employee))\s*:", re.IGNORECASE)
# "给谁你看着办", "谁接你们定": who receives is left to the reader of the message, not asked about
_OUTING = skipping(re.compile(r"\bout for (?:a |an |some )?(?:barbie|bbq|barbecue|dinner|lunch|drinks?|coffee|golf|"
                              r"meal|"
                              r"karaoke)\b|请客户吃饭|带客户(?:去)?(?:吃饭|喝茶|打球)", re.IGNORECASE))
# goods sent to someone's stall or shop (the person masked before it): 转给X档口, 转给X的店
_TO_A_PLACE_OF = re.compile(r"\u25a1\s*(?:的)?(?:档口|店铺|摊位|仓库)|\u25a1\s*的(?:门)?店(?![群员客])")
_ORDERED_BY = skipping(re.compile(r"(?:\u25a1|客户|顾客)(?:订|买|下单|采购|订购|定)的"))
_CHILD_MOVED = skipping(re.compile(r"把(?:她|他|我|你)?(?:的|家)?(?:闺女|女儿|儿子|孩子|小孩|孙子|孙女|宝宝)|"
                                   r"(?:转|调|换)到\S{0,8}的?班(?!级群|群)|\b(?:move|switch|transfer)\s+(?:her|his|their)\s+"
                                   r"(?:son|daughter|kid|child)\b", re.IGNORECASE))
_BY_HAND = skipping(re.compile(r"(?:拿|递|捎|转寄|邮寄|寄|快递)给|转呈|呈给|落下的"))
# (customers "拿给" someone, as Yunnan and Guizhou say 给: "鲜花客户是拿给X还是Y")
_CUSTOMERS_JUST_BEFORE = re.compile(r"(?:客户|客人|群)\S{0,3}$")
_ONLY_RECEIVER = re.compile(r"\W*(?:那就|就|那)?(?:接收人|接手人)?\W*(?:就|改)?(?:填|是|写|选)?\s*"
                            r"(?:转给|交给|给|移交给|转交给)?"
                            r"\s*\u25a1+\s*(?:吧|吧啦|好了|就行|来接|接吧)?\W*")
_FOR_ME_TO_SEE = re.compile(r"\s*(?:拉|列|看|瞅|瞧|睇|发|查|撤|说|讲|汇报|报|整理|导)")
_DONE_YET = skipping(re.compile(r"\b(?:done|finished|complete[d]?|ready|through|moved(?:\s+(?:across|over))?)\s*"
                                r"(?:yet|already|or (?:still )?(?:no|not)(?: yet)?)?(?:\s+or\s+(?:what|not))?\s*\?|"
                                r"\bdone na\b|\b(?:is|has|have)\b.{0,40}"
                                r"\b(?:finished|completed|done|gone through)\b|(?:完了|好了|成功了|转好了|转完了)(?:吗|"
                                r"没|嘛)|"
                                r"(?:怎么|甚|咋|啥|怎)样了|弄得(?:怎么|甚|咋|啥)样|转成功了|落定了?(?:吗|没有?)|"
                                r"\bdid\b.{0,40}\bgo through\b|" + cues.DONE_QUESTION, re.IGNORECASE))
_HELD_BACK = re.compile(r"(?:\b(?:don'?t|do not|dont|never)\s+(?:\w+\s+)?|(?:先|暂时|暂且)?(?:别|不要|不用|甭|莫)\s*)$",
                        re.IGNORECASE)
# a customer leaving for a competitor (a colleague who goes there is why a handover is asked, not this)
_CUSTOMER_LEAVES = skipping(re.compile(r"客户\S{0,14}(?:竞争对手|竞品)|"
                                       r"\b(?:customer|client)s?\b.{0,40}\bcompetitors?\b|"
                                       # someone added to a chat ("Add X to the Harbour customer group chat"; not as
                                       # its owner)
                                       r"\badd(?:ed)?\s+\u25a1+\s+(?:to|into)\s+(?!.*\bowner\b)"))
_NOT_A_MOVE = skipping(re.compile(r"导出|导一份|转介绍|\bexport(?:ed)?\b|\bdownload\b|\breferr(?:ed|al)\b|"
                                  r"列(?:个|一个|一份|份)?(?:名单|清单|表格?)|"  # "把要回访的客户列个名单给我"
                                  r"\b(?:closed|signed|won|landed)\s+(?:a|the|another|one)\s+(?:\w+\s+){0,2}deal\b|"
                                  # sales counted ("X closed 12 accounts this quarter", "X这个月成交8台"), a reminder
                                  # sent to customers ("Remind X's car owners their first service is due")
                                  r"\b(?:closed|signed|won|landed)\s+\d+\s+(?:\w+\s+)?(?:accounts|deals|clients|customers)\b|"
                                  r"成交\s*\d+|^\W*(?:please\s+)?remind\b(?!\s+(?:me|us)\b)",
                                  re.IGNORECASE))
_ANNOUNCEMENT = skipping(re.compile(r"发(?:个|一个|一条|条)?(?:群)?公告|群公告|\b(?:post|send|pin)\s+(?:an?\s+|the\s+)?"
                                    r"(?:group\s+)?announcement", re.IGNORECASE))
_SOCIAL_MEDIA = skipping(re.compile(r"朋友圈|点赞|点个赞|\blike (?:their|his|her|the) posts?\b", re.IGNORECASE))
# the first thing named after the verb, before any customers or groups ("transfer her referral bonus …")
_THING_FIRST = re.compile(r"\s*(?:to\s+(?:me|us|him|her|them)\s+)?(?:(?:her|his|their|the|this|that|our|my|a|an)\s+)?"
                          r"(?:[a-z]+\s+)?(?=(?:" +
                          cues.NOT_OURS_OBJECT.pattern + r"))", re.IGNORECASE | re.ASCII)
_GIVE_SOMEONE = skipping(re.compile(r"\b(?:give|hand|send|pass)\s+@?\u25a1+", re.IGNORECASE))
# "…已经被投诉两次了。先把她的客户转给Y吧": whose customers, moved to someone, is a request whatever the story
_HER_CUSTOMERS_MOVED = re.compile(r"(?:把|将)\s*(?:\u25a1+|她|他)\s*(?:的|名下的?|手上的?)\s*客户\s*(?:都|全部|先)?\s*"
                                  r"(?:转|交|移|划|分)给")
_COMPLAINT = skipping(re.compile(r"客户\S{0,6}投诉|投诉\S{0,10}客户|\b(?:customer|"
                                 r"client)\b.{0,30}\bcomplain", re.IGNORECASE))
_RESCHEDULED = skipping(re.compile(r"(?:改到|改成|挪到|推到|延到|推迟到|提前到|换到|调到)\s*"
                                   r"(?:\d|[下上本这今明后]|周|星期|礼拜|后晌|晌午|傍晚)|"
                                   r"\b(?:moved|moves|pushed|rescheduled|postponed|brought forward) to (?:next|this|"
                                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|tomorrow|\d|jeudi|"
                                   r"lundi|mardi|mercredi|vendredi|samedi)(?![a-z])|"
                                   r"\bmove\b.{1,60}?\bto\s+(?:next\s+week|tomorrow|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|"
                                   r"fri|satur|sun)day)\b", re.IGNORECASE))
# a rescheduled thing that is someone's or a customer's (not "晨会改到8:30" in a list beside a handover)
_ABOUT_SOMEONE = re.compile(r"\u25a1|客户|客人|业主|家长|\b(?:client|customer)s?\b", re.IGNORECASE)
# (or "有客户打电话找X，帮忙转接一下")
_CALL_PUT_THROUGH = skipping(re.compile(r"转驳|转接(?:电话|到\S{0,8}分机)|分机|(?:电话|来电|打过来).{0,20}转接|"
                                        r"\b(?:transferred|put through|forwarded) "
                                        r"(?:the |his |her |their )?calls?\b|\bcalls? (?:transferred|put through)\b",
                                        re.IGNORECASE))
_THING_OF_CUSTOMER = skipping(re.compile(r"\b(?:contract|invoice|file|document|report|quote|quotation|proposal|order|"
                                         r"data|"
                                         r"details|phone number|address|email|complaint)s? (?:of|from) "
                                         r"(?:the |our |this |that |a )?(?:customer|client)", re.IGNORECASE))
_LETTER_HEAD = re.compile(r"\W*from\s+\u25a1+\s+to\s+\u25a1+\s*:")
# how sure the learned model must be that an unknown word after the giver is her customers
_TRADE_WORD_SURE = 0.7
# a team or topic label heading the message: what it names is not what moves
_HEADING = skipping(re.compile(r"^\W*[a-z][a-z&/ -]{2,30}?\s*(?::|\s[–—-])\s+"))
# "Jacqui's Saturday shift": a time says which one, the thing comes after it
_WHICH_TIME = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night"
# acts no customer is handed over by, whatever the thing is called: lent (借给, lent), a copy sent (发给Y一份),
# kept safe (保管), a meeting about the handover (开个交接会, handover training), a customer's own deed put in
# another name ("过户到他儿子名下", "to his son's name"), someone covering a day or a stall ("covering X's Saturday")
_HANDOVER_MEETING = re.compile(r"(?:开|约|安排)一?个\S{0,4}?会(?![员计])|\b(?:handover|transfer)\s+(?:training|"
                               r"workshop)\b|"
                               # "book 个会议室，下午跟X聊客户交接的事", "discuss X's handover"
                               r"(?:book|订|约|预定|预订|借)\s*(?:一?个|一间)?\s*会议室|" + cues.HANDOVER_TALK,
                               re.IGNORECASE)
_NO_HANDOVER_ACT = skipping(re.compile(
    _HANDOVER_MEETING.pattern + r"|(?<!交)借(?:给|予|乞|畀|拨)|\b(?:lent|lend|lends|lending|borrow(?:s|ed|ing)?)\b|"
    r"(?:给|发给|转给|send to)\s*\u25a1+\s*(?:一份|一份儿|一个copy)|一份(?=\s*[,.;!?]|$)|\ba copy\b|保管|"
    r"(?:过户|转)到(?:他|她)\S{0,4}名下|\bto\s+(?:his|her|their)\s+(?:[a-z]+'s\s+)?name\b|"
    rf"\bcover(?:s|ing)?\s+\u25a1+'s?\s+(?:{_WHICH_TIME}|booth|stall|counter|session|callout|call-out|"
    r"run|round|class|lesson|slot)\b|"
    # a gift to the customers ("给X那几个大客户寄点月饼", "send X's clients some mooncakes")
    r"(?:(?:寄|送)[^\s,.;!?]{0,4}?|(?:发|买|订|准备)(?:点|些|个|一些|一份|几盒|一盒|几份))\s*"
    r"(?:月饼|礼品|礼物|礼盒|粽子|年货|水果|红包|贺卡|茶叶|蛋糕|鲜花|花篮|伴手礼)(?!\S{0,2}的)|"
    r"\b(?:send|sends|sending|get|buy)\b[^,.;]{0,40}\b(?:gifts?|mooncakes?|hampers?|flowers|cards|cakes?|"
    r"chocolates?)\b|"
    # a customer moved to another plan or tier, not to a colleague ("move the customer X to the premium plan")
    r"\bto\s+(?:the|a|our)\s+(?:[a-z-]+\s+){0,2}(?:plan|tier|package|pricing|membership level)\b|"
    r"(?:升级|降级|改|换)(?:到|成)\S{0,6}?(?:套餐|版本|会员等级)", re.IGNORECASE))
# to a relative of theirs, whatever the verb (a customer's card, lease or lessons go to family, not to a colleague)
_TO_KIN = skipping(re.compile(
    r"(?:转给|转到|给)(?:他|她)(?:的)?(?:儿子|女儿|孙子|孙女|外孙|弟弟|妹妹|哥哥|姐姐|表哥|表弟|表姐|表妹|老婆|老公|"
    r"爱人|爸爸?|妈妈?|亲戚)(?!\s*\u25a1)|"
    r"\b(?:transfer|give|pass|hand|sign)\w*\b[^,.;]{0,40}\bto\s+(?:his|her|their)\s+(?:son|daughter|brother|sister|"
    r"wife|husband|mother|father|mum|mom|dad|cousin|grandson|granddaughter|nephew|"
    r"niece)\b(?!\s*\u25a1)", re.IGNORECASE))
_OWNER_GLUE = re.compile(rf"^\s*(?:'s|'|的|名下的|手上的)?\s*(?:the\s+)?(?:(?:{_WHICH_TIME}|early|late)\s+)?")
_ROLE_GLUE = re.compile(r"^\s*(?:的|当|做|成为)?\s*")
_STAND_IN_GLUE = re.compile(rf"^\s*(?:'s\s+)?(?:(?:{_WHICH_TIME})\s+)?(?:去|来)?\s*(?:参加|出席|开|做|当|跑)?\s*")
_WHEN = re.compile(r"\s*的?\s*(?:时候|时|期间)")
_REFERENCE = re.compile(r"\s*的\s*(?:那个|那笔|那单|这个)?\s*(?:交接|申请|单子|任务|转移|移交)|"
                        r"\s*(?:的\s*)?(?:那单|这单|那笔)")
_SENT_DOCUMENT = re.compile(r"\b(?:send|sent|email|e-mail|forward|mail)\b.{0,30}?\b(?:customer|client|contact)s?\s+"
                            r"(?:list|file|spreadsheet|sheet|excel|csv|report|data|details|info)\b")
_TO_A_PLACE = re.compile(r"\bto\s+(?:the\s+)?(?:stable|room|bay|desk|locker|floor|slot|stall|garage|paddock|kennel|"
                         r"shelf|rack|table|gate|dock|berth|pier|hall)\s+(?:no\.?\s*|#)?\d+\b", re.IGNORECASE)
_ORG_MOVE = skipping(re.compile(r"\bto\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:team|office|department|dept|branch|division|"
                                r"group|"
                                r"company|project|region)\b|(?:调到|调去|调入)\S{0,6}(?:部|组|团队|分公司|中心)",
                                re.IGNORECASE))
_RECORDS_QUESTION = skipping(re.compile(
    r"谁负责|谁在负责|谁在管|交接过|移交过|转过(?!去|来)|\b(?:which|what) (?:customers|"
    r"clients|groups|accounts) did\b|转给谁|给谁|"
    r"给过谁|转过哪些|转过谁|\bwho did\b|转到哪|转去哪|去哪了|"
    r"\bwho got\b|\bto who\b|归谁|谁来?管|\bwho(?:'s| is) (?:looking after|handling|covering)\b|"
    r"\bwho (?:handles|has|owns|looks after)\b|"
    r"\bto whom\b",
    re.IGNORECASE))
MONEY = skipping(re.compile(r"(?:转|打|汇|付|还)(?:账|款)?(?:了|过去|给\S{1,4})?\s*[\d,.]+\s*(?:块|元|万|rmb|usd|美元)|"
                            r"[$¥￥€£₹₱₦]\s*\d|\d[\d,.]*\s*(?:k\s+)?(?:shillings?|pesos?|rupees?|dollars?|bucks|euros?|pounds|quid|"
                            r"yuan|rmb|usd|eur|gbp|naira|cedis?|rand|dirhams?|riyals?|baht|ringgit|dong|won|yen|kes|ugx|tzs|php|"
                            r"idr|inr|aud|cad|sgd|hkd)\b|\b(?:salary|salaries|wages?|payroll|paycheck)\b|工资|薪水|薪资|保证金|押金|定金|"
                            # "transferred the advance amount to X's account": money into a bank account
                            r"\b(?:amount|advance|refund|reimbursement)\b(?=.*\baccount\b(?!s))",
                            re.IGNORECASE))
SCOPES_THING = skipping(re.compile(
    r"(?:客户|(?:customer|client)(?:'s|s'|s)?)\s*(?:(?:发来|传来|寄来|提供|给)的|的)?\s*(?:(?!(?:and|or|plus)\b)[a-z0-9-]++\s*){0,3}(?:合同|文件|文档|会议|电话|手机|号码|资料|地址|订单|发票|邮箱|名片|微信号?|联系方式|"
    r"名单|列表|信息|数据|问题|报价|拜访|计划|需求|反馈|意见|情况|消息|留言|来电|朋友圈|押金|定金|回访表|欠款|货款|尾款|"
    r"message|messages|call|calls|"
    r"deposits?|bonus|"
    r"contract|data|info|"
    r"phone|"
    r"number|address|wechat id|"
    r"order|invoice|email|proposals?|meetings?|reviews?|refunds?|decks?|feedback|quotes?|reports?|files?|documents?|"
    r"(?:list\s+)?(?:spreadsheets?|excel|csv)|"
    r"complaints?|礼盒|礼品|礼物|gifts?|(?:\w+\s+)?hampers?|visits?|来访|demos?|演示|转化率)(?:(?<=[a-z])(?![a-z])|(?<![a-z]))|"
    # a customer something is sent to: "asked Y to send the quote to the customer"
    r"\bto (?:the|our|that|this|a) (?:customer|client)\b(?!s)|"
    # a farmer's or a co-op's papers and plans: "农户的贷款材料", "合作社的飞防计划"
    r"(?:农户|合作社|养殖户|种植大?户)的[\u4e00-\u9fff]{0,3}?(?:材料|计划|申请|贷款|合同|资料|订单|货款)",
    re.IGNORECASE))
_FILLER_BETWEEN = re.compile(r"^[\s的,:]*(?:名下|手上|手里|那边|这边|那里|这里)?[\s的]*(?:所有|全部|全都|都|全|也|一起|"
                             r"一下|all|of|the|"
                             r"everything)?[\s的]*$", re.IGNORECASE | re.ASCII)


_OUT_IN = skipping(re.compile(r"^\W*(□+)\s*(?:is\s+)?out\W+(?:→\s*)?(□+)\s*(?:is\s+)?in\b(?:\W+(?:everything|all|"
                              r"customers|"
                              r"clients|groups|\+|and|,|\s)*)?\W*$"))


# someone introduced to someone: nothing moves ("把孙建平引荐给刘晓梅的大客户", "introduce our client X to Y")
_INTRODUCED = skipping(re.compile(r"(?:引荐|介绍|推荐)(?:给|.{0,8}?给\S{0,4}认识)|"  # ("我介绍个客户给你认识")
                                  # "我介绍了一个新客户给X", "给你介绍个客户", "X给Y介绍了新客户",
                                  # "let me introduce you to …"
                                  r"介绍了?(?:[一二两三四五六七八九十几\d]*[个位])?新?客户给|"
                                  r"给\S{0,6}介绍了?(?:[一二两三四五六七八九十几\d]*[个位])?新?客户|"
                                  r"\blet me introduce\b|\bintroduc(?:e|ing) you to\b|"
                                  r"\b(?:can|could|would|will|please|pls|kindly)\s+(?:you\s+)?(?:please\s+)?introduce\b|"
                                  r"^\W*introduce\b|\bintroduced\b", re.IGNORECASE))
# where someone sits, who hosts a customers' visit: nobody's customers move ("…should sit with Y" still gives)
_SEATED = skipping(re.compile(r"坐在|坐到|\bsits? (?:next to|beside|near)\b|\bseated (?:next to|beside|near)\b"))
_VISIT_HOSTED = skipping(re.compile(r"(?:客户|\bcustomers?|\bclients?).{0,10}(?:来访|来考察|来参观|到访)|"
                                    r"(?:负责|安排)接待|"
                                    r"带客(?:看房|看楼|睇楼)|睇楼|"  # (a viewing: no move)
                                    # a training given to newcomers ("X下午给新人培训怎么加企微客户"; not "X goes to a
                                    # training")
                                    r"给(?:新人|新同事|新员工|大家|团队|同事们?)\S{0,4}培训|\btrain(?:ing)?\s+(?:the\s+)?new\s+"
                                    r"(?:hires|staff|joiners|starters)\b"))
# thanks for a handover done, nothing asked: "谢谢！X的客户都转好了，辛苦", "X 的 handover 已经 done 了，thanks 各位"
_THANKS_DONE = skipping(re.compile(r"(?=.*(?:谢谢|谢了|多谢|辛苦|感谢|(?<![a-z])(?:thanks|thank you|thx|"
                                   r"cheers)(?![a-z])))(?!.*[?？])"
                                   r".*(?:(?:都|已经?)(?:转|交接|移交)?(?:好|完)了|(?:上回|上次)(?:转|交接|移交)(?:好|完)|"
                                   r"done\s*了|\ball\s+done\b|"
                                   r"\bwent through\b|\bhas been (?:done|completed)\b)", re.IGNORECASE | re.DOTALL))


# What the handover reading declines on sight, whatever else is said: the learned guess (guess.py)
# declines it too
LOOK_ALIKES = (cues.NOT_OURS_OBJECT, SCOPES_THING, MONEY, _OUTING, _CHILD_MOVED, _ORDERED_BY, _TO_A_PLACE_OF,
               _NOT_A_MOVE, _SOCIAL_MEDIA, _ANNOUNCEMENT, _COMPLAINT, _CALL_PUT_THROUGH, _THING_OF_CUSTOMER, _ORG_MOVE,
               _LETTER_HEAD, _NO_HANDOVER_ACT, _TO_KIN, _THANKS_DONE, _INTRODUCED, _CUSTOMER_LEAVES, _SEATED,
               _VISIT_HOSTED)


def names_a_thing(text: str, *, at_start: bool = False) -> bool:
    """A thing that is not ours is named (at the start of `text`), and not as part of a customers or groups
    word: 车 is a car, 车主 a customer; 打卡 is clocking in, 打卡群 a group."""
    words = [(m.start(), m.end()) for w in (cues.CUSTOMERS, cues.GROUPS) for m in w.finditer(text)]
    for m in cues.NOT_OURS_OBJECT.finditer(text):
        if at_start and m.start() > 0:
            break
        if any(a <= m.start() and m.end() <= b for a, b in words) or any(a == m.end() for a, _ in words) or \
                _BEFORE_WHAT_MOVES.match(text, m.end()):
            continue  # ("project clients", "parking customers": what kind of customers)
        return True
    return False


_BEFORE_WHAT_MOVES = re.compile(rf"[\s-]*{cues.WHAT_MOVES_EN}\b", re.IGNORECASE)


def _departure_question(s: Spotted) -> Reading | None:
    """"唐晓燕离职了，客户怎么处理": whose customers need a home is said; who takes them is asked."""
    ask = _ARRANGE.search(s.low)
    leaving = first_span(cues.LEAVING, s.low)
    who = _ARRANGE_WHO.search(s.low)
    if who is not None and leaving is None:
        ask, leaving = who, Span(who.start(), who.end(), "")  # "贝贝的客户给谁比较好"
    if ask is None or leaving is None or not (cues.CUSTOMERS.search(s.low) or cues.GROUPS.search(s.low)):
        return None
    if cues.NOT_OURS_OBJECT.search(s.low):
        return None
    before = [p for p in s.people if p.end <= leaving.start and not is_self(p)]
    if not before:
        return None
    scope = read_scope(s, before[-1], None, None, split_clauses(s.low)) or ["customers"]
    slots: Slots = {"handover": mention(before[-1]), "takeover": None, "scope": scope, "job": None, "subset": None}
    return Reading("handover", slots, 1, ask.start())


_ARRANGE_WHO = re.compile(r"给谁(?:比较|更)?(?:好|合适)|交给谁(?:好|合适)|谁(?:来)?接(?:比较|更)?(?:好|合适)|"
                          r"\bwho\s+should\s+(?:get|take|inherit)\b", re.IGNORECASE | re.ASCII)
_ARRANGE = re.compile(r"怎么处理|怎么办|如何处理|咋办|咋处理|怎么安排|如何安排|安排一下|处理一下|谁来管|谁管|"
                      r"\b(?:what about|what to do with|what happens to|who will take|who should take)\b",
                      re.IGNORECASE | re.ASCII)


def _thing_after_possessive(s: Spotted, source: PersonSpot | None, marker: Span | None) -> bool:
    """"把金鑫的项目文档交给卓越": something of the person's that is not customers moves."""
    if source is None or marker is None or receiver_first(marker) or source.end > marker.start:
        return False
    between = re.sub(r"\s*(?:离职|在职)继承\s*[,:]?", "", s.low[source.end: marker.start])  # WeCom's own name for it
    between = cues.STRONG_VERB.sub("", cues.WEAK_VERB.sub("", between))
    between = re.sub(r"\s*[(\[][^()\[\]]{0,30}[)\]]", "", between)  # "(emp no. 30562)": said again, not a thing
    return not _FILLER_BETWEEN.match(between)
