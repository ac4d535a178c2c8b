"""Cursor paging shared by the list APIs: ``next_cursor`` empty (or ``is_last``) means done."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.wecom.errors import WeComAPIError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str
    is_last: bool = False


async def iter_cursor(fetch: Callable[[str], Awaitable[Page[T]]], *, endpoint: str) -> AsyncIterator[T]:
    """Yield every item of every page; ``fetch(cursor)`` gets "" first.

    A cursor that repeats would loop forever: that is raised as a permanent error instead."""
    cursor = ""
    seen: set[str] = set()
    while True:
        page = await fetch(cursor)
        for item in page.items:
            yield item
        if page.is_last or not page.next_cursor:
            return
        if page.next_cursor in seen:
            raise WeComAPIError(0, "pagination cursor repeated", endpoint, kind="permanent")
        seen.add(page.next_cursor)
        cursor = page.next_cursor
