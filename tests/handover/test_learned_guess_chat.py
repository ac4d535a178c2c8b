"""The learned second opinion through the real chat path (encrypted callbacks, the demo directory): a
request no rule reads becomes a "did you mean" question, filed only on the requester's yes; a wrong
guess costs a question and nothing else."""

from __future__ import annotations

import pytest

from tests.handover.conftest import assert_asked_then_filed, recent_jobs
from tests.support.stack import Stack


@pytest.mark.parametrize(
    ("text", "asked", "head"),
    [
        ("陈静那些老主顾以后归何静对接了", "你是想把陈静的客户交接给何静吗？回复 1 确认", "交接预览"),
        # (a trade's word the rules do not know: "patients" was one until the rules learned it)
        ("Chen Jing's anglers → He Jing from Monday",
         "Did you mean: hand over Chen Jing's customers to He Jing? Reply 1 to confirm", "Preview"),
    ],
)
async def test_a_guessed_handover_is_asked_then_filed_on_yes(hstack: Stack, text: str, asked: str, head: str) -> None:
    await assert_asked_then_filed(hstack, text, asked, "chenjing", "hejing", head)


async def test_a_wrong_guess_costs_a_question_and_files_nothing(hstack: Stack) -> None:
    # a dinner with the customers: the model reads a handover; the requester says no
    [question] = await hstack.say("wangfang", "陈静的客户周末聚餐，何静也来")
    assert question.startswith("你是想把陈静的客户交接给何静吗？"), question
    [reply] = await hstack.say("wangfang", "不是")
    assert "没看懂" not in reply and "交接预览" not in reply, reply
    assert await recent_jobs(hstack) == []


async def test_a_guessed_status_question_is_answered(hstack: Stack) -> None:
    [reply] = await hstack.say("wangfang", "陈静那摊子整完没啊？")
    assert reply == "没有找到陈静的交接。", reply  # the status of 陈静's handovers (she has none yet)


async def test_a_scope_the_rules_misread_is_asked_then_filed_as_asked(hstack: Stack) -> None:
    # the rules read "group chats as well" as customers and groups; the scope model reads the groups only
    await assert_asked_then_filed(
        hstack, "He Jing will take over the group chats as well - Chen Jing's",
        "Did you mean: hand over Chen Jing's customer groups to He Jing? Reply 1", "chenjing", "hejing", "Preview")
    [job] = await recent_jobs(hstack)
    assert job.scope == ["groups"]


async def test_a_look_alike_the_model_doubts_is_asked_and_no_files_nothing(hstack: Stack) -> None:
    text = "He Jing, can you cover Chen Jing's site visit with the client tomorrow afternoon?"
    [question] = await hstack.say("wangfang", text)
    assert question.startswith("Did you mean: hand over Chen Jing's customers to He Jing?"), question
    [reply] = await hstack.say("wangfang", "no")
    assert "Preview" not in reply, reply
    assert await recent_jobs(hstack) == []
