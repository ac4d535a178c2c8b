"""Splitting one member's customers among several successors (issue #19 part 3), as the reader hears it.

Slots per the shared label schema: ``handover`` (one source), ``takeovers`` (receivers in the order
named; ``takeover`` stays empty), ``split`` ("even" | "by_tag"), ``tag`` (by_tag: as written),
``scope`` and, when the request says where the groups go, ``groups_to``. Read with the directory's
matcher (the chat path) and without one (name shapes), like every other reader test.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import parse

TODAY = dt.date(2026, 11, 26)
C, CG = ["customers"], ["customers", "groups"]

MEMBERS = [
    DirectoryMember(userid="zhangwei", name="张伟", english_name="Zhang Wei", status="departed"),
    DirectoryMember(userid="wanglei", name="王磊", english_name="Wang Lei"),
    DirectoryMember(userid="yangyang", name="杨洋", english_name="Yang Yang"),
    DirectoryMember(userid="lina", name="李娜", english_name="Li Na"),
    DirectoryMember(userid="chenjing", name="陈静"),
]
PEOPLE = NameMatcher.build(MEMBERS, version=1)
WANG_YANG = ["王磊", "杨洋"]


def read(text: str, people: NameMatcher | None = PEOPLE) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=people)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


def even(source: str, takeovers: list[str], scope: list[str] = C, **more: Any) -> dict[str, Any]:
    return {"handover": source, "takeovers": takeovers, "split": "even", "scope": scope, **more}


def by_tag(source: str, takeovers: list[str], tag: str, scope: list[str] = C, **more: Any) -> dict[str, Any]:
    return {"handover": source, "takeovers": takeovers, "split": "by_tag", "tag": tag, "scope": scope, **more}


SPLITS: list[tuple[str, dict[str, Any]]] = [
    # evenly, Chinese
    ("把张伟的客户平均分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("张伟的客户王磊杨洋一人一半", even("张伟", WANG_YANG)),
    ("张伟的客户均分给王磊、杨洋", even("张伟", WANG_YANG)),
    ("张伟离职了，他的客户平均分配给王磊和杨洋", even("张伟", WANG_YANG)),
    ("把張偉的客戶平均分給王磊和楊洋", even("张伟", WANG_YANG)),
    ("张伟名下的客户分给王磊和杨洋，一人一半", even("张伟", WANG_YANG)),
    ("张伟的客户对半分给王磊和杨洋", even("张伟", WANG_YANG)),
    ("把张伟的客户平均分给王磊、杨洋和李娜", even("张伟", ["王磊", "杨洋", "李娜"])),
    ("把张伟的客户和客户群平分给王磊和杨洋", even("张伟", WANG_YANG, CG)),
    ("把张伟的客户和客户群平均分给王磊和杨洋，群给杨洋", even("张伟", WANG_YANG, CG, groups_to="杨洋")),
    # evenly, English
    ("split Zhang Wei's customers between Wang Lei and Yang Yang", even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("Divide Zhang Wei's clients evenly between Wang Lei and Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("Please split Zhang Wei's customers 50/50 between Wang Lei and Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"])),
    ("split Zhang Wei's customers and groups between Wang Lei and Yang Yang, groups to Yang Yang",
     even("Zhang Wei", ["Wang Lei", "Yang Yang"], CG, groups_to="Yang Yang")),
    # by tag, Chinese
    ("张伟的VIP客户给李娜，其他给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的VIP客户给李娜，其他的给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    ("张伟的A类客户转给李娜，其余的给王磊", by_tag("张伟", ["李娜", "王磊"], "A类")),
    ("把张伟的重点客户交接给李娜，剩下的客户给王磊", by_tag("张伟", ["李娜", "王磊"], "重点客户")),
    ("张伟带VIP标签的客户给李娜，其他客户给王磊", by_tag("张伟", ["李娜", "王磊"], "VIP")),
    # by tag, English
    ("Zhang Wei's A类 customers to Li Na, the rest to Wang Lei", by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "A类")),
    ("hand Zhang Wei's VIP clients to Li Na and everything else to Wang Lei",
     by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "VIP")),
    ("Zhang Wei's customers tagged VIP go to Li Na, the others to Wang Lei",
     by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "VIP")),
]


@pytest.mark.parametrize(("text", "slots"), SPLITS)
def test_split_with_the_directory(text: str, slots: dict[str, Any]) -> None:
    assert read(text) == ("handover", slots)


# Without a directory the recognizer's name shapes find the people ("王磊杨洋" run together is
# left to the directory: two surnames in a four-character run are not two names by shape alone).
@pytest.mark.parametrize(("text", "slots"), [(t, s) for t, s in SPLITS if "王磊杨洋" not in t])
def test_split_by_name_shapes(text: str, slots: dict[str, Any]) -> None:
    assert read(text, people=None) == ("handover", slots)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one receiver: an ordinary handover, no split slots
        ("把张伟的客户交接给李娜", ("handover", {"handover": "张伟", "takeover": "李娜", "scope": C})),
        ("split Zhang Wei's customers with Wang Lei", None),
        # not customers
        ("把蛋糕平均分给王磊和杨洋", ("unknown", {})),
        ("split the bill between Wang Lei and Yang Yang", ("unknown", {})),
        ("张伟的奖金平均分给王磊和杨洋", ("unknown", {})),
    ],
)
def test_not_a_split(text: str, expected: tuple[str, dict[str, Any]] | None) -> None:
    intent, slots = read(text)
    assert "split" not in slots and "takeovers" not in slots
    if expected is not None:
        assert (intent, slots) == expected


def test_split_needs_two_receivers() -> None:
    """"张伟的客户平均分给王磊" names one receiver: not a split (nothing to divide)."""
    _, slots = read("张伟的客户平均分给王磊")
    assert "takeovers" not in slots


def test_the_source_is_never_a_receiver() -> None:
    """Only the one whose customers they are is the source, wherever he is named."""
    intent, slots = read("王磊和杨洋平均分张伟的客户")
    assert intent == "handover"
    assert slots["handover"] == "张伟" and slots["takeovers"] == WANG_YANG and slots["split"] == "even"


@pytest.mark.parametrize("people", [PEOPLE, None])
def test_the_rest_to_someone_is_never_all_to_the_first(people: NameMatcher | None) -> None:
    """A request handing "the rest" to someone that does not read as a split is not understood,
    rather than read as a handover of everything to the first person named."""
    assert read("把陈静的客户交接给李娜，其他的给王磊看看", people=people) == ("unknown", {})


def test_a_tag_that_looks_like_a_name_is_not_a_receiver() -> None:
    text = "Move Zhang Wei's customers tagged Tier 1 to Li Na and everyone else to Wang Lei"
    assert read(text, people=None) == ("handover", by_tag("Zhang Wei", ["Li Na", "Wang Lei"], "Tier 1"))
