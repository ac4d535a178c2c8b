"""The reader's stages, one phenomenon per case: normalize, spot (the directory's name matcher and
the recognizer), score, roles, decide. Directory-aware cases use a small directory like the
sandbox's: two 张伟, 章伟, 陈静/何静, 李娜 (Lina Li), 高峰 and 申请 (names that are also words)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main as cli_main
from bot.directory.matcher import NameMatcher
from bot.directory.models import DirectoryMember
from bot.language import intent_json, parse
from bot.language.normalize import normalize, to_simplified

TODAY = dt.date(2026, 11, 26)
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]

MEMBERS = [
    DirectoryMember(userid="chenjing", name="陈静"),
    DirectoryMember(userid="hejing", name="何静"),
    DirectoryMember(userid="lina", name="李娜", english_name="Lina Li"),
    DirectoryMember(userid="zhangwei", name="张伟", status="departed"),
    DirectoryMember(userid="zhangwei2", name="张伟"),
    DirectoryMember(userid="zhangwei3", name="章伟"),
    DirectoryMember(userid="gaofeng", name="高峰", english_name="Frank Gao"),
    DirectoryMember(userid="kevin.zhou", name="周凯文", english_name="Kevin Zhou"),
    DirectoryMember(userid="shenqing", name="申请"),
    DirectoryMember(userid="ouyangxf", name="欧阳晓菲"),
]
PEOPLE = NameMatcher.build(MEMBERS, version=1)


def read(text: str, people: NameMatcher | None = PEOPLE) -> tuple[str, dict[str, Any]]:
    intent = parse(text, today=TODAY, people=people)
    return intent.intent, {k: v for k, v in intent.slots.items() if v is not None}


# --- stage 1: normalize -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("把陳靜的客戶轉給李娜", "把陈静的客户转给李娜"),  # OpenCC t2s
        ("查一下Ｈ－１２７３", "查一下H-1273"),  # full-width
        ("陈静\u200b的客户😀给李娜🙏", "陈静的客户 给李娜"),  # zero-width and emoji dropped
        ("陈静 ➡️ 李娜", "陈静 → 李娜"),  # arrows and variation selectors
        ("陈静->李娜", "陈静 → 李娜"),
        ("陈静=>李娜", "陈静 → 李娜"),
        ("【陈静】交接：李娜", "[陈静]交接:李娜"),
        ("✔ 5", "✅ 5"),
    ],
)
def test_normalize(raw: str, normalized: str) -> None:
    assert normalize(raw) == normalized


def test_simplified_is_a_maintained_converter() -> None:
    assert to_simplified("軟體後台與著作權") == "软体后台与著作权"


# --- stage 2: spotting people ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "spotted"),
    [
        ("陈静要离职了,她的客户交接给何静", [("陈静", ("chenjing",)), ("何静", ("hejing",))]),
        ("Please hand Chen Jing's customers over to Li Na", [("Chen Jing", ("chenjing",)), ("Li Na", ("lina",))]),
        ("把chenjing的customers交接给lina", [("chenjing", ("chenjing",)), ("lina", ("lina",))]),
        ("JING CHEN → lina li", [("JING CHEN", ("chenjing",)), ("lina li", ("lina",))]),  # any order, any case
        ("cs of kevin.zhou → Kevin Zhou", [("kevin.zhou", ("kevin.zhou",)), ("Kevin Zhou", ("kevin.zhou",))]),
        ("把张伟的客户给章伟", [("张伟", ("zhangwei", "zhangwei2")), ("章伟", ("zhangwei3",))]),  # departed too
        ("欧阳晓菲的客户", [("欧阳晓菲", ("ouyangxf",))]),
        ("carolina", []),  # Latin names stand as words
    ],
)
def test_the_directory_matcher_spots_members_anywhere(text: str, spotted: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(p.text, p.members) for p in PEOPLE.spot(text)] == spotted


# --- stages 3–5: intents, roles, decisions (with the directory) ----------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        # context clauses and pronouns
        ("陈静要离职了，她的客户交接给何静", "handover", {"handover": "陈静", "takeover": "何静", "scope": C}),
        ("张伟上周走了，麻烦把他的客户都划给李娜吧", "handover", {"handover": "张伟", "takeover": "李娜", "scope": C}),
        # English in other voices and orders
        ("Please hand Chen Jing's customers over to Li Na", "handover",
         {"handover": "Chen Jing", "takeover": "Li Na", "scope": C}),
        ("I need Chen Jing's customers handed over to Li Na", "handover",
         {"handover": "Chen Jing", "takeover": "Li Na", "scope": C}),
        ("Li Na should take over Chen Jing's group chats", "handover",
         {"handover": "Chen Jing", "takeover": "Li Na", "scope": G}),
        ("Li Na is going to take Chen Jing's clients and groups", "handover",
         {"handover": "Chen Jing", "takeover": "Li Na", "scope": CG}),
        # passive / take-over verbs
        ("陈静的客户由何静接手", "handover", {"handover": "陈静", "takeover": "何静", "scope": C}),
        ("陈静那边的客户群让李娜接一下", "handover", {"handover": "陈静", "takeover": "李娜", "scope": G}),
        # arrows, separators, slash commands
        ("交接：陈静 → 李娜", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("陈静 -> 李娜 交接客户", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("/handover 陈静 → 李娜", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        # traditional characters, typos, verb synonyms, scope words
        ("把陳靜的客戶轉給李娜", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("把陈静的客户交结给李娜", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("把陈静的客户挪到李娜名下", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("陈静的微信客户移交何静", "handover", {"handover": "陈静", "takeover": "何静", "scope": C}),
        ("陈静的客户跟群过给何静", "handover", {"handover": "陈静", "takeover": "何静", "scope": CG}),
        ("陈静的外部联系人，全部转给何静", "handover", {"handover": "陈静", "takeover": "何静", "scope": C}),
        ("hadn over Chen Jing's customrs to Li Na", "handover",
         {"handover": "Chen Jing", "takeover": "Li Na", "scope": C}),
        # code-mixing
        ("陈静的 clients 转给 Li Na", "handover", {"handover": "陈静", "takeover": "Li Na", "scope": C}),
        ("把chenjing的customers交接给lina", "handover", {"handover": "chenjing", "takeover": "lina", "scope": C}),
        # negated scope in a later clause
        ("把陈静的客户群交接给何静，客户暂时先不动", "handover", {"handover": "陈静", "takeover": "何静", "scope": G}),
        # two requests: the first is answered
        ("把陈静的客户交接给李娜，另外H-1190取消掉", "handover", {"handover": "陈静", "takeover": "李娜", "scope": C}),
        ("H-1195啥进度了？顺便帮我把陈静的客户群转给李娜", "status", {"job": "H-1195"}),
        # the failed customers of a job
        ("185号任务里没转成功的客户再转给何静", "handover", {"takeover": "何静", "scope": C, "job": "H-185",
                                                     "subset": "failed"}),
        # names that are also words
        ("把高峰的客户交接给李娜", "handover", {"handover": "高峰", "takeover": "李娜", "scope": C}),
        ("把客户从陈静那里转到申请名下", "handover", {"handover": "陈静", "takeover": "申请", "scope": C}),
        ("我申请的交接有哪些", "list", {"which": "my_requests"}),
        # every intent in more than one phrasing
        ("列出所有交接任务", "list", {"which": "all"}),
        ("/list", "list", {"which": "all"}),
        ("有哪些待我审批的", "list", {"which": "pending_approvals"}),
        ("pending my approval", "list", {"which": "pending_approvals"}),
        ("what have I submitted", "list", {"which": "my_requests"}),
        ("不做了，取消吧", "cancel", {}),
        ("/cancel H-12", "cancel", {"job": "H-12"}),
        ("H-1303能取消吗？", "cancel", {"job": "H-1303"}),
        ("kill job 730", "cancel", {"job": "H-730"}),
        ("12号任务进行到哪了", "status", {"job": "H-12"}),
        ("/status H-12", "status", {"job": "H-12"}),
        ("H2888完成了没", "status", {"job": "H-2888"}),
        ("陈静的交接进度怎么样了", "status", {"member": "陈静"}),
        ("is Chen Jing's transfer done?", "status", {"member": "Chen Jing"}),
        ("陈静的交接记录", "records", {"member": "陈静"}),
        ("history of Chen Jing", "records", {"member": "Chen Jing"}),
        ("陈静的客户都转给谁了", "records", {"member": "陈静"}),
        ("what was transferred in job 2755", "records", {"job": "H-2755"}),
        ("清单第5项已完成", "checklist", {"action": "done", "item": 5}),
        ("清单5 done", "checklist", {"action": "done", "item": 5}),
        ("tick 5", "checklist", {"action": "done", "item": 5}),
        ("✅ 5", "checklist", {"action": "done", "item": 5}),
        ("第4项撤回，第3项打勾", "checklist", {"action": "undo", "item": 4}),
        ("item 10 isn't done yet", "checklist", {"action": "undo", "item": 10}),
        ("陈静12月5日离职，接替人李娜，开始离职清单", "offboard",
         {"member": "陈静", "last_day": "2026-12-05", "successor": "李娜"}),
        ("/help", "help", {}),
        ("你能干啥？", "help", {}),
        # look-alikes that are not ours
        ("取消下午三点的会议", "unknown", {}),
        ("cancel my gym membership", "unknown", {}),
        ("把钥匙交给李娜", "unknown", {}),
        ("把会议室转给李娜", "unknown", {}),
        ("hand over the car keys to Li Na", "unknown", {}),
        ("把陈静的周报转给何静", "unknown", {}),
        ("把客户的合同转给法务审核", "unknown", {}),
        ("transfer $500 to Li Na", "unknown", {}),
        ("帮我列个购物清单", "unknown", {}),
    ],
)
def test_reading_with_the_directory(text: str, intent: str, slots: dict[str, Any]) -> None:
    assert read(text) == (intent, slots)


def test_a_guess_between_two_known_members_is_marked_unsure() -> None:
    intent = parse("陈静 李娜 交接客户", today=TODAY, people=PEOPLE)
    assert intent.unsure and (intent.slots["handover"], intent.slots["takeover"]) == ("陈静", "李娜")
    assert json.loads(intent_json(intent))["unsure"] is True
    clear = parse("把陈静的客户交接给李娜", today=TODAY, people=PEOPLE)
    assert not clear.unsure and "unsure" not in json.loads(intent_json(clear))


def test_without_a_directory_names_are_recognized_by_shape() -> None:
    assert read("嗯那个吴佳怡里职了她的客户和客户裙都交节给冯婷婷吧", people=None) == (
        "handover", {"handover": "吴佳怡", "takeover": "冯婷婷", "scope": CG})
    assert read("老彭 外联 全部给 小倪", people=None) == (
        "handover", {"handover": "老彭", "takeover": "小倪", "scope": C})
    assert read("[shenmy] 的客户群 转给 [hanxue88]", people=None) == (
        "handover", {"handover": "shenmy", "takeover": "hanxue88", "scope": G})


# --- the CLI --------------------------------------------------------------------------------------
def test_cli_parse_with_a_directory_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    users = [{"userid": "chenjing", "name": "陈静", "department": [3], "status": 1},
             {"userid": "hejing", "name": "何静", "department": [4], "status": 1}]
    path = tmp_path / "users.json"
    path.write_text(json.dumps({"errcode": 0, "userlist": users}, ensure_ascii=False), encoding="utf-8")
    assert cli_main(["parse", "--today", "2026-11-26", "--directory", str(path), "陈静 何静 客户交接"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["intent"] == "handover" and out["unsure"] is True
    assert (out["slots"]["handover"], out["slots"]["takeover"]) == ("陈静", "何静")
    assert cli_main(["parse", "--today", "2026-11-26", "陈静要离职了，她的客户交接给何静"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["slots"]["handover"], out["slots"]["takeover"]) == ("陈静", "何静")


# --- the accuracy bench reads the held-out set only when named ----------------------------------
def test_the_accuracy_bench_leaves_the_held_out_set_alone_by_default() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from bench import understand_accuracy as bench

    assert "heldout" not in bench.DEFAULT_SETS
    case = {"text": "x", "intent": "handover", "slots": {"handover": "陳靜", "takeover": "Li  Na", "job": "1042",
                                                          "scope": ["groups", "customers"]}}
    slots = {"handover": "陈静", "takeover": "li na", "job": "H-1042", "scope": ["customers", "groups"]}
    assert bench.judge(case, "handover", slots) == (True, True)
    assert bench.judge(case, "status", slots) == (False, False)
