"""Parse speed of the CN/EN grammar (not a test).

    .venv/bin/python bench/language_parse.py [--n 2000] [--rounds 5] [--seed 7]

Builds N varied utterances (every intent, both languages, typos, mixed text, noise) from
templates and random names, parses each `rounds` times, and prints p50/p99/max microseconds per
parse overall and per resulting intent. The first round is a warm-up (regex and spelling caches)
and is not counted. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language import parse  # noqa: E402

TODAY = dt.date(2026, 11, 26)
ZH_SURNAMES = "张王李赵陈高周吴郑孙刘杨黄何罗"
ZH_GIVEN = ["伟", "娜", "芳", "静", "进度", "客", "明", "杰", "丽", "强", "红", "和平", "敏", "磊", "洋"]
EN_NAMES = ["Zhang", "Zhang Wei", "zhangwei", "Li", "Li Na", "lina", "Wang Fang", "Chen Jing", "Zhou Jie",
            "James", "Grace", "Will", "Sun Hong", "@Li Na"]
TEMPLATES = [
    "把{a}的客户交接给{b}", "{a}的客户转给{b}", "{a}离职了，客户给{b}", "把{a}的客户群也转给{b}",
    "把{a}的客户和客户群交接给{b}", "请帮我把{a}的客户移交给{b}，谢谢", "让{b}接手{a}的客户",
    "hand over {A}'s clients to {B}", "transfer all of {A}'s customers to {B}", "move {A}'s customer groups to {B}",
    "hand ovr {A}'s custmers to {B}", "could you please trasnfer {A}'s clients to {B}?", "{A}'s customers → {B}",
    "customers and groups of {a} → {b}", "把 {A} 的客户给 {B}",
    "{a}的交接进度", "how is the {A} handover going", "job {n} status", "H-{n} 到哪一步了", "进度",
    "pending approvals", "my requests", "待审批", "我发起的交接",
    "cancel job {n}", "取消交接 {n}", "取消 H-{n}", "cancel",
    "records for {A}", "{a}的交接记录", "who approved H-{n}",
    "start offboarding for {A}, last day Dec {d}", "{a}12月{d}日离职，开始离职清单", "{a}下周五离职，接替人{b}",
    "{A} is leaving on 12/{d}, successor {B}",
    "my checklist", "我的清单", "done {i}", "完成第{i}项", "第{i}项完成了", "{a}的清单", "undo {i}",
    "remind me tomorrow", "明天再提醒我", "remind me on Monday", "{d}天后提醒我",
    "yes", "确认", "好的，提交", "no", "不用了", "{i}", "第{i}个", "选{i}", "#{i}",
    "help", "帮助", "？", "what is a customer group?", "客户交接流程是什么",
    "今天天气不错", "the weather is nice today", "asdf qwer zxcv", "张伟的客户有多少",
]


def utterances(n: int, rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        template = rng.choice(TEMPLATES)
        zh = [rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN) for _ in range(2)]
        en = [rng.choice(EN_NAMES) for _ in range(2)]
        out.append(template.format(a=zh[0], b=zh[1], A=en[0], B=en[1], n=rng.randint(1, 99999),
                                   d=rng.randint(1, 28), i=rng.randint(1, 9)))
    return out


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = utterances(args.n, random.Random(args.seed))

    timings: list[float] = []
    by_intent: dict[str, list[float]] = defaultdict(list)
    for round_ in range(args.rounds):
        for text in texts:
            start = time.perf_counter_ns()
            intent = parse(text, today=TODAY)
            micros = (time.perf_counter_ns() - start) / 1000
            if round_ == 0:
                continue  # warm-up
            timings.append(micros)
            by_intent[intent.intent].append(micros)

    print(f"{len(texts)} utterances × {args.rounds - 1} timed rounds = {len(timings)} parses")
    print(f"{'intent':<10} {'count':>7} {'p50 µs':>9} {'p99 µs':>9} {'max µs':>9}")
    for name, values in sorted(by_intent.items(), key=lambda item: -len(item[1])):
        print(f"{name:<10} {len(values):>7} {pct(values, 0.5):>9.1f} {pct(values, 0.99):>9.1f} {max(values):>9.1f}")
    print(f"{'ALL':<10} {len(timings):>7} {pct(timings, 0.5):>9.1f} {pct(timings, 0.99):>9.1f} "
          f"{max(timings):>9.1f}   mean {statistics.fmean(timings):.1f} µs")


if __name__ == "__main__":
    main()
