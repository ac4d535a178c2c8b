"""Understanding one message end to end (not a test): read the CN/EN text into an Intent with
the directory's name matcher (Aho–Corasick, built once per directory version), then resolve its
person mentions against a 5,000-member directory — what a worker does per request.

    .venv/bin/python bench/understand.py [--members 5000] [--messages 3000] [--seed 7]

Prints the build time of the index and the matcher, then p50/p99/max milliseconds per message
(target: p99 < 1 ms). Accuracy is measured by bench/understand_accuracy.py.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypinyin import lazy_pinyin

from bench.directory_resolve import make_directory
from bot.directory.lookup import settle_heap
from bot.directory.matcher import NameMatcher
from bot.directory.resolve import DirectoryIndex
from bot.language import load_models, parse

ZH = ["把{a}的客户交接给{b}", "{a}的客户转给{b}", "把{a}的客户和客户群交接给{b}", "{a}离职了，客户给{b}",
      "请帮我把{a}的客户群也转给{b}", "{a}的交接记录", "{a}要离职了，她的客户交接给{b}", "交接：{a} → {b}",
      "把{a}的客户轉給{b}", "{a}的交接进度怎么样了", "{a}下周五离职，开始离职清单"]
EN = ["hand over {a}'s clients to {b}", "transfer all of {a}'s customers to {b}",
      "move {a}'s customer groups to {b}", "records for {a}", "Please hand {a}'s customers over to {b}",
      "I need {a}'s customers handed over to {b}", "status of {a}'s handover"]


def messages(members: list, n: int, rng: random.Random) -> list[str]:  # type: ignore[type-arg]
    out = []
    for _ in range(n):
        a, b = rng.sample(members, 2)
        if rng.random() < 0.6:
            out.append(rng.choice(ZH).format(a=a.name, b=b.name))
        else:
            def latin(m) -> str:  # type: ignore[no-untyped-def]
                py = lazy_pinyin(m.name)
                return rng.choice([m.userid, f"{py[0].title()} {''.join(py[1:]).title()}", py[0].title()])
            out.append(rng.choice(EN).format(a=latin(a), b=latin(b)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=5000)
    ap.add_argument("--messages", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    members = make_directory(args.members, rng)
    t0 = time.perf_counter()
    index = DirectoryIndex.build(members, version=1)
    t1 = time.perf_counter()
    matcher = NameMatcher.build(members, version=1)
    t2 = time.perf_counter()
    load_models()  # as a worker does when it starts (bot/app.py), before its first directory is built
    settle_heap()  # as the worker does after building (bot/directory/lookup.py)
    print(f"built once per directory version: index {1000 * (t1 - t0):.0f} ms, matcher {1000 * (t2 - t1):.0f} ms")
    today = date(2026, 11, 26)
    texts = messages(members, args.messages, rng)
    for text in texts[:200]:  # warm the caches a worker has warm
        parse(text, today=today, people=matcher)
    total, parsing, resolving, cpu = [], [], [], []
    for text in texts:
        c0 = time.thread_time()
        t0 = time.perf_counter()
        intent = parse(text, today=today, people=matcher)
        t1 = time.perf_counter()
        for slot, role in (("handover", "handover"), ("takeover", "takeover"), ("member", "any")):
            mention = intent.slots.get(slot)
            if isinstance(mention, str) and mention:
                index.resolve(mention, role=role)  # type: ignore[arg-type]
        t2 = time.perf_counter()
        cpu.append((time.thread_time() - c0) * 1000)
        parsing.append((t1 - t0) * 1000)
        resolving.append((t2 - t1) * 1000)
        total.append((t2 - t0) * 1000)
    print(f"parse + resolve over {args.members} members, {len(texts)} messages")
    rows = (("parse + resolve", total), ("parse", parsing), ("resolve", resolving), ("  (CPU time)", cpu))
    for name, timings in rows:
        timings.sort()
        p50, p99 = (timings[min(len(timings) - 1, int(len(timings) * q))] for q in (0.5, 0.99))
        mean = statistics.mean(timings)
        print(f"  {name:16s} p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {timings[-1]:.2f} ms, mean {mean:.3f} ms")
    print("wall-clock figures include time the OS gave other processes; CPU time is this thread's own work")


if __name__ == "__main__":
    main()
