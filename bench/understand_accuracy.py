"""Accuracy of the reader on labelled utterances (not a test): intent + slots per line.

    .venv/bin/python bench/understand_accuracy.py                      # dev.jsonl + phrasings.jsonl
    .venv/bin/python bench/understand_accuracy.py --set dev --failures  # and every miss
    .venv/bin/python bench/understand_accuracy.py --set heldout        # only when asked by name

Sets: `dev` (tests/language/data/dev.jsonl), `dev2` (dev2.jsonl), `dev3` (dev3.jsonl, read with its own
dev3_directory.json), `dev4` … `devLAST` and `dev_roles` (likewise), `phrasings` (../shared/language/phrasings.jsonl),
`heldout`, `heldout3` (tests/language/data/heldout*.jsonl — read only when named with --set; never
tune on them).
`dev`, `dev2` and the held-out sets are read directory-aware, as in chat, with tests/language/data/directory.json
(which holds their people); `phrasings` names people who are in no directory, so it is read by
name shapes alone (`--no-directory` / `--with-directory` override). Prints overall accuracy, per intent, per phenomenon
(`note`), the intent confusions, the role swaps (a handover read with its giver and receiver exchanged; a confident
one files the wrong person's customers, an unsure one asks first) and the parse time per message; last, dev4 … devLAST
pooled.

Label format, one JSON object per line: {"text", "intent" (a name or a list of acceptable
names), "slots" (a subset that must hold), "note", "lang"}. Person slots (and a split's
receivers and tag) compare after folding case, spaces, full-width, traditional → simplified, accents and the
titles the resolver drops around a Latin name (Mr., Khun, Mbak, -san: both forms name the same member);
job ids are digits; scope is a set.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language import SLOT_SCHEMA, parse  # noqa: E402
from bot.language.normalize import fold_accents, to_simplified  # noqa: E402
from bot.language.people import TITLES_AFTER, TITLES_BEFORE  # noqa: E402

DATA = ROOT / "tests" / "language" / "data"
LAST = 139  # the newest blind round, devLAST.jsonl
# the reader helper's sets (dev3.jsonl …), each with its own directory (dev3_directory.json …)
OWN_DIRECTORY = (*(f"dev{n}" for n in range(3, LAST + 1)), "dev_roles")
# the many small rounds, also reported as one figure
POOLED = tuple(f"dev{n}" for n in range(4, LAST + 1))
SETS = {
    "dev": DATA / "dev.jsonl",
    "dev2": DATA / "dev2.jsonl",
    **{name: DATA / f"{name}.jsonl" for name in OWN_DIRECTORY},
    "phrasings": ROOT.parent / "shared" / "language" / "phrasings.jsonl",
    "heldout": DATA / "heldout.jsonl",
    "heldout3": DATA / "heldout3.jsonl",
}
# the held-out sets only when named
DEFAULT_SETS = ("dev", "dev2", *OWN_DIRECTORY, "phrasings")
# sets read directory-aware (their people are in one)
WITH_DIRECTORY = frozenset({"dev", "dev2", *OWN_DIRECTORY, "heldout", "heldout3"})
# a set whose people live in their own directory file (the others use --directory)
SET_DIRECTORY = {name: DATA / f"{name}_directory.json" for name in OWN_DIRECTORY}
PEOPLE = frozenset({"handover", "takeover", "member", "successor"})
TODAY = date(2026, 11, 26)
# the rounds whose authors were told another today (their relative dates, 明天/月底/next Friday, count from it)
SET_TODAY = {"dev48": date(2026, 12, 6), "dev49": date(2026, 12, 6), "dev50": date(2026, 12, 6)}


def fold_person(value: Any) -> str:
    text = fold_accents(unicodedata.normalize("NFKC", str(value)))  # Amélie is Amelie, as the reader folds it
    text = _TITLES.sub("", text).strip() or text  # "Mr. Obinna Nwosu" names whom "Obinna Nwosu" names
    return "".join(to_simplified(text).lower().split())


# the titles the resolver drops around a Latin name (bot/language/people.py): a mention with or without them
# resolves to the same member, so authors who write them and authors who leave them out agree
_TITLES = re.compile(rf"^(?:(?:{'|'.join(sorted(TITLES_BEFORE))})\.?\s+)+|"
                     rf"(?:[\s-](?:{'|'.join(sorted(TITLES_AFTER))}))+$", re.IGNORECASE)


def slot_ok(name: str, want: Any, got: Any) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if name in PEOPLE or name in ("tag", "groups_to"):  # (who gets a split's groups is a person too)
        return fold_person(want) == fold_person(got)
    if name == "takeovers":  # the receivers of a split, in the order named; folded like any person
        return isinstance(got, list) and [fold_person(w) for w in want] == [fold_person(g) for g in got]
    if name == "job":
        return str(want).lstrip("Hh-#") == str(got).removeprefix("H-")
    if name == "scope":
        return sorted(want) == sorted(got)
    if name in ("item", "choice"):
        return str(want) == str(got)
    return bool(want == got)


def judge(case: dict[str, Any], intent: str, slots: dict[str, Any]) -> tuple[bool, bool]:
    """(intent right, intent and slots right)."""
    wanted = case["intent"] if isinstance(case["intent"], list) else [case["intent"]]
    if intent not in wanted:
        return False, False
    # an either/or label's slots describe the reading that has them ("handover|help": a help has none)
    own = set(SLOT_SCHEMA.get(intent, ())) if len(wanted) > 1 else None
    for name, value in (case.get("slots") or {}).items():
        if (own is None or name in own) and not slot_ok(name, value, slots.get(name)):
            return True, False
    return True, True


def swapped(case: dict[str, Any], intent: str, slots: dict[str, Any]) -> bool:
    """A handover read with the label's giver as receiver and its receiver as giver."""
    want = case.get("slots") or {}
    if intent != "handover" or not want.get("handover") or not want.get("takeover"):
        return False
    if fold_person(want["handover"]) == fold_person(want["takeover"]):
        return False  # "Chen Jing's groups to chenjing" (generated): the same spelling both ways
    return slot_ok("handover", want["takeover"], slots.get("handover")) and \
        slot_ok("takeover", want["handover"], slots.get("takeover"))


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_directory(path: Path) -> Any:
    from bot.directory.matcher import NameMatcher
    from bot.directory.userlist import load_user_list

    return NameMatcher.build(load_user_list(path), version=1)


