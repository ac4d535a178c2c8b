"""Stage 4 of the reader: who receives (the person after 给/to/→, before a take-over verb, answering
the sender's own question) and who hands over (labelled, possessive, named before the marker, the
one leaving); and a check that each person's own cues do not say the other way round."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from . import cues
from .cues import Span
from .first_chars import skipping
from .normalize import fold_accents
from .people import TITLES_AFTER, PersonSpot
from .spotting import (
    NOT_NAME_WORDS,
    OWNS_SCOPE,
    PRONOUN,
    Spotted,
    clause_of,
    first_span,
    is_possessive,
    mention,
    split_clauses,
    tail,
    travels_to,
)
from .text import occurrences, whole_word, word_spans

# Words a Latin "name" is never made of.

# the receiver named before 给 or 那里/那边 and then the verb, in Korean-Chinese and Uyghur Mandarin
_SOV_RECEIVER = skipping(re.compile(r"\s*(?:(?:那里|那边|这边|那儿)\s*(?:都|全部|全)?\s*)?给\s*(?:转|交接|交|弄|搞|"
                                    r"[,.;!?]|$)|"
                                    r"\s*(?:那里|那边|这边|那儿)\s*(?:都|全部|全)?\s*转(?!过来|来|回)"))


_NOUN_THEN_SUBJECT = re.compile(rf"\b(?:{cues.WHAT_MOVES_EN}|members?)\s+$")


# a pronoun owning what moves: "她的客户", "his clients"
_PRONOUN_OWNS = re.compile(r"(?:她|他|ta)(?:的|个|嘅)|\b(?:his|her)\b", re.IGNORECASE)
# the one named first spoke with the other: "X跟Y说好了", "X told Y"
_AGREED_WITH = re.compile(r"\s*(?:跟|和|同|与|\b(?:told|talked\s+(?:to|with)|spoke\s+(?:to|with)|agreed\s+with|"
                          r"asked)\b)\s*", re.IGNORECASE)


# someone made the owner of another's groups: "让Y当X那些报税群的群主", "请Y去做X的订货群群主"
_MADE_GROUP_OWNER = re.compile(r"(?:让|请|叫|由)\s*(\u25a1+)\s*(?:去|来)?(?:当|做|作|担任)\s*"
                               r"\u25a1+[^,;.!?]{0,12}?群的?群主")


def takeover_of(s: Spotted, markers: list[Span]) -> tuple[PersonSpot | None, Span | None]:
    low = s.low
    ruled = ruled_out(s)
    # "Car rental - X is leaving …": a dash after a label names no direction; "X - Y", "X的客户 - Y" do
    markers = [m for m in markers if m.value != "-" or "\u25a1" in low[:m.start] or cues.CUSTOMERS.search(low[:m.start])
               or cues.GROUPS.search(low[:m.start])]
    verb = first_span(cues.STRONG_VERB, low)
    if verb is not None:
        markers = [m for m in markers if m.start >= verb.start] + [m for m in markers if m.start < verb.start]
    answer = answered_question(s)
    if answer is not None:
        return answer
    says = _SAYS_SHE_TAKES.search(low)
    if says is not None:  # "覃桂兰讲蒙建新的调度群她来接", "Mathieu said he'd take back X's advertisers"
        taker = next((p for p in s.people if p.start == says.start(says.lastindex or 1)), None)
        if taker is not None and not ruled_person(s, taker, ruled):
            return taker, Span(says.end(), says.end(), "take")
    for p in s.people:  # "…全部崔英姬给转一下嘛", "全光日那里都转过去吧": the receiver before 给 / 那里 and the verb
        if _SOV_RECEIVER.match(low, p.end) and not is_self(p) and any(q.end <= p.start for q in s.people if q is not p):
            return p, Span(p.end, p.end, "sov")  # (a word order some writers use, not all readers agree: asked)
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
    other = re.search(r"\bto\s+the\s+other\s+(?:\u25a1+|[a-z]+)\s*[,(—–-]\s*(\u25a1+)", low)
    if other is not None:  # "to the other David, David Kim": the second mention says which one
        second = next((p for p in s.people if p.start == other.start(1)), None)
        if second is not None:
            return second, Span(other.start(1), other.start(1), "→")
    # (on someone's accounts: "we put Alan Qiu on the enterprise team" puts him on a team)
    put = re.search(r"\b(?:get|put|assign|have)\s+(\u25a1+)\s+(?:on|onto)\s+(?:\u25a1|(?:his|her|their)\b)", low)
    if put is not None:  # "Get Zhai Jing on Hong Liang's accounts"
        placed = next((p for p in s.people if p.start == put.start(1)), None)
        if placed is not None:
            return placed, Span(put.end(), put.end(), "→")
    owner = _MADE_GROUP_OWNER.search(low)
    if owner is not None:  # "让Y当X那些报税群的群主": Y becomes the owner of X's groups
        made = next((p for p in s.people if p.start == owner.start(1)), None)
        if made is not None:
            return made, Span(owner.end(1), owner.end(1), "take")
    vocative = re.match(r"\s*(?:(?:hi|hello|hey|dear|bonjour|hola|ciao|salut|你好|您好)\s*,?\s*)?@?(\u25a1+)\s*"
                        r"(?:[,:]|(?=你))", low)
    if vocative and not re.search(r"你的|\byour\b", low) and re.search(
            r"你(?:都|也|就|先)?(?:来|去)?(?:跟|接|负责|管|处理)|归你|给你|交给你|你把.{0,20}接|"
            r"\byou\b.{0,20}\b(?:take|handle|cover)\b|\b(?:are|is)\s+(?:now\s+)?(?:for|with)\s+you\b|\b(?:are|is)\s+"
            r"(?:now\s+)?yours\b", low):  # ("@X 你的客户…": X owns them; "Bonjour X, … are for you now")
        # "骆佳，闫峰的客户你来跟": the one addressed takes them
        addressed = next((p for p in s.people if p.start == vocative.start(1)), None)
        if addressed is not None:
            return addressed, Span(vocative.end(), vocative.end(), "take")
    for p in s.people:  # "我想了想还是车晓最合适，你帮我全部转过去吧": the one judged fit takes them
        if _FITS.match(low[p.end:]) and not is_possessive(s, p) and not is_self(p):
            return p, Span(p.end, p.end, "take")
    for p in s.people:
        if _RESPONSIBILITY.match(low[p.end:]) and any(q.end <= p.start and is_possessive(s, q) for q in s.people):
            return p, Span(p.start, p.start, "→")  # "X's clients are now Y's responsibility"
    # "由李娜接手" / "让李娜来接" / "Li Na should take over" / "Jason take Cathy Wu clients"
    for found in cues.TAKES_VERB.finditer(low):
        verb = Span(found.start(), found.end(), found.group())
        me = re.search(r"我(?=\s*(?:来|去|先)?\s*$)", low[max(0, verb.start - 4): verb.start])
        if me is not None and re.fullmatch(r"来?(?:接手|接管|接)", verb.value) and not any(
                0 < verb.start - p.end <= 4 for p in s.people) and not any(
                any(0 <= p.start - m.end <= 1 for p in s.people) for m in markers):
            at = max(0, verb.start - 4) + me.start()  # "他的客户和群我来接": the sender takes them
            return PersonSpot(at, at + 1, s.text[at: at + 1]), Span(verb.start, verb.end, "take")
        before = [p for p in s.people if p.end <= verb.start and verb.start - p.end <= 20]
        if before and not ruled_person(s, before[-1], ruled):  # ("not Wayne Hackett, Wayne's got enough on")
            p = before[-1]
            gap = low[p.end: verb.start]
            subject = _subject_before(s, p)
            if subject is not None and (TAKE_GAP.fullmatch(gap) or (is_possessive(s, p) and _SCOPE_GAP.fullmatch(gap))):
                return subject, Span(verb.start, verb.end, "take")  # "李娜替张伟接客户", "李娜把张伟的客户接过来"
            lead = low[max(0, p.start - 3): p.start]
            if _NOUN_THEN_SUBJECT.search(low, 0, p.start) and verb.value.isascii() and \
                    re.search(r"\b(?:go|goes|to)\s+\u25a1|→", low[verb.end:]):
                continue  # "the luau clients Lokelani Kaniho get — those go Makana": whose they are now (not
                # "his customers Darren Goh take over lor": Darren takes them)
            if _SOURCE_LABEL.search(tail(low, p.start)):
                continue  # "原来由乔明轩对接的货主改由郁金香负责": who looked after them until now
            if re.fullmatch(r"来?(?:负责|跟进|管|对接|承接|照看|照顾|打理|维护)", verb.value) and \
                    not cues.TAKES_LEAD.search(lead) and \
                    not re.match(r"\s*(?:[,.;!?]|$)", low[verb.end:]):
                continue  # "由沈浪负责" hands over; "沈浪负责的客户" only says whose
            if TAKE_GAP.fullmatch(gap) or \
                    cues.TAKES_LEAD.search(lead):
                if not is_possessive(s, p) or cues.TAKES_LEAD.search(lead):
                    return p, Span(verb.start, verb.end, "take")
    mine = re.search(r"(?:转|转到|转给|给|划到|挂到|放到)\s*(我)\s*(?:名下|这边|这里|这儿)", low)
    if mine is not None:  # "姜淑芬的客户转我名下吧": the sender
        return PersonSpot(mine.start(1), mine.end(1), s.text[mine.start(1): mine.end(1)]), Span(
            mine.start(), mine.start(1), "给")
    taken_back = {mention(w) for w, _ in replaced(s)}  # ("转给晏飞——…也不是晏飞，是晏飞鸿": replaced later)
    for marker in markers:
        if _NOT_THIS_ONE.search(low[max(0, marker.start - 8): marker.start]):
            continue  # "不要转给孙磊", "本来想给孙磊的": the one NOT to receive
        after = [p for p in s.people if p.start >= marker.end and p.start - marker.end <= 24
                 and (not ruled_person(s, p, ruled) or _SELF_CORRECTION.search(low, p.end)
                      or mention(p) in taken_back)]
        # ("转给……不是给蒙恬恬，是给芮思琪", "not to X — X is swamped —"; one a correction later replaces stays)
        if after and OWNS_SCOPE.match(s.low[after[0].end:]) and marker.value == "-":
            continue  # "Not Sun Lei - Jiang Xue's customers go to …": a dash before the owner
        if after and OWNS_SCOPE.match(s.low[after[0].end:]) and marker.value not in ("to", "into", "→") \
                and not marker.value.startswith("are"):  # ("…'s clients are now Y's": Y's to be, by its sense)
            return None, Span(marker.start, marker.end, "unclear")  # "交给李娜的客户群": whose is what?
        after = [p for p in after if not OWNS_SCOPE.match(s.low[p.end:])]
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
                owners = {mention(p) for p in s.people if is_possessive(s, p) or _leaving_subject(s, p)}
                named = {mention(p): p for p in s.people if mention(p) not in owners and not is_self(p)}
                if len(named) == 2 and _PRONOUN_OWNS.search(low, 0, marker.start):
                    # "邵佳怡跟曹宇航说好了，她的客户都给他": the one named first owns them (her customers), the other
                    # takes them
                    first, partner = sorted(named.values(), key=lambda p: p.start)
                    if first.end <= partner.start < marker.start and \
                            _AGREED_WITH.fullmatch(low, first.end, partner.start):
                        named = {mention(partner): partner}
                if len(named) == 1:
                    return next(iter(named.values())), Span(marker.start, marker.end, "pronoun")
            continue
        p = after[0]
        gap = low[marker.end: p.start]
        if re.search(r"[.!?]\s", gap) or (marker.value == "to" and (_INFINITIVE.match(gap) or (
                _TO_A_VERB.match(gap) and not re.search(r"please\s*$", low[max(0, marker.start - 8): marker.start])))):
            continue  # "sorry to bug ya. Duane Schultz is …", "lucky to have Lucky Mthembu": no receiver
        if "把" in gap or "将" in gap:
            continue  # "给咱把郝建军那些客户弄给温志刚": 把 introduces whose they are
        clauses = re.split(r"[,;!?]|\.(?!\s*[a-z])", gap)
        if len(clauses) > 1 and len(clauses[-1].strip()) > 5 and \
                not re.match(r"\s*(?:也就是|就是|即|namely|i\.e\.|that is)", clauses[-1]):
            continue  # "把南美市场划给巴西分公司，国内这边原先对接…的裘丽娟": a new clause, not what it was given to
        if re.search(r"\b(?:what|whatever|which|how|where|when|why|whom?)\b", gap):
            continue  # "+1 to what Alyssa said": a reference to someone's words, not a receiver
        # "给北京这边的贺一航", "to Key Accounts Peter Ren": a description may stand between
        if len(gap) > 12 and not re.search(r"的|\b(?:team|dept|accounts|department|manager|director|lead|head|"
                                           r"supervisor|executive|specialist|officer|coordinator|consultant|"
                                           r"successor|replacement|hire|colleague|teammate|assistant|partner)\b",
                                           gap):
            continue
        if marker.value in ("给",) and re.match(r"\s*(?:开|建|创建)", low[p.end:]):
            continue  # "给慕容雪开个离职清单": for her, not to her
        return p, marker
    # "移交尹超", "转陆亦可", "交接 卓越", "give Hannah": the receiver right after the verb
    for found in re.finditer(r"(?:交接(?!班)|交结|交节|胶接|浇接|焦接|移交|转交|转移|挪到|转到|划到|迁到|转|"
                             r"交(?!接班)|给(?!是)|"
                             r"(?<=转)分|拨|挨|"  # Hakka 转分, Wu 拨, Yunnan 挨: give (to)
                             r"\bwith\b|\bgive\b|\bto\b|\bhand\b|\bsend\b|\bpass\b|\bassign\b|"
                             r"\btransfer\b|\breassign\b|\bmove\b)", low):
        verb = Span(found.start(), found.end(), found.group())
        if verb.value == "with" and not FAILED.search(low):
            continue
        if _NOT_THIS_ONE.search(low[max(0, verb.start - 8): verb.start]):
            continue
        after = [p for p in s.people if 0 <= p.start - verb.end <= 1 and not ruled_person(s, p, ruled)
                 and (not is_possessive(s, p) or re.match(r"\s*(?:名下|账号下|账户下|(?:那边|那里|那儿|这边)(?!的)|"
                                                        r"的\s*(?:那个|那单|那笔|那次)(?![客群]))",
                                                        s.low[p.end:]))  # "转马俊杰那儿": to him; "X转Y的那单"
                 and not re.match(r"\s*(?:开|建|创建|办)", s.low[p.end:])]
        if after and verb.value in _DOUBLE_OBJECT and any(is_possessive(s, p) for p in s.people
                                                          if p.start > after[0].end):
            return after[0], verb  # "give Li all of Zhang's customers", "hand Li Zhang's clients"
        if after and verb.value in ("transfer", "reassign", "move") and not any(
                p.end <= verb.start and not is_possessive(s, p) for p in s.people) and not any(
                p.end <= verb.start and re.match(r"\s*(?:customers?|clients?|contacts?|groups?)", low[p.end:])
                for p in s.people):
            continue  # "transfer Wang's …" names whose, not who receives
        if after and any(p.end <= verb.start for p in s.people) | bool(s.jobs):
            return after[0], verb
        if after and verb.value in ("移交", "转交", "交接", "转移") and (
                cues.CUSTOMERS.search(low, 0, verb.start) or cues.GROUPS.search(low, 0, verb.start)) and not (
                _SEPARATED_PAIR.match(low, after[0].end)):  # ("客户交接 X：Y" pairs them: X's, to Y)
            return after[0], verb  # "已离职人员名下客户统一移交桑榆同志接管": what moves, then to whom
    for marker in markers:
        if latin_after(s, marker):
            return None, marker
    return None, None


# "X's replacement is Y", "X's successor will be Y"
_REPLACEMENT_IS = skipping(re.compile(r"\u25a1+'s\s+(?:new\s+)?(?:successor|replacement|backup)\s+(?:is|will be|"
                                      r":)\s+(\u25a1+)"))
# "the replacement for X is Y", "the new owner of X's clients is Y", "replace X with Y", "swap X out for Y",
# "接替黎建华的是覃小军"
_REPLACEMENT_FOR = skipping(re.compile(r"\b(?:replacement|successor|new owner)\s+(?:for|of|"
                                       r"to)\s+\u25a1+(?:'s\s+\w+)?\s+"
                                       r"(?:is|will be|=|:)\s*(\u25a1+)|"
                                       r"\b(?:replace|swap)\s+\u25a1+\s+(?:out\s+)?(?:with|for)\s+(\u25a1+)|"
                                       r"(?:接替|接手|顶替)\u25a1+的(?:人)?(?:是|为|係|系)\s*(\u25a1+)"))
# Between a receiver and the person he stands in for or takes from: "李娜替张伟接", "李娜把张伟的客户接过来"
_STANDS_IN = re.compile(r"\s*(?:来|去|会|要|先)?\s*(?:替|代|代替|顶替|把|将)\s*")
_SCOPE_GAP = re.compile(r"[\s的]*(?:名下|手上|手里|那边)?[\s的]*(?:所有|全部|全都)?[\s的]*"
                        rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:客户群|客户|群|{cues.CUSTOMERS.pattern}|{cues.GROUPS.pattern})|和|跟|"
                        r"与|及|、)*\s*"
                        r"(?:都|全部|也)?\s*", re.IGNORECASE)  # (any trade's word: 会员, 车主, 业主 …)


# --- roles check: each person's own cues, read apart from the choice made above ----------------------
_TAKE_AFTER = re.compile(r"\s*(?:来|去|会|要|将|也|先|will|to|should|can|is|are)?\s*(?:接手|接管|接替|顶替|代替|替换|"
                         r"继承|"
                         r"接(?![受收待到人口单触着下得])|\b(?:take|takes|taking|took)\s+over\b|"
                         r"\b(?:inherit|inherits|replace|replaces|replacing|receive|receives)\b)", re.IGNORECASE)
_REPLACED_AFTER = skipping(re.compile(r"(?:接替|顶替|代替|替|replaces|replace|replacing|take over from|takes over from|"
                                      r"taking over from|took over from|从|\bfrom)\s*$", re.IGNORECASE))
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
    if OWNS_SCOPE.match(after):
        return False  # "to Tom's customers": Tom owns them
    took = bool(_TAKE_AFTER.match(after)) and not is_possessive(s, p) and not _BENEFICIARY_BEFORE.search(before)
    return _marked(s, p) or took or after.lstrip().startswith("←")


def _leaves(s: Spotted, p: PersonSpot) -> bool:
    """p's own clause says p leaves, no one else named between ("Sean Yip left off" is not Ruby Kong's)."""
    following = min((q.start for q in s.people if q.start > p.start), default=len(s.low) + 1)
    end = min(following, clause_of(p.start, split_clauses(s.low))[1], p.end + 16)
    said = s.low[p.end: end].split("#")[0]  # "#离职" tags the message
    # "接替离职的龙飞", "接管已离职龙飞的客户": the leaving word describes the one named next
    return any(not (end == following and _DESCRIBES_NEXT.fullmatch(said[m.end():]))
               for m in cues.LEAVING.finditer(said))


def _gives(s: Spotted, p: PersonSpot) -> bool:
    """A cue of its own says p gives: p的客户/p's/of/from p (转到p名下 is a place), p leaving, 接替p/replaces p,
    p →, ← p."""
    before, after = s.low[max(0, p.start - 16): p.start], s.low[p.end:]
    owns = is_possessive(s, p) and not _marked(s, p) and not (
        _PLACE_AFTER_NAME.match(after) and _BARE_TO.search(before))
    return (owns or _leaves(s, p) or bool(_REPLACED_AFTER.search(before))
            or before.rstrip().endswith("←") or after.lstrip().startswith("→"))


# "take over for X", "the replacement for X": X is the one being replaced
_STANDS_IN_FOR = re.compile(r"\b(?:over|in|cover(?:s|ing)?|replacement|successor|substitute|backup)\s+for\s*$")


def roles_disagree(s: Spotted, source: PersonSpot, takeover: PersonSpot) -> bool:
    """The giver chosen has only a receiver's cues, or the receiver only a giver's, or the receiver
    leaves or owns the customers ("张伟 → 李娜，李娜的客户"), or one 帮 the other (who acts for whom?):
    the cues do not settle who gives."""
    def spots(person: PersonSpot) -> list[PersonSpot]:
        return [p for p in s.people if mention(p) == mention(person)]
    if mention(source) == mention(takeover):
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
    for_only = all(re.search(r"\bfor\s*$", tail(s.low, p.start)) for p in spots(source)) and \
        not _STANDS_IN_FOR.search(s.low[: source.start])
    return (source_receives and not source_gives) or (takeover_gives and not takeover_receives) or owner or for_only


def receiver_first(marker: Span | None) -> bool:
    """A take-over verb or a left arrow: the receiver stands before it, the giver after."""
    return marker is not None and marker.value in ("take", "←")


def _subject_before(s: Spotted, p: PersonSpot) -> PersonSpot | None:
    """"李娜替张伟接客户": the one before 替/把 takes over; the one after it is stood in for or taken from."""
    earlier = [q for q in s.people if q.end <= p.start]
    if earlier and _STANDS_IN.fullmatch(s.low[earlier[-1].end: p.start]) and not is_possessive(s, earlier[-1]):
        return earlier[-1]
    return None


def _left_arrow(s: Spotted) -> tuple[PersonSpot | None, Span] | None:
    """"李娜 ← 张伟的客户", "Li Na <- Zhang Wei": the receiver stands before a left arrow, the giver after."""
    arrow = s.low.find("←")
    if arrow < 0:
        return None
    before = [p for p in s.people if p.end <= arrow and not is_possessive(s, p)]
    if "→" in s.low or not before or not any(p.start > arrow for p in s.people):
        return None, Span(arrow, arrow + 1, "unclear")  # arrows both ways, or nobody on one side
    return before[-1], Span(arrow, arrow + 1, "←")


# English verbs that take the receiver first: "send Li Zhang's customers"
_DOUBLE_OBJECT = frozenset({"give", "hand", "send", "pass", "assign"})
# Before a marker: this receiver is the one ruled out ("不要转给孙磊", "别给孙磊了", "not to Sun Lei")
# a person said not to receive, right before the name: "不是给X", "not X", "别给X"
_RULED_OUT_BEFORE = skipping(re.compile(
    r"(?:不是|弗是|毋系|别|(?<!要)不要|[唔不]系)\s*(?:给|由|转给|交给)?\s*$|"
    r"(?:莫|别)[把挨]\s*$|"
    r"\b(?:bukan|pas|dudu|pa ba)\s+$|"
    r"(?:(?<![要给])不要?|甭|莫|勿|冇|没|覅|别|(?<![明空清坦])白)\s*(?:转|交|拿|拨|分)?"
    r"(?:给|拨|俾)\s*$|"
    r"(?<!\bor )\bnot\s*(?:to\s+)?(?:yer man\s+|your man\s+|mr\.?\s+|ms\.?\s+|mrs\.?\s+)?$",
    re.IGNORECASE))
# "do NOT give the hotel customers of X to Y", "are NOT to be transferred to Mr. Y": the one after that "to"
_NEGATED_GIVE = skipping(re.compile(
    r"\b(?:not|never|don'?t)\s+(?:to\s+be\s+)?(?:give|put|transfer|move|send|pass|hand|assign|"
    r"go|transferred|given|put|moved|passed|handed|assigned)\b[^.;!?]{0,80}?\b(?:to|with)\s*"
    r"(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?$", re.IGNORECASE))
_NOT_THIS_ONE = skipping(re.compile(r"(?:(?<!要)不要|别|(?<![要能可])不|不用|而不是|本来想|原本想|原来想|"
                                    r"本想)\s*(?:再)?\s*(?:转|交|移|划|分)?\s*$|"
                                    r"\b(?:not|don'?t|instead of|rather than)\s*(?:(?:give|put|send|hand|pass|move)\s+"
                                    r"(?:it|them|'em)\s+)?$", re.IGNORECASE))
_WHO_TAKES = skipping(re.compile(r"(?:谁(?:来)?(?:接|接手|负责|跟)|给谁|交给谁|\bwho(?:'s|\s+is|\s+will|\s+should|"
                                 r"\s+can)?\s+"
                                 r"(?:tak\w*|get\w*|inherit\w*|handl\w*|receiv\w*))[^?]*\?\s*"
                                 # a pasted bot question and its answer below: "？」\n——\nY", "?\"\n> Y"
                                 r"(?:[\"'」』>—\-–_=:,]+\s*)*", re.IGNORECASE))


# a long absence whose customers someone takes over meanwhile ("请了长假…先让高雅琴接过去")
AWAY = re.compile(r"长假|产假|病假|休假|陪产假|育儿假|\b(?:maternity|paternity|parental|sick|long)\s+leave\b|"
                   r"\bon leave\b|\bsabbatical\b", re.IGNORECASE)
_FITS = skipping(re.compile(r"\s*(?:最|比较|更|挺|很)?(?:合适|适合)(?![吗嘛么?]|\S{0,3}[吗?])"))
_RESPONSIBILITY = skipping(re.compile(r"\s*(?:'s|的)\s*(?:responsibility|job now|now\b|责任)", re.IGNORECASE))


def answered_question(s: Spotted) -> tuple[PersonSpot, Span] | None:
    """"她的客户谁接？阎明吧": the person answering the sender's own question receives."""
    m = _WHO_TAKES.search(s.low)
    if m is None:
        return None
    first = next((p for p in s.people if p.start >= m.end()), None)
    if first is None or is_possessive(s, first) or (
            first.start - m.end() > 2 and not _ANSWER_LEAD.fullmatch(s.low, m.end(), first.start)):
        return None
    return first, Span(m.start(), m.end(), "answer")


