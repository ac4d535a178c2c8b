"""One member's customers split among several successors (issue #19): evenly or by a tag.

    把张伟的客户平均分给王磊和杨洋 · 张伟的客户王磊杨洋一人一半 · split Zhang Wei's customers between
    Wang Lei and Yang Yang → split "even", takeovers in the order named;
    张伟的VIP客户给李娜，其他给王磊 · Zhang Wei's A类 customers to Li Na, the rest to Wang Lei →
    split "by_tag", tag as written, the tagged customers' receiver first, "the rest" second.

Read before the general reader: a by-tag request looks like a plain handover to its first
receiver ("张伟的VIP客户给李娜…"), and moving everything to one person would be the wrong handover.
It needs three people (the source and two receivers or more), a customers word, and a split cue
(平均/一人一半/split/divide… or 其他/其余/the rest…). The source is the one whose customers they are
(X的 / X's / X名下 / 他的 after X); anything less clear is left to the reader. Names are reported as
written; the directory resolves them (and asks when a name is more than one person).
"""

from __future__ import annotations

import re

from . import cues
from .intent import Intent, Slots
from .normalize import normalize
from .people import PeopleSpotter, PersonSpot, recognize_people
from .text import detect_language

# English words are bounded by letters, not by \b: code-mixed "split给", "the rest给" run into Chinese.
_A, _Z = r"(?<![A-Za-z])", r"(?![A-Za-z])"
_EVEN = re.compile(r"平均|均分|均摊|均匀|平分|对半|平摊|分摊|瓜分|品均|轮流分|[一每]人\S{0,2}一[半份]|各\S{0,2}一半|"
                   r"各半|分给|分配给|"
                   r"五五[分开]|各50%|50%(?=.{1,24}?50%)|"
                   r"分成[两二三四五2-5]|分[两二三四五2-5]份|一分为[二三]|[二三四2-4]分之一|一半(?=.{1,24}?一半)|"
                   rf"{_A}(?:split|splits|divide|divided|evenly|equally|half|halves|share|shared){_Z}|"
                   rf"{_A}(?:(?:two|three|four) ways|down the middle|fifty-fifty|half and half|"
                   rf"equal (?:parts|shares|split)|same (?:number|amount)){_Z}|"
                   r"50/50|50-50", re.IGNORECASE)
# "the rest": what is left after the tagged customers (其余, 剩低, 非VIP的, 不带的, everyone else…).
_REST_WORDS = (r"其他|其它|其余|剩下|剩余|剩低|剩返|余下|别的|另外的|普通客户|普通的|一般客户|一般的|小客户|"
               r"非[^\s,.;:的]{1,8}?(?:的|客户)|冇[^\s,.;:]{0,8}标签的?|"
               r"不带的|没带的|没(?:有|打|带)?标签|没有[^\s,.;:]{1,8}标签的|不是[^\s,.;:的]{1,8}的|"
               r"除了?[^\s,.;:]{1,8}(?:以外|之外|外)的?|"
               rf"{_A}(?:the rest|rest|everything else|(?:the )?others|every(?:one|body) else|all (?:the )?others|"
               rf"remaining|all (?:(?:her|his|the|their) )?other|other (?:customers|clients|accounts|ones)|untagged|"
               rf"not tagged|non-[\w-]+|other(?=\s+(?:to|go|→))|without (?:the |a )?(?:tag|label)|remainder|"
               rf"leftovers?|(?:what|whatever)(?:'s| is) left){_Z}")
_REST = re.compile(_REST_WORDS, re.IGNORECASE)
# Markers of ownership right after a name: X的 / X's / X名下 / X啲 (Cantonese) / "X:" heading the request.
_OWNER_AFTER = re.compile(r"\s*(?:名下|手上|那边|这边|所有|全部)?的|\s*['’]s\b|"
                          r"(?-i:\s+(?:[A-Z][\w-]*\s+)?(?:customers?|clients?|accounts?)\b)|\s*(?:名下|这边|那边)|\s*啲|\s*:|"
                          r"(?=\s*带?[^\s,.;:]{1,12}?标签)|(?=标签)",
                          re.IGNORECASE)
# …and right before it: "the customers of X", "For X:".
_OWNER_BEFORE = re.compile(r"(?:\b(?:customers|clients|accounts|contacts|book)\b[^,.;:]{0,24}?\b(?:of|from)\s+|"
                           r"(?:离职人|离职员工|离职同事|交接人|原负责人|原跟进人|\bleaver|\bdeparting)\s*:?\s*|"
                           r"(?:^|[.!?;]\s*)for\s+)$",
                           re.IGNORECASE)
