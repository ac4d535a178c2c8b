"""Accuracy of the split reading (bot/language/split.py) on labelled utterances (not a test).

    .venv/bin/python bench/split_accuracy.py [--no-directory] [--failures]

Reads tests/language/data/dev2.jsonl (the dev set with split handovers; never a held-out set):
every line labelled with ``split`` must read as that split (intent and every labelled slot; people,
``takeovers``, ``groups_to`` and ``tag`` compare folded like bench/understand_accuracy.py's person
slots, ``scope`` as a set), and no other line may read as a split among several receivers (a
``tag_only`` reading — "X的VIP客户转给Y", one receiver for one tag — is a plain handover with a subset
and is counted apart). Directory-aware by default, with
tests/language/data/directory.json, as in chat.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.understand_accuracy import DATA, TODAY, fold_person, load_directory  # noqa: E402
from bot.language import parse  # noqa: E402

FOLDED = frozenset({"handover", "groups_to", "tag"})


def same(name: str, want: Any, got: Any) -> bool:
    if got is None:
        return False
    if name in FOLDED:
        return fold_person(want) == fold_person(got)
    if name == "takeovers":
        return isinstance(got, list) and [fold_person(w) for w in want] == [fold_person(g) for g in got]
    if name == "scope":
        return sorted(want) == sorted(got)
    return bool(want == got)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-directory", action="store_true", help="read by name shapes alone")
    ap.add_argument("--failures", action="store_true", help="print every miss")
    ap.add_argument("--set", type=Path, default=DATA / "dev2.jsonl")
    args = ap.parse_args()
    people = None if args.no_directory else load_directory(DATA / "directory.json")
    right = total = false_splits = tagged = 0
    for line in args.set.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        got = parse(case["text"], today=TODAY, people=people)
        if "split" not in case["slots"]:
            if got.slots.get("split") == "tag_only":
                tagged += 1
            elif got.slots.get("split"):
                false_splits += 1
                if args.failures:
                    print(f"FALSE SPLIT {case['text']}\n  got {got.slots}")
            continue
        total += 1
        ok = got.intent == "handover" and all(same(k, v, got.slots.get(k)) for k, v in case["slots"].items())
        right += ok
        if not ok and args.failures:
            print(f"MISS {case['text']}\n  want {case['slots']}\n  got  {got.intent} "
                  f"{ {k: v for k, v in got.slots.items() if v is not None} }")  # fmt: skip
    how = "by name shapes" if args.no_directory else "with the directory"
    print(f"{args.set.name}: {right}/{total} split requests read right {how}; "
          f"{false_splits} other lines read as splits; {tagged} read as one receiver for a tag")


if __name__ == "__main__":
    main()