# the answer's own lead-in: "Who's taking X's clients? Let's say Y — please move them over", "…谁接？那就Y吧"
_ANSWER_LEAD = re.compile(r"\s*(?:let'?s\s+(?:say|go\s+with|make\s+it)|how\s+about|i'?d\s+say|maybe|probably|"
                          r"那就|我看就|就)\s*", re.IGNORECASE)


def _leaving_subject(s: Spotted, p: PersonSpot) -> bool:
    """"Tang Wen handed in his resignation", "袁立这个月做完就走": the one who leaves."""
    clause = clause_of(p.start, split_clauses(s.low))
    return bool(cues.LEAVING.search(s.low[p.end: clause[1]]) or re.search(
        r"\bresignation\b|辞呈|提了离职", s.low[p.end: clause[1]]))


def latin_after(s: Spotted, marker: Span | None) -> str | None:
    """"… to lina", "→ amylin": an unrecognized lowercase word right after the marker is the name."""
    spot = latin_spot_after(s, marker)
    return spot.text if spot is not None else None


def latin_spot_after(s: Spotted, marker: Span | None) -> PersonSpot | None:
    if marker is None or receiver_first(marker):
        return None
    m = re.match(r"[\s(\[<\"'@]*([a-z][a-z0-9_.\-]*[a-z0-9])\b", s.low[marker.end:])
    if m is None or m.group(1) in NOT_NAME_WORDS or travels_to(s.low[: marker.end + m.start(1)]):
        return None  # (… "is relocating to Accra": where he goes)
    start = marker.end + m.start(1)
    return PersonSpot(start, start + len(m.group(1)), s.text[start: start + len(m.group(1))])