# The one who leaves is the one whose customers move: "X离职，客户由A和B平分", "X is leaving; split her…".
_LEAVES = re.compile(r"\s*(?:已经|已|要|将要|马上|刚|刚刚|下个?月|下周|下星期|月底|明天|周五)?\s*"
                     r"(?:离职|辞职|走了|要走|走啦|离开|调走|调岗)|"
                     r"\s+(?:(?:is|has|will be)\s+)?(?:leaving|left|resigned|quitting|gone)\b", re.IGNORECASE)
_ARROW_FROM = re.compile(r"\s*→")
# Right after the first person, before anyone else: his customers, maybe behind a tag.
_OWN_NOUN = re.compile(r"\s*[^\s,.;:的给]{0,8}?(?:客户|客户群|群)")
# "苏梓萱：重点客户→夏雨辰，其余→邵云飞": a tag heading an arrow, the customers word implied.
_ARROW_TAG = re.compile(r":\s*[^\s,.;:→]{1,12}\s*→")
# Customers words the shared cues leave out: Cantonese 啲客, 客人, "X's book".
_MORE_CUSTOMERS = re.compile(rf"啲客|客人|(?<=[A-Za-z的])客(?=[给交转归→])|['’]s book{_Z}|{_A}customer{_Z}",
                             re.IGNORECASE)
# The receivers' verbs after "the rest": 其他给王磊, 其余→邵云飞, 剩下的段誉接, the rest to Wang Lei.
_REST_TO = re.compile(rf"(?:{_REST_WORDS})[^,.;]{{0,20}}?(?:给|→|归|转|交|由|接|放|负责|{_A}to{_Z}|"
                      rf"{_A}go(?:es)? to{_Z}|{_A}gets?{_Z}|{_A}takes?{_Z})|"
                      rf"{_A}(?:gets?|takes?|receives?|handles?|inherits?|keeps?)\s+(?:all\s+)?(?:of\s+)?(?:{_REST_WORDS})",
                      re.IGNORECASE)
_PRONOUN = re.compile(r"[他她]的|[他她]啲|\b(?:his|her)\b", re.IGNORECASE)
_GROUPS_TO = re.compile(r"(?:客户群|群聊|群)\s*(?:的话)?\s*(?:也|都|全部|全都|就|则|统一|一律)*\s*"
                        r"(?:转给|交给|划给|给|归|由|放)\s*$|"
                        r"\b(?:group chats?|groups?)\s+(?:go(?:es|ing)?\s+|should go\s+)?to\s+$", re.IGNORECASE)
# After the receiver: "Carol Lee takes the groups", "李娜接群", "王磊负责客户群".
_GROUPS_TAKER = re.compile(r"\s*(?:also\s+)?(?:takes?|gets?|keeps?|receives?|will take|handles?)\s+"
                           r"(?:all\s+)?(?:the\s+|her\s+|his\s+)?(?:group chats?|groups)\b|"
                           r"\s*(?:也|就)?(?:接|拿|要|负责|接手)(?:客户群|群聊|群)", re.IGNORECASE)
# "群那边罗敏接", "群的话杨洋负责": the groups named first, their receiver's verb after the name.
_GROUPS_HEAD = re.compile(r"(?:客户群|群聊|群)\s*(?:的话|那边|这边|这块)?\s*(?:就|也|都)?\s*$")
_GROUPS_TAKEN = re.compile(r"\s*(?:来)?(?:接手|接管|接|负责|拿|跟进)")
_MORE_GROUPS = re.compile(r"(?<=[同啲])群")
# Between the source and the customers word: the tag ("VIP", "A类", "重点客户"), with its frame.
_TAG_ZH = re.compile(r"^\s*(?:名下|手上|这边|那边)?[的:啲]?\s*(?:带|有|打了?)?\s*(?:标签(?:为|是)?)?\s*"
                     r"(?:\"(?P<quoted>[^\"]{1,12})\"|(?P<tag>[^\s,.;:的→\"']{1,12}?))\s*(?:标签)?\s*的?\s*"
                     rf"(?:客户|客人|客(?=给|交|转|归|→)|→|(?:customers|clients|accounts){_Z})", re.IGNORECASE)
