"""Run ``wecom-handover serve`` on a chosen event loop (bench only: to measure uvloop against asyncio).

    .venv/bin/python bench/serve_loop.py asyncio serve --port 8080 --workers 0
    .venv/bin/python bench/serve_loop.py uvloop serve --port 8080 --workers 0

``serve`` itself uses uvloop whenever it is importable (the optional ``fast`` extra); this
launcher pins the choice either way so both can be measured on one machine.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    loop_name, *argv = sys.argv[1:]
    import bot.cli

    if loop_name == "uvloop":
        import uvloop

        new_loop = uvloop.new_event_loop
    elif loop_name == "asyncio":
        new_loop = asyncio.new_event_loop
    else:
        print(f"serve_loop: unknown loop {loop_name!r} (asyncio or uvloop)", file=sys.stderr)
        return 2
    bot.cli.new_event_loop = new_loop
    return int(bot.cli.main(argv) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