_SPEAKER = skipping(re.compile(r"\s*(?:说|讲|表示|提到|让我|叫我|跟我说|交代|吩咐|指示|(?:决定|定了)\s*[:：]|"
                               r"\b(?:says|said|told|asked|mentioned)\b|\b(?:decided|a decide|a dit)\s*:)"))
_NOT_STAFF = skipping(re.compile(r"\s*(?:(?!的)[\u4e00-\u9fff]){0,3}?(?:工作室|公司|那家|家的|的店|厂)|"
                                 r"\s*是(?:片方|客户|甲方|对方|业主|家长)\S{0,6}|"
                                 r"\S{0,12}不是我们的人|\s+(?:is|was)\s+(?:a|the|our)\s+(?:client|customer)\b"))
_INFINITIVE = re.compile(r"\s*(?:have|be|get|see|meet|work with|know|hear|welcome|thank|lose|keep|call|ask|tell)\b")
# "kindly assist to move X's chats to Y": the first "to" opens a verb (not the learners' "please to transfer A …")
_TO_A_VERB = re.compile(r"\s*(?:move|transfer|give|hand|assign|pass|send|shift|reassign)\b")
_SAYS_SHE_TAKES = skipping(re.compile(
    r"(\u25a1+)\s*(?:讲|说|表示)(?:过)?\S{0,24}?(?:她|他|ta)\s*(?:来|去|会|可以|愿意)?\s*"
    r"(?:接手|接管|接|跟)(?!不|得了吗)|"  # (not "字正讲他接不过来": he cannot)
    r"(\u25a1+)\s+(?:said|says|told me)\s+(?:that\s+)?(?:she|he)"
    r"(?:'ll|'d|\s+will|\s+would|\s+can|\s+could)?\s+(?:take|handle|cover)\b", re.IGNORECASE))