Score = tuple[int, int, Counter[str]]


def evaluate(name: str, cases: list[dict[str, Any]], matcher: Any, show_failures: bool) -> Score:
    """Prints the set's figures; returns (right, total, role swaps by "confident"/"unsure")."""
    right = 0
    swaps: Counter[str] = Counter()
    by_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_note: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusions: Counter[tuple[str, str]] = Counter()
    timings: list[float] = []
    failures: list[str] = []
    for case in cases:
        start = time.perf_counter()
        result = parse(case["text"], today=SET_TODAY.get(name, TODAY), people=matcher)
        timings.append((time.perf_counter() - start) * 1000)
        intent_ok, ok = judge(case, result.intent, result.slots)
        label = case["intent"] if isinstance(case["intent"], str) else "|".join(case["intent"])
        for table, key in ((by_intent, label), (by_note, case.get("note") or "-")):
            table[key][1] += 1
            table[key][0] += ok
        right += ok
        if swapped(case, result.intent, result.slots):
            swaps["unsure" if result.unsure else "confident"] += 1
        if not intent_ok:
            confusions[(label, result.intent)] += 1
        if not ok and show_failures:
            got = {k: v for k, v in result.slots.items() if v is not None}
            failures.append(f"  {case['text']!r}\n    want {label} {case.get('slots')}\n    got  {result.intent} {got}")
    total = len(cases)
    print(f"== {name}: {right}/{total} = {100 * right / max(total, 1):.1f} % intent + slots")
    print(f"  role swaps: {swaps['confident']} confident, {swaps['unsure']} unsure")
    for title, table in (("per intent", by_intent), ("per phenomenon", by_note)):
        print(f"  {title}:")
        for key, (ok, n) in sorted(table.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
            print(f"    {key:28s} {ok:4d}/{n:<4d} {100 * ok / n:5.1f} %")
    if confusions:
        print("  confusions (wanted → got):")
        for (want, got), n in confusions.most_common(15):
            print(f"    {want} → {got}: {n}")
    timings.sort()
    if timings:
        p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
        print(f"  parse: p50 {statistics.median(timings):.3f} ms, p99 {p99:.3f} ms")
    if failures:
        print("  failures:")
        print("\n".join(failures))
    return right, total, swaps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", choices=sorted(SETS),
                    help="dev, dev2 … devLAST, dev_roles, phrasings (default: these) or heldout/heldout3")
    ap.add_argument("--file", type=Path, help="another labelled JSONL file")
    ap.add_argument("--directory", type=Path, default=DATA / "directory.json")
    ap.add_argument("--no-directory", action="store_true", help="read every set by name shapes alone")
    ap.add_argument("--with-directory", action="store_true", help="read every set with the directory")
    ap.add_argument("--failures", action="store_true", help="print every miss")
    args = ap.parse_args()
    matcher = load_directory(args.directory) if args.directory.exists() and not args.no_directory else None
    pooled: list[Score] = []
    pooled_names: list[str] = []
    chosen = [(str(args.file), args.file)] if args.file else [(s, SETS[s]) for s in (args.set or DEFAULT_SETS)]
    for name, path in chosen:
        if not path.exists():
            print(f"== {name}: {path} not found")
            continue
        people = matcher if matcher is not None and (args.with_directory or name in WITH_DIRECTORY) else None
        directory = SET_DIRECTORY.get(name, args.directory)
        if people is not None and directory != args.directory:
            people = load_directory(directory)
        if people is not None:
            print(f"{name}: directory-aware, {len(people.members)} members from {directory}")
        else:
            print(f"{name}: no directory, names by their shape")
        result = evaluate(name, load(path), people, args.failures)
        if name in POOLED:
            pooled.append(result)
            pooled_names.append(name)
    if pooled:
        right, total = sum(r[0] for r in pooled), sum(r[1] for r in pooled)
        swaps = sum((r[2] for r in pooled), Counter[str]())
        share = 100 * right / max(total, 1)
        print(f"== dev4…{pooled_names[-1]} pooled ({len(pooled)} sets): {right}/{total} = {share:.1f} % "
              f"intent + slots; role swaps: {swaps['confident']} confident, {swaps['unsure']} unsure")


if __name__ == "__main__":
    main()
