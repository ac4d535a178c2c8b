"""Understanding one message end to end (not a test): parse the CN/EN text into an Intent, then
resolve its person mentions against a 5,000-member directory — what a worker does per request.

    .venv/bin/python bench/understand.py [--members 5000] [--messages 3000] [--seed 7]

Prints p50/p99/max milliseconds per message (target: p99 < 5 ms).
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
from bot.directory.resolve import DirectoryIndex
from bot.language import parse

ZH = ["把{a}的客户交接给{b}", "{a}的客户转给{b}", "把{a}的客户和客户群交接给{b}", "{a}离职了，客户给{b}",
      "请帮我把{a}的客户群也转给{b}", "{a}的交接记录"]
EN = ["hand over {a}'s clients to {b}", "transfer all of {a}'s customers to {b}",
      "move {a}'s customer groups to {b}", "records for {a}"]


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
    index = DirectoryIndex.build(members, version=1)
    today = date(2026, 11, 26)
    texts = messages(members, args.messages, rng)
    timings = []
    for text in texts:
        t0 = time.perf_counter()
        intent = parse(text, today=today)
        for slot, role in (("handover", "handover"), ("takeover", "takeover"), ("member", "any")):
            mention = intent.slots.get(slot)
            if isinstance(mention, str) and mention:
                index.resolve(mention, role=role)  # type: ignore[arg-type]
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p = lambda q: timings[min(len(timings) - 1, int(len(timings) * q))]  # noqa: E731
    print(f"parse + resolve over {args.members} members, {len(texts)} messages")
    mean = statistics.mean(timings)
    print(f"p50 {p(0.5):.2f} ms, p99 {p(0.99):.2f} ms, max {timings[-1]:.2f} ms, mean {mean:.2f} ms")


if __name__ == "__main__":
    main()
