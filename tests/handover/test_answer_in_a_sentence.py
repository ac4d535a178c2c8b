"""An answer to "who takes over?" written as a sentence ("转给何静", "接收人就填何静吧", "He Jing please") names
one member: that member is looked up, not the whole sentence (which found no one before)."""

from __future__ import annotations

import pytest

from tests.handover.conftest import recent_jobs
from tests.support.stack import Stack


@pytest.mark.parametrize(
    ("request_text", "answer", "head"),
    [
        ("陈静的客户要交接", "转给何静", "交接预览"),
        ("陈静的客户要交接", "接收人就填何静吧", "交接预览"),
        ("陈静的客户要交接", "给何静吧，她熟悉这些客户", "交接预览"),
        ("Chen Jing's customers need handing over", "He Jing please", "Preview"),
        ("Chen Jing's customers need handing over", "let's say He Jing", "Preview"),
    ],
)
async def test_a_sentence_naming_one_member_answers_the_question(
        hstack: Stack, request_text: str, answer: str, head: str) -> None:
    [question] = await hstack.say("wangfang", request_text)
    assert "？" in question or "?" in question, question
    [reply] = await hstack.say("wangfang", answer)
    assert reply.startswith(head), reply
    [job] = await recent_jobs(hstack)
    assert (job.handover, job.takeover) == ("chenjing", "hejing")


async def test_a_sentence_naming_two_members_is_not_guessed(hstack: Stack) -> None:
    await hstack.say("wangfang", "陈静的客户要交接")
    [reply] = await hstack.say("wangfang", "何静或者李娜吧")
    assert "交接预览" not in reply, reply
    assert await recent_jobs(hstack) == []


async def test_a_receiver_named_when_asked_whose_customers_is_asked_again(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "客户交接给何静")
    assert question.startswith("要交接哪位同事的客户？"), question
    [again] = await hstack.say("wangfang", "转给何静")
    assert again == question
    [reply] = await hstack.say("wangfang", "陈静")
    assert reply.startswith("交接预览"), reply
    [job] = await recent_jobs(hstack)
    assert (job.handover, job.takeover) == ("chenjing", "hejing")