_SAYS_HERS = re.compile(r"\s*(?:说|讲|表示|讲过)\s*(?:她|他)(?:的|名下|手上)|\s+(?:says|said|told me)\s+(?:that\s+)?"
                        r"(?:her|his)\b", re.IGNORECASE)
_APPROVER_BEFORE = skipping(re.compile(r"(?:审批|批准|审核|签批|签字)\S{0,6}(?:找|让|请|经|由|给)\s*(?:了)?\s*$|"
                                       r"\b(?:approved|signed off|okayed|ok'?d)\s+by\s+$|\bapprover\s*(?:is|:|=)?\s*$",
                                       re.IGNORECASE))
_APPROVER_AFTER = re.compile(r"\s*(?:已经|已|也)?(?:审批|批准|批|签字|签批|审核)(?:过|了|完)|\s+(?:has\s+)?"
                             r"(?:approved|signed off|okayed)\b", re.IGNORECASE)
_BOSS_BEFORE = re.compile(r"(?:主管|经理|老板|领导|总监|老大|上司|组长|部长|科长|处长|院长|所长|厂长|店长|站长|队长|"
                          r"主任|行长|社长|"
                          r"\b(?:boss|manager|supervisor|director|"
                          r"team lead|lead|head))\s*$", re.IGNORECASE)
_SELF_INTRO = skipping(re.compile(r"(?:\b(?:this is|i am|i'm|my name is|it's)|我是|我叫|本人是?)\s*(?:\S+\s*的\s*)?"
                                  r"(?:经理|主管|总监|组长|主任|同事|老师|助理)?\s*$"))  # ("我是装备部的经理鲁振华")
_SOURCE_LABEL = skipping(re.compile(r"(?:交接人|离职人|离职交接|原负责人|原跟进人|原对接人|(?<![^\s,;])原|"
                                    r"(?:原来|原先|之前|以前|一直|本来)(?:都|是)?(?:由|归))\s*:?\s*$"))


def one_of_two(s: Spotted, takeover: PersonSpot | None) -> tuple[PersonSpot, set[str]] | None:
    """"Should X's customers go to A or B? … so let's do B": the one of the two named last (not one said to be
    leaving or ruled out), and both their names; None when the receiver is not one of such a pair."""
    if takeover is None:
        return None
    for pair in _EITHER_OR.finditer(s.low):
        two = [p for p in s.people if p.start in (pair.start(1), pair.start(2))]
        if len(two) != 2 or not any(p is takeover or same_member(p, takeover) for p in two):
            continue
        names = {mention(p) for p in two}
        out = ruled_out(s) | {mention(p) for p in s.people if mention(p) in names and _leaving_subject(s, p)
                              and p.start > pair.end()}
        out |= {mention(p) for p in two if _turned_down(s, p, pair.end(), len(s.low))}  # "B. A's got enough on"
        which = _WHICH_OF_TWO.search(s.low, pair.end())
        if which is not None:  # "老闆說就後面那個啦", "the first one"
            chosen = two[1] if which.group(1) else two[0]
            return (takeover if same_member(chosen, takeover) else chosen), names
        text = s.text.lower()
        # the answer right after the question, said alone before any reason about the other: "给要瑞兵还是给武钢？
        # \n给要瑞兵，武钢月底走呀", "Iain Smith or Peigi Nicolson? → Peigi，Iain 下个月 last day" (not "巴山忙…")
        asked = _QUESTION_END.match(s.low, pair.end())
        if asked is not None:
            alone = sorted((at, i) for i, p in enumerate(two) if mention(p) not in out
                           for word in _answer_forms(mention(p))
                           for at, end in occurrences(text, word)
                           if at >= asked.end() and whole_word(text, at, end) and _SAID_ALONE.match(text, end))
            if alone:
                first = two[alone[0][1]]
                return (takeover if same_member(first, takeover) else first), names
        # where each is named again after the question (by the first name too: "I'd say shelley"; by the given
        # name after a surname: "Jong Kui Fah" … "Kui Fah lah")
        last = {mention(p): max(text.rfind(word, pair.end()) for word in _said_again(mention(p))) for p in two
                if mention(p) not in out}
        last = {k: v for k, v in last.items() if v >= 0}
        if last:
            chosen = next(p for p in two if mention(p) == max(last, key=lambda k: last[k]))
            return (takeover if same_member(chosen, takeover) else chosen), names
    return None


