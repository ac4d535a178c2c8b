"""Handover job ids. Canonical form "H-<digits>"; people write "H-1042", "h1042", "job 12",
"#12", "交接 12", "任务12", "12号". Patterns run on tightened text (no spaces around CJK)."""

from __future__ import annotations

import re
from typing import NamedTuple

# a number that is an amount, not a job: "transfer 450,000 shillings", "transfer 2000 块"
AMOUNT_AFTER = r"(?![,.]\d{3}|\s*(?:k\b|块|元|万|shillings?|pesos?|rupees?|dollars?|bucks|euros?|pounds|yuan|rmb|usd))"


class Found(NamedTuple):
    value: str
    start: int
    end: int


_PATTERNS = (
    # H-1042 / h1042 / H 1042 — not inside a word ("PH1042", "ABH-2").
    re.compile(r"(?<![A-Za-z0-9])[Hh]\s?-?\s?(\d{1,9})(?![\d])"),
    # job 12 / job #12 / job no. 12 / handover 12 / request id 12
    re.compile(r"\b(?:job|handover|transfer|request|ticket)\s*(?:no\.?|number|id|#)?\s*:?\s*#?(\d{1,9})\b"
               + AMOUNT_AFTER, re.IGNORECASE),
    # 交接 12 / 交接单12 / 任务12 / 工单 12 / 编号12
    re.compile(r"(?:交接单?|任务|工单|申请单?|编号|单号)\s*(?:号|编号)?\s*#?(\d{1,9})(?![\d月/])"),
    # #12 inside a sentence (a bare "#2" is a choice; the parser checks that first)
    re.compile(r"#\s?(\d{1,9})\b"),
    # 12号 — but "12月5号" is a date, and "第12号" reads as an ordinal.
    re.compile(r"(?<![\d月第])(\d{1,9})\s*号(?![码])"),
)


def find_job(text: str) -> Found | None:
    """The first job id in `text` (earliest position wins), canonicalized."""
    best: Found | None = None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start):
            best = Found(f"H-{int(match.group(1))}", match.start(), match.end())
    return best


def job_from_number(digits: str) -> str:
    return f"H-{int(digits)}"