_TAG_DOUBLE = re.compile(r"^\s*(?:名下|手上)?[的:]?\s*(?P<tag>[^\s,.;:的]{1,10}客户)\s*的?\s*客户")
_TAG_EN = re.compile(r"^\s*['’]s\s+(?P<tag>\S+(?:\s\S+)?)\s+(?P<noun>customers|clients|contacts|accounts)(?![A-Za-z])",
                     re.IGNORECASE)
_TAG_EN_AFTER = re.compile(r"\b(?:customers|clients|contacts|accounts)\s+"
                           r"(?:tagged|with (?:the )?tag|label(?:l)?ed|marked)\s+"
                           r"(?P<tag>\"[^\"]{1,20}\"|[^\s,.;]+(?-i: (?:\d+|[A-Z][A-Za-z0-9-]*))*)", re.IGNORECASE)
# "customers with the VIP tag"
_TAG_EN_WITH = re.compile(r"\b(?:customers|clients|contacts|accounts)\s+with\s+(?:the |a )?"
                          r"(?P<tag>\"[^\"]{1,20}\"|\S+)\s+"
                          r"(?:tag|label)\b", re.IGNORECASE)
# A tag found by its shape anywhere (when no frame names it): quoted, X类, 带/打了X标签, X-tagged,
# an upper-case or capitalized word, 重点客户 — right before the receiver's verb or the customers word.
_ADJ = "大|老|新|小|重点|重要|核心|优质|高端|潜在|意向|长期|关键"
_TAG_SHAPE = (r"(?:带|打了?|有)\s*\"?(?P<marked>[^\s,.;:的\"]{1,12}?)\"?\s*标签|\"(?P<quoted>[^\"]{1,16})\"|"
              r"标签(?:为|是)\s*(?P<named>[^\s,.;:的\"]{1,12}?)(?=的|\s|客)|(?P<tagged>[A-Za-z0-9]+)[- ]tagged|"
              rf"(?P<shape>(?:[A-Za-z0-9]{{1,3}}|[一二三四五甲乙丙丁])类|(?:{_ADJ})客户|(?i:s?vip(?=s?)|ka)|"
              r"[A-Z][A-Za-z0-9-]{0,15}(?: (?:\d+|[A-Z][A-Za-z0-9-]*))?)")
_TAG_ANYWHERE = re.compile(
    rf"(?:^|(?<=[,:;\s])|(?<=客户)|(?<=客户[里中])|(?<=客户里面))(?:{_TAG_SHAPE})\s*的?\s*"
    rf"(?=(?:客户|客人|客|{_A}(?:customers|clients|accounts|contacts){_Z})|(?:都|就|全部|全)?\s*(?:给|→|归|转|交|由)|"
    rf"\s*(?:{_A}(?:go(?:es)? )?to{_Z}))")
_EN_ADJECTIVES = frozenset("key major strategic big top important core".split())
_NOT_SHAPE_TAGS = frozenset("all the his her their my our for move hand give split divide transfer assign please "
                            "everyone everything remaining rest other others".split())
_CUSTOMER_ADJECTIVES = frozenset("大 老 新 小 重点 重要 核心 优质 高端 潜在 意向 长期 关键".split())
_NOT_TAGS = frozenset("所有 全部 全体 一切 全 名下 手上 那些 这些 all every whole".split())


# One spelling for the tag frame's synonyms (标记为VIP, 贴了VIP标签), so every rule reads 标签/打了.
_SYNONYMS = (("标记为", "标签为"), ("标注为", "标签为"), ("贴了", "打了"), ("打上了", "打了"), ("打上", "打了"),
             ("标记", "标签"))


_BRACKETS = str.maketrans("[]", '""')
# "/split 张伟 王磊 杨洋": the command names the source first, then the receivers.
_SPLIT_COMMAND = re.compile(r"^\s*/(?:split|divide)\b", re.IGNORECASE)


def read_split(text: str, *, people: PeopleSpotter | None) -> Intent | None:
    """The split reading of one message, or None when it is not a split request. A request that
    hands "the rest" to someone but cannot be read as a split is "unknown": read as a plain
    handover it would move everything to the first person named."""
    n = normalize(text)
    for word, same in _SYNONYMS:
        n = n.replace(word, same)
    n = n.translate(_BRACKETS)  # 【VIP】客户 (normalized to [VIP]) is a quoted tag; same length, same places
    reading = _read(n, text, people)
    # (also "剩下的工作交给杨洋": rather not understood than read with the wrong one as the receiver)
    if reading is None and _REST_TO.search(n) and len(_people(n, people)) >= 3 and _customers(n):
        return Intent(intent="unknown", slots={}, lang=detect_language(text))
    return reading