def pair_asked(s: Spotted) -> tuple[PersonSpot, PersonSpot] | None:
    """"Bruno's pet-sitting clients, Agnelo or Clyde?": (whose, the first of the two) where the message asks
    which of two takes someone's customers with no verb at all — the answer, if the writer gives it, follows."""
    for pair in _EITHER_OR.finditer(s.low):
        first = next((p for p in s.people if p.start == pair.start(1)), None)
        if first is None or _QUESTION_END.match(s.low, pair.end()) is None:
            continue
        before = [p for p in s.people if p.end <= first.start]
        owner = before[-1] if before else None
        between = s.low[owner.end: first.start] if owner is not None else ""
        if owner is not None and len(between) <= 40 and (is_possessive(s, owner) or cues.CUSTOMERS.search(between)
                                                          or cues.GROUPS.search(between)):
            return owner, first
    return None


def _said_again(name: str) -> tuple[str, ...]:
    """How a name of the pair may be said again: "shelley" for "Shelley Doucette", "kui fah" for "Jong Kui Fah"
    (a given name after the surname); a Chinese name whole."""
    words = name.lower().split()
    if not name.isascii() or not words:
        return (name.lower(),)
    return (words[0], " ".join(words[1:])) if len(words) > 2 else (words[0], words[-1])


_QUESTION_END = re.compile(r"[^?.\n]{0,24}\?")
# a name said alone, as an answer: then a particle at most, and the clause ends ("给冷冬梅吧，", "Peigi，", "禹钧吧")
_SAID_ALONE = re.compile(r"\s*(?:吧|啰|啦|嘛|呗|咯|喽|了|哦|lah|la|then|please|pls)?\s*(?:[,.!;/\n]|$)")


def _answer_forms(name: str) -> tuple[str, ...]:
    """How the answer to an or-question may name one of the two: as `_said_again`, or a Chinese name by its
    given name ("…敖小明还是付建明？\n小明，建明要去…")."""
    if re.fullmatch(r"[\u3400-\u9fff]{3,4}", name):
        return name, name[-2:]
    return _said_again(name)



# which of the two, by its place in the question: the latter / the former
_WHICH_OF_TWO = re.compile(r"(后面那个|后面那位|后一个|后一位|后者|第二个|\bthe (?:latter|second one)\b)|"
                           r"前面那个|前面那位|前一个|前一位|前者|第一个|\bthe (?:former|first one)\b")


# "A or B?", "A还是B", "A或者B", Hokkien "A抑是B"
_EITHER_OR = skipping(re.compile(r"(\u25a1+)\s*(?:好|呢)?\s*,?\s*"
                                 r"(?:or|ou|nangu|还是|还系|定系|或者|或是|或|抑是|抑或)\s*"
                                 r"(?:给|转给|交给|拨|畀|分|乞|予|to)?\s*"
                                 r"(\u25a1+)", re.IGNORECASE))


# a second person named right after the first by a colon or an arrow: a pair, the first gives
_SEPARATED_PAIR = re.compile(r"\s*(?:[:：>→]|->|=>)?\s*\u25a1")


def source_of(s: Spotted, takeover: PersonSpot | None, marker: Span | None,
              not_giving: frozenset[str] = frozenset()) -> PersonSpot | None:
    receiver = mention(takeover) if takeover is not None else None
    # the receiver named again ("…给李娜，李娜那边…", "…转给轩辕梓涵 / 轩辕梓涵：好的我来接") is not a second person
    others = [p for p in s.people if p is not takeover and not is_self(p)
              and not (takeover is not None and marker is not None and not receiver_first(marker)
                       and p.start > takeover.start and mention(p) == receiver)]
    others = [p for p in others if mention(p) != receiver and not (takeover is not None and same_member(p, takeover))
              ] or others  # "把张伟的客户给张伟" stays as written; "Imogen Tate … sit with Imogen": one person
    others = [p for p in others if mention(p) not in not_giving] or others  # ("Gretchen or Norbert?": neither gives)
    # "not Hamish, Tane Parata's the one leaving": the one ruled out gives nothing
    # "不要给伍嘉豪，伍嘉豪那边已经满了": one ruled out as the receiver gives nothing either, wherever named again
    ruled = ruled_out(s)
    others = [p for p in others if not ruled_person(s, p, ruled)] or others
    if not others:
        return None
    # "HR 的 Lily 说姜雪下周走", "My manager Tom says …": who says it is not a party to it
    # "颛孙樱说她的汉服客户…": who says "her customers" owns them
    # (but "X 要转岗，经理 Y 说她的客户…": the manager says it of the one leaving)
    owner = [p for p in others if _SAYS_HERS.match(s.low, p.end) and not (
        _BOSS_BEFORE.search(tail(s.low, p.start)) and any(_leaving_subject(s, q) for q in others if q is not p))]
    if len(owner) == 1 and not any(_SOURCE_LABEL.search(s.low[max(0, p.start - 8): p.start]) for p in others):
        return owner[0]
    # "我们主管宫长青让我来提：…", "my manager Tom asked me to …": who asks for it, above the writer, never gives
    others = [p for p in others if not (_SPEAKER.match(s.low[p.end:]) and _BOSS_BEFORE.search(tail(s.low, p.start)))]
    if not others:
        return None
    others = [p for p in others if not _SPEAKER.match(s.low[p.end:])] or others
    # "X's parents -> Kinsley. wait no Kinsley's cooked rn, Y takes them": a receiver corrected away gives nothing
    away = {mention(p) for p in s.people  # ("Put dem by Ricky Alleyne... no wait", no marker the reader knows)
            if _SELF_CORRECTION.match(re.sub(r"^[\W_]+", "", s.low[p.end: p.end + 24]))
            or (re.search(r"\b(?:swap|replace)\s*$", tail(s.low, p.start))  # ("^ swap Alyssa for Garrett")
                and re.match(r"\s*(?:out\s+)?(?:with|for)\b", s.low[p.end:]))}
    others = [p for p in others if not ruled_person(s, p, away)] or others
    # "包括周志刚工作室那家…周志刚是片方老板，不是我们的人": a customer's own people, not a colleague
    others = [p for p in others if not _NOT_STAFF.match(s.low, p.end)] or others
    # "审批我已经找百里鸿过了", "approved by Dana": who approves is not a party to it
    others = [p for p in others if not (_APPROVER_BEFORE.search(tail(s.low, p.start))
                                        or _APPROVER_AFTER.match(s.low, p.end))] or others
    # "Hello, this is Jung Haeun from CS", "我是销售部的刘洋": the sender introduces themself
    others = [p for p in others if not _SELF_INTRO.search(tail(s.low, p.start))] or others
    # "Fatou，Ousmane 走了以后他的 clients 全部给 Khady": the one addressed first, before the one who leaves or owns
    others = [p for p in others if not (_ADDRESSED_BEFORE.fullmatch(s.low[: p.start]) and _ADDRESSED_AFTER.match(
        s.low, p.end) and any(q.start > p.end and (is_possessive(s, q) or _leaving_subject(s, q)) for q in others))
              ] or others
    # "Shiver me timbers, Barnaby Crook jumped ship! His whole haul …": where the directory knows some of them,
    # a word it does not know is no giver, unless the message says it owns or leaves ("Russell's going part-time")
    if any(p.known for p in others):
        others = [p for p in others if p.known or ((is_possessive(s, p) or _leaving_subject(s, p))
                                                   and not p.text[:1].islower())]  # ("her husband's village")
    named_after = latin_after(s, marker) if takeover is None else None  # "… should sit with Imogen": not hers
    if named_after:
        others = [p for p in others if mention(p).lower().split()[0] != named_after.lower()] or others
    labelled = [p for p in others if _SOURCE_LABEL.search(s.low[max(0, p.start - 8): p.start])]
    if labelled:
        return labelled[0]  # "交接人：洪亮；接收人：翟静", "原：翟静 新：洪亮"
    possessive = [p for p in others if is_possessive(s, p)]
    if receiver_first(marker):
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
            return before[0] if PRONOUN.search(s.low[before[-1].end: marker.start]) else before[-1]
    return others[0]


