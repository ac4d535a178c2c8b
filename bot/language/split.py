"""One member's customers split among several successors (issue #19): evenly or by a tag.

    把张伟的客户平均分给王磊和杨洋 · 张伟的客户王磊杨洋一人一半 · split Zhang Wei's customers between
    Wang Lei and Yang Yang → split "even", takeovers in the order named;
    张伟的VIP客户给李娜，其他给王磊 · Zhang Wei's A类 customers to Li Na, the rest to Wang Lei →
    split "by_tag", tag as written, the tagged customers' receiver first, "the rest" second.

Read before the general reader: a by-tag request looks like a plain handover to its first
receiver ("张伟的VIP客户给李娜…"), and moving everything to one person would be the wrong handover.
It needs three people (the source and two receivers or more), a customers word (or an arrow from
the source), and a split cue (平均/一人一半/split/divide… or 其他/其余/the rest… handed to someone).
Roles come from markers, never from word order alone: the source is the one whose customers they
are (X的 / X's / X啲 / the customers of X), else the one who leaves (X离职 / X is leaving); a
receiver is named where something is handed to him (给/由/→/to/between…) or where he takes it
(接/各一半/gets/will share…), alone or in a list (和/、/同/&/and…); a tag is found by its frame
(X的VIP客户, 带X标签, tagged X) or its shape (quoted, X类, upper case, 重点客户). The words are in
split_words.py. Anything less clear is left to the reader. Names are reported as written; the
directory resolves them (and asks when a name is more than one person).
"""

from __future__ import annotations

import re

from . import cues
from . import split_words as w
from .intent import Intent, Slots
from .normalize import normalize
from .people import PeopleSpotter, PersonSpot, recognize_people
from .scope import keeps_back
from .spelling import correct_keywords
from .text import detect_language, masked


def read_split(text: str, *, people: PeopleSpotter | None) -> Intent | None:
    """The split reading of one message, or None when it is not a split request. A request that
    hands "the rest" to someone but cannot be read as a split is "unknown": read as a plain
    handover it would move everything to the first person named."""
    n = correct_keywords(normalize(text))  # ("split X's custmers evenly …": the keywords as the reader reads them)
    for word, same in w.SYNONYMS:
        n = n.replace(word, same)
    n = n.translate(w.BRACKETS)  # 【VIP】客户 (normalized to [VIP]) is a quoted tag; same length, same places
    reading = _read(n, text, people)
    # (also "剩下的工作交给杨洋": rather not understood than read with the wrong one as the receiver)
    handed_out = w.REST_TO.search(n) or len(w.CLASS_TO.findall(n)) >= 2
    if reading is None and handed_out and len(_people(n, people)) >= 3 and _customers(n):
        return Intent(intent="unknown", slots={}, lang=detect_language(text))
    return reading


def _rest_of_customers(n: str) -> str:
    """The message with "the rest" of anything but the customers blanked out (same length, same places)."""
    return w.REST_OF_OTHER.sub(lambda m: " " * len(m.group()), n)


def _customers(n: str) -> bool:
    return bool(cues.CUSTOMERS.search(n) or w.MORE_CUSTOMERS.search(n))


# what the giver has, in the trade's own word, ending its clause or split right there: "X的钓友一人一半，…",
# "X那二百来个种植户，A跟B一人一半"
_OWNED_WORD = re.compile(r"\s*(?:的|名下的?|手上的?|兮|个|那些|那几个|那\S{0,4}个)\s*(?P<word>[\u4e00-\u9fff]{1,4}?)"
                         r"(?=\s*(?:[,;]|一人一半|各一半))")
# what is shared that is no one's customers ("张伟的奖金，A和B一人一半")
_SHARED_THING = re.compile(r"奖金|提成|工资|薪|钱|费|款|预算|业绩|任务|工作|指标|活|事|假|班")


