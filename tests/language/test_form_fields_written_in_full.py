"""A form's role fields written as whole job titles (blind round dev120): "离职人员：X / 接替人员：Y", "移交人员",
"接收人员", "接任者" name the giver and the receiver. "接替人员：Y" had been read as the verb 接替 (X replaces Y),
the roles swapped. Sentences written for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.language import parse

from .two_colleagues import WITH_AND_WITHOUT_DIRECTORY

TODAY = dt.date(2026, 11, 26)


@WITH_AND_WITHOUT_DIRECTORY
@pytest.mark.parametrize(
    "text",
    ["经办人：行政部 张静\n离职人员：温倩\n接替人员：罗晓波\n移交内容：客户",
     "移交人员：温倩；接收人员：罗晓波；范围：客户",
     "离职者：温倩\n接替者：罗晓波"],
)
def test_whole_titles_name_the_roles(text: str, people: object) -> None:
    got = parse(text, today=TODAY, people=people)  # type: ignore[arg-type]
    assert (got.intent, got.slots.get("handover"), got.slots.get("takeover")) == ("handover", "温倩", "罗晓波")