_ADDRESSED_BEFORE = re.compile(r"\W*(?:(?:hi|hey|hello|dear|morning|good morning|嗨|哈喽|你好|早)\W*)?")
_ADDRESSED_AFTER = re.compile(r"\s*(?:[,:]|\s-\s)")


def ruled_out(s: Spotted) -> set[str]:
    """Who the message rules out anywhere ("不要给X", "not to X", "not X, Y's the one leaving"): that person
    takes no role, also where named again ("…不要给X，X那边已经满了")."""
    return {mention(p) for p in s.people if _ruled_here(s, p)}


def _ruled_here(s: Spotted, p: PersonSpot) -> bool:
    return bool((_RULED_OUT_BEFORE.search(tail(s.low, p.start))
                 or _NEGATED_GIVE.search(s.low[max(0, p.start - 120): p.start]))
                and not _PAIR_AFTER.match(s.low, p.end)  # ("不是任重给高兴" rules out a direction, not a person)
                # ("Brooke Lin, not Brooke Tan", both spotted as Brooke: someone else is ruled out, not Brooke Lin)
                and not _other_full_name(s, p)
                and not re.match(r"\s*的?(?:那个)?意思", s.low[p.end:]))  # ("不是马上的意思": a word, not a person)


_PAIR_AFTER = re.compile(r"\s*(?:的\s*(?:客户|群)?\s*)?(?:给|转给|交给|→|->|=>|\bto\b)\s*\u25a1")


def _other_full_name(s: Spotted, p: PersonSpot) -> bool:
    """The member spotted at `p` is also named, in full, another way ("Brooke Lin … not Brooke Tan")."""
    def written(q: PersonSpot) -> str:
        return fold_accents(s.text[q.start: q.end]).lower()
    return any(q is not p and same_member(q, p) and " " in written(q) and " " in written(p)
               and written(q) != written(p) for q in s.people)


def replaced(s: Spotted) -> list[tuple[PersonSpot, PersonSpot]]:
    """"不是A，是A'", "也不是B，是B'", "not A but A'": each name taken back and the one said in its place; and a name
    put right as a typo ("柯尚兰's … — sorry typo, 柯尚岚", "刘彩碟…打错了，是刘彩蝶"): one spelled all but alike, after
    a word owning up to the slip."""
    out = []
    for m in _NOT_BUT.finditer(s.low):
        first, second = (1, 2) if m.group(1) else (3, 4)
        wrong = next((p for p in s.people if p.start == m.start(first)), None)
        right = next((p for p in s.people if p.start == m.start(second)), None)
        if wrong is not None and right is not None and mention(wrong) != mention(right):
            out.append((wrong, right))
    if _TYPO.search(s.low):
        for n, right in enumerate(s.people):
            slip = _TYPO.search(s.low, 0, right.start)
            wrong = next((p for p in reversed(s.people[:n]) if p.end <= (slip.start() if slip else -1)
                          and _spelled_alike(mention(p), mention(right)) and not same_member(p, right)), None)
            if wrong is not None and all(w is not wrong for w, _ in out):
                out.append((wrong, right))
    return out


# owning up to a slip of the keys
_TYPO = skipping(re.compile(r"\btypo\b|打错|写错|打錯|寫錯|错别字|錯字|\bmis-?spel\w*|\bspelling\b|\bmis-?typed\b",
                            re.IGNORECASE))


def _spelled_alike(a: str, b: str) -> bool:
    """Two names written all but alike: Chinese of one length, one character apart; Latin, one or two edits apart
    in a name of five letters or more."""
    if a == b:
        return False
    if not a.isascii() and not b.isascii():
        return len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    return a.isascii() and b.isascii() and min(len(a), len(b)) >= 5 and OSA.distance(a.lower(), b.lower()) <= 2


_NOT_BUT = skipping(re.compile(
    r"(?:也)?不是[^\s,;.\u25a1]{0,6}?(\u25a1+)\s*[,;]?\s*(?:而)?是[^\s,;.\u25a1]{0,6}?(\u25a1+)|"
    r"\bnot\s+(\u25a1+)\s*,?\s*but\s+"
    r"(\u25a1+)", re.IGNORECASE))


def ruled_person(s: Spotted, p: PersonSpot, ruled: set[str]) -> bool:
    """`p` is one of `ruled`, however named again ("not Wayne Hackett, Wayne's got enough on")."""
    return mention(p) in ruled or any(same_member(p, q) for q in s.people if mention(q) in ruled)


def is_self(p: PersonSpot) -> bool:
    return p.text in ("我", "me", "myself")


# "谭晓溪跟我讲：“黄莺走了以后她的客户我来接”": a member named, a word for saying, then a quote
# (共/佮/甲: "with" in Teochew and Hokkien; "X told me: '…'", "X said to me")
_SAID_QUOTE = re.compile(r"\s*(?:(?:跟|对|和|同|给|告诉|共|佮|甲)?\s*(?:我|我们|俺|额)?\s*"
                         r"(?:说|讲|港|呾|话|讲话)(?:过|了|咗|嘞|哒)?|\s(?:told|tells)\s+me|\s(?:said|says)(?:\s+to\s+me)?)"
                         r"\s*[:,]?\s*[\"「『]")
_QUOTE_END = re.compile(r"[\"」』]")


def quoted_speaker(s: Spotted, p: PersonSpot) -> PersonSpot | None:
    """The member whose words, quoted, hold the self word `p`: the 我 in the quote is who said it."""
    for q in sorted(s.people, key=lambda q: -q.start):
        if not q.known or is_self(q) or q.end > p.start:
            continue
        said = _SAID_QUOTE.match(s.low, q.end)
        if said is None or said.end() > p.start:
            continue
        end = _QUOTE_END.search(s.low, said.end())
        return q if end is None or end.start() > p.start else None
    return None


TAKE_GAP = re.compile(r"\s*(?:(?:'s|,|you|the one|同仁|同事|经理|老师|暂时|说她|说他|说|她|他|你|您|愿意|同意|答应|"
                       r"帮忙|可以|能|能不能|可不可以|愿不愿意|想|"
                       r"打算|会|要|将|"
                       r"willing to|happy to|"
                       r"agreed to|offered to|wants to|asked to|has|have|had|"
                       r"来|去|负责|再|也|都|全部|全|先|should|will|can|to|"
                       r"needs?|must|"
                       r"would|now|please|is|are|going|gonna|be|could|shall|may|just|then|i guess|so|also|"
                       # "Soraya 下周一起接 X 的 clients": when she takes over, between her and the verb
                       r"(?:从)?(?:下周[一二三四五六日天]?|下个?月|明天|后天|今天|月底|周[一二三四五六日])(?:起|开始)?)\s*)*",
                       re.IGNORECASE | re.ASCII)
FAILED = re.compile(r"not taken over|未接替|没接替|没有接替|没被接替|未成功|没成功|没转成功|没有转成功|"
                     r"转失败|失败|没转过去|再跑|重跑|重新跑|\bdid(?:n'?t| not) (?:move|go|transfer)\b|"
                     r"\b(?:try|run|do)\b.{0,24}\bagain\b|\bre-?run\b|"
                     r"没过去|没转走|未转|"
                     r"被拒|拒绝|剩下|剩余|"
                     r"\b(?:failed|failures?|leftovers?|unassigned|rejected|refused|remaining|"
                     r"retry)\b", re.IGNORECASE | re.ASCII)


