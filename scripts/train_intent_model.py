"""Train the reader's learned models (bot/language/intent_model.py) on the labelled dev data: the intent
model, and with `--task scope` the scope model (what a handover moves: customers, groups or both).

    pip install scikit-learn          # training only; the bot reads the weights without it
    .venv/bin/python scripts/train_intent_model.py                 # every dev round -> bot/language/intent_model.json
    .venv/bin/python scripts/train_intent_model.py --until 47 --evaluate dev48 dev49 --out /tmp/m.json
                                     # rounds up to dev47 only, scored on two later (blind) rounds
    .venv/bin/python scripts/train_intent_model.py --task scope    # -> bot/language/scope_model.json

Trains on tests/language/data/dev.jsonl, dev2, dev3 … devN, dev_roles, dev_split*.jsonl and
../shared/language/phrasings.jsonl — never on a held-out file. An either/or label trains as its first
intent. The scope model learns from the handovers whose label names a scope, its classes "customers",
"groups" and "customers+groups". Multinomial logistic regression over `features()` (each n-gram once, the vector of unit
length); n-grams seen in fewer than two messages are left out, and weights under 0.01 are dropped.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.language.intent_model import MODEL, SCOPE_MODEL, IntentModel, features, without_people  # noqa: E402

DATA = ROOT / "tests" / "language" / "data"
PHRASINGS = ROOT.parent / "shared" / "language" / "phrasings.jsonl"
_ROUND = re.compile(r"dev(\d+)\.jsonl$")


def training_files(until: int | None) -> list[Path]:
    files = [DATA / "dev.jsonl", DATA / "dev2.jsonl", DATA / "dev_roles.jsonl", *sorted(DATA.glob("dev_split*.jsonl"))]
    for path in sorted(DATA.glob("dev*.jsonl")):
        m = _ROUND.search(path.name)
        if m and int(m.group(1)) >= 3 and (until is None or int(m.group(1)) <= until):
            files.append(path)
    if PHRASINGS.exists():
        files.append(PHRASINGS)
    return files


def labelled(path: Path, task: str = "intent") -> list[tuple[str, list[str]]]:
    """(text, acceptable labels) per line; for the scope task only the handovers that name a scope."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        intent = case["intent"] if isinstance(case["intent"], list) else [case["intent"]]
        if task == "intent":
            out.append((case["text"], intent))
        elif intent[0] == "handover" and (case.get("slots") or {}).get("scope"):
            slots = case["slots"]
            people = tuple(str(slots.get(k) or "") for k in ("handover", "takeover"))
            out.append((without_people(case["text"], people), ["+".join(sorted(slots["scope"]))]))
    return out


def train(cases: list[tuple[str, list[str]]], c: float) -> dict[str, object]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(g for text, _ in cases for g in features(text))
    rows = []
    for text, _ in cases:
        grams = features(text)
        scale = 1 / math.sqrt(len(grams)) if grams else 0.0
        rows.append({g: scale for g in grams if seen[g] >= 2})
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, [labels[0] for _, labels in cases])
    names = vec.get_feature_names_out()
    weights = {}
    for j, gram in enumerate(names):
        pairs = [x for k, w in enumerate(clf.coef_[:, j]) if abs(w) >= 0.01 for x in (k, round(float(w), 3))]
        if pairs:
            weights[str(gram)] = pairs
    return {"classes": [str(k) for k in clf.classes_], "intercept": [round(float(b), 4) for b in clf.intercept_],
            "weights": weights, "trained_on": len(cases)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--until", type=int, help="train on the rounds up to devN only")
    ap.add_argument("--evaluate", nargs="*", default=[], help="dev rounds to score the model on (e.g. dev48)")
    ap.add_argument("--task", choices=("intent", "scope"), default="intent")
    ap.add_argument("--out", type=Path, help="default: bot/language/intent_model.json or scope_model.json")
    # (scope: 3, chosen on dev93–dev100 with models trained through dev92: 10 read 7 more lines right there but
    # overrode the rules on a sentence they read right, "…The related client groups ought to follow")
    ap.add_argument("-C", type=float, help="inverse regularization strength (default: intent 10, scope 3)")
    args = ap.parse_args()
    files = training_files(args.until)
    cases = [case for path in files for case in labelled(path, args.task)]
    data = train(cases, args.C if args.C is not None else 10.0 if args.task == "intent" else 3.0)
    args.out = args.out or (MODEL if args.task == "intent" else SCOPE_MODEL)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{len(cases)} messages from {len(files)} files -> {args.out} ({len(data['weights'])} n-grams)")  # type: ignore[arg-type]
    model = IntentModel(data)
    for name in args.evaluate:
        test = labelled(DATA / f"{name}.jsonl", args.task)
        right = 0
        for text, wanted in test:
            probs = model.probabilities(text)
            right += max(probs, key=probs.__getitem__) in wanted
        print(f"{name}: {args.task} {right}/{len(test)} = {100 * right / len(test):.1f} %")


if __name__ == "__main__":
    main()