# "剩下的工作交给童瑶", "the rest of his work": the rest of something else, not of the customers.
_REST_OF_OTHER = re.compile(
    rf"(?:{_REST_WORDS})\s*(?:的|嘅|of (?:the |his |her |their )?)?\s*(?:交接|离职)?"
    rf"(?:工作|事项|事情|事|手续|文件|资料|任务|流程|{_A}(?:work|paperwork|tasks?|team|documents?|stuff|admin|files?){_Z})",
    re.IGNORECASE)


def _rest_of_customers(n: str) -> str:
    """The message with "the rest" of anything but the customers blanked out (same length, same places)."""
    return _REST_OF_OTHER.sub(lambda m: " " * len(m.group()), n)


def _customers(n: str) -> bool:
    return bool(cues.CUSTOMERS.search(n) or _MORE_CUSTOMERS.search(n))


def _read(n: str, text: str, people: PeopleSpotter | None) -> Intent | None:
    rest = _REST.search(_rest_of_customers(n))
    if not (rest or _EVEN.search(n)):
        return None
    spots = _people(n, people)
    source = _source(n, spots)
    if source is None:
        return None
    if not (_customers(n) or (rest and _ARROW_TAG.search(n)) or _ARROW_FROM.match(n, source.end)
            or _SPLIT_COMMAND.match(n)):
        return None  # "张伟的奖金平均分给…" is not customers; "张伟 → 王磊/杨洋 平分" means them
    others = [p for p in spots if p.text != source.text]
    groups_to = next((p for p in others if _GROUPS_TO.search(n[max(0, p.start - 16) : p.start])
                      or _GROUPS_TAKER.match(n, p.end)
                      or (_GROUPS_HEAD.search(n[max(0, p.start - 16) : p.start]) and _GROUPS_TAKEN.match(n, p.end))),
                     None)
    marked = _receiving(n, spots)
    receivers: list[PersonSpot] = []
    for spot in others:
        if all(r.text != spot.text for r in receivers) and any(m.text == spot.text for m in marked):
            receivers.append(spot)
    if groups_to is not None and sum(1 for p in others if p.text == groups_to.text) == 1:
        # "…，群给李娜" names only who gets the groups; "the others and her groups to Raj" both
        without = [r for r in receivers if r.text != groups_to.text]
        if len(without) >= 2:
            receivers = without
    if len(receivers) < 2:
        return None
    slots: Slots = {"handover": source.text, "scope": _scope(n)}
    if rest is not None:
        if not _REST_TO.search(_rest_of_customers(n)):
            return None  # "ask Wang Lei about the others", "Cindy will review the rest": nothing handed over
        tag = _tag(n, source, spots, rest.start())
        if tag is None:
            return None
        receivers = [r for r in receivers if r.text not in tag]  # "Tier 1" looks like a name
        if len(receivers) != 2:
            return None
        after = [r for r in receivers if r.start > rest.start()]
        rest_to = after[0] if after else receivers[1]
        tagged_to = next(r for r in receivers if r is not rest_to)
        takeovers = [tagged_to.text, rest_to.text]
        slots |= {"takeovers": takeovers, "split": "by_tag", "tag": tag}
    else:
        takeovers = [r.text for r in receivers]
        slots |= {"takeovers": takeovers, "split": "even"}
    if groups_to is not None:
        if groups_to.text != takeovers[0]:  # groups go with the first unless said otherwise
            slots["groups_to"] = groups_to.text
        slots["scope"] = ["customers", "groups"]
    return Intent(intent="handover", slots=slots, lang=detect_language(text))


