"""Who gives and who receives, through the real chat path (encrypted callbacks from the sandbox, the
bot knowing the demo directory: 陈静, 何静, 李娜 Lina Li …). A sentence whose cues point both ways
asks "did you mean … reply 1" and files nothing before the answer; 1 files exactly what was asked;
a clear receiver-first sentence files directly, the right way round. Never a wrong-person job."""

from __future__ import annotations

import pytest

from tests.handover.conftest import assert_files_directly, recent_jobs
from tests.support.stack import Stack


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
    await assert_files_directly(hstack, text, handover, takeover, head)


@pytest.mark.parametrize(
    ("text", "question", "head", "handover", "takeover"),
    [
        # the arrow says 陈静 gives; "何静的客户" says 何静 owns customers
        ("陈静 → 何静，何静的客户", "你是想把陈静的客户交接给何静吗？回复 1 确认；不对的话请换个说法再发一次。",
         "交接预览", "chenjing", "hejing"),
        # a receiver who is leaving
        ("Give Chen Jing's clients to Li Na, Li Na is leaving",
         "Did you mean: hand over Chen Jing's customers to Li Na? Reply 1 to confirm", "Preview", "chenjing", "lina"),
    ],
)
async def test_cues_both_ways_ask_first_and_1_files_what_was_asked(
    hstack: Stack, text: str, question: str, head: str, handover: str, takeover: str
) -> None:
    [asked] = await hstack.say("wangfang", text)
    assert asked.startswith(question), asked
    assert await recent_jobs(hstack) == []  # nothing before the answer
    [reply] = await hstack.say("wangfang", "1")
    [job] = await recent_jobs(hstack)
    assert reply.startswith(f"{head} {job.id}\n"), reply
    assert (job.handover, job.takeover) == (handover, takeover)


async def test_a_guess_the_wrong_way_round_is_refused_and_files_nothing(hstack: Stack) -> None:
    # "the customers 李娜 took over go to 何静" — or does 李娜 take? Asked, and 不对 files nothing.
    [question] = await hstack.say("wangfang", "李娜接手的客户转给何静")
    assert question.startswith("你是想把") and question.endswith("回复 1 确认；不对的话请换个说法再发一次。")
    assert await recent_jobs(hstack) == []
    [reply] = await hstack.say("wangfang", "不对")
    assert reply.startswith("好的，没有提交。")
    assert await recent_jobs(hstack) == []
