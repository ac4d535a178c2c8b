"""Handover requests written as forms: a field per line ("交出方：邝美华 / 接收方：阙红", "Outgoing CSM:
… Incoming CSM: …", "交接对象：帅军 姓名：揭丹") or a table pasted from a spreadsheet (a header row of
field names, then a row of values, split by tabs, commas or pipes).

A table is unfolded into "field: value" lines; then the field before each person says their role.
"""

from __future__ import annotations

import re

from .first_chars import skipping
from .people import PersonSpot
from .text import CJK_LATIN_SEAM

# the field naming who hands over, and the one naming who receives (masked text, lower case); a trade's own role
# after 原/新/接手 ("原老师：…", "接手老师：…", "新顾问：…")
_ROLE = "(?:老师|教练|顾问|销售|医生|经理|专员|客服|管家|师傅|技师|同事|店长|主管|对接人)"
SOURCE_FIELD = re.compile(
    r"(?:原负责人|原跟进人|原对接人|原归属人|原所属销售|原客户经理|交出方|交出人|交出|移交人员?|移交方|交接人|离职人|离职员工|离职人员|离职者|"
    r"调出人员|转出人员|"
    r"离职同事|转出人|转出方|调出人|移出人?|(?<![\w\u4e00-\u9fff])原(?:_ROLE)?|姓名|员工姓名|员工|"
    r"\b(?:from|old owner|current owner|previous owner|(?<!new )(?<!incoming )owner|outgoing(?: csm| am| rep| owner)?|"
    r"departing(?: employee)?|"
    r"leaver|leaving|exiting|employee(?: name)?|name|source))\s*[:：]?\s*$".replace("_ROLE", _ROLE),
    re.IGNORECASE,
)
RECEIVER_FIELD = re.compile(
    r"(?:新负责人|新跟进人|新对接人|新归属人|新所属销售|新客户经理|接收方|接收人员?|接收员工|接收者?|接手人员?|接手者?|接任(?:人员?|者)?|"
    r"接替人员?|接替者|继任人员|继任者|"
    r"交接对象|继任人?|继承人|转入人|转入方|(?<![\w\u4e00-\u9fff])新(?:_ROLE)?|(?:接手|接任|接收|接班)_ROLE|"
    r"\b(?:to|new owner|incoming(?: csm| am| rep| owner)?|receiver|recipient|successor|handover to|hand over to|"
    r"assign(?:ed)? to|takeover|taking over|receiving))\s*[:：]?\s*$".replace("_ROLE", _ROLE),
    re.IGNORECASE,
)
_FIELD_NAMES = re.compile(SOURCE_FIELD.pattern.replace(r"\s*[:：]?\s*$", "") + "|"
                          + RECEIVER_FIELD.pattern.replace(r"\s*[:：]?\s*$", ""), re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}[.)、]|[-*•#]+|\[[^\]]*\])\s*")  # "2.", "- ", "【客户交接】"
_LAST_FIELD = re.compile(r"(?:^|(?<=[\s\-—–>]))(?:" + _FIELD_NAMES.pattern + r")\s*[:：]?\s*$", re.IGNORECASE)
_SOURCE_BRACKET = skipping(re.compile(r"\s*[(\[]\s*(?:departing|leaving|outgoing|leaver|old owner|离职|离职人|"
                                      r"交出方?)\s*[)\]]",
                                      re.IGNORECASE))
_RECEIVER_BRACKET = skipping(re.compile(r"\s*[(\[]\s*(?:incoming|new owner|receiver|successor|接收人?|接手人?|"
                                        r"接收方)\s*[)\]]",
                                        re.IGNORECASE))
_CELLS = re.compile(r"\s*(?:\t+|\|+|,|，)\s*")


def unfold_table(raw: str) -> str | None:
    """"原负责人\t新负责人\n卞晓峰\t芮晨" → "原负责人：卞晓峰；新负责人：芮晨"; None when no such table.

    Only a header whose cells include one field for each side counts, followed by one row of as
    many values; two or more rows are two requests, left as written."""
    lines = [line.strip() for line in raw.strip().split("\n") if line.strip() and not re.fullmatch(r"[|\-:\s]+", line)]
    for k in range(len(lines) - 1):
        header = _cells(lines[k])
        if len(header) < 2 or not any(SOURCE_FIELD.fullmatch(c) for c in header) \
                or not any(RECEIVER_FIELD.fullmatch(c) for c in header):
            continue
        rows = [_cells(line) for line in lines[k + 1:]]
        rows = [r for r in rows if len(r) == len(header)]
        if len(rows) != 1:
            return None
        fields = "；".join(f"{name}：{value}" for name, value in zip(header, rows[0], strict=True))
        return "\n".join([*lines[:k], fields, *(line for line in lines[k + 2:])])
    return None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(line.strip().strip("|")) if c.strip()]


