"""The grammar's specification: utterance → (intent, slots that must hold, language).

`today` is fixed to Thursday 2026-11-26, so every relative date below is exact. Slots listed
are a subset: the test checks exactly those. Cases marked "not …" are negatives — they look
like an intent but must not become it.

Decisions recorded here (the grammar follows them):
- "done" / "完成了" alone → checklist done with item None (the handler asks which item);
  "undo" alone → checklist undo with item None; "撤销" alone → cancel (it means "withdraw").
- "第3项", "2号", "#2" alone → choose (answers to "which one?"); inside a sentence "12号",
  "#12" are job ids; "H-1042" / "job 12" alone → status of that job.
- Questions about how things work → help, even when they mention customers or cancelling.
- No noun: "把张伟交接给李娜" → customers; "全部"/"all" with no noun → customers and groups.
- "X离职了" alone → offboard (weak); with a target ("…，客户给李娜") → handover.
- "X 12月5日离职，由李娜接替" → offboard with successor (a dated departure is an offboarding); once the
  customers themselves are sent somewhere ("X 12月5日离职，客户交给李娜") it is a handover, as every
  outside author of the dev sets reads it; with an offboarding word (离职清单/流程) it stays one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.language import intent_json, parse

TODAY = dt.date(2026, 11, 26)  # a Thursday
C, G, CG = ["customers"], ["groups"], ["customers", "groups"]


def H(handover: str | None, takeover: str | None, scope: list[str] = C, job: str | None = None,
      subset: str | None = None) -> tuple[str, dict[str, Any]]:
    return "handover", {"handover": handover, "takeover": takeover, "scope": scope, "job": job,
                        "subset": subset}


def S(job: str | None = None, member: str | None = None) -> tuple[str, dict[str, Any]]:
    return "status", {"job": job, "member": member}


def L(which: str) -> tuple[str, dict[str, Any]]:
    return "list", {"which": which}


def X(job: str | None = None) -> tuple[str, dict[str, Any]]:
    return "cancel", {"job": job}


def R(member: str | None = None, job: str | None = None) -> tuple[str, dict[str, Any]]:
    return "records", {"member": member, "job": job}


def OFF(member: str | None, last_day: str | None = None, successor: str | None = None
      ) -> tuple[str, dict[str, Any]]:
    return "offboard", {"member": member, "last_day": last_day, "successor": successor}


def K(action: str, item: int | None = None, member: str | None = None) -> tuple[str, dict[str, Any]]:
    return "checklist", {"action": action, "item": item, "member": member}


def Z(until: str) -> tuple[str, dict[str, Any]]:
    return "snooze", {"until": until}


def CH(choice: int) -> tuple[str, dict[str, Any]]:
    return "choose", {"choice": choice}


Expected = tuple[str, dict[str, Any]]
YES: Expected = ("confirm", {})
NO: Expected = ("deny", {})
HELP: Expected = ("help", {})
UNKNOWN: Expected = ("unknown", {})

CASES: list[tuple[str, tuple[str, dict[str, Any]], str]] = [
    # --- handover: the brief's sentences ------------------------------------------------------
    ("hand over Zhang's clients to Li", H("Zhang", "Li"), "en"),
    ("transfer all of zhangwei's customers to Li Na", H("zhangwei", "Li Na"), "en"),
    ("把张伟的客户交接给李娜", H("张伟", "李娜"), "zh"),
    ("张伟的客户转给李娜", H("张伟", "李娜"), "zh"),
    ("张伟离职了，客户给李娜", H("张伟", "李娜"), "zh"),
    ("move Zhang Wei's customer groups to Li", H("Zhang Wei", "Li", G), "en"),
    ("把张伟的客户群也转给李娜", H("张伟", "李娜", G), "zh"),
    ("customers and groups of 张伟 → 李娜", H("张伟", "李娜", CG), "zh"),
    ("把张伟的客户和客户群交接给李娜", H("张伟", "李娜", CG), "zh"),
    ("把 H-1042 未接替的客户交接给周杰", H(None, "周杰", C, "H-1042", "failed"), "zh"),
    ("reassign H-1042 failures to Zhou Jie", H(None, "Zhou Jie", C, "H-1042", "failed"), "en"),
    # --- handover: English variations --------------------------------------------------------
    ("hand over Zhang's clients", H("Zhang", None), "en"),
    ("transfer customers", H(None, None), "en"),
    ("Zhang's customers to Li", H("Zhang", "Li"), "en"),
    ("hand over Zhang to Li", H("Zhang", "Li"), "en"),
    ("transfer zhangwei to Li Na", H("zhangwei", "Li Na"), "en"),
    ("let Li take over Zhang's customers", H("Zhang", "Li"), "en"),
    ("Li Na should take over zhangwei's clients", H("zhangwei", "Li Na"), "en"),
    ("Zhang has left, hand over his customers to Li", H("Zhang", "Li"), "en"),
    ("Zhang left; customers to Li Na", H("Zhang", "Li Na"), "en"),
    ("transfer everything from Zhang to Li", H("Zhang", "Li", CG), "en"),
    ("hand over Zhang's customers and groups to Li", H("Zhang", "Li", CG), "en"),
    ("hand over Zhang's group chats to Li", H("Zhang", "Li", G), "en"),
    ("migrate Zhang Wei's clients to Li Na", H("Zhang Wei", "Li Na"), "en"),
    ("assign Zhang's customers to @Li Na", H("Zhang", "Li Na"), "en"),
    ("transfer Zhang's clients to me", H("Zhang", "me"), "en"),
    ("hand over the leftover customers of H-1042 to Zhou Jie", H(None, "Zhou Jie", C, "H-1042", "failed"), "en"),
    ("move the unassigned clients from job 1042 to Zhou Jie", H(None, "Zhou Jie", C, "H-1042", "failed"), "en"),
    ("hand over customers that were not taken over in H-1042 to Zhou Jie",
     H(None, "Zhou Jie", C, "H-1042", "failed"), "en"),
    ("reassign the failed customers of h1042 to Zhou Jie", H(None, "Zhou Jie", C, "H-1042", "failed"), "en"),
    ("James' customers to Li", H("James", "Li"), "en"),
    ("could you hand over Zhang Wei's clients to Li Na please?", H("Zhang Wei", "Li Na"), "en"),
    ("Please hand over Zhang's clients to Li.", H("Zhang", "Li"), "en"),
    ("can you transfer all of Zhang's customers to Li", H("Zhang", "Li"), "en"),
    ("I want to hand over Zhang's clients to Li", H("Zhang", "Li"), "en"),
    ("hand over Zhang's clients → Li", H("Zhang", "Li"), "en"),
    ("Zhang's clients -> Li", H("Zhang", "Li"), "en"),
    ("Zhang → Li", H("Zhang", "Li"), "en"),
    ("transfer to Li Na all of Zhang's customers", H("Zhang", "Li Na"), "en"),
    ("give Li all of Zhang's customers", H("Zhang", "Li"), "en"),
    ("give Zhang's customers to Li", H("Zhang", "Li"), "en"),
    ("hand over all customers from Zhang to Li", H("Zhang", "Li"), "en"),
    ("transfer all to Li", H(None, "Li", CG), "en"),
    ("hand over all of @zhangwei's customers and groups to @lina", H("zhangwei", "lina", CG), "en"),
    # typos in keywords are fixed, names are not
    ("hand ovr Zhang's custmers to Li", H("Zhang", "Li"), "en"),
    ("trasnfer Zhang's clients to @Li Na.", H("Zhang", "Li Na"), "en"),
    ("please could you transfer zhang wei's custmers and grups to li na thanks",
     H("zhang wei", "li na", CG), "en"),
    ("handvoer Zhang's cleints to Li", H("Zhang", "Li"), "en"),
    ("hand over Lisa's clients to Stacy", H("Lisa", "Stacy"), "en"),
    ("Hand over Clint's customers to Li", H("Clint", "Li"), "en"),
    ("transfer Grace's groups to Chase", H("Grace", "Chase", G), "en"),
    # --- handover: Chinese variations ----------------------------------------------------------
    ("把张伟的全部交接给李娜", H("张伟", "李娜", CG), "zh"),
    ("把张伟的客户全部交给李娜", H("张伟", "李娜"), "zh"),
    ("把张伟交接给李娜", H("张伟", "李娜"), "zh"),
    ("让李娜接手张伟的客户", H("张伟", "李娜"), "zh"),
    ("张伟的客户由李娜接手", H("张伟", "李娜"), "zh"),
    ("由李娜接替张伟的客户", H("张伟", "李娜"), "zh"),
    ("交接张伟的客户", H("张伟", None), "zh"),
    ("把张伟的客户交给李娜负责", H("张伟", "李娜"), "zh"),
    ("将张伟名下的客户转到李娜名下", H("张伟", "李娜"), "zh"),
    ("张伟的客户群给李娜", H("张伟", "李娜", G), "zh"),
    ("张伟 → 李娜", H("张伟", "李娜"), "zh"),
    ("请帮我把张伟的客户交接给李娜", H("张伟", "李娜"), "zh"),
    ("麻烦把张伟的客户移交给李娜", H("张伟", "李娜"), "zh"),
    ("请把张伟的客户交接给@李娜，谢谢！", H("张伟", "李娜"), "zh"),
    ("张伟的客户，转给李娜", H("张伟", "李娜"), "zh"),
    ("把张伟的客户给我", H("张伟", "我"), "zh"),
    ("把 zhangwei 的客户转给 lina", H("zhangwei", "lina"), "zh"),
    ("把 Zhang Wei 的客户给 Li Na", H("Zhang Wei", "Li Na"), "zh"),
    ("张伟的客户也给李娜吧", H("张伟", "李娜"), "zh"),
    ("把张伟的外部联系人转给李娜", H("张伟", "李娜"), "zh"),
    ("张伟的群聊给李娜", H("张伟", "李娜", G), "zh"),
    ("把张伟的客户及客户群分配给李娜", H("张伟", "李娜", CG), "zh"),
    ("张伟已经离职了，他的客户交给李娜", H("张伟", "李娜"), "zh"),
    ("把H1042失败的客户转给周杰", H(None, "周杰", C, "H-1042", "failed"), "zh"),
    ("H-1042 剩下的客户给周杰", H(None, "周杰", C, "H-1042", "failed"), "zh"),
    ("把h1042里拒绝的客户交接给周杰", H(None, "周杰", C, "H-1042", "failed"), "zh"),
    ("把张伟的客户交接给李娜。", H("张伟", "李娜"), "zh"),
    ("把张伟的客户交接给李娜！！", H("张伟", "李娜"), "zh"),
    # names that contain keyword characters stay names (structure, not substring search)
    ("把高进度的客户给李娜", H("高进度", "李娜"), "zh"),
    ("陈客的客户给李娜", H("陈客", "李娜"), "zh"),
    ("把王群交接给李娜", H("王群", "李娜"), "zh"),
    ("把王群的客户群交接给李娜", H("王群", "李娜", G), "zh"),
    ("把李记录的客户转给高清单", H("李记录", "高清单"), "zh"),
    ("把王和平的客户和客户群交接给李娜", H("王和平", "李娜", CG), "zh"),
    ("张伟的客户要交接给李娜", H("张伟", "李娜"), "zh"),
    ("把离职员工张伟的客户交接给李娜", H("张伟", "李娜"), "zh"),
    ("帮忙把张伟所有的客户都转给李娜", H("张伟", "李娜"), "zh"),
    ("请将张伟的全部客户及客户群移交给李娜", H("张伟", "李娜", CG), "zh"),
    ("张伟走了，他的客户群给李娜", H("张伟", "李娜", G), "zh"),
    ("hand over 张伟's customers to 李娜", H("张伟", "李娜"), "zh"),
    ("Move all of Wang Fang's customers & groups to Li Na", H("Wang Fang", "Li Na", CG), "en"),
    ("hand over customers of Zhang Wei to Li Na", H("Zhang Wei", "Li Na"), "en"),
    ("pass Zhang's clients on to Li", H("Zhang", "Li"), "en"),
    ("hand over Will's customers to May", H("Will", "May"), "en"),
    # dates are not part of a handover request; weekday-looking names (周一鸣) stay names
    ("明天把张伟的客户转给李娜", H("张伟", "李娜"), "zh"),
    ("hand over Zhang's clients to Li from tomorrow", H("Zhang", "Li"), "en"),
    ("on Monday, transfer Zhang's customers to Li", H("Zhang", "Li"), "en"),
    ("周一鸣的客户给李娜", H("周一鸣", "李娜"), "zh"),
    ("把周一鸣的客户交接给周天宇", H("周一鸣", "周天宇"), "zh"),
    ("把张伟的客户交给李娜的客户群", UNKNOWN, "zh"),
    # --- handover: negatives --------------------------------------------------------------------
    ("what is a customer group?", HELP, "en"),
    ("客户交接流程是什么", HELP, "zh"),
    ("how do I hand over customers?", HELP, "en"),
    ("怎么把客户转给同事", HELP, "zh"),
    ("客户群是什么", HELP, "zh"),
    ("what is the difference between customers and groups", HELP, "en"),
    ("张伟的客户", UNKNOWN, "zh"),
    ("客户", UNKNOWN, "zh"),
    ("customer groups", UNKNOWN, "en"),
    ("给我", UNKNOWN, "zh"),
    ("把进度给我看看", UNKNOWN, "zh"),
    ("how many customers does Zhang have", UNKNOWN, "en"),
    ("I love my customers", UNKNOWN, "en"),
    ("tell Li about Zhang's customers", UNKNOWN, "en"),
    ("张伟的客户有多少", UNKNOWN, "zh"),
    ("give me the status", S(), "en"),
    ("hand over Zhang's clients to Li Na and Wang Fang", UNKNOWN, "en"),
    # --- status -----------------------------------------------------------------------------------
    ("status", S(), "en"),
    ("进度", S(), "zh"),
    ("how is the Zhang handover going", S(None, "Zhang"), "en"),
    ("job 12 status", S("H-12"), "en"),
    ("how's job 12 going", S("H-12"), "en"),
    ("what's the status of Zhang's handover", S(None, "Zhang"), "en"),
    ("status of H-12", S("H-12"), "en"),
    ("status 12", S("H-12"), "en"),
    ("is H-12 done?", S("H-12"), "en"),
    ("any updates on H-1042", S("H-1042"), "en"),
    ("check progress", S(), "en"),
    ("progress of Zhang Wei", S(None, "Zhang Wei"), "en"),
    ("stauts", S(), "en"),
    ("交接进度怎么样", S(), "zh"),
    ("张伟的交接怎么样了", S(None, "张伟"), "zh"),
    ("张伟的交接进度", S(None, "张伟"), "zh"),
    ("高进度的交接进度", S(None, "高进度"), "zh"),
    ("高进度的进度", S(None, "高进度"), "zh"),
    ("12号进度", S("H-12"), "zh"),
    ("H-1042 进度", S("H-1042"), "zh"),
    ("H-1042 到哪一步了", S("H-1042"), "zh"),
    ("查看进度", S(), "zh"),
    ("任务12的状态", S("H-12"), "zh"),
    ("我的交接进度", S(), "zh"),
    ("H-1042", S("H-1042"), "en"),
    ("job 12", S("H-12"), "en"),
    ("交接12", S("H-12"), "zh"),
    ("h1042?", S("H-1042"), "en"),
    ("whats the progress on zhang wei", S(None, "zhang wei"), "en"),
    ("what's happening with job 5", S("H-5"), "en"),
    ("第12号任务的进度", S("H-12"), "zh"),
    ("H-1042好了吗", S("H-1042"), "zh"),
    ("the weather status is sunny", UNKNOWN, "en"),
    ("how do I check the status?", S(), "en"),  # a how-to about status: just show it
    # --- list --------------------------------------------------------------------------------------
    ("pending approvals", L("pending_approvals"), "en"),
    ("my requests", L("my_requests"), "en"),
    ("待审批", L("pending_approvals"), "zh"),
    ("what are my pending approvals", L("pending_approvals"), "en"),
    ("approvals", L("pending_approvals"), "en"),
    ("待我审批的交接", L("pending_approvals"), "zh"),
    ("需要我审批的", L("pending_approvals"), "zh"),
    ("我的申请", L("my_requests"), "zh"),
    ("我发起的交接", L("my_requests"), "zh"),
    ("所有交接", L("all"), "zh"),
    ("交接列表", L("all"), "zh"),
    ("list", L("all"), "en"),
    ("list all jobs", L("all"), "en"),
    ("show all handovers", L("all"), "en"),
    ("my handovers", L("my_requests"), "en"),
    ("requests I made", L("my_requests"), "en"),
    ("requests I filed", L("my_requests"), "en"),
    ("anything for me to approve?", L("pending_approvals"), "en"),
    ("我有哪些待审批", L("pending_approvals"), "zh"),
    ("pnding approvals", L("pending_approvals"), "en"),
    ("list Zhang's customers", UNKNOWN, "en"),
    # --- cancel ------------------------------------------------------------------------------------
    ("cancel job 12", X("H-12"), "en"),
    ("取消交接 12", X("H-12"), "zh"),
    ("取消 H-1042", X("H-1042"), "zh"),
    ("cancel", X(), "en"),
    ("取消", X(), "zh"),
    ("算了", X(), "zh"),
    ("不要交接了", X(), "zh"),
    ("cancel it", X(), "en"),
    ("cancel H-1042 please", X("H-1042"), "en"),
    ("cancel 12", X("H-12"), "en"),
    ("cancel #12", X("H-12"), "en"),
    ("取消12", X("H-12"), "zh"),
    ("取消12号", X("H-12"), "zh"),
    ("取消任务12", X("H-12"), "zh"),
    ("H-1042 取消", X("H-1042"), "zh"),
    ("把H-1042取消吧", X("H-1042"), "zh"),
    ("撤回 H-1042", X("H-1042"), "zh"),
    ("撤销", X(), "zh"),
    ("stop", X(), "en"),
    ("never mind", X(), "en"),
    ("withdraw job 7", X("H-7"), "en"),
    ("cancle H-3", X("H-3"), "en"),
    ("how do I cancel a handover?", HELP, "en"),
    ("怎么取消交接", HELP, "zh"),
    ("取消第3项", K("undo", 3), "zh"),
    # --- records -----------------------------------------------------------------------------------
    ("records for zhangwei", R("zhangwei"), "en"),
    ("张伟的交接记录", R("张伟"), "zh"),
    ("records", R(), "en"),
    ("交接记录", R(), "zh"),
    ("H-1042的记录", R(None, "H-1042"), "zh"),
    ("history of Zhang", R("Zhang"), "en"),
    ("Zhang's records", R("Zhang"), "en"),
    ("show me zhang wei's handover history", R("zhang wei"), "en"),
    ("audit log for H-12", R(None, "H-12"), "en"),
    ("who approved H-1042", R(None, "H-1042"), "en"),
    ("我的交接记录", R(), "zh"),
    ("records for Lisa", R("Lisa"), "en"),
    ("高进度的交接记录", R("高进度"), "zh"),
    ("谁批准了H-1042", R(None, "H-1042"), "zh"),
    ("recods for Wang Fang", R("Wang Fang"), "en"),
    # --- offboard ----------------------------------------------------------------------------------
    ("start offboarding for Wang Fang, last day Dec 5", OFF("Wang Fang", "2026-12-05"), "en"),
    ("王芳12月5日离职，开始离职清单", OFF("王芳", "2026-12-05"), "zh"),
    ("陈静12月5日离职，开始离职清单", OFF("陈静", "2026-12-05"), "zh"),
    ("offboard Wang Fang", OFF("Wang Fang"), "en"),
    ("Wang Fang is leaving on Dec 5", OFF("Wang Fang", "2026-12-05"), "en"),
    ("Wang Fang's last day is December 5th", OFF("Wang Fang", "2026-12-05"), "en"),
    ("5 Dec is Wang Fang's last day", OFF("Wang Fang", "2026-12-05"), "en"),
    ("Wang Fang leaves next Friday, successor Li Na", OFF("Wang Fang", "2026-12-04", "Li Na"), "en"),
    ("start offboarding for Chen Jing last day 12/5 successor Li Na", OFF("Chen Jing", "2026-12-05", "Li Na"), "en"),
    ("begin offboarding Wang Fang, last day 2026-12-05, successor: @Li Na",
     OFF("Wang Fang", "2026-12-05", "Li Na"), "en"),
    ("offboard Wang Fang last day tomorrow", OFF("Wang Fang", "2026-11-27"), "en"),
    ("Wang Fang quits in 3 days", OFF("Wang Fang", "2026-11-29"), "en"),
    ("start offboarding", OFF(None), "en"),
    ("Wang Fang is leaving", OFF("Wang Fang"), "en"),
    ("offbaording for Wang Fang", OFF("Wang Fang"), "en"),
    ("为陈静办理离职，最后工作日12月5日，接替人李娜", OFF("陈静", "2026-12-05", "李娜"), "zh"),
    ("开始王芳的离职流程", OFF("王芳"), "zh"),
    ("陈静下周五离职，接替人李娜", OFF("陈静", "2026-12-04", "李娜"), "zh"),
    ("陈静的最后工作日是12月5日", OFF("陈静", "2026-12-05"), "zh"),
    ("王芳12月5日离职", OFF("王芳", "2026-12-05"), "zh"),
    ("王芳将于12月5号离职", OFF("王芳", "2026-12-05"), "zh"),
    ("王芳离职了", OFF("王芳"), "zh"),
    ("王芳下个月离职", OFF("王芳"), "zh"),
    ("周一鸣12月5日离职，开始离职清单", OFF("周一鸣", "2026-12-05"), "zh"),
    ("周天宇下周五离职", OFF("周天宇", "2026-12-04"), "zh"),
    ("王芳要离职了，最后一天是12月5号", OFF("王芳", "2026-12-05"), "zh"),
    ("陈静离职，接替人：李娜", OFF("陈静", None, "李娜"), "zh"),
    ("王芳后天离职", OFF("王芳", "2026-11-28"), "zh"),
    ("陈静三天后离职，开始离职清单", OFF("陈静", "2026-11-29"), "zh"),
    ("帮王芳创建离职清单", OFF("王芳"), "zh"),
    ("开始离职清单", OFF(None), "zh"),
    ("陈静周五离职", OFF("陈静", "2026-11-27"), "zh"),
    ("陈静星期五离职", OFF("陈静", "2026-11-27"), "zh"),
    ("陈静本周五离职", OFF("陈静", "2026-11-27"), "zh"),
    ("陈静2027年1月8日离职，由李娜接替", OFF("陈静", "2027-01-08", "李娜"), "zh"),
    ("陈静12月5日离职，客户交给李娜", H("陈静", "李娜"), "zh"),
    ("陈静12月5日离职，走离职流程，客户交给李娜", OFF("陈静", "2026-12-05", "李娜"), "zh"),
    ("陈静11月3日离职", OFF("陈静", "2027-11-03"), "zh"),  # already passed this year → next year
    # --- checklist ---------------------------------------------------------------------------------
    ("my checklist", K("show"), "en"),
    ("我的清单", K("show"), "zh"),
    ("done 3", K("done", 3), "en"),
    ("完成第3项", K("done", 3), "zh"),
    ("第3项完成了", K("done", 3), "zh"),
    ("陈静的清单", K("show", None, "陈静"), "zh"),
    ("陈静的离职清单", K("show", None, "陈静"), "zh"),
    ("show Chen Jing's checklist", K("show", None, "Chen Jing"), "en"),
    ("checklist for Chen Jing", K("show", None, "Chen Jing"), "en"),
    ("Chen Jing's offboarding checklist", K("show", None, "Chen Jing"), "en"),
    ("清单", K("show"), "zh"),
    ("show my checklist", K("show"), "en"),
    ("what's left on my checklist", K("show"), "en"),
    ("todo", K("show"), "en"),
    ("cheklist", K("show"), "en"),
    ("done #3", K("done", 3), "en"),
    ("3 done", K("done", 3), "en"),
    ("item 3 done", K("done", 3), "en"),
    ("mark item 3 as done", K("done", 3), "en"),
    ("I finished item 3", K("done", 3), "en"),
    ("check off 3", K("done", 3), "en"),
    ("undo 3", K("undo", 3), "en"),
    ("uncheck item 3", K("undo", 3), "en"),
    ("mark 3 as not done", K("undo", 3), "en"),
    ("第三项完成了", K("done", 3), "zh"),
    ("完成3", K("done", 3), "zh"),
    ("3完成了", K("done", 3), "zh"),
    ("完成第３项", K("done", 3), "zh"),
    ("第3项没完成", K("undo", 3), "zh"),
    ("恢复第3项", K("undo", 3), "zh"),
    ("撤销第3项", K("undo", 3), "zh"),
    ("done", K("done"), "en"),
    ("完成了", K("done"), "zh"),
    ("undo", K("undo"), "en"),
    ("第3项", CH(3), "zh"),
    # --- snooze ------------------------------------------------------------------------------------
    ("remind me tomorrow", Z("2026-11-27"), "en"),
    ("明天再提醒我", Z("2026-11-27"), "zh"),
    ("remind me on Monday", Z("2026-11-30"), "en"),
    ("remind me later", Z("2026-11-27"), "en"),
    ("remind me in 3 days", Z("2026-11-29"), "en"),
    ("snooze", Z("2026-11-27"), "en"),
    ("snooze until Friday", Z("2026-11-27"), "en"),
    ("remind me next Monday", Z("2026-11-30"), "en"),
    ("remind me next Friday", Z("2026-12-04"), "en"),
    ("remind me on Dec 5", Z("2026-12-05"), "en"),
    ("稍后提醒我", Z("2026-11-27"), "zh"),
    ("下周一再提醒", Z("2026-11-30"), "zh"),
    ("下周五再提醒我", Z("2026-12-04"), "zh"),
    ("3天后提醒我", Z("2026-11-29"), "zh"),
    ("明天再说", Z("2026-11-27"), "zh"),
    ("后天再提醒", Z("2026-11-28"), "zh"),
    ("过两天再提醒我", Z("2026-11-28"), "zh"),
    ("推迟到周五", Z("2026-11-27"), "zh"),
    ("12月1日再提醒我", Z("2026-12-01"), "zh"),
    ("later", Z("2026-11-27"), "en"),
    ("提醒张伟", UNKNOWN, "zh"),
    ("remind me to call Zhang", UNKNOWN, "en"),
    # --- confirm / deny / choose ----------------------------------------------------------------
    ("yes", YES, "en"),
    ("ok", YES, "en"),
    ("OK!", YES, "en"),
    ("yes please", YES, "en"),
    ("okay, submit", YES, "en"),
    ("确认", YES, "zh"),
    ("是的", YES, "zh"),
    ("好", YES, "zh"),
    ("好的，提交", YES, "zh"),
    ("提交", YES, "zh"),
    ("没问题", YES, "zh"),
    ("👍", YES, "en"),
    ("no", NO, "en"),
    ("nope", NO, "en"),
    ("不", NO, "zh"),
    ("不用了", NO, "zh"),
    ("不要", NO, "zh"),
    ("no thanks", NO, "en"),
    ("不对", NO, "zh"),
    ("好的客户", UNKNOWN, "zh"),
    ("2", CH(2), "en"),
    ("２", CH(2), "en"),
    ("第2个", CH(2), "zh"),
    ("选1", CH(1), "zh"),
    ("#2", CH(2), "en"),
    ("第一个", CH(1), "zh"),
    ("选第二个", CH(2), "zh"),
    ("the second one", CH(2), "en"),
    ("option 2", CH(2), "en"),
    ("2号", CH(2), "zh"),
    ("1.", CH(1), "en"),
    ("2026", UNKNOWN, "en"),
    # --- help / unknown -----------------------------------------------------------------------------
    ("help", HELP, "en"),
    ("帮助", HELP, "zh"),
    ("?", HELP, "en"),
    ("？", HELP, "en"),
    ("??", HELP, "en"),
    ("HELP!", HELP, "en"),
    ("怎么用", HELP, "zh"),
    ("what can you do", HELP, "en"),
    ("你好", UNKNOWN, "zh"),  # small talk: the reply to anything not understood shows the help
    ("hi", UNKNOWN, "en"),
    ("菜单", HELP, "zh"),
    # --- written for the other intents' second round: successors said in passing, a checklist's owner
    # named anywhere, replies with a tail -------------------------------------------------------------
    ("start the exit checklist for Wang Fang, Li Na's taking over", OFF("Wang Fang", successor="Li Na"), "en"),
    ("offboarding for Chen Jing please, Zhao Lei to take over", OFF("Chen Jing", successor="Zhao Lei"), "en"),
    ("吴敏月底离职，离职清单开一下，交接人郑浩", OFF("吴敏", "2026-11-30", "郑浩"), "zh"),
    ("孙丽下周五走，办离职，工作都交给周强", OFF("孙丽", "2026-12-04", "周强"), "zh"),
    ("孙丽把工牌交了，第3项勾上", K("done", 3, "孙丽"), "zh"),
    ("tick item 4 on Wang Fang's list", K("done", 4, "Wang Fang"), "en"),
    ("untick point 2 for Chen Jing, the badge is still missing", K("undo", 2, "Chen Jing"), "en"),
    ("第3项完成了，电脑已经交给李娜", K("done", 3, None), "zh"),
    ("opt 3 please", CH(3), "en"),
    ("option 2 only", CH(2), "en"),
    ("the first one — Chen Jing from Shenzhen", CH(1), "en"),
    ("sige, proceed", YES, "en"),
    ("Yes please go ahead, thank you very much for your help", YES, "en"),
    ("nah, hold off", NO, "en"),
    ("算了先不提交", NO, "zh"),
    ("remind me on Monday arvo", Z("2026-11-30"), "en"),
    ("nudge me later, swamped right now", Z("2026-11-27"), "en"),
    ("明天再提醒我，今天忙不过来", Z("2026-11-27"), "zh"),
    ("cancel 4417 please, Wang Fang is staying after all", X("H-4417"), "en"),
    ("4417个单搞起没得？", S("H-4417"), "zh"),
    ("请查询第4417号交接任务的进度", S("H-4417"), "zh"),
    ("4417??", S("H-4417"), "en"),
    ("看看我提交的所有交接", L("my_requests"), "zh"),
    ("pls show my all handovers", L("my_requests"), "en"),
    ("", UNKNOWN, "en"),
    ("   ", UNKNOWN, "en"),
    ("今天天气不错", UNKNOWN, "zh"),
    ("the weather is nice", UNKNOWN, "en"),
    ("asdfgh", UNKNOWN, "en"),
    ("明天", UNKNOWN, "zh"),
    ("张伟", UNKNOWN, "zh"),
]


@pytest.mark.parametrize(("text", "expected", "lang"), CASES, ids=[c[0] or "<empty>" for c in CASES])
def test_utterance(text: str, expected: tuple[str, dict[str, Any]], lang: str) -> None:
    intent, slots = expected
    got = parse(text, today=TODAY)
    assert got.intent == intent, intent_json(got)
    for name, value in slots.items():
        assert got.slots[name] == value, f"{name}: {intent_json(got)}"
    assert got.lang == lang


def test_table_is_large_and_covers_every_intent() -> None:
    assert len(CASES) >= 170
    covered = {expected[0] for _, expected, _ in CASES}
    assert covered == {"handover", "status", "list", "cancel", "records", "offboard", "checklist",
                       "snooze", "confirm", "deny", "choose", "help", "unknown"}


def test_no_duplicate_cases() -> None:
    texts = [text for text, _, _ in CASES]
    assert len(texts) == len(set(texts))