def _people(n: str, people: PeopleSpotter | None) -> list[PersonSpot]:
    known = people.spot(n) if people is not None else []
    cue_spans = [m.span() for m in (*_EVEN.finditer(n), *_REST.finditer(n))]
    out = list(known)
    # A split names three people; when the directory knows fewer, the others are read by their
    # shape (the directory then says it does not know them, rather than the split losing them).
    by_shape = people is None or len(known) < 3
    for found in _merge_apostrophes(n, recognize_people(n)):
        if not by_shape and not _full_latin_name(n, found):
            continue  # the directory knows its members; a full Latin name it lacks is still a person
        spot = _trim_shape(n, found)
        cue = next((a for a, b in cue_spans if spot is not None and spot.start + 1 < a < spot.end), None)
        if spot is not None and cue is not None and not spot.text.isascii():
            spot = PersonSpot(spot.start, cue, n[spot.start : cue])  # "杨洋平摊": the cue ends the name
        if spot is not None and _TAG_BEFORE.search(n, 0, spot.start):
            continue  # 'tag "Key Account"', "tagged Tier 1": a tag
        if spot is not None and spot.text.isascii() and _TAG_WORD_AFTER.match(n, spot.end):
            continue  # "Her Tier-1 customers", "Key Account customers": a tag
        if spot is not None and not spot.text.isascii():
            spot = _not_a_tag(n, spot)
        if spot is None or any(a < spot.end and spot.start < b for a, b in cue_spans):
            continue  # 平均分 starts with a surname; "go to" spells pinyin
        if any(k.start < spot.end and spot.start < k.end for k in known):
            continue
        out.append(spot)
    return sorted(out, key=lambda s: s.start)


_TAG_BEFORE = re.compile(r"(?:\btag(?:ged)?|\blabel(?:led)?|标签(?:为|是)?)\s*\"?\s*$", re.IGNORECASE)
_FULL_LATIN = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)+")
_TAG_WORD_AFTER = re.compile(r"[\w-]*\s+(?:customers|clients|accounts|contacts)\b|[- ]tagged\b", re.IGNORECASE)


def _full_latin_name(n: str, spot: PersonSpot) -> bool:
    """"Anne-Marie Dubois", "Patrick O'Neill": a capitalized first and last name, not a tag
    ("Key Account customers")."""
    return bool(_FULL_LATIN.fullmatch(spot.text)) and not _TAG_WORD_AFTER.match(n, spot.end)


def _merge_apostrophes(n: str, spots: list[PersonSpot]) -> list[PersonSpot]:
    """"Patrick O'Neill" is one name (the shapes see "Patrick" and "Neill")."""
    out: list[PersonSpot] = []
    for spot in sorted(spots, key=lambda s: s.start):
        if out and re.fullmatch(r" [A-Z]'", n[out[-1].end : spot.start]) and spot.text[:1].isupper():
            prev = out.pop()
            spot = PersonSpot(prev.start, spot.end, n[prev.start : spot.end])
        out.append(spot)
    return out


# Name shapes only: a capitalized verb before a Latin name, function words spelling pinyin,
# a verb run into a Chinese name ("张伟带VIP标签的客户").
_LEAD_VERB = re.compile(r"^(?:Please|Split|Divide|Hand|Give|Move|Transfer|Assign|Share|For|Her|His)\s+")
_VERBS = frozenset("please split divide hand give move transfer assign share".split())
# Characters the split's grammar puts right after a name, which the shapes may read as its last.
_NAME_TAILS = frozenset("各其啲同一让俩合")
_ENGLISH_WORDS = frozenset("can could would you go to the and of his her between with rest others else split divide "
                           "among take each half ten then she he one".split())


def _trim_shape(n: str, spot: PersonSpot) -> PersonSpot | None:
    text, start = spot.text, spot.start
    lead = _LEAD_VERB.match(text)
    if lead and lead.end() < len(text):
        text, start = text[lead.end():], start + lead.end()
    if text.isascii() and set(text.lower().split()) <= _ENGLISH_WORDS | _VERBS:
        return None
    if len(text) == 3 and text[-1] in "带有打" and "标签" in n[spot.end: spot.end + 12]:
        text = text[:-1]
    while len(text) >= 3 and not text.isascii() and text[-1] in _NAME_TAILS:
        text = text[:-1]  # "杨洋各接一半", "李娜其他的", "张伟啲客": the split's words after a name
    return PersonSpot(start, start + len(text), text)


_TAG_FRAME_BEFORE = re.compile(r"(?:带|打了?|有|标签为|标签是)\s*\"?$")


# Roles by markers: a receiver is named where something is handed to him (给/→/由/to/between…) or
# where he takes it (接/各一半/平分/gets/will share…), alone or in a list (和/、/&/and…).
_LIST_GAP = re.compile(r"\s*(?:和|合|与|跟|及|以及|还有|加|同埋|同|、|,|&|/|\+|and|plus|,\s*and|,\s*和)?\s*@?",
                       re.IGNORECASE)
