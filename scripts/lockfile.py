"""The locks' link to pyproject.toml: `requirements.lock` (runtime) and `requirements-dev.lock`
(runtime + every extra) record a digest of the dependency declarations they were compiled from, so a
change to pyproject.toml without refreshed locks is caught.

    python3 scripts/lockfile.py check     # exit 1 with one line when a lock is stale or missing
    python3 scripts/lockfile.py stamp     # write the digest into both locks (scripts/lock does this)

Standard library only: it runs before any virtualenv exists.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCKS = (ROOT / "requirements.lock", ROOT / "requirements-dev.lock")
MARK = "# pyproject-dependencies-sha256: "


def declared_digest() -> str:
    """SHA-256 over what decides the resolution: requires-python, dependencies and every extra."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        "requires-python": project.get("requires-python", ""),
        "dependencies": sorted(project.get("dependencies", [])),
        "optional-dependencies": {k: sorted(v) for k, v in project.get("optional-dependencies", {}).items()},
    }
    canonical = json.dumps(declared, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def recorded_digest(lock: Path) -> str | None:
    if not lock.exists():
        return None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            return line[len(MARK):].strip()
    return None


def check() -> int:
    declared = declared_digest()
    for lock in LOCKS:
        recorded = recorded_digest(lock)
        if recorded is None:
            print(f"{lock.name} is missing or has no digest line; refresh the locks with: scripts/lock",
                  file=sys.stderr)
            return 1
        if recorded != declared:
            print(f"{lock.name} does not match pyproject.toml's dependencies (edited since the lock was made); "
                  "refresh the locks with: scripts/lock", file=sys.stderr)
            return 1
    return 0


def stamp() -> int:
    declared = declared_digest()
    for lock in LOCKS:
        lines = [line for line in lock.read_text(encoding="utf-8").splitlines() if not line.startswith(MARK)]
        # After uv's own header comment block, so the file still reads top-down.
        at = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
        lines.insert(at, MARK + declared)
        lock.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    commands = {"check": check, "stamp": stamp}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print("usage: python3 scripts/lockfile.py check|stamp", file=sys.stderr)
        sys.exit(2)
    sys.exit(commands[sys.argv[1]]())
