"""The role check through the real chat path (second_opinion.role_doubts → Conversation._doubted): where the
learned role model prefers another person the message names for the receiver, the bot asks which of the two
is meant — a numbered question naming both — and files nothing until the answer; the answer files exactly
that pair. Sentences written for this file in voices the rules were not written for (a Cantonese aside,
a made-up "no" word), in the demo directory (陈静, 何静, 罗斌, 梁爽, 徐明 …)."""

from __future__ import annotations

import pytest

from tests.handover.conftest import assert_files_directly, recent_jobs
from tests.support.stack import Stack


@pytest.mark.parametrize(
    ("text", "listed", "answer", "takeover"),
    [
        # the receiver turned down in Cantonese the rules have no word for; 梁爽 named last
        ("陈静走咗，佢啲客户畀罗斌，罗斌话冇时间，揾梁爽啦", ("罗斌", "梁爽"), "2", "liangshuang"),
        # a "no" the rules don't know (咪啊咪啊), then the receiver again
        ("陈静的客户给何静……咪啊咪啊，何静下个月调走，给徐明啦", ("何静", "徐明"), "2", "xuming"),
        # the requester may also keep the rules' reading
        ("陈静走咗，佢啲客户畀罗斌，罗斌话冇时间，揾梁爽啦", ("罗斌", "梁爽"), "1", "luobin"),
    ],
)
async def test_a_doubted_receiver_is_asked_between_the_two_and_the_answer_files_that_one(
    hstack: Stack, text: str, listed: tuple[str, str], answer: str, takeover: str
) -> None:
    [question] = await hstack.say("wangfang", text)
    assert question.startswith("这句话里由谁来接手？我读不准，请回复序号："), question
    lines = question.splitlines()[1:]
    assert [line[:2] for line in lines] == ["1.", "2."]
    assert all(name in line for name, line in zip(listed, lines, strict=True))
    assert await recent_jobs(hstack) == []  # nothing filed before the answer
    [reply] = await hstack.say("wangfang", answer)
    [job] = await recent_jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n"), reply
    assert (job.handover, job.takeover) == ("chenjing", takeover)


async def test_a_clear_sentence_naming_three_people_is_not_questioned(hstack: Stack) -> None:
    # 罗斌 ruled out in words the rules know; the model agrees: filed directly
    await assert_files_directly(hstack, "罗斌那边忙不过来，陈静的客户交给梁爽吧，别找罗斌", "chenjing", "liangshuang",
                                "交接预览")


async def test_an_english_doubt_is_asked_in_english(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", ENGLISH)
    assert question.startswith("I'm not sure who should take them over — which of these?"), question
    assert "Reply 1 or 2" in question
    assert await recent_jobs(hstack) == []


ENGLISH = "Chen Jing clients give Luo Bin... Luo Bin say he no free, give Liang Shuang better"


async def test_a_doubted_giver_is_asked_whose_customers_move(hstack: Stack) -> None:
    # the rules read Liang Shuang, named last, as the giver; the model prefers Chen Jing, whose clients they are
    text = "Chen Jing's clients to Luo Bin. Luo Bin got no time wor, Liang Shuang free"
    [question] = await hstack.say("wangfang", text)
    assert question.startswith("I'm not sure whose customers should move — which of these?"), question
    assert "Chen Jing" in question or "陈静" in question
    assert await recent_jobs(hstack) == []


async def test_the_doubt_can_be_answered_by_name_and_a_non_answer_is_asked_again(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "陈静走咗，佢啲客户畀罗斌，罗斌话冇时间，揾梁爽啦")
    assert question.startswith("这句话里由谁来接手？")
    [again] = await hstack.say("wangfang", "都可以吧")  # picks neither: the same question stands
    assert await recent_jobs(hstack) == []
    assert "1" in again and "2" in again, again
    [reply] = await hstack.say("wangfang", "梁爽")
    [job] = await recent_jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n"), reply
    assert (job.handover, job.takeover) == ("chenjing", "liangshuang")
