"""Check that each data file is JSON lines in the label schema (see README.md)."""

import json
import re
import sys
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
    "handover": {"handover", "takeover", "scope", "job"},
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
        for k, v in s.items():
            if k in ("handover", "takeover", "member", "successor"):
                if not isinstance(v, str) or not v.strip() or v != v.strip() or v[:1] in "@\"'“「《[(":
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


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(str(p) for p in Path(__file__).parent.glob("*.jsonl"))
    bad = 0
    for f in files:
        n, errs = check(f)
        print(f"{f}: {n} lines, {len(errs)} errors")
        for e in errs:
            print("  ", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)