def form_roles(low: str, people: list[PersonSpot]) -> tuple[PersonSpot, PersonSpot] | None:
    """The (source, receiver) a form's fields name, one person each; None when it is no such form.
    "Gideon Marsh (departing) to Priyanka Bose (incoming)": a role in brackets after the name counts too."""
    sources = [p for p in people if _SOURCE_BRACKET.match(low, p.end)]
    receivers = [p for p in people if _RECEIVER_BRACKET.match(low, p.end)]
    if ":" in low:  # a field written with its colon ("原负责人 A 新负责人 B" without colons is bare.py's)
        sources += [p for p in people if SOURCE_FIELD.fullmatch(_field_before(low, p))]
        receivers += [p for p in people if RECEIVER_FIELD.fullmatch(_field_before(low, p))]
    if not sources and len(receivers) == 1 and ":" in low:
        # "老师 Teacher: 宋墨 / 接手 Takeover: 颜如玉 / 校长签字 Principal: 公羊素": the receiver's field is known; the
        # one other person in a field that does not sign, approve or copy is whose they are
        fielded = [p for p in people if p is not receivers[0] and (field := _labelled(low, p))
                   and not _SIGNING_FIELD.search(field)]
        sources = fielded if len(fielded) == 1 else []
    if len(sources) != 1 or len(receivers) != 1 or sources[0] is receivers[0]:
        return None
    return sources[0], receivers[0]


# a field naming who signs, approves or is copied: not a party to the handover
_SIGNING_FIELD = re.compile(r"签字|签名|审批|批准|审核|抄送|校长|主管|经理|领导|\b(?:approv\w*|sign\w*|principal|"
                            r"manager|supervisor|cc|director|head|boss|requested by|submitted by)\b", re.IGNORECASE)


def _labelled(low: str, p: PersonSpot) -> str:
    """The label of the "label: name" line `p` stands in ("老师 teacher"), or ""."""
    start = max(low.rfind(sep, 0, p.start) for sep in ("\n", "；", ";", ",", "，", "|"))
    before = low[start + 1: p.start].strip()
    return before[:-1].strip() if before.endswith((":", "：")) and 0 < len(before) <= 24 else ""


_NAME_THEN_LABEL = re.compile(r"\u25a1\s?(?=[\u4e00-\u9fff][^\u25a1]*$)")


def _field_before(low: str, p: PersonSpot) -> str:
    """The text between the start of `p`'s line (or the last ；/;) and `p`: where a field name stands."""
    start = max(low.rfind(sep, 0, p.start) for sep in ("\n", "；", ";", ",", "，", "/", "|", " - "))
    named = _NAME_THEN_LABEL.search(low, 0, p.start)  # "移出：冉雪松 接收：黎大勇": a label after the name before
    if named is not None and named.start() > start:
        start = named.start()
    before = _NUMBERING.sub("", CJK_LATIN_SEAM.sub(" ", low[start + 1: p.start])).strip(" -")  # ("接手takeover:")
    if not (re.search(r"[:：]$", before) or _FIELD_NAMES.fullmatch(before)):
        return ""
    field = _LAST_FIELD.search(before)  # "ho req - from:" → "from:"
    return field.group() if field else before