_GIVEN_TO = re.compile(
    rf"(?:给|俾|→|归|转|交|由|让|到|至|予|:|\(|-|50/50|(?:接手人|接收人|接手的人|接收方)(?:是|为)?|平分|均分|平均分?|对半|客户|客戶|{_A}(?:split|divide|evenly|equally|between|"
    rf"among|across|to|for|by|customers|clients|accounts){_Z})\s*@?$|"
    rf"(?:平分|均分|对半|五五开|五五分|一人一半|平均分配|{_A}(?:evenly|equally|fifty-fifty|50/50){_Z})\s*[,:]\s*$",
    re.IGNORECASE)
_TAKES = re.compile(
    rf"\s*(?:两个人|三个人|两位|三位|两人|三人|俩|仨)?\s*(?:各\S{{0,2}}一半|各|[一每]人\S{{0,2}}一[半份]|一人|每人|一半|平分|"
    rf"平摊|分摊|均分|均摊|瓜分|对半|平均分?|接手|接管|来接|接|负责|共同|一起|\d{{1,3}}\s*%|"
    rf"{_A}(?:(?:will|shall|should|can)(?: be)? )?"
    rf"(?:each )?(?:take|takes|taking|get|gets|getting|receive|receives|share|split|half|handle|handles|cover|covers|"
    rf"inherit|inherits|each){_Z}|:)",
    re.IGNORECASE)
# What may follow a taking word in its clause: particles, or what is taken (customers, the rest, them).
_PARTICLES = re.compile(r"了|吧|啊|呀|哈|啦|喇|咯|嘛|掉|分|一下|吗|呢|哦|就行|就好|即可|好了|一半|一份|\s|"
                        r"thanks|thank you|please|pls|half", re.IGNORECASE)
_TAKEN = re.compile(rf"{_A}(?:them|it|all){_Z}|他们|它们|这些", re.IGNORECASE)


def _receiving(n: str, spots: list[PersonSpot]) -> list[PersonSpot]:
    """The people named where customers are handed to them: "一半是李娜介绍的" or "ask Joey about
    the others" names someone who receives nothing."""
    out: list[PersonSpot] = []
    i = 0
    while i < len(spots):
        j = i
        while j + 1 < len(spots) and _LIST_GAP.fullmatch(n[spots[j].end : spots[j + 1].start]):
            j += 1
        before = n[spots[i - 1].end if i else 0 : spots[i].start]
        if _GIVEN_TO.search(before) or _takes(n, spots[j].end, spots):
            out.extend(spots[i : j + 1])
        i = j + 1
    return out


def _takes(n: str, end: int, spots: list[PersonSpot]) -> bool:
    """A taking word right after the list, with nothing else taken in its clause: "王磊和杨洋各接一半",
    "Kevin gets the rest", "A and B will split X's clients" — not "A and B split the admin work"."""
    taking = _TAKES.match(n, end)
    if taking is None:
        return False
    clause = re.split(r"[,.;!?]", n[taking.end() :], maxsplit=1)[0]
    for spot in spots:
        clause = clause.replace(spot.text, " ")  # "丁宁一半庞博一半": the next receiver is not what is taken
    if taking.group().endswith(":") or not _PARTICLES.sub("", _EVEN.sub("", clause)):
        return True
    return bool(_customers(clause) or cues.GROUPS.search(clause) or _REST.search(clause) or _TAKEN.search(clause))


def _not_a_tag(n: str, spot: PersonSpot) -> PersonSpot | None:
    """A Chinese name shape that is (part of) the tag: "打了金卡标签" (金卡), "标签为高价值的",
    "大客户" — or a name run into it: "温若曦标签…", "石磊重要客户" (the name ends before the tag)."""
    before = n[max(0, spot.start - 4) : spot.start]
    framed = n.find("标签", spot.start, spot.end + 3) >= 0 or before.endswith(("为", "是"))
    if _TAG_FRAME_BEFORE.search(before) and framed:
        return None  # 带"高价值"标签, 标签为高价值
    cut = n.find("标签", spot.start, spot.end + 2)
    cut = min(cut, spot.end) if cut >= 0 else cut
    if n[spot.end - 1 : spot.end + 1] == "客户":
        return None
    if cut < 0 and len(spot.text) >= 3 and any(n.startswith(a, spot.end - 1) for a in _ADJ.split("|") if len(a) == 2):
        cut = spot.end - 1
    if cut < 0:
        return spot
    return PersonSpot(spot.start, cut, n[spot.start : cut]) if cut - spot.start >= 2 else None


