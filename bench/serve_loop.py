"""Run ``wecom-handover serve`` on a chosen event loop (bench only: to measure uvloop against asyncio).

    .venv/bin/python bench/serve_loop.py asyncio serve --port 8080 --workers 0
    .venv/bin/python bench/serve_loop.py uvloop serve --port 8080 --workers 0   # needs: pip install uvloop

``serve`` itself runs on asyncio's loop; uvloop is not a project dependency (on the 2-CPU bench
machine it was no clear win, see bench/all.py). This launcher installs uvloop's policy, so
aiohttp's ``run_app`` builds a uvloop loop, without any change to the product.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    loop_name, *argv = sys.argv[1:]
    if loop_name == "uvloop":
        import uvloop

        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    elif loop_name != "asyncio":
        print(f"serve_loop: unknown loop {loop_name!r} (asyncio or uvloop)", file=sys.stderr)
        return 2
    import bot.cli

    return int(bot.cli.main(argv) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
