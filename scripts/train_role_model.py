"""Train the reader's role check (bot/language/role_model.py): for each person a handover names, giver,
receiver or neither, from the words around their mentions.

    pip install scikit-learn          # training only; the bot reads the weights without it
    .venv/bin/python scripts/train_role_model.py                  # every dev round -> bot/language/role_model.json
    .venv/bin/python scripts/train_role_model.py --until 72 --out /tmp/r.json
                                     # rounds up to dev72 only, then scored on every later (blind) round

Trains on the labelled handovers (one giver, one receiver, no split) of tests/language/data/dev.jsonl, dev2,
dev3 … devN and dev_roles, each read with its own directory as the chat path reads it — never on a held-out
file. A person is labelled by the userid the label's name has in that directory. Multinomial logistic
regression over `person_features()`; features seen for one person only are left out, weights under 0.01
dropped. With --until, the later rounds report how often the model's top person per role is the labelled
one, and how the check (second_opinion.role_doubts) treats today's reader's readings of them: wrong readings
it questions, right ones it questions needlessly.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from understand_accuracy import DATA, SET_DIRECTORY, SET_TODAY, SETS, TODAY, fold_person, load, load_directory  # noqa: E402

from bot.language import parse  # noqa: E402
from bot.language.reader import spotted  # noqa: E402
from bot.language.role_model import MODEL, ROLES, RoleModel, person_features  # noqa: E402

Person = tuple[list[str], int]  # features, label index in ROLES


def round_number(name: str) -> int | None:
    digits = name.removeprefix("dev")
    return int(digits) if digits.isdigit() else None


def lines(name: str) -> list[dict[str, Any]]:
    """The set's handovers with one giver and one receiver, each with its spotted people and their labels."""
    path = SET_DIRECTORY.get(name, DATA / "directory.json")
    users = json.loads(path.read_text(encoding="utf-8"))
    matcher = load_directory(path)
    userid: dict[str, str] = {}
    for user in users:
        for field in ("name", "english_name", "alias", "userid"):
            if user.get(field):
                userid.setdefault(fold_person(user[field]), user["userid"])
    today = SET_TODAY.get(name, TODAY)
    out = []
    for case in load(SETS[name]):
        slots = case.get("slots") or {}
        if case["intent"] != "handover" or not slots.get("handover") or not slots.get("takeover") \
                or slots.get("takeovers"):
            continue
        s = spotted(case["text"], today=today, people=matcher)
        if s is None or not s.people:
            continue
        giver, receiver = userid.get(fold_person(slots["handover"])), userid.get(fold_person(slots["takeover"]))
        people = []
        for key, grams in person_features(s.low, s.people).items():
            ids = set(key.split("|"))
            people.append((grams, 0 if giver in ids else 1 if receiver in ids else 2))
        out.append({"text": case["text"], "people": people, "giver": giver, "receiver": receiver,
                    "spotted": s, "matcher": matcher, "today": today, "userid": userid})
    return out


def train(people: list[Person], c: float) -> dict[str, object]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(g for grams, _ in people for g in grams)
    vec = DictVectorizer()
    x = vec.fit_transform([{g: 1 for g in grams if seen[g] > 1} for grams, _ in people])
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, [label for _, label in people])
    assert list(clf.classes_) == [0, 1, 2], clf.classes_
    weights = {g: [round(float(w), 3) for w in clf.coef_[:, k]] for g, k in vec.vocabulary_.items()
               if max(abs(clf.coef_[:, k])) >= 0.01}
    return {"roles": list(ROLES), "intercept": [round(float(b), 4) for b in clf.intercept_], "weights": weights}


def evaluate(model: RoleModel, names: list[str]) -> None:
    top = Counter[str]()
    outcome = Counter[str]()
    for name in names:
        for line in lines(name):
            s = line["spotted"]
            scores = model.scores(s.low, s.people)
            for index, role in enumerate(ROLES[:2]):
                want = line["giver"] if index == 0 else line["receiver"]
                best = max(scores, key=lambda k: scores[k][role])
                top[role] += want in best.split("|")
            top["lines"] += 1
            reading = parse(line["text"], today=line["today"], people=line["matcher"])
            got = reading.slots
            if reading.intent != "handover" or not got.get("handover") or not got.get("takeover"):
                continue
            ids = (line["userid"].get(fold_person(got["handover"])), line["userid"].get(fold_person(got["takeover"])))
            right = ids == (line["giver"], line["receiver"])
            asked = bool(got.get("handover_or") or got.get("takeover_or"))
            outcome[f"{'right' if right else 'wrong'}{' questioned' if asked else ''}"] += 1
    n = top["lines"]
    print(f"{len(names)} later rounds, {n} handovers: the model's top giver is the labelled one in {top['giver']} "
          f"({100 * top['giver'] / max(n, 1):.1f} %), its top receiver in {top['receiver']} "
          f"({100 * top['receiver'] / max(n, 1):.1f} %)")
    wrong = outcome["wrong"] + outcome["wrong questioned"]
    right = outcome["right"] + outcome["right questioned"]
    print(f"today's reader: {wrong} wrong-person readings, {outcome['wrong questioned']} of them questioned; "
          f"{right} right, {outcome['right questioned']} of them questioned")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--until", type=int, help="train on dev rounds up to devN only (then score the later ones)")
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularization strength")
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args()
    names = [n for n in SETS if n in SET_DIRECTORY or n in ("dev", "dev2")]
    chosen = [n for n in names if args.until is None or (round_number(n) or 0) <= args.until]
    people = [p for name in chosen for line in lines(name) for p in line["people"]]
    data = train(people, args.c)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"{len(chosen)} sets, {len(people)} people, {len(data['weights'])} features -> {args.out}")  # type: ignore[arg-type]
    if args.until is not None:
        import bot.language.role_model as rm

        rm.MODEL = args.out
        rm.role_model.cache_clear()
        evaluate(RoleModel(data), [n for n in names if n not in chosen])


if __name__ == "__main__":
    main()
