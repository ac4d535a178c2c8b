"""Lua scripts shipped as package files; job scripts get the shared prelude prepended."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def script_text(name: str, *, prelude: bool = False) -> str:
    root = resources.files(__package__)
    body = (root / f"{name}.lua").read_text(encoding="utf-8")
    if prelude:
        return (root / "_prelude.lua").read_text(encoding="utf-8") + "\n" + body
    return body