def _owned_people(n: str, source: PersonSpot) -> bool:
    owned = _OWNED_WORD.match(n, source.end)
    return owned is not None and not (cues.NOT_OURS_OBJECT.search(owned.group("word"))
                                      or _SHARED_THING.search(owned.group("word"))) and w.EVEN.search(n) is not None


def _read(n: str, text: str, people: PeopleSpotter | None) -> Intent | None:
    rest = w.REST.search(_rest_of_customers(n))
    if not (rest or w.EVEN.search(n)):
        return None
    spots = _people(n, people)
    source = _source(n, spots)
    if source is None:
        return None
    if not (_customers(n) or (rest and w.ARROW_TAG.search(n)) or w.ARROW_FROM.match(n, source.end)
            or w.SPLIT_COMMAND.match(n) or _owned_people(n, source)):
        return None  # "张伟的奖金平均分给…" is not customers; "张伟 → 王磊/杨洋 平分" means them
    others = [p for p in spots if p.text != source.text]
    groups_to = next((p for p in others if w.GROUPS_TO.search(n[max(0, p.start - 16) : p.start])
                      or w.GROUPS_TAKER.match(n, p.end)
                      or (w.GROUPS_HEAD.search(n[max(0, p.start - 16) : p.start]) and w.GROUPS_TAKEN.match(n, p.end))),
                     None)
    marked = _receiving(n, spots)
    receivers: list[PersonSpot] = []
    for spot in others:
        if all(r.text != spot.text for r in receivers) and any(m.text == spot.text for m in marked):
            receivers.append(spot)
    groups_to = groups_to or _taker_by_first_name(n, receivers)
    if groups_to is not None and sum(1 for p in others if p.text == groups_to.text) == 1:
        # "…，群给李娜" names only who gets the groups; "the others and her groups to Raj" both
        without = [r for r in receivers if r.text != groups_to.text]
        if len(without) >= 2:
            receivers = without
    if len(receivers) < 2:
        return None
    # (what moves read with the directory's members masked: 戈立群 names a person, not the groups)
    slots: Slots = {"handover": source.text, "scope": _scope(masked(n, [(p.start, p.end) for p in spots if p.known]))}
    if rest is not None:
        if not w.REST_TO.search(_rest_of_customers(n)):
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
        # (said, even when it is the first, with whom they go anyway); "Chloe can have the chats": the receiver Chloe
        named = next((t for t in takeovers if t.lower().startswith(groups_to.text.lower() + " ")), groups_to.text)
        slots["groups_to"] = named
        slots["scope"] = ["customers", "groups"]
    return Intent(intent="handover", slots=slots, lang=detect_language(text))


def _people(n: str, people: PeopleSpotter | None) -> list[PersonSpot]:
    known = people.spot(n) if people is not None else []
    cue_spans = [m.span() for m in (*w.EVEN.finditer(n), *w.REST.finditer(n))]
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
_TAG_WORD_AFTER = re.compile(r"[\w-]*\s+(?:customers|clients|accounts|contacts|ones)\b|[- ]tagged\b", re.IGNORECASE)


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
_LEAD_VERB = re.compile(r"^(?:Please|Split|Divide|Hand|Give|Move|Transfer|Assign|Share|Spread|Distribute|Reassign|"
                        r"Let|Have|For|Her|His)\s+")
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


def _receiving(n: str, spots: list[PersonSpot]) -> list[PersonSpot]:
    """The people named where customers are handed to them: "一半是李娜介绍的" or "ask Joey about
    the others" names someone who receives nothing."""
    out: list[PersonSpot] = []
    i = 0
    while i < len(spots):
        j = i
        while j + 1 < len(spots) and w.LIST_GAP.fullmatch(n[spots[j].end : spots[j + 1].start]):
            j += 1
        before = n[spots[i - 1].end if i else 0 : spots[i].start]
        if w.GIVEN_TO.search(before) or _takes(n, spots[j].end, spots):
            out.extend(spots[i : j + 1])
        i = j + 1
    return out


