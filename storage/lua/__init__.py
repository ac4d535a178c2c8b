"""Lua scripts shipped as package files; job scripts get the shared prelude prepended."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def script_text(name: str, *, prelude: bool = False) -> str:
    root = resources.files(__package__)
    body = (root / f"{name}.lua").read_text(encoding="utf-8")
    if prelude:
        shared = [(root / f"{part}.lua").read_text(encoding="utf-8") for part in ("_sha256", "_prelude")]
        return "\n".join([*shared, body])
    return body


@functools.cache
def chained_script(*names: str) -> str:
    """One script that runs the named scripts in order, atomically, each on its own slice of
    KEYS and ARGV. ARGV[1..n] = how many keys each takes, ARGV[n+1..2n] = how many args; then
    every script's args in order (its keys likewise in KEYS). Returns the last script's result.
    Each body runs as a function whose ``KEYS``/``ARGV`` parameters shadow the globals."""
    n = len(names)
    parts = [f"local n = {n}", "local results = {}", "local key_at, arg_at = 0, 2 * n"]
    for i, name in enumerate(names, start=1):
        parts.append(f"local function step{i}(KEYS, ARGV)\n{script_text(name)}\nend")
    for i in range(1, n + 1):
        parts.append(
            f"do\n  local nk, na = tonumber(ARGV[{i}]), tonumber(ARGV[n + {i}])\n"
            f"  local k, a = {{}}, {{}}\n"
            f"  for j = 1, nk do k[j] = KEYS[key_at + j] end\n"
            f"  for j = 1, na do a[j] = ARGV[arg_at + j] end\n"
            f"  key_at, arg_at = key_at + nk, arg_at + na\n"
            f"  results[{i}] = step{i}(k, a)\nend"
        )
    parts.append(f"return results[{n}]")
    return "\n".join(parts) + "\n"
