"""Who is "Zhang"? Name → member resolution over a directory snapshot. Pure and fast.

``DirectoryIndex.build(members)`` precomputes every way a member can be named (userid, Chinese
name, pinyin in both orders and all surname readings, English name/alias and their words,
surname, given name) into hash maps, once per snapshot version. ``index.resolve(mention, role=)``
is then a few dict lookups; rapidfuzz only runs when nothing matched exactly.

Tiers, strongest first (``Candidate.score`` keeps them apart):
  strong  — userid, Chinese name, alias, full pinyin, full English name
  partial — surname only, given name only, one word of an English name
  fuzzy   — same pronunciation written differently (张玮 for 张伟), typos (swapped, dropped or
            doubled letters); a changed letter or character is another name: suggestion only
Only the strongest tier that has any match is considered. Never guess: the status is "unique"
only when exactly one member of that tier is plausible, otherwise "ambiguous" and the caller asks.
All strong kinds count alike for that: "zhangwei" that is one member's userid and two others'
pinyin is asked (userid listed first). Cantonese/Wade-Giles surnames ("Lee", "Cheung") count as
pinyin spellings, ranked just below the pinyin itself.

Role context:
- takeover: only active, visible members (not known to be outside customer contact) are
  plausible. Implausible matches stay in the list with ``plausible=False`` and a reason, so the
  caller can say "李娜已离职"; if nothing plausible matched, the status is decided over the
  implausible ones and ``candidates[0].plausible`` is False.
- handover: everybody is plausible (在职继承 exists). Departed members with customers waiting
  are listed first; for a surname/given-name-only mention they also decide: if exactly one
  such member matched, that is the one ("Zhang's clients" when one Zhang left with customers).
  A full name shared by two people is always asked, whatever their status.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.directory.models import DirectoryMember
from bot.directory.names import (
    han_parts,
    han_pinyin_key,
    has_han,
    latin_words,
    normalize_han,
    pinyin_forms,
    romanized_variants,
    split_chinese_name,
    u_variants,
)
from bot.language.normalize import to_simplified
from bot.language.people import TITLES_AFTER, TITLES_BEFORE

Role = Literal["handover", "takeover", "any"]
MatchKind = Literal[
    "userid", "name", "alias", "pinyin", "english", "surname", "given", "english_part", "homophone", "fuzzy"
]
Status = Literal["unique", "ambiguous", "none"]

_STRONG: frozenset[str] = frozenset({"userid", "name", "alias", "pinyin", "english"})
_PARTIAL: frozenset[str] = frozenset({"surname", "given", "english_part"})
_BASE: dict[str, float] = {
    "userid": 100.0, "name": 96.0, "alias": 92.0, "pinyin": 90.0, "english": 90.0,
    "surname": 70.0, "given": 68.0, "english_part": 68.0,
}
_ROMANIZED_PENALTY = 2.0
_FUZZY_SCALE = 0.6  # fuzzy scores land in 0..60, below every exact tier
FUZZY_ACCEPT = 80.0  # similarity (0..100) a typo needs to be a candidate
FUZZY_MARGIN = 5.0  # candidates within this of the best fuzzy match are equally plausible
SUGGEST_CUTOFF = 60.0
_RESOLVE_CACHE = 4096  # mentions remembered per directory version
_COMMON_KEY = 24  # a name form shared by this many members is ranked when the index is built
_ROLES: tuple[Role, ...] = ("handover", "takeover", "any")


def _fold(mention: str) -> str:
    return unicodedata.normalize("NFKC", mention).strip().lower()
MAX_SUGGESTIONS = 3

# titles around a Latin name (the reader's list: Khun Nok, Pak Budi, anh Minh, Usman bhai, …), dropped here
_TITLE_AFTER_WORDS = TITLES_AFTER
_TITLE_WORDS = TITLES_BEFORE | {"mx", "p"}  # (P'Prasert splits into "p", "prasert")
_HAN_SUFFIX_TITLES = ("经理", "老师", "主管", "总监", "同学", "总", "工", "哥", "姐")
_HAN_PREFIX_FAMILIAR = ("老", "小", "阿")

_KIND_LABEL: dict[str, str] = {
    "userid": "userid", "name": "Chinese name", "alias": "alias", "pinyin": "pinyin",
    "english": "English name", "surname": "surname", "given": "given name",
    "english_part": "part of English name", "homophone": "same pronunciation", "fuzzy": "similar spelling",
}


class Candidate(BaseModel):
    model_config = ConfigDict(frozen=True)

    member: DirectoryMember
    score: float  # 0..100; tiers never overlap (strong ≥ 88, partial 60–70, fuzzy ≤ 60)
    reason: str  # for logs and debugging, English
    match: MatchKind
    plausible: bool = True


class Resolution(BaseModel):
    model_config = ConfigDict(frozen=True)

    status: Status
    candidates: list[Candidate] = []
    suggestions: list[Candidate] = []
    total: int = 0  # matches in the deciding tier; candidates may be capped below it

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.status == "unique" else None


class _Hit:
    __slots__ = ("kind", "note", "score")

    def __init__(self, kind: MatchKind, score: float, note: str = "") -> None:
        self.kind: MatchKind = kind
        self.score = score
        self.note = note


class DirectoryIndex:
    """Every name form of every member, built once per directory version."""

    def __init__(self, members: Sequence[DirectoryMember], version: int) -> None:
        self.version = version
        self.members: tuple[DirectoryMember, ...] = tuple(members)
        self._userid: dict[str, list[int]] = defaultdict(list)
        self._han: dict[str, list[tuple[int, MatchKind]]] = defaultdict(list)
        self._latin: dict[str, list[tuple[int, MatchKind]]] = defaultdict(list)
        fuzzy_latin: dict[str, set[int]] = defaultdict(set)
        fuzzy_han: dict[str, set[int]] = defaultdict(set)
        for i, m in enumerate(self.members):
            self._userid[m.userid.lower()].append(i)
            fuzzy_latin[m.userid.lower()].add(i)
            name = normalize_han(m.name)
            if name and has_han(name):
                # a traditional name (黃詩涵) is also its simplified spelling, which the reader hands over
                for key in dict.fromkeys((name, to_simplified(name))):
                    self._han[key].append((i, "name"))
                    fuzzy_han[key].add(i)
            split = split_chinese_name(name)
            if split is not None:
                self._han[split[0]].append((i, "surname"))
                self._han[split[1]].append((i, "given"))
            else:
                for part in han_parts(m.name):
                    self._han[part].append((i, "given"))
            forms = pinyin_forms(m.name) if name else None
            if forms is not None:
                for key in forms.full:
                    self._latin[key].append((i, "pinyin"))
                    fuzzy_latin[key].add(i)
                for key in forms.surnames:
                    self._latin[key].append((i, "surname"))
                    fuzzy_latin[key].add(i)
                for key in forms.given:
                    self._latin[key].append((i, "given"))
            elif name and not has_han(name):
                self._index_english(m.name, i, fuzzy_latin)
            for other in (m.english_name, m.alias):
                if not other:
                    continue
                if has_han(other):
                    for key in dict.fromkeys((normalize_han(other), to_simplified(normalize_han(other)))):
                        self._han[key].append((i, "alias"))
                else:
                    self._index_english(other, i, fuzzy_latin)
        for table in (self._han, self._latin):
            for key, hits in table.items():
                table[key] = list(dict.fromkeys(hits))
        # Latin keys bucketed by first letter: a typo search scans the buckets of the first two
        # letters of the mention (covers every typo but a lost or changed first letter).
        buckets: dict[str, tuple[list[str], list[tuple[int, ...]]]] = {}
        for key, owners in fuzzy_latin.items():
            keys_, owners_ = buckets.setdefault(key[:1], ([], []))
            keys_.append(key)
            owners_.append(tuple(sorted(owners)))
        self._fuzzy_latin = buckets
        self._fuzzy_han_keys = list(fuzzy_han)
        self._fuzzy_han_owners = [tuple(sorted(v)) for v in fuzzy_han.values()]
        # Per-member facts the ranking needs on every call, computed once.
        self._takeover_ok = [_implausible_because(m, "takeover") is None for m in self.members]
        self._waiting = [_customers_waiting(m) for m in self.members]
        roles: tuple[Role, ...] = ("handover", "takeover", "any")
        self._preference = {role: [_context_preference(m, role) for m in self.members] for role in roles}
        self._sort_names = [(m.name, m.userid) for m in self.members]
        # The index never changes, so a mention's answer never does: people name the same few
        # colleagues over and over, and a common surname alone ("Wang") costs ~0.2 ms to rank.
        # A plain dict, not functools.lru_cache on a bound method: that would tie the index into a
        # reference cycle, which a frozen heap (bot/directory/lookup.py) would never free.
        self._answers: dict[tuple[str, Role, int], Resolution] = {}
        self._settled: dict[tuple[str, Role, int], Resolution] = {}
        self._settle_common_keys()

    @classmethod
    def build(cls, members: Sequence[DirectoryMember], *, version: int = 0) -> DirectoryIndex:
        return cls(members, version)

    # --- building ------------------------------------------------------------------------
    def _index_english(self, text: str, i: int, fuzzy_latin: dict[str, set[int]]) -> None:
        words = latin_words(text)
        if not words:
            return
        full = {"".join(words)}
        if len(words) == 2:
            full.add(words[1] + words[0])
        for key in full:
            for k in u_variants(key):
                self._latin[k].append((i, "english"))
            fuzzy_latin[key].add(i)
        if len(words) > 1:
            for w in words:
                if len(w) >= 2:
                    self._latin[w].append((i, "english_part"))
                    fuzzy_latin[w].add(i)

    # --- resolving -----------------------------------------------------------------------
    def resolve(self, mention: str, *, role: Role = "any", limit: int = 10) -> Resolution:
        """Frozen answers, shared between callers: do not mutate their lists."""
        key = (mention, role, limit)
        answer = self._answers.get(key) or self._settled.get((_fold(mention), role, limit))
        if answer is None:
            answer = self._resolve(mention, role, limit)
            if len(self._answers) >= _RESOLVE_CACHE:
                del self._answers[next(iter(self._answers))]  # oldest first
            self._answers[key] = answer
        return answer

    def _settle_common_keys(self) -> None:
        """Rank once, at build time, the names many members share ("Wang", "王", "Wei"): ranking
        hundreds of candidates is the one slow resolution (~0.5 ms), and it is the same every time."""
        for table in (self._latin, self._han):
            for key, hits in table.items():
                if len(hits) >= _COMMON_KEY:
                    for role in _ROLES:
                        self._settled[(key, role, 10)] = self._resolve(key, role, 10)

    def _resolve(self, mention: str, role: Role, limit: int) -> Resolution:
        text = unicodedata.normalize("NFKC", mention).strip()
        if not text:
            return Resolution(status="none")
        hits = self._exact_hits(text)
        if hits:
            strong = {i: h for i, h in hits.items() if h.kind in _STRONG}
            if strong:
                return self._decide(strong, role, tier="strong", limit=limit)
            return self._decide(hits, role, tier="partial", limit=limit)
        sims = self._fuzzy_sims(text)
        pool: dict[int, _Hit] = {}
        if sims:
            top = max(h.score for h in sims.values())
            if top >= FUZZY_ACCEPT:
                pool = {i: h for i, h in sims.items() if h.score >= top - FUZZY_MARGIN}
        if not pool:
            closest = sorted(sims, key=lambda i: (-sims[i].score, self._sort_name(i)))[:MAX_SUGGESTIONS]
            suggestions = [self._candidate(i, _scaled(sims[i]), role) for i in closest]
            return Resolution(status="none", suggestions=suggestions)
        return self._decide({i: _scaled(h) for i, h in pool.items()}, role, tier="fuzzy", limit=limit)

    def _exact_hits(self, text: str) -> dict[int, _Hit]:
        hits: dict[int, _Hit] = {}

        def add(i: int, kind: MatchKind, score: float, note: str = "") -> None:
            current = hits.get(i)
            if current is None or score > current.score:
                hits[i] = _Hit(kind, score, note)

        for i in self._userid.get(text.lower(), ()):
            add(i, "userid", _BASE["userid"])
        if has_han(text):
            key = normalize_han(text)
            # 陳靜 for 陈静: a traditional mention of a simplified name (names are indexed in both scripts)
            for i, kind in (*self._han.get(key, ()), *self._han.get(to_simplified(key), ())):
                add(i, kind, _BASE[kind])
            if not hits:
                bare = _strip_han_title(key)
                if bare and bare != key:
                    for i, kind in self._han.get(bare, ()):
                        if kind == "surname":
                            add(i, kind, _BASE[kind], f"from {key}")
            return hits
        words = latin_words(text)
        if words is None:
            return hits
        if len(words) > 1 and words[0] in _TITLE_WORDS:
            words = words[1:]
        if len(words) > 1 and words[-1] in _TITLE_AFTER_WORDS:
            words = words[:-1]  # "Usman bhai", "Tanaka san"
        if len(words) > 1 and len(words[0]) == 1:
            words = words[1:]  # "J. Abernathy": the initial, then the family name
        for i, kind in self._latin.get("".join(words), ()):
            add(i, kind, _BASE[kind])
        for variant in romanized_variants(words):
            for i, kind in self._latin.get("".join(variant), ()):
                add(i, kind, _BASE[kind] - _ROMANIZED_PENALTY, "romanized spelling")
        return hits

    def _fuzzy_sims(self, text: str) -> dict[int, _Hit]:
        sims: dict[int, _Hit] = {}

        def add(i: int, kind: MatchKind, sim: float) -> None:
            current = sims.get(i)
            if current is None or sim > current.score:
                sims[i] = _Hit(kind, sim)

        latin_queries: list[str] = []
        if has_han(text):
            key = normalize_han(text)
            spoken = han_pinyin_key(key)
            for i, kind in self._latin.get(spoken, ()):
                if kind == "pinyin":
                    add(i, "homophone", 100.0)
            if spoken:
                latin_queries.append(spoken)
            for _choice, sim, pos in process.extract(
                key, self._fuzzy_han_keys, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF, limit=20
            ):
                for i in self._fuzzy_han_owners[pos]:
                    # One character off is usually another person (李娜/李小娜): suggest, never pick.
                    add(i, "fuzzy", min(float(sim), FUZZY_ACCEPT - 1))
        else:
            words = latin_words(text)
            if words is not None:
                latin_queries.append("".join(words))
                latin_queries.extend("".join(v) for v in romanized_variants(words))
            elif text:
                latin_queries.append(text.lower())
        for query in latin_queries:
            for letter in dict.fromkeys(query[:2]):
                keys, owners = self._fuzzy_latin.get(letter, ([], []))
                for choice, sim, pos in process.extract(
                    query, keys, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF, limit=20
                ):
                    typo = _looks_like_typo(query, choice)
                    score = float(sim) if typo else min(float(sim), FUZZY_ACCEPT - 1)
                    for i in owners[pos]:
                        add(i, "fuzzy", score)
        return sims

    def _decide(self, pool: dict[int, _Hit], role: Role, *, tier: str, limit: int) -> Resolution:
        ok = self._takeover_ok if role == "takeover" else None
        deciding = [i for i in pool if ok[i]] if ok is not None else list(pool)
        deciding = deciding or list(pool)
        chosen: int | None = deciding[0] if len(deciding) == 1 else None
        if chosen is None and tier == "partial" and role == "handover":
            waiting = [i for i in deciding if self._waiting[i]]
            if len(waiting) == 1:
                chosen = waiting[0]
        preference = self._preference[role]
        names = self._sort_names

        def order(i: int) -> tuple[bool, bool, float, float, tuple[str, str]]:
            return (i != chosen, ok is not None and not ok[i], -pool[i].score, -preference[i], names[i])

        ranked = heapq.nsmallest(limit, pool, key=order)
        return Resolution(
            status="unique" if chosen is not None else "ambiguous",
            candidates=[self._candidate(i, pool[i], role) for i in ranked],
            total=len(pool),
        )

    def _candidate(self, i: int, hit: _Hit, role: Role) -> Candidate:
        member = self.members[i]
        why_not = _implausible_because(member, role)
        notes = [_KIND_LABEL[hit.kind]]
        if hit.note:
            notes.append(hit.note)
        notes.extend(_status_notes(member))
        if why_not:
            notes.append(why_not)
        return Candidate(
            member=member,
            score=round(hit.score, 1),
            reason="; ".join(dict.fromkeys(notes)),
            match=hit.kind,
            plausible=why_not is None,
        )

    def _sort_name(self, i: int) -> tuple[str, str]:
        return self._sort_names[i]


def resolve(
    mention: str, members: Sequence[DirectoryMember], *, role: Role = "any", limit: int = 10
) -> Resolution:
    """One-off resolution; build a ``DirectoryIndex`` once instead when resolving repeatedly."""
    return DirectoryIndex.build(members).resolve(mention, role=role, limit=limit)


def _looks_like_typo(typed: str, known: str) -> bool:
    """Swapped, dropped or doubled letters ('zhagnwei', 'Jon Smith') are typos; a changed letter
    ('chen ming' for chenjing) spells another name, so it is only ever a suggestion."""
    distance = OSA.distance(typed, known)
    if distance == 0 or distance > (1 if max(len(typed), len(known)) < 10 else 2):
        return False
    return sorted(typed) == sorted(known) or abs(len(typed) - len(known)) == distance


def _scaled(hit: _Hit) -> _Hit:
    return _Hit(hit.kind, hit.score * _FUZZY_SCALE, hit.note)


def _strip_han_title(key: str) -> str:
    """'张总' / '老王' / '小李' → the surname they stand for."""
    for suffix in _HAN_SUFFIX_TITLES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    if len(key) == 2 and key[0] in _HAN_PREFIX_FAMILIAR:
        return key[1:]
    return key


def _customers_waiting(m: DirectoryMember) -> bool:
    return m.departed and (m.unassigned_customers or 0) > 0


def _context_preference(m: DirectoryMember, role: Role) -> float:
    if role == "handover":
        if _customers_waiting(m):
            return 2.0 + (m.unassigned_customers or 0) / 1e6
        return 1.0 if m.departed else 0.0
    if role == "takeover":
        return 1.0 if m.status == "active" else 0.0
    return 0.0


def _implausible_because(m: DirectoryMember, role: Role) -> str | None:
    if role != "takeover":
        return None
    if m.departed:
        return "departed: cannot take over customers"
    if m.status == "disabled":
        return "account disabled: cannot take over customers"
    if m.status == "inactive":
        return "not activated: cannot take over customers"
    if m.out_of_visibility_since is not None:
        return "outside the app's visibility: cannot take over customers"
    if m.customer_contact is False:
        return "not configured for customer contact"
    return None


def _status_notes(m: DirectoryMember) -> list[str]:
    notes: list[str] = []
    if m.known_only_by_id:
        notes.append("known only by userid")
    if m.departed:
        notes.append("departed")
        if m.unassigned_customers:
            notes.append(f"{m.unassigned_customers} customers waiting")
    elif m.out_of_visibility_since is not None:
        notes.append("no longer listed by the directory")
    return notes


# --- answers to "which one? reply with the number" ------------------------------------------

_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}
_NUMBER_ANSWER = re.compile(
    r"^(?:我?选|选择|就)?\s*(?:第|no\.?|number|#|the)?\s*"
    r"(?P<n>\d{1,3}|[零〇一二两三四五六七八九十]{1,3}|[a-z]+)\s*"
    r"(?:个|位|号|项|one|\.|、|\)|）)?\s*(?:吧|的|那个|那位)?$",
    re.IGNORECASE,
)
_DEPARTED_WORDS = ("离职", "已离职", "departed", "left", "resigned")
_ACTIVE_WORDS = ("在职", "active", "still here", "current")


def parse_choice_number(answer: str) -> int | None:
    """'2', '第2个', '第二个', '2号', 'No. 2', '#2', 'the second' → 2; anything else → None."""
    m = _NUMBER_ANSWER.match(unicodedata.normalize("NFKC", answer).strip())
    if not m:
        return None
    raw = m.group("n").lower()
    if raw.isdigit():
        return int(raw)
    if raw in _EN_ORDINALS:
        return _EN_ORDINALS[raw]
    return _chinese_number(raw)


def _chinese_number(raw: str) -> int | None:
    if not raw or any(c not in _CN_DIGITS and c != "十" for c in raw):
        return None
    if "十" not in raw:
        return _CN_DIGITS[raw] if len(raw) == 1 else None
    tens_part, _, ones_part = raw.partition("十")
    if len(tens_part) > 1 or len(ones_part) > 1:
        return None
    tens = _CN_DIGITS[tens_part] if tens_part else 1
    ones = _CN_DIGITS[ones_part] if ones_part else 0
    return tens * 10 + ones


def match_choice(
    answer: str, candidates: Sequence[Candidate] | Sequence[DirectoryMember]
) -> DirectoryMember | None:
    """The member an answer to a numbered question picks, or None when it picks not exactly one.

    Accepts the number, the userid, a fuller name ('李娜' when asked about 'Li'), a department
    ('技术部的那个') or the status ('离职的那个').
    """
    members = [c.member if isinstance(c, Candidate) else c for c in candidates]
    text = unicodedata.normalize("NFKC", answer).strip()
    if not text or not members:
        return None
    number = parse_choice_number(text)
    if number is not None:
        return members[number - 1] if 1 <= number <= len(members) else None
    by_userid = [m for m in members if m.userid.lower() == text.lower()]
    if len(by_userid) == 1:
        return by_userid[0]
    resolution = DirectoryIndex.build(members).resolve(text, role="any")
    if resolution.status == "unique" and resolution.candidates[0].match not in ("fuzzy", "homophone"):
        return resolution.candidates[0].member
    lowered = text.lower()
    by_department = [
        m
        for m in members
        if any(d and d.lower() in lowered for d in [*m.department_names, *m.department_names_en])
    ]
    if len(by_department) == 1:
        return by_department[0]
    if any(w in lowered for w in _DEPARTED_WORDS):
        departed = [m for m in members if m.departed]
        if len(departed) == 1:
            return departed[0]
    if any(w in lowered for w in _ACTIVE_WORDS):
        active = [m for m in members if m.status == "active"]
        if len(active) == 1:
            return active[0]
    return None