def _takes(n: str, end: int, spots: list[PersonSpot]) -> bool:
    """A taking word right after the list, with nothing else taken in its clause: "王磊和杨洋各接一半",
    "Kevin gets the rest", "A and B will split X's clients" — not "A and B split the admin work"."""
    taking = w.TAKES.match(n, end)
    if taking is None:
        return False
    clause = re.split(r"[,.;!?]", n[taking.end() :], maxsplit=1)[0]
    for spot in spots:
        clause = clause.replace(spot.text, " ")  # "丁宁一半庞博一半": the next receiver is not what is taken
    if taking.group().endswith(":") or not w.PARTICLES.sub("", w.EVEN.sub("", clause)):
        return True
    return bool(_customers(clause) or cues.GROUPS.search(clause) or w.REST.search(clause) or w.TAKEN.search(clause))


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
    if cut < 0 and len(spot.text) >= 3 and any(n.startswith(a, spot.end - 1) for a in w.ADJ.split("|") if len(a) == 2):
        cut = spot.end - 1
    if cut < 0:
        return spot
    return PersonSpot(spot.start, cut, n[spot.start : cut]) if cut - spot.start >= 2 else None


def _source(n: str, spots: list[PersonSpot]) -> PersonSpot | None:
    """Whose customers: the one named as their owner (X的 / X's / X名下 / X啲 / "X:" heading the
    request / "the customers of X"), else the one who leaves (X离职 / X is leaving), else the
    first person when a 他的/his points back to him or when his customers are named before anyone
    else ("程雪莹客户和群平均分给…")."""
    owners = {s.text: s for s in spots if w.OWNER_AFTER.match(n, s.end) or w.OWNER_BEFORE.search(n, 0, s.start)}
    if len(owners) == 1:
        return next(iter(owners.values()))
    if owners or not spots:
        return None
    leaving = {s.text: s for s in spots if w.LEAVES.match(n, s.end)}
    if len(leaving) == 1:
        return next(iter(leaving.values()))
    arrows = {s.text: s for s in spots if w.ARROW_FROM.match(n, s.end)}
    if len(arrows) == 1:
        return next(iter(arrows.values()))  # "张伟 → 王磊 / 杨洋": the arrow leaves the source
    if w.SPLIT_COMMAND.match(n) and len(spots) >= 3:
        return spots[0]
    first = spots[0]
    before_next = n[first.end : spots[1].start] if len(spots) > 1 else n[first.end :]
    if w.PRONOUN.search(n, first.end) or w.OWN_NOUN.match(before_next):
        return first
    return None


def _taker_by_first_name(n: str, receivers: list[PersonSpot]) -> PersonSpot | None:
    """"… and half to Chloe Adams. Chloe can have all his group chats", "… all the chats go to Chloe": a receiver
    named again by first name."""
    for r in receivers:
        if " " not in r.text:
            continue
        for m in re.finditer(rf"\b{re.escape(r.text.split()[0])}\b", n[r.end:], re.IGNORECASE):
            start, end = r.end + m.start(), r.end + m.end()  # ("all the dispatch chats go to Dusty" too)
            if w.GROUPS_TAKER.match(n, end) or w.GROUPS_TO.search(n[max(0, start - 16): start]):
                return r
    return None


def _tag(n: str, source: PersonSpot, spots: list[PersonSpot], rest_at: int) -> str | None:
    """The tag as written: in its frame right after the source ("X的VIP客户", "X's Gold customers",
    "customers tagged APAC"), else the first tag-shaped word before a receiver's verb or a
    customers word, ahead of "the rest" ("X的客户里，VIP给A", "VIP customers of X")."""
    explicit = w.TAG_EN_AFTER.search(n, 0, rest_at) or w.TAG_EXPLICIT.search(n, 0, rest_at)
    if explicit is not None:
        tag = next(g for g in explicit.groupdict().values() if g).strip().strip('"')  # (the alternative that matched)
        if _a_tag(tag):
            return tag
    after = n[source.end :]
    found = (w.TAG_EN.match(after) or w.TAG_DOUBLE.match(after) or w.TAG_TRADE.match(after) or w.TAG_ZH.match(after)
             or w.TAG_EN_AFTER.search(after) or w.TAG_EN_WITH.search(after))
    if found is None:
        found = w.TAG_EN_AFTER.search(n, 0, rest_at)  # "customers tagged SMB from X"
        after = n
    tag = _framed_tag(after, found) if found is not None else None
    if not _a_tag(tag):
        tag = _shaped_tag(n, spots, rest_at)  # "周婷名下客户按VIP标签拆分": 名下 is no tag, VIP is
    return tag if _a_tag(tag) else None


