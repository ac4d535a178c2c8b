"""Telegraphic handovers: a message that is two names and nothing but glue between and around them.

"秦岚 给 贺子健", "夏雨辰 客户 邵云飞", "原：翟静 新：洪亮", "许磊的 汪晨接", "a -> b customers+groups".
No verb is written, so the reading comes from the names' order and the few words allowed around
them; when no word says the direction ("夏雨辰 客户 邵云飞") the reading is a guess to confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues
from .first_chars import skipping
from .people import PersonSpot

# what may stand anywhere around the two names; anything else and the message says more
_GLUE = (r"\s+|[,.:;!?/|\-–—>=→➡👉+&、，：；。！？~]|"
         r"原跟进人|新跟进人|原负责人|新负责人|跟进人|负责人|交接人|接收人|接手人|离职人|离职|原|旧|新|"
         r"的|名下|手上|那儿|那里|那边|帮忙|麻烦|请|吧|谢谢|辛苦|一下|都|也|要|和|及|急|加急|尽快|"
         r"\b(?:old|new|owner|pls|please|plz|thx|thanks|and|the|all|asap|urgent)\b|"
         + "|".join(p.pattern for p in (cues.GROUPS, cues.CUSTOMERS, cues.ALL)))
_AROUND = skipping(re.compile(_GLUE + r"|\bfrom\b", re.IGNORECASE))
_BETWEEN = skipping(re.compile(_GLUE + r"|给|交给|转给|到|\bto\b", re.IGNORECASE))
_AFTER = re.compile(_GLUE + r"|接手|接", re.IGNORECASE)
_TO = re.compile(r"给|→|➡|👉|->|=>|>|\bto\b|新|接收人|接手人|新跟进人|新负责人|\bnew\b", re.IGNORECASE)
_FROM_LABEL = re.compile(r"(?:原|旧|离职人|交接人|原跟进人|原负责人|\bold\b|\bfrom\b)\W*$", re.IGNORECASE)
_TO_LABEL = re.compile(r"(?:新|接收人|接手人|新跟进人|新负责人|\bnew\b|\bto\b)\W*$", re.IGNORECASE)
_TAKES_AFTER = re.compile(r"^\W*(?:接手|接)\W*$")
_GIVES_ONLY = re.compile(r"\s*(?:交给|转给|给)\s*")
_AND = re.compile(r"\s*(?:和|及|与|跟|同|and|&|、|,|，)?\s*", re.IGNORECASE)
_SCOPE = re.compile("|".join(p.pattern for p in (cues.GROUPS, cues.CUSTOMERS, cues.ALL)), re.IGNORECASE)


@dataclass(frozen=True)
class BarePair:
    source: PersonSpot
    takeover: PersonSpot
    sure: bool  # a word or an arrow says which way; without one the order is a guess


def bare_pair(low: str, people: list[PersonSpot]) -> BarePair | None:
    """`low` is the lowercased message with the people masked (□), as the reader keeps it."""
    if len(people) != 2 or people[0].text == people[1].text:
        return None
    first, second = sorted(people, key=lambda p: p.start)
    before, between, after = low[: first.start], low[first.end: second.start], low[second.end:]
    if _AROUND.sub("", before).strip() or _BETWEEN.sub("", between).strip() or _AFTER.sub("", after).strip():
        return None  # "A接手B的客户", "给A：B的客户": a word there says more than the order does
    if _AND.fullmatch(between):
        return None  # "王芳李娜", "王芳和李娜的客户": two owners, no direction
    swapped = bool(_TO_LABEL.search(before) and _FROM_LABEL.search(between))  # "新：洪亮 原：翟静"
    takes = bool(_TAKES_AFTER.match(after) and not _TO.search(between))  # "许磊的 汪晨接"
    said = bool(_TO.search(between) or _FROM_LABEL.search(before))
    scoped = bool(_SCOPE.search(" ".join((before, between, after))))
    if not (swapped or takes or said or scoped):
        return None
    if swapped:
        return BarePair(second, first, True)
    # "张伟给李娜" alone may be any gift: a handover only once confirmed; an arrow, a label or a
    # scope word beside the 给 says it is one
    only_gives = _GIVES_ONLY.fullmatch(between) is not None and not scoped and not _FROM_LABEL.search(before)
    return BarePair(first, second, (takes or said) and not only_gives)
