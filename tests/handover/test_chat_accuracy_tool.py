"""bench/chat_accuracy.py end to end on a few lines written for this test: the classes it counts still
mean what they say (a right preview, a wrong one, not understood, a look-alike left alone, a departed giver)."""

from __future__ import annotations

import re
from typing import Any

from bench.chat_accuracy import People, pick_lines, report, run_lines
from storage.connection import Redis

USERS: list[dict[str, Any]] = [
    {"userid": "chenjing", "name": "陈静", "department": [2], "status": 1},
    {"userid": "lina", "name": "李娜", "english_name": "Lina Li", "department": [2], "status": 1},
    {"userid": "hejing", "name": "何静", "department": [3], "status": 1},
    {"userid": "zhaolei", "name": "赵磊", "department": [3], "status": 5},  # left: 离职继承
    {"userid": "wangqiang", "name": "王强", "department": [3], "status": 1},
    {"userid": "wangqiang2", "name": "王强", "department": [4], "status": 1},
]


def case(text: str, handover: str | None = None, takeover: str | None = None) -> dict[str, Any]:
    if handover is None:
        return {"text": text, "intent": "unknown", "slots": {}}
    return {"text": text, "intent": "handover", "slots": {"handover": handover, "takeover": takeover}}


CASES = [
    case("把陈静的客户交接给李娜", "陈静", "Lina Li"),
    case("把陈静的客户交接给何静", "何静", "陈静"),  # labelled the other way round: the bot's job is WRONG
    case("赵磊走了，他的客户给何静", "赵磊", "何静"),
    case("陈静何静李娜", "陈静", "李娜"),
    case("把钥匙交给李娜"),
    case("把王强的客户交接给李娜", "王强", "李娜"),  # two 王强: not a fair line, left out
    case("chenjing → 陈静", "chenjing", "陈静"),  # one person twice: left out
    case("把wangqiang的客户交接给李娜", "wangqiang", "李娜"),  # one's userid, both's pinyin: counted apart
]


def test_labels_map_to_one_member_or_are_left_out() -> None:
    people = People(USERS)
    assert people.userids("Lina Li") == {"lina"} and people.userids("li na") == {"lina"}
    assert people.userids("王强") == {"wangqiang", "wangqiang2"}
    lines, skipped = pick_lines(CASES, USERS, None)
    assert [line.kind for line in lines] == ["handover"] * 4 + ["shared", "lookalike"]
    assert len(skipped) == 2 and "王强" in skipped[0] and "both {'chenjing'}" in skipped[1]


async def test_each_class_through_the_real_chat_path(redis_url: str, redis: Redis, capsys: Any) -> None:
    lines, _ = pick_lines(CASES, USERS, None)
    outcomes = await run_lines(redis_url, lines, USERS)
    verdicts = {o.line.text: o.verdict for o in outcomes}
    assert verdicts == {
        "把陈静的客户交接给李娜": "RIGHT",
        "把陈静的客户交接给何静": "WRONG",
        "赵磊走了，他的客户给何静": "RIGHT",
        "陈静何静李娜": "NOT-UNDERSTOOD",
        "把钥匙交给李娜": "LEFT-ALONE",
        "把wangqiang的客户交接给李娜": "ASKS",
    }
    departed = next(o for o in outcomes if o.line.handover == "zhaolei")
    assert "离职继承" in departed.reply  # the giver really left in the sandbox
    assert next(o for o in outcomes if o.verdict == "WRONG").got == ("chenjing", "hejing")
    report("t", outcomes, failures=True)
    out = capsys.readouterr().out
    assert re.search(r"RIGHT +2 +50\.0 %", out) and re.search(r"WRONG +1 +25\.0 %", out)
    assert re.search(r"shared name .*, n=1\n +RIGHT +0 .*\n.*\n +ASKS +1 +100\.0 %", out)
    assert "[WRONG] '把陈静的客户交接给何静' want hejing → chenjing got chenjing → hejing" in out