def _a_tag(tag: str | None) -> bool:
    return tag is not None and tag != "" and not (
        tag.lower() in w.NOT_TAGS or cues.CUSTOMERS.fullmatch(tag) or w.REST.fullmatch(tag))


def _framed_tag(after: str, found: re.Match[str]) -> str | None:
    groups = found.groupdict()
    tag = re.sub(r"[- ]tagged$", "", (groups.get("quoted") or found.group("tag")).strip().strip('"'), flags=re.I)
    if groups.get("tag") and tag in w.CUSTOMER_ADJECTIVES and re.match(r"\s*客户", after[found.end("tag") :]):
        tag += "客户"  # 大客户, 老客户, 重点客户: the tag is the whole word (华南客户's tag is 华南)
    if groups.get("noun", "").lower() == "accounts" and tag.lower() in w.EN_ADJECTIVES:
        tag += " " + found.group("noun").lower().removesuffix("s")  # "key accounts": the Key Account tag
    return tag


def _singular(tag: str) -> str:
    return tag[:-1] if re.fullmatch(r"[A-Z]{2,}s", tag) else tag  # "VIPs": the VIP tag


def _shaped_tag(n: str, spots: list[PersonSpot], rest_at: int) -> str | None:
    for found in w.TAG_ANYWHERE.finditer(n, 0, rest_at):
        start, end = found.span()
        if any(p.start < end and start < p.end for p in spots):
            continue  # "Grace Lin给…": a name, not a tag
        raw = next(g for g in found.groups()[:5] if g)  # marked, quoted, named, tagged, shape
        words = raw.split()
        while words and words[0].lower() in w.NOT_SHAPE_TAGS:
            words.pop(0)
        if words and not w.REST.fullmatch(" ".join(words)):
            return _singular(" ".join(words))
    return None


_CLAUSES = re.compile(r"[,;.!?\n]")


def _scope(n: str) -> list[str]:
    n = w.GROUPS_LEFT.sub(" ", n)  # "群不用动": the groups stay where they are
    # (and a clause of its own that keeps them back, as the single handover reads it: "会员群莫动", "her chats
    # stay put", "宴席群唔使分")
    n = ",".join(c for c in _CLAUSES.split(n) if not (cues.GROUPS.search(c.lower()) and keeps_back(c.lower())))
    return ["customers", "groups"] if cues.GROUPS.search(n) or w.MORE_GROUPS.search(n) else ["customers"]


def tag_only(text: str, source: str) -> str | None:
    """The tag when a one-receiver handover names only the tagged part of `source`'s book
    ("张伟的VIP客户给李娜" without "the rest"), else None. The handler asks instead of moving
    the whole book."""
    n = normalize(text).translate(w.BRACKETS)
    at = n.find(normalize(source))
    if not source or at < 0:
        return None
    after = n[at + len(normalize(source)) :]
    found = w.TAG_ONLY_EN.match(after) or w.TAG_ONLY_ZH.match(after)
    if found is None:
        found = w.TAG_EN_AFTER.search(n) or w.TAG_EN_WITH.search(n)
        if found is None:
            return None
        tag = found.group("tag").strip('"')
    else:
        tag = next(g for g in found.groups() if g).strip('"')
    tag = _singular(tag)
    return tag if _a_tag(tag) else None
