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

_EVEN = re.compile(r"平均|均分|平分|对半|一人一半|各一半|各分一半|一人一份|各半|分给|分配给|分成两|"
                   r"\b(?:split|divide|divided|evenly|equally|half|halves)\b|50/50|50-50", re.IGNORECASE)
_REST = re.compile(r"其他|其它|其余|剩下|剩余|余下|别的|\bthe rest\b|\beverything else\b|\bthe others\b|"
                   r"\ball (?:the )?others\b|\bremaining\b|\beveryone else\b", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s*(?:名下|手上|那边)?的|\s*['’]s\b|\s*名下|\s*:|(?=\s*带?\S{1,12}?标签)|(?=标签)",
                          re.IGNORECASE)
# Right after the first person, before anyone else: his customers, maybe behind a tag.
_OWN_NOUN = re.compile(r"\s*[^\s,.;:的给]{0,8}?(?:客户|客户群|群)")
# "苏梓萱：重点客户→夏雨辰，其余→邵云飞": a tag heading an arrow, the customers word implied.
_ARROW_TAG = re.compile(r":\s*[^\s,.;:→]{1,12}\s*→")
# "其他给王磊", "其余→邵云飞", "the rest to Wang Lei": the rest handed to someone.
_REST_TO = re.compile(r"(?:其他|其它|其余|剩下|剩余|余下|别的)\S{0,6}?(?:给|→|归|转)|"
                      r"\b(?:the rest|everything else|the others|everyone else|all (?:the )?others)\b.{0,20}?"
                      r"(?:\bto\b|→)", re.IGNORECASE)
_PRONOUN = re.compile(r"[他她]的|\b(?:his|her)\b", re.IGNORECASE)
_GROUPS_TO = re.compile(r"(?:客户群|群聊|群)\s*(?:都|全部|就)?\s*(?:转给|交给|划给|给|归)\s*$|"
                        r"\b(?:group chats?|groups?)\s+(?:go(?:es)?\s+)?to\s+$", re.IGNORECASE)
# Between the source and the customers word: the tag ("VIP", "A类", "重点客户"), with its frame.
_TAG_ZH = re.compile(r"^\s*(?:名下|手上)?[的:]?\s*(?:带|有|打了?)?\s*(?:标签(?:为|是)?)?\s*"
                     r"(?:\"(?P<quoted>[^\"]{1,12})\"|(?P<tag>[^\s,.;:的→\"]{1,12}?))\s*(?:标签)?\s*的?\s*"
                     r"(?:客户|客人|→)")
_TAG_DOUBLE = re.compile(r"^\s*(?:名下|手上)?[的:]?\s*(?P<tag>[^\s,.;:的]{1,10}客户)\s*的?\s*客户")
_TAG_EN = re.compile(r"^\s*['’]s\s+(?P<tag>\S+(?:\s\S+)?)\s+(?:customers|clients|contacts|accounts)\b", re.IGNORECASE)
_TAG_EN_AFTER = re.compile(r"\b(?:customers|clients|contacts|accounts)\s+(?:tagged|with (?:the )?tag)\s+"
                           r"(?P<tag>[^\s,.;]+(?: \d+)?)", re.IGNORECASE)
_CUSTOMER_ADJECTIVES = frozenset("大 老 新 小 重点 重要 核心 优质 高端 潜在 意向 长期 关键".split())
_NOT_TAGS = frozenset("所有 全部 全体 一切 全 名下 手上 那些 这些 all every whole".split())


def read_split(text: str, *, people: PeopleSpotter | None) -> Intent | None:
    """The split reading of one message, or None when it is not a split request. A request that
    hands "the rest" to someone but cannot be read as a split is "unknown": read as a plain
    handover it would move everything to the first person named."""
    n = normalize(text)
    reading = _read(n, text, people)
    if reading is None and _REST_TO.search(n) and len(_people(n, people)) >= 3 and cues.CUSTOMERS.search(n):
        return Intent(intent="unknown", slots={}, lang=detect_language(text))
    return reading


def _read(n: str, text: str, people: PeopleSpotter | None) -> Intent | None:
    rest = _REST.search(n)
    if not (rest or _EVEN.search(n)) or not (cues.CUSTOMERS.search(n) or (rest and _ARROW_TAG.search(n))):
        return None
    spots = _people(n, people)
    source = _source(n, spots)
    if source is None:
        return None
    others = [p for p in spots if p.text != source.text]
    groups_to = next((p for p in others if _GROUPS_TO.search(n[max(0, p.start - 16) : p.start])), None)
    receivers: list[PersonSpot] = []
    for spot in others:
        if all(r.text != spot.text for r in receivers):
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
        tag = _tag(n, source)
        if tag is None:
            return None
        receivers = [r for r in receivers if r.text not in tag]  # "Tier 1" looks like a name
        if len(receivers) != 2:
            return None
        after = [r for r in receivers if r.start > rest.start()]
        rest_to = after[0] if after else receivers[1]
        tagged_to = next(r for r in receivers if r is not rest_to)
        slots |= {"takeovers": [tagged_to.text, rest_to.text], "split": "by_tag", "tag": tag}
    else:
        slots |= {"takeovers": [r.text for r in receivers], "split": "even"}
    if groups_to is not None:
        slots["groups_to"] = groups_to.text
        slots["scope"] = ["customers", "groups"]
    return Intent(intent="handover", slots=slots, lang=detect_language(text))


def _people(n: str, people: PeopleSpotter | None) -> list[PersonSpot]:
    known = people.spot(n) if people is not None else []
    cue_spans = [m.span() for m in (*_EVEN.finditer(n), *_REST.finditer(n))]
    out = list(known)
    for found in _merge_apostrophes(n, recognize_people(n)):
        if people is not None and not _full_latin_name(n, found):
            continue  # the directory knows its members; a full Latin name it lacks is still a person
        spot = _trim_shape(n, found)
        if spot is None or any(a < spot.end and spot.start < b for a, b in cue_spans):
            continue  # 平均分 starts with a surname; "go to" spells pinyin
        if any(k.start < spot.end and spot.start < k.end for k in known):
            continue
        out.append(spot)
    return sorted(out, key=lambda s: s.start)


_FULL_LATIN = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)+")
_TAG_WORD_AFTER = re.compile(r"\s+(?:customers|clients|accounts|contacts)\b", re.IGNORECASE)


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
_LEAD_VERB = re.compile(r"^(?:Please|Split|Divide|Hand|Give|Move|Transfer|Assign|Share)\s+")
_VERBS = frozenset("please split divide hand give move transfer assign share".split())
_ENGLISH_WORDS = frozenset("go to the and of his her between with rest others else split divide among take each "
                           "half ten then she he one".split())


