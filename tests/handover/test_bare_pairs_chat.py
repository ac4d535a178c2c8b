"""Telegraphic requests through the real chat path (encrypted callbacks, the demo directory):
two names with an arrow, labels or a scope word file the preview; two names with a lone 给 are
asked about first, and only 1 files them."""

from __future__ import annotations

import pytest

from tests.handover.conftest import assert_asked_then_filed, assert_files_directly, recent_jobs
from tests.support.stack import Stack


@pytest.mark.parametrize(
    ("text", "handover", "takeover", "head"),
    [
        ("陈静 -> 何静 客户", "chenjing", "hejing", "交接预览"),
        ("原负责人：陈静 新负责人：李娜", "chenjing", "lina", "交接预览"),
        ("from Chen Jing to Li Na, clients pls", "chenjing", "lina", "Preview"),
    ],
)
async def test_names_with_a_direction_file_the_preview(
    hstack: Stack, text: str, handover: str, takeover: str, head: str
) -> None:
    await assert_files_directly(hstack, text, handover, takeover, head)


async def test_a_lone_give_between_two_names_asks_and_1_files_it(hstack: Stack) -> None:
    asked = "你是想把陈静的客户交接给何静吗？回复 1 确认"
    await assert_asked_then_filed(hstack, "陈静给何静", asked, "chenjing", "hejing", "交接预览")


async def test_the_confirm_question_takes_the_yes_people_type(hstack: Stack) -> None:
    # "整吧" (Northeast), "中" (Henan): yes in the reader, so yes in the dialog too
    await hstack.say("wangfang", "陈静 客户 何静")
    [reply] = await hstack.say("wangfang", "嗯呐，整吧")
    [job] = await recent_jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n") and (job.handover, job.takeover) == ("chenjing", "hejing")
