"""Resolution speed over a 5,000-member directory with realistic Chinese names.

    .venv/bin/python bench/directory_resolve.py [--members 5000] [--mentions 4000] [--seed 7]

Prints the index build time and p50/p99/max milliseconds per mention, overall and per kind of
mention (target: p99 < 5 ms). Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypinyin import lazy_pinyin

from bot.directory.models import DirectoryMember
from bot.directory.resolve import DirectoryIndex, Role

# Frequent surnames, weighted roughly by how common they are, plus a few compound ones.
SURNAMES = (
    "王" * 9 + "李" * 9 + "张" * 8 + "刘" * 6 + "陈" * 6 + "杨" * 4 + "黄" * 3 + "赵" * 3 + "吴" * 3
    + "周" * 3
    + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤章单"
)
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "慕容"]
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉玲桂华建国红英梅鹏飞斌宇浩凯秀兰春晓雪婷丹琳欣怡佳琪"
    "子涵雨萱梓轩博文思远志强海燕玉兰凤秀云建平永刚立新德明家豪俊杰嘉怡晨阳天宇一鸣若曦诗涵"
)
ENGLISH = ["Leo", "Lina", "Kevin", "Tony", "Fiona", "Grace", "Jack", "Amy", "Eric", "Vivian", "Sam", "Cindy"]
DEPARTMENTS = ["销售一部", "销售二部", "技术部", "客服部", "市场部", "财务部", "人力资源部", "运营部"]


def make_directory(n: int, rng: random.Random) -> list[DirectoryMember]:
    members: list[DirectoryMember] = []
    taken: set[str] = set()
    for _ in range(n):
        surname = rng.choice(COMPOUND) if rng.random() < 0.01 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.35 else 2))
        name = surname + given
        base = "".join(lazy_pinyin(name))
        userid, k = base, 1
        while userid in taken:
            k += 1
            userid = f"{base}{k}"
        taken.add(userid)
        dept = rng.randrange(len(DEPARTMENTS))
        departed = rng.random() < 0.05
        english = None
        if rng.random() < 0.1:
            english = f"{rng.choice(ENGLISH)} {''.join(lazy_pinyin(surname)).capitalize()}"
        members.append(
            DirectoryMember(
                userid=userid,
                name=name,
                english_name=english,
                departments=[dept + 2],
                main_department=dept + 2,
                department_names=[DEPARTMENTS[dept]],
                status="departed" if departed else "active",
                departed_at=time.time() - rng.randrange(86400 * 60) if departed else None,
                unassigned_customers=rng.randrange(0, 300) if departed else None,
                customer_contact=rng.random() < 0.6,
            )
        )
    return members


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def make_mentions(members: list[DirectoryMember], count: int, rng: random.Random) -> list[tuple[str, str]]:
    mentions: list[tuple[str, str]] = []
    with_english = [m for m in members if m.english_name]
    for _ in range(count):
        m = rng.choice(members)
        syllables = lazy_pinyin(m.name)
        surname_len = 2 if m.name[:2] in COMPOUND else 1
        sur, given = "".join(syllables[:surname_len]), "".join(syllables[surname_len:])
        kind = rng.choice(
            ["chinese", "pinyin", "pinyin_en_order", "surname", "surname_cn", "english", "userid", "typo",
             "unknown_cn", "unknown_latin"]
        )
        if kind == "chinese":
            text = m.name
        elif kind == "pinyin":
            text = f"{sur} {given}"
        elif kind == "pinyin_en_order":
            text = f"{given.capitalize()} {sur.capitalize()}"
        elif kind == "surname":
            text = sur.capitalize()
        elif kind == "surname_cn":
            text = m.name[:surname_len]
        elif kind == "english":
            text = rng.choice(with_english).english_name or m.userid
        elif kind == "userid":
            text = m.userid
        elif kind == "typo":
            text = typo(sur + given, rng)
        elif kind == "unknown_cn":
            text = "".join(rng.choice("鑫淼焱垚犇骉") for _ in range(3))
        else:
            text = "".join(rng.choice("bcdfgkmpqstxz") for _ in range(7))
        mentions.append((kind, text))
    return mentions


def percentile(sorted_ms: list[float], p: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, round(p / 100 * (len(sorted_ms) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--mentions", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    members = make_directory(args.members, rng)
    t0 = time.perf_counter()
    index = DirectoryIndex.build(members, version=1)
    build_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    index = DirectoryIndex.build(members, version=2)  # after a contact event: names already seen
    rebuild_ms = (time.perf_counter() - t0) * 1000
    mentions = make_mentions(members, args.mentions, rng)
    roles: list[Role] = ["handover", "takeover", "any"]

    for _, text in mentions[:200]:  # warm-up (rapidfuzz, caches)
        index.resolve(text)
    timings: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for n, (kind, text) in enumerate(mentions):
        t = time.perf_counter()
        result = index.resolve(text, role=roles[n % 3])
        ms = (time.perf_counter() - t) * 1000
        timings[kind].append(ms)
        timings["ALL"].append(ms)
        statuses[kind][result.status] += 1

    print(
        f"directory: {len(members)} members; index built in {build_ms:.0f} ms (rebuilt in {rebuild_ms:.0f} ms);"
        f" {len(mentions)} mentions"
    )
    print(f"{'kind':16} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}  statuses")
    for kind in sorted(timings, key=lambda k: (k != "ALL", k)):
        values = sorted(timings[kind])
        summary = ", ".join(f"{s} {c}" for s, c in sorted(statuses[kind].items())) if kind != "ALL" else ""
        print(
            f"{kind:16} {len(values):5d} {statistics.median(values):8.3f} {percentile(values, 99):8.3f}"
            f" {values[-1]:8.3f}  {summary}"
        )
    p99 = percentile(sorted(timings["ALL"]), 99)
    print(f"p99 {p99:.3f} ms — target < 5 ms: {'met' if p99 < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()