def _trim_shape(n: str, spot: PersonSpot) -> PersonSpot | None:
    text, start = spot.text, spot.start
    lead = _LEAD_VERB.match(text)
    if lead and lead.end() < len(text):
        text, start = text[lead.end():], start + lead.end()
    if text.isascii() and set(text.lower().split()) <= _ENGLISH_WORDS | _VERBS:
        return None
    if len(text) == 3 and text[-1] in "带有打" and "标签" in n[spot.end: spot.end + 12]:
        text = text[:-1]
    return PersonSpot(start, start + len(text), text)


def _source(n: str, spots: list[PersonSpot]) -> PersonSpot | None:
    """Whose customers: the one named as their owner (X的 / X's / X名下 / "X:" heading the
    request), else the first person when a 他的/his points back to him or when his customers
    are named before anyone else ("程雪莹客户和群平均分给…")."""
    owners = {s.text: s for s in spots if _OWNER_AFTER.match(n, s.end)}
    if len(owners) == 1:
        return next(iter(owners.values()))
    if owners or not spots:
        return None
    first = spots[0]
    before_next = n[first.end : spots[1].start] if len(spots) > 1 else n[first.end :]
    if _PRONOUN.search(n, first.end) or _OWN_NOUN.match(before_next):
        return first
    return None


def _tag(n: str, source: PersonSpot) -> str | None:
    after = n[source.end :]
    found = _TAG_DOUBLE.match(after) or _TAG_ZH.match(after) or _TAG_EN.match(after) or _TAG_EN_AFTER.search(after)
    if found is None:
        return None
    raw = found.groupdict().get("quoted") or found.group("tag")
    tag = raw.strip()
    if found.groupdict().get("tag") and tag in _CUSTOMER_ADJECTIVES and re.match(r"\s*客户", after[found.end("tag") :]):
        tag += "客户"  # 大客户, 老客户, 重点客户: the tag is the whole word (华南客户's tag is 华南)
    if not tag or tag.lower() in _NOT_TAGS or cues.CUSTOMERS.fullmatch(tag):
        return None
    return tag


def _scope(n: str) -> list[str]:
    return ["customers", "groups"] if cues.GROUPS.search(n) else ["customers"]
