"""Build directory.json: a WeCom user/list-shaped member list with every full person named in
heldout.jsonl and dev.jsonl, plus hand-picked distractors that make names ambiguous.

Needs pypinyin (dev-only, for the userids). Deterministic (seed 7). Run:
    python3 tests/language/data/make_directory.py
"""

import json
import random
import re
from pathlib import Path

from members import COMPOUND, DEPTS, free_userid, is_latin, is_userid, record
from pypinyin import lazy_pinyin

HERE = Path(__file__).parent
R = random.Random(7)
NICK = re.compile(r"^(老.|小.|.总|.姐|Manager \w+)$")
# traditional spellings that are the same people as the simplified ones in the data
SAME = {"陳靜": "陈静", "張偉": "张伟", "何靜": "何静"}
# userids written in the data -> the name of the member they belong to
USERIDS = {"zhangwei01": "张伟", "lina02": "李娜", "chenjing02": "陈静", "wangfang01": "王芳", "hejing02": "何静"}
# distractors: (name, dept, status, english_name or None)
DISTRACT = [
    ("张伟", 3, 1, "Zhang Wei"),
    ("张伟", 6, 5, None),
    ("章伟", 5, 1, None),
    ("张玮", 2, 1, None),
    ("张薇", 7, 1, None),
    ("何静", 5, 1, None),
    ("何晶", 2, 1, None),
    ("陈静", 6, 5, None),
    ("陈晶", 3, 1, None),
    ("陈景", 2, 1, "Jing Chen"),
    ("李娜", 7, 1, None),
    ("李娜娜", 2, 1, None),
    ("李那", 5, 1, None),
    ("王芳", 3, 1, None),
    ("王芳芳", 5, 1, None),
    ("王方", 6, 1, None),
    ("欧阳娜", 2, 1, None),
    ("欧阳菲", 7, 1, None),
    ("司马光", 3, 1, None),
    ("上官婉儿", 5, 1, None),
    ("诸葛明亮", 6, 1, None),
    ("令狐冲冲", 2, 5, None),
    ("慕容雪儿", 7, 1, None),
    ("白雪梅", 5, 1, None),
    ("文静怡", 3, 1, None),
    ("向前进", 2, 1, None),
    ("刘洋", 3, 1, None),
    ("孙悦", 6, 1, None),
    ("任静怡", 4, 1, None),
    ("贾敏", 2, 1, None),
    ("侯亮平", 3, 1, None),
    ("高远", 5, 1, None),
    ("Alice Wong", 7, 1, "Alice Wong"),
    ("Alice Wang", 6, 5, "Alice Wang"),
    ("Li Nan", 3, 1, "Li Nan"),
    ("Chen Jin", 2, 1, "Chen Jin"),
    ("David Chan", 5, 1, "David Chan"),
    ("Grace Lim", 3, 1, "Grace Lim"),
    ("Kevin Ng", 6, 5, "Kevin Ng"),
    ("Mike Chang", 2, 1, "Mike"),
]


def names_in(path):
    for ln in (HERE / path).read_text(encoding="utf-8").splitlines():
        s = json.loads(ln)["slots"]
        for k in ("handover", "takeover", "member", "successor"):
            if k in s:
                yield s[k]


people = []
for n in list(names_in("heldout.jsonl")) + list(names_in("dev.jsonl")):
    n = SAME.get(n, n)
    if NICK.match(n) or is_userid(n) or n in people:
        continue
    people.append(n)
han = [n for n in people if not is_latin(n)]
latin = [n for n in people if is_latin(n)]
# a romanised name that spells a Chinese member's name is that member's english_name
pin = {}
for n in han:
    p = lazy_pinyin(n)
    k = 2 if n[:2] in COMPOUND or len(n) == 4 else 1
    key = "".join(p[:k]) + " " + "".join(p[k:])
    pin.setdefault(key.lower(), n)
english = {}
for n in latin:
    if n.lower() in pin and pin[n.lower()] not in english:
        english[pin[n.lower()]] = n

used, members = set(), []


def userid_for(name):
    u = free_userid(".".join(name.lower().split()) if is_latin(name) else "".join(lazy_pinyin(name)).lower(), used)
    used.add(u)
    return u


def member(name, dept, status=1, en=None, userid=None):
    u = userid or userid_for(name)
    used.add(u)
    m = record(u, name, dept, status, en, R)
    members.append(m)


for n in han:
    member(n, R.choice(list(DEPTS)), 1, english.get(n))
for n in latin:
    if n in english.values():
        continue
    member(n, R.choice(list(DEPTS)), 1, n)
for u, n in USERIDS.items():
    member(n, R.choice(list(DEPTS)), 1, None, userid=u)
for n, d, st, en in DISTRACT:
    member(n, d, st, en)
# userids written in the data must exist
want = {n for n in list(names_in("heldout.jsonl")) + list(names_in("dev.jsonl")) if is_userid(n)}
missing = want - used
assert not missing, missing
(HERE / "directory.json").write_text(json.dumps(members, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(
    f"directory.json: {len(members)} members ({len(han)} Chinese, {len(latin)} Latin names from the data, "
    f"{len(english)} English names attached, {len(USERIDS) + len(DISTRACT)} distractors)"
)
