"""Extend directory.json with every full person named in heldout3.jsonl and dev2.jsonl that it lacks,
plus a few new look-alike distractors. The existing members stay an unchanged prefix.

Needs pypinyin and opencc (dev-only). Deterministic (seed 11). Run after make_directory.py:
    python3 tests/language/data/extend_directory.py
"""

import json
import random
import re
from pathlib import Path

from members import COMPOUND as BASE_COMPOUND
from members import DEPTS, free_userid, is_latin, is_userid, record
from opencc import OpenCC
from pypinyin import lazy_pinyin

HERE = Path(__file__).parent
R = random.Random(11)
T2S = OpenCC("t2s")
FILES = ("heldout3.jsonl", "dev2.jsonl")
COMPOUND = BASE_COMPOUND | {"司徒", "端木", "公孙", "长孙", "澹台", "呼延", "宇文", "南宫"}
# userids written in the data that are not the pinyin of the name -> the member they belong to
USERIDS = {"zx.song": "宋子轩", "kwongml": "邝美玲", "mx.zou": "邹明轩", "w.zihang": "魏子航", "cherryk": "Cherry Kwok"}
# look-alikes: (name, dept, status, english_name or None). Near-homophones of names in the data (never
# with the same toneless pinyin as a romanised or userid mention there), and same-name pairs of people
# the data does not name, for ambiguity scenarios.
DISTRACT = [
    ("周默", 2, 1, None),
    ("马尚", 5, 1, None),
    ("高星", 3, 1, None),
    ("李翔", 2, 1, None),
    ("任毅", 6, 1, None),
    ("钟楚仪", 7, 1, None),
    ("韦一凡", 2, 5, None),
    ("欧阳子明", 3, 1, None),
    ("司徒嘉浩", 5, 1, None),
    ("黄思涵", 2, 1, None),
    ("Lucy Chang", 7, 1, "Lucy Chang"),
    ("Priya Ramani", 3, 1, "Priya Ramani"),
    ("Kenji Saito", 6, 1, "Kenji Saito"),
    ("Vincent Liu", 2, 1, "Vincent Liu"),
    ("Conor Walsh", 5, 5, "Conor Walsh"),
    ("Rosa Martin", 3, 1, "Rosa Martin"),
    ("杨静", 2, 1, None),
    ("杨静", 5, 5, None),
    ("黄磊", 3, 1, None),
    ("黄磊", 6, 1, None),
    ("Alex Chen", 2, 1, "Alex Chen"),
    ("Alex Chen", 7, 1, "Alex Chen"),
]
PERSON = ("handover", "takeover", "member", "successor", "groups_to")


def fold(n):
    return " ".join(T2S.convert(n).casefold().split())


def pinyin_key(n):
    """'surname given' in toneless pinyin, compound surnames kept whole."""
    s = T2S.convert(n)
    p = lazy_pinyin(s)
    k = 2 if s[:2] in COMPOUND else 1
    return "".join(p[:k]) + " " + "".join(p[k:])


def mentions():
    for f in FILES:
        for ln in (HERE / f).read_text(encoding="utf-8").splitlines():
            s = json.loads(ln)["slots"]
            yield from (s[k] for k in PERSON if k in s)
            yield from s.get("takeovers", [])


# make_directory.py writes the first BASE members; re-running starts again from them (idempotent)
BASE = 369
original = json.loads((HERE / "directory.json").read_text(encoding="utf-8"))[:BASE]
members = [dict(m) for m in original]
prefix = len(members)
used = {m["userid"] for m in members}
known = {fold(m["name"]) for m in members}
written = list(dict.fromkeys(mentions()))
latin_written = {re.sub(r"[\s.]", "", n.casefold()) for n in written if is_latin(n)}
han = [n for n in written if not is_latin(n)]
# one member per person: a traditional and a simplified spelling of one name are one member
people, seen = [], set(known)
for n in han:
    if fold(n) not in seen:
        seen.add(fold(n))
        people.append(n)
pin = {pinyin_key(n).casefold(): n for n in people}
english = {}
for n in written:
    if is_latin(n) and not is_userid(n) and n.casefold() in pin:
        # the data romanises this member's name (any case): that is their english_name, capitalised
        english.setdefault(pin[n.casefold()], n.title())
latin = [n for n in written if is_latin(n) and not is_userid(n) and n.casefold() not in pin and fold(n) not in known]
latin = list(dict.fromkeys(latin))


def userid_for(name):
    pinyin = "".join(lazy_pinyin(T2S.convert(name))).lower()
    return free_userid(".".join(name.lower().split()) if is_latin(name) else pinyin, used)


def add(name, dept, status=1, en=None, userid=None):
    u = userid or userid_for(name)
    assert u not in used, u
    used.add(u)
    m = record(u, name, dept, status, en, R)
    members.append(m)


by_name = {v: k for k, v in USERIDS.items()}
for n in people:
    add(n, R.choice(list(DEPTS)), 1, english.get(n), by_name.get(n))
for n in latin:
    add(n, R.choice(list(DEPTS)), 1, n, by_name.get(n))
for n, d, st, en in DISTRACT:
    assert re.sub(r"\s", "", pinyin_key(n) if not is_latin(n) else n.casefold()) not in latin_written, n
    add(n, d, st, en)

# every mention in the two files must name exactly one member
ids = {m["userid"]: m for m in members}
for n in written:
    if is_userid(n):
        assert n in ids, f"userid {n} missing"
        continue
    hits = [
        m
        for m in members
        if fold(n) in (fold(m["name"]), fold(m.get("english_name", "")), fold(m["alias"] or "-"))
        or (not is_latin(m["name"]) and n.casefold() == pinyin_key(m["name"]).casefold())
    ]
    assert len(hits) == 1, (n, [h["name"] for h in hits])
assert members[:prefix] == original
(HERE / "directory.json").write_text(json.dumps(members, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(
    f"directory.json: {prefix} + {len(members) - prefix} = {len(members)} members ({len(people)} Chinese and "
    f"{len(latin)} Latin names from heldout3/dev2, {len(english)} English names attached, {len(DISTRACT)} distractors)"
)
