"""Who gives and who receives, through the real chat path (encrypted callbacks from the sandbox, the
bot knowing the demo directory: 陈静, 何静, 李娜 Lina Li …). A sentence whose cues point both ways
asks "did you mean … reply 1" and files nothing before the answer; 1 files exactly what was asked;
a clear receiver-first sentence files directly, the right way round. Never a wrong-person job."""

from __future__ import annotations

import pytest

from bot.models.jobs import Job
from tests.support.stack import Stack


async def _jobs(stack: Stack) -> list[Job]:
    jobs: list[Job] = await stack.runtime.services["jobs"].recent(50)
    return jobs


@pytest.mark.parametrize(
    ("text", "handover", "takeover", "head"),
    [
        ("何静接手陈静的客户", "chenjing", "hejing", "交接预览"),  # receiver first
        ("李娜替陈静接客户", "chenjing", "lina", "交接预览"),  # 替: stands in for 陈静
        ("何静 ← 陈静", "chenjing", "hejing", "交接预览"),  # a left arrow points at the receiver
        ("Li Na <- Chen Jing, all clients", "chenjing", "lina", "Preview"),
        ("Li Na takes over from Chen Jing, customers included", "chenjing", "lina", "Preview"),
    ],
)
async def test_a_clear_sentence_files_directly_the_right_way_round(
    hstack: Stack, text: str, handover: str, takeover: str, head: str
) -> None:
    [reply] = await hstack.say("wangfang", text)
    [job] = await _jobs(hstack)
    assert reply.startswith(f"{head} {job.id}\n"), reply
    assert (job.handover, job.takeover) == (handover, takeover)


async def test_cues_both_ways_ask_first_and_1_files_what_was_asked(hstack: Stack) -> None:
    # the arrow says 陈静 gives; "何静的客户" says 何静 owns customers
    [question] = await hstack.say("wangfang", "陈静 → 何静，何静的客户")
    assert question == "你是想把陈静的客户交接给何静吗？回复 1 确认；不对的话请换个说法再发一次。"
    assert await _jobs(hstack) == []  # nothing before the answer
    [reply] = await hstack.say("wangfang", "1")
    [job] = await _jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n陈静（")
    assert (job.handover, job.takeover) == ("chenjing", "hejing")


async def test_an_english_two_way_sentence_asks_in_english(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "Give Chen Jing's clients to Li Na, Li Na is leaving")
    assert question.startswith("Did you mean: hand over Chen Jing's customers to Li Na? Reply 1 to confirm")
    [reply] = await hstack.say("wangfang", "1")
    [job] = await _jobs(hstack)
    assert reply.startswith(f"Preview {job.id}\n")
    assert (job.handover, job.takeover) == ("chenjing", "lina")


async def test_a_guess_the_wrong_way_round_is_refused_and_files_nothing(hstack: Stack) -> None:
    # "the customers 李娜 took over go to 何静" — or does 李娜 take? Asked, and "no" files nothing.
    [question] = await hstack.say("wangfang", "李娜接手的客户转给何静")
    assert question.startswith("你是想把") and question.endswith("回复 1 确认；不对的话请换个说法再发一次。")
    assert await _jobs(hstack) == []
    [reply] = await hstack.say("wangfang", "不对")
    assert reply.startswith("好的，没有提交。")
    assert await _jobs(hstack) == []
