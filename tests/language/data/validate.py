"""Check that each data file is JSON lines in the label schema (see README.md), that no sentence is
shared between two files, and that the held-out sets still match the hashes recorded when they were
written."""

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

INTENTS = {
    "handover",
    "status",
    "list",
    "cancel",
    "records",
    "offboard",
    "checklist",
    "snooze",
    "confirm",
    "deny",
    "choose",
    "help",
    "unknown",
}
SLOTS = {
    "handover": {"handover", "takeover", "scope", "job", "takeovers", "split", "tag", "groups_to"},
    "status": {"job", "member"},
    "list": {"which"},
    "cancel": {"job"},
    "records": {"member", "job"},
    "offboard": {"member", "last_day", "successor"},
    "checklist": {"action", "item", "member"},
    "snooze": {"until"},
    "choose": {"choice"},
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERSON = ("handover", "takeover", "member", "successor", "groups_to")
HERE = Path(__file__).parent
# held-out file -> the file holding the hash taken when it was written
# the first two files predate this check and share four short sentences ("help", "2", ...)
LEGACY = {"dev.jsonl", "heldout.jsonl"}
HASHES = {"heldout.jsonl": "HELDOUT.sha256", "heldout3.jsonl": "HELDOUT3.sha256"}


def person_ok(v):
    return isinstance(v, str) and bool(v.strip()) and v == v.strip() and v[:1] not in "@\"'“「《[("


def split_errors(s):
    """The split-handover rules (README, "Split handovers")."""
    if not ({"takeovers", "split", "tag", "groups_to"} & set(s)):
        return []
    errs = []
    t = s.get("takeovers")
    if not (isinstance(t, list) and len(t) >= 2 and all(person_ok(p) for p in t)):
        errs.append("takeovers must list two or more receivers")
        t = []
    if "takeover" in s:
        errs.append("takeover and takeovers together")
    if s.get("split") not in ("even", "by_tag"):
        errs.append("split must be even or by_tag")
    if (s.get("split") == "by_tag") != ("tag" in s):
        errs.append("tag goes with split by_tag, and only with it")
    if "tag" in s and not (isinstance(s["tag"], str) and s["tag"].strip()):
        errs.append("tag")
    if s.get("split") == "by_tag" and len(t) != 2:
        errs.append("by_tag needs exactly two receivers")
    if "groups_to" in s and s["groups_to"] not in t:
        errs.append("groups_to must be one of takeovers")
    return errs


def key(text):
    """Sentences that differ only in case, width, spacing or punctuation count as the same sentence."""
    t = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in t if not c.isspace() and not unicodedata.category(c).startswith("P"))


def check(path):
    errs, n = [], 0
    for no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        n += 1
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append(f"{path}:{no}: not JSON: {e}")
            continue

        def bad(m, no=no, line=line):
            return errs.append(f"{path}:{no}: {m}: {line}")

        if set(r) != {"text", "intent", "slots", "note", "lang"}:
            bad("keys")
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("text")
        it = r["intent"] if isinstance(r["intent"], list) else [r["intent"]]
        if not it or any(i not in INTENTS for i in it):
            bad("intent")
        if r["lang"] not in ("zh", "en"):
            bad("lang")
        if not isinstance(r["note"], str) or not r["note"]:
            bad("note")
        allowed = set().union(*(SLOTS.get(i, set()) for i in it))
        s = r["slots"]
        if not isinstance(s, dict) or set(s) - allowed:
            bad("slot names")
            continue
        for m in split_errors(s):
            bad(m)
        for k, v in s.items():
            if k in PERSON:
                if not person_ok(v):
                    bad(k)
            elif k == "job" and not (isinstance(v, str) and v.isdigit()):
                bad("job")
            elif k == "scope" and v not in (["customers"], ["groups"], ["customers", "groups"]):
                bad("scope")
            elif k == "which" and v not in ("all", "pending_approvals", "my_requests"):
                bad("which")
            elif k == "action" and v not in ("done", "undo", "show"):
                bad("action")
            elif k in ("item", "choice") and not (isinstance(v, int) and v > 0):
                bad(k)
            elif k in ("last_day", "until") and not (isinstance(v, str) and DATE.match(v)):
                bad(k)
    return n, errs


# A held-out sentence this short ("确认无误", "show checklist") is a stock phrase: a later dev round
# written without reading the held-out file can say it too. Such overlaps are listed, not errors.
# Keys drop spaces, so a Latin key of 28 letters is a phrase of about five words.
STOCK_PHRASE_CJK, STOCK_PHRASE_LATIN = 12, 28


def stock_phrase(k):
    return len(k) <= (STOCK_PHRASE_LATIN if k.isascii() else STOCK_PHRASE_CJK)


def shared(files):
    """Sentences of a held-out file that also occur in another file: errors (a held-out sentence must be
    its own) unless they are stock phrases; dev files may share sentences with each other."""
    seen: dict[str, list[str]] = {}
    for f in files:
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            try:
                k = key(json.loads(line)["text"])
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            seen.setdefault(k, [])
            if f not in seen[k]:
                seen[k].append(f)
    errs, stock = [], []
    for k, where in seen.items():
        held = [f for f in where if Path(f).name.startswith("heldout")]
        if not held or len(where) < 2 or not {Path(f).name for f in where} - LEGACY:
            continue
        (stock if stock_phrase(k) else errs).append(f"{', '.join(where)}: {k}")
    for s in stock:
        print("   stock phrase in a held-out file and elsewhere:", s)
    return [f"held-out sentence also elsewhere: {e}" for e in errs]


def hash_errors():
    errs = []
    for data, sums in HASHES.items():
        if not (HERE / data).exists():
            continue
        want = (HERE / sums).read_text(encoding="utf-8").split()[0]
        got = hashlib.sha256((HERE / data).read_bytes()).hexdigest()
        if got != want:
            errs.append(f"{data} no longer matches {sums}: it was edited after it was written")
    return errs


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(str(p) for p in Path(__file__).parent.glob("*.jsonl"))
    bad = 0
    for f in files:
        n, errs = check(f)
        print(f"{f}: {n} lines, {len(errs)} errors")
        for e in errs:
            print("  ", e)
        bad += len(errs)
    for e in shared(files) + hash_errors():
        print("  ", e)
        bad += 1
    sys.exit(1 if bad else 0)