# "给石晓东，哦不对，给石晓婉", "先给江帆吧 算了…还是给姬远", "to Becca, sorry, I mean Tom": said
# or typed fast, the name after the last correction replaces the one before it
_SELF_CORRECTION = skipping(re.compile(
    r"(?:哦|噢|呃|额)?不对|(?<![嫑别莫勿甭])(?<!不要)[说打讲搞弄写记看填呾港话](?:错|岔)(?:了|哒|哩|咗|嘞)?|"
    r"[啊哦噢呃额](?:毋|唔|不)(?:係|系|是)|"  # (Changsha 港错哒, Hakka/Cantonese 话错哩, 啊毋係: said wrong)
    r"口误|算了|(?:现在|后来|又|还是)改(?:成|为)?(?:给|由)?(?=\s*\u25a1)|"  # "原来说给A，现在改成给B"
    r"(?:呃|额|哦|啊)不是|[啊哦噢呃额]不(?=\s*[,.]|写|说|打|对)|哦豁|"
    r"(?:接收人|接手人|人|名字|对象)错了|改\s*[:：]|更正\s*[:：为]?|"
    # a pasted preview put right below ("接收人错哒，改成X", "接收人勿对，是X", "接收人改 X"),
    # Henan 不胜 ("better give Y"), Hebei 崴泥 ("messed up")
    r"(?:接收人|接手人|接收)\s*(?:错|不对|勿对|弗对|唔啱|唔对|改(?=\s*\u25a1))|不胜|崴泥|"
    r"\bwrong (?:receiver|recipient|person|name)\b|"
    # (Cantonese "no", "not right"; 唔 may come folded to 不; "唔系X" names one ruled out)
    r"[唔不]系(?=\s*[,.!?]|[唔不]系)|[唔不]啱|"
    r"아니(?:다|야|요)|아니\s*,?\s*아니|"  # (Korean "no")
    r"(?:接收人|接手人|继承人|受让人|receiver|recipient)\s*(?:改成|换成|改为|换给|改给|"
    r"changed? to|should be)|"
    r"还是(?=给|由|让|交给|转给)|"  # not the 还是 of an or-question
    # (English words bounded by letters only: "wait是郝佳佳" runs into Chinese)
    r"(?<![a-z])(?:i mean|i meant|no wait|wait no|wait|scratch that|make that|make it|"
    r"correction|"
    r"or rather|sorry|sori|nogat|my bad|my mistake|oops|ops(?=\s*[,!.])|desculpa|perd[oó]n|"
    r"hang on|hold on|salah|bukan|non non|"
    r"lo siento|"
    r"pardon|"
    r"on second thought)(?![a-z])"
    r"(?!\s+(?:for|to|about|if)\b)|"
    r"\bedit\s*:|"
    # "no" in the writers' own languages, or any short word said twice ("yox yox, Rauf is in
    # Ganja", "jok jok", "ni, ni", "chau chau", 无无, 不中不中, 错了错了)
    r"(?<![a-z'])(?:yox|jok|yo'q|daabi|dudu|nein|nee|hayir|khong|hong phai|nahi|nahin|"
    r"hapana|ayi|kare|qang'a|houl on|naw|awe|hatshi|nei)(?=\s*[,.!-])|"
    r"(?<![a-z])eiku(?![a-z])|"
    r"(?<![a-z'])(?P<dup>[a-z']{2,6})(?:\s*,\s*|\s+)(?P=dup)(?![a-z'])(?=\s*[,.!-])|"
    r"(?P<zh>无|不中|不行|错了|不对|弗对|勿对|冇|毋系|唔系|嫑|勿|别|莫|不|伓是|毋是|不是|伓着|毋着|无对|别价|不介)\s*,?\s*"
    r"(?P=zh)|"
    # (Cantonese 咪住 "hold on", 算啦; Taiwanese 阿不然 "or rather", 免啦 "no need"; a bare
    # 不是， said to oneself; "*Mehwish Iqbal" typed to put a name right)
    r"咪住|算啦|(?:阿)?不然(?=\s*(?:给|转|交给|改给))|\?\s*免(?:啦|了)|不是(?=\s*[,.])|\*(?=\s*\u25a1)|"
    # "— no, …", "wallah no, …", "nah scratch that": a dash or a comma, then no
    r"(?:[-—–,;.]\s*|^)(?:[a-z]+,?\s+)?(?:no|nah|nope|naw)\b(?=\s*[,.!-]|\s+(?:wait|scratch|sorry|"
    r"make|give|send|move|to|man|no|espera|aspetta)\b)",
    re.IGNORECASE))
_NAMES_INSTEAD = re.compile(r"(?:\b(?:make it|make that|should be|it's|it is|to|with|for|tu|ta|long|para|pa'?|give|"
                            r"plut[oô]t|rather|instead|a(?=\s))|→|->|=>|"
                            r"改成|换成|改给|(?<!修)改|是|系|给|还是转|还是交|拨|乞|予|(?<![\u4e00-\u9fff])把|"
                            r"(?<![\u4e00-\u9fff])转)\W*"
                            r"(?:[a-z]{1,4}\s+)?$",  # (an honorific: "To Ma Thida Win", "should be Kong X")
                            re.IGNORECASE)
_REPLACES = re.compile(r"\W*(?:(?:not|不是|bukan|pas)\s*\u25a1+\W*)?(?:sorry|uh|um|呃|嗯)?\W*"
                       r"(?:是|给|改给|转给|交给|换成|改成|应该是|就|还是给|to)?\W*")


_OWNS_HERE = re.compile(r"\s*(?:'s\b|'(?=\s)|的|嘅|啲|名下)")
_TAKES_THEM = re.compile(r"\s*(?:will\s+|can\s+|should\s+)?(?:takes?|gets?|handles?|have|has)\s+(?:them|'em|it|"
                         r"those|these|over)(?![a-z])|\s*(?:来|去)?(?:接手|接管|接)(?:吧|了|过去)?\s*(?:[,.!?]|$)",
                         re.IGNORECASE)


def same_member(p: PersonSpot, q: PersonSpot) -> bool:
    """"Ko Zaw Min Htet … Ko Zaw is also leaving", "Vinnie Scarpa … Vinnie's down the shore": one person, spelled
    two ways (the same member, or a first name said again)."""
    if p.known and q.known:
        return bool(set(p.members) & set(q.members))
    a, b = mention(p).lower().split(), mention(q).lower().split()
    return bool(a and b) and (a == b[:1] or b == a[:1])


_ENDS_WITH_NAME = re.compile(r"\s*,?\s*(?:then|instead|please|pls|thanks|吧|好了|就行|那就)?\s*[.!。]*\s*")


# the receiver named again and said not to be free to take them: "→ Yonas. Aydelem, Yonas retired last month. →
# Tesfaye Bekele", "to Kane — Kane's flat out", "喊杨黔生接——杨黔生忙不赢，还是喊雍红梅接": whoever is named after that
# reason takes them, in any language the correction itself was said in
_CANNOT_TAKE = skipping(re.compile(r"(?:\s*,?\s*(?:she|he|they)'?s?)?(?:'s|'re|\s+is|\s+are|\s+has|\s+was)?\s*"
                                   r"(?:already\s+|also\s+|just\s+|now\s+)?"
                                   r"(?:on (?:leave|holiday|vacation|sick leave|annual leave)|retired|retiring|"
                                   r"going on leave|flat out|swamped|slammed|snowed under|maxed out|overloaded|full up|"
                                   r"got (?:enough|too much|too many)|has (?:enough|too much|too many)|already has|"
                                   r"leaving (?:too|as well)|quit|quitting|resigned|cyaan|can'?t take|cannot take|"
                                   r"not available|unavailable|busy|too busy|off sick|is off|est off|on paternity|"
                                   r"on maternity|doesn'?t do|does not do|doesn'?t know|away|off|"
                                   r"going (?:also|too|as well)|leaving also|(?:has|got) a lot on|has too much on|full|"
                                   # (Spanish, Portuguese, French, Italian: leaving, on holiday, on leave)
                                   r"se va|se fue|se marcha|s'en va|part aussi|vai sair|de vacaciones|de baja|"
                                   r"de ferias|"
                                   r"en conge|en vacances|in ferie|va via)(?![a-z])|"
                                   r"[^\s,.;!?\u25a1]{0,6}?(?:忙不赢|忙不过来|忙不过|接不过来|接不了|接不下|顾不过来|带不过来|满了|也要走|也走|"
                                   r"要走了|调走了|不干了|休假|请假|休产假|没空|不会|不熟|弗熟|也要走哩|要走哩|太忙|有够忙|好忙|"
                                   r"么空|冇空|无空|放假|不行|说不要|调\S{0,4}去了|手头介多|做毋赢|呢排太忙|太多了|忒多了|太多|忒多|回不来)",
                                   re.IGNORECASE))