def _source(n: str, spots: list[PersonSpot]) -> PersonSpot | None:
    """Whose customers: the one named as their owner (X的 / X's / X名下 / X啲 / "X:" heading the
    request / "the customers of X"), else the one who leaves (X离职 / X is leaving), else the
    first person when a 他的/his points back to him or when his customers are named before anyone
    else ("程雪莹客户和群平均分给…")."""
    owners = {s.text: s for s in spots if _OWNER_AFTER.match(n, s.end) or _OWNER_BEFORE.search(n, 0, s.start)}
    if len(owners) == 1:
        return next(iter(owners.values()))
    if owners or not spots:
        return None
    leaving = {s.text: s for s in spots if _LEAVES.match(n, s.end)}
    if len(leaving) == 1:
        return next(iter(leaving.values()))
    arrows = {s.text: s for s in spots if _ARROW_FROM.match(n, s.end)}
    if len(arrows) == 1:
        return next(iter(arrows.values()))  # "张伟 → 王磊 / 杨洋": the arrow leaves the source
    if _SPLIT_COMMAND.match(n) and len(spots) >= 3:
        return spots[0]
    first = spots[0]
    before_next = n[first.end : spots[1].start] if len(spots) > 1 else n[first.end :]
    if _PRONOUN.search(n, first.end) or _OWN_NOUN.match(before_next):
        return first
    return None


def _tag(n: str, source: PersonSpot, spots: list[PersonSpot], rest_at: int) -> str | None:
    """The tag as written: in its frame right after the source ("X的VIP客户", "X's Gold customers",
    "customers tagged APAC"), else the first tag-shaped word before a receiver's verb or a
    customers word, ahead of "the rest" ("X的客户里，VIP给A", "VIP customers of X")."""
    after = n[source.end :]
    found = (_TAG_EN.match(after) or _TAG_DOUBLE.match(after) or _TAG_ZH.match(after) or _TAG_EN_AFTER.search(after)
             or _TAG_EN_WITH.search(after))
    if found is None:
        found = _TAG_EN_AFTER.search(n, 0, rest_at)  # "customers tagged SMB from X"
        after = n
    tag = _framed_tag(after, found) if found is not None else None
    if tag is None:
        tag = _shaped_tag(n, spots, rest_at)
    if tag is None or not tag or tag.lower() in _NOT_TAGS or cues.CUSTOMERS.fullmatch(tag) or _REST.fullmatch(tag):
        return None
    return tag


def _framed_tag(after: str, found: re.Match[str]) -> str | None:
    groups = found.groupdict()
    tag = re.sub(r"[- ]tagged$", "", (groups.get("quoted") or found.group("tag")).strip().strip('"'), flags=re.I)
    if groups.get("tag") and tag in _CUSTOMER_ADJECTIVES and re.match(r"\s*客户", after[found.end("tag") :]):
        tag += "客户"  # 大客户, 老客户, 重点客户: the tag is the whole word (华南客户's tag is 华南)
    if groups.get("noun", "").lower() == "accounts" and tag.lower() in _EN_ADJECTIVES:
        tag += " " + found.group("noun").lower().removesuffix("s")  # "key accounts": the Key Account tag
    return tag


def _singular(tag: str) -> str:
    return tag[:-1] if re.fullmatch(r"[A-Z]{2,}s", tag) else tag  # "VIPs": the VIP tag


def _shaped_tag(n: str, spots: list[PersonSpot], rest_at: int) -> str | None:
    for found in _TAG_ANYWHERE.finditer(n, 0, rest_at):
        start, end = found.span()
        if any(p.start < end and start < p.end for p in spots):
            continue  # "Grace Lin给…": a name, not a tag
        raw = next(g for g in found.groups()[:5] if g)  # marked, quoted, named, tagged, shape
        words = raw.split()
        while words and words[0].lower() in _NOT_SHAPE_TAGS:
            words.pop(0)
        if words and not _REST.fullmatch(" ".join(words)):
            return _singular(" ".join(words))
    return None


def _scope(n: str) -> list[str]:
    return ["customers", "groups"] if cues.GROUPS.search(n) or _MORE_GROUPS.search(n) else ["customers"]