def _turned_down(s: Spotted, person: PersonSpot, start: int, end: int) -> list[tuple[int, int]]:
    """Where the message names `person` again, between `start` and `end`, to say they cannot take them (by the
    given name too: "给巩丽萍……丽萍手上么空"): the spans of the reasons."""
    ends = [q.end for q in s.people if start <= q.start and q.end <= end and same_member(q, person)]
    given = _given_name(s, person)
    if given:
        ends += [e for at, e in occurrences(s.low[:end], given) if at >= start]
    words = s.text[person.start: person.end].split()
    if len(words) >= 2 and words[-1].isascii() and words[-1][:1].isupper():  # the surname alone
        ends += [e for _, e in word_spans(s.low, words[-1].lower(), start, end)]
    found = (_CANNOT_TAKE.match(s.low, at) for at in ends)
    return [m.span() for m in found if m is not None and m.end() <= end]


def turned_down(s: Spotted, person: PersonSpot) -> bool:
    """The message says `person` cannot take them ("que Mateo se va tambien", "丽萍手上么空")."""
    return bool(_turned_down(s, person, person.start, len(s.low)))


def _given_name(s: Spotted, person: PersonSpot) -> str | None:
    """The given name of a three-character Chinese name as written ("丽萍" of 巩丽萍), which the directory does
    not spot alone."""
    written = s.text[person.start: person.end]
    return written[1:] if len(written) == 3 and all("\u4e00" <= c <= "\u9fff" for c in written) else None


def _ruled_mentions(s: Spotted, person: PersonSpot, end: int) -> list[tuple[int, int]]:
    """Where `person` (or the member named again) is ruled out, from `person` on: "to Slamet — eh sik, dudu Slamet,
    he's in Sidoarjo. Bagus.", "don't give them to Jayden, he's leaving too. Rhiannon Cahill." (an empty span
    where the ruled-out name ends: whoever the message names after it, as after a correction)"""
    return [(q.end, q.end) for q in s.people if person.start <= q.start and q.end <= end and same_member(q, person)
            and _ruled_here(s, q)]


def owner_put_right(s: Spotted, takeover: PersonSpot) -> PersonSpot | None:
    """"…转给Y 说错了 是Z的": a correction after the receiver that names someone's (Z的) puts right whose customers they
    are, not who receives them."""
    for m in _SELF_CORRECTION.finditer(s.low, takeover.end):
        named = next((p for p in s.people if p.start >= m.end()
                      and re.fullmatch(r"[\s,;:]*(?:是|应该是|应该)?\s*", s.low[m.end(): p.start])), None)
        if named is not None and re.match(r"\s*的", s.low[named.end:]) and not same_member(named, takeover):
            return named
    return None


def corrected(s: Spotted, person: PersonSpot, *, before: int | None = None, owner: bool = False) -> PersonSpot:
    """`person`, or whom a correction after it names instead (before `before`; an owner: "是邝颖的客户")."""
    end = len(s.low) if before is None else before
    if not owner:  # "to Hira Butt\n*Mehwish Iqbal, sorry wrong name": the name put right, then the apology
        right_after = next((p for p in s.people if p.start > person.end and p.end <= end
                            and re.fullmatch(r"[\s,;*]*", s.low[person.end: p.start])), None)
        if right_after is not None and not same_member(right_after, person) and _PUT_RIGHT_AFTER.match(
                s.low, right_after.end):
            return right_after
    # (a word said twice is a "no" only where the receiver is then named again: "jok jok, Aibek is in Osh", not
    # "…to Tuhafeni Nangolo now now", "todo todo")
    said = [m.span() for m in _SELF_CORRECTION.finditer(s.low, person.end, end) if not m.group("dup") or any(
        q.start >= m.end() and same_member(q, person) for q in s.people) or (
        not person.known and word_spans(s.low[m.end():], person.text.lower()))]
    if not owner:  # (a correction said in words first; then the reason alone: "…, Kerry's got enough on")
        said = _ruled_mentions(s, person, end) + _turned_down(s, person, person.start, end) + said
    if not said:
        return person
    if owner and re.search(r"→|->|=>|\bto\b|给", s.low[person.end: said[-1][0]]):
        return person  # "X's parents -> Kinsley. wait no Kinsley's cooked": the receiver is corrected, not whose
    # the last correction that names someone ("…是郝佳佳；…sorry 改了两次": a closing apology names nobody)
    for _, cue_end in reversed(said):
        found = _named_after(s, person, cue_end, end, owner)
        if found is not None:
            return found
    after = said[-1][1]
    # "to Waylon — scratch that, Waylon's on vacation till January. Cody Vance, then.": the reason, then the one
    # new name that ends the message
    last = [p for p in s.people if p.start >= after and p.end <= end and mention(p) != mention(person)
            and not same_member(p, person) and (p.known or " " in mention(p))]  # (not a closing "Ta.")
    if not owner and before is None and len({mention(p) for p in last}) == 1 and _ENDS_WITH_NAME.fullmatch(
            s.low[last[-1].end:]):
        return last[-1]
    return person


# the end of a name said as a sentence of its own, maybe with a short word after it ("Paula Zapata, de una.")
_SENTENCE_END = re.compile(r"\s*(?:(?:please|pls|plz|nha|lah|thanks|thx|so|den|then|ok|okay|jo|" +
                           "|".join(sorted(TITLES_AFTER)) + r")\s*)?"
                           r"(?:[.!]|,[^,.!?\u25a1]{0,14}(?:[.!]|$)|$)")


_PUT_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:sorry|my bad|wrong name|typo|打错了?|写错了?|说错了?)", re.IGNORECASE)


def _fuller(p: PersonSpot, q: PersonSpot) -> bool:
    """`p` names `q` more fully ("Neha Joshi" after "Neha's"): whose, made exact."""
    return mention(p).lower().startswith(mention(q).lower() + " ")


def _named_after(s: Spotted, person: PersonSpot, after: int, end: int, owner: bool) -> PersonSpot | None:
    """Whom the correction ending at `after` names instead of `person`, or None."""
    ruled = ruled_out(s)
    # (not whose they are, named again: "Lahiru's members to Tharindu — no no … Nadeesha. Groups stay with Lahiru")
    owners = [q for q in s.people if q.end <= person.start and is_possessive(s, q)]
    for p in s.people:
        if p.start >= after and p.end <= end and mention(p) != mention(person) and not same_member(p, person) \
                and not (not owner and any(same_member(p, q) and not _fuller(p, q) for q in owners)):
            # right after the correction, or after its own marker ("wait no, X's on leave — make it Y")
            fits = _REPLACES.fullmatch(s.low[after: p.start]) is not None or bool(
                _NAMES_INSTEAD.search(s.low[max(after, p.start - 20): p.start])) or bool(
                _TAKES_THEM.match(s.low, p.end)) or bool(  # "wait no Kinsley's cooked rn, Jayden Liu takes them"
                re.match(r"\s*,?\s*then\b", s.low[p.end:])) or bool(  # "— or no, wait, Darrell's away. Y then."
                re.search(r"[.!?]\s*$", s.low[after: p.start]) and _SENTENCE_END.match(s.low, p.end)
                and (p.known or " " in mention(p)))
            # (a name said as a sentence of its own: "pas Ange, elle est déjà chargée. Serge G.")
            before = tail(s.low, p.start)
            if re.search(r"(?:\bnot|不是)\s*$", before) or ruled_person(s, p, ruled) or \
                    _turned_down(s, p, p.start, end):
                continue  # "sorry，不是 Lorenzo，…", "给敖小军。哎也不要给敖小军": the one ruled out
            if fits and (is_possessive(s, p) if owner else not _OWNS_HERE.match(s.low, p.end)):
                return p  # (not "…给 Serena —— sorry，不是 Lorenzo，是 Giacomo Riva 的 cafés": whose, put right)
    return None
