"""Reminders on working days at the reminder time, only to owners with open items; escalation,
the last-day summary, snooze, downtime coalescing and two instances (story 4)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from bot.checklists.service import series_id
from bot.timers import TimerService
from storage.timers import Timer
from tests.checklists.conftest import (
    move_to,
    reminder_times,
    reminders_for,
    services,
    settle,
    start_chenjing,
)
from tests.support.stack import SHANGHAI, Stack

EVERYONE = ("chenjing", "liuqiang", "caoyang", "wangfang", "tangyue", "lina")


def counts(stack: Stack) -> dict[str, int]:
    return {u: len(reminders_for(stack, u)) for u in EVERYONE}


async def test_working_days_at_ten_only_to_owners_with_open_items(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await move_to(stack, 11, 26, 16, 0)  # creation day: the card was the first nudge
    await settle(stack, cid)
    await move_to(stack, 11, 27, 9, 59)
    await settle(stack, cid)
    assert counts(stack) == dict.fromkeys(EVERYONE, 0)

    await move_to(stack, 11, 27, 10, 0)  # Friday
    await settle(stack, cid)
    assert counts(stack) == {"chenjing": 1, "liuqiang": 1, "caoyang": 1, "wangfang": 0, "tangyue": 0, "lina": 0}
    member_text = reminders_for(stack, "chenjing")[0]
    assert "还有 5 项未完成" in member_text and "1. 把进行中的客户交接给同事" in member_text
    assert "转交待处理的审批" not in member_text  # the manager's item goes to the manager
    assert "你负责的 2 项未完成" in reminders_for(stack, "liuqiang")[0]
    assert reminder_times(stack, "chenjing") == [datetime(2026, 11, 27, 10, 0, tzinfo=SHANGHAI)]

    # The manager finishes his items: he hears nothing more.
    assert "还剩" in (await stack.say("liuqiang", "完成第6项"))[0]
    assert "还剩" in (await stack.say("liuqiang", "完成第7项"))[0]
    for day in (28, 29):  # Saturday, Sunday
        await move_to(stack, 11, day, 10, 0)
        await settle(stack, cid)
    await move_to(stack, 11, 29, 23, 0)
    await settle(stack, cid)
    assert counts(stack) == {"chenjing": 1, "liuqiang": 1, "caoyang": 1, "wangfang": 0, "tangyue": 0, "lina": 0}

    await move_to(stack, 11, 30, 10, 0)  # Monday
    await settle(stack, cid)
    assert counts(stack) == {"chenjing": 2, "liuqiang": 1, "caoyang": 2, "wangfang": 0, "tangyue": 0, "lina": 0}
    assert reminder_times(stack, "caoyang")[-1] == datetime(2026, 11, 30, 10, 0, tzinfo=SHANGHAI)


async def test_escalation_to_the_manager_and_summary_on_the_last_day(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await move_to(stack, 12, 1, 10, 0)  # Tuesday: items 1 and 2 are due today, not overdue yet
    await settle(stack, cid)
    assert not any("逾期" in t for t in reminders_for(stack, "liuqiang"))

    await move_to(stack, 12, 2, 10, 0)  # Wednesday, two working days before the last day
    await settle(stack, cid)
    manager = reminders_for(stack, "liuqiang")
    assert len(manager) == 2  # one message a day, his own items and the overdue ones together
    assert "陈静的离职清单有 2 项已逾期" in manager[-1]
    assert "1. 把进行中的客户交接给同事 · 陈静" in manager[-1] and "2. 转让你是群主的客户群 · 陈静" in manager[-1]
    assert "你负责的 2 项未完成" in manager[-1]
    assert "已逾期" in reminders_for(stack, "chenjing")[-1]

    await stack.say("chenjing", "完成第1项")
    await stack.say("chenjing", "完成第2项")
    await move_to(stack, 12, 4, 10, 0)  # Friday, the last day (Thursday's run coalesced into this one)
    await settle(stack, cid)
    summary = reminders_for(stack, "wangfang")
    assert len(summary) == 1 and reminders_for(stack, "tangyue") == summary
    assert "今天是最后工作日，已完成 2/8 项" in summary[0] and "3. 整理客户备注和标签 · 陈静" in summary[0]
    assert "1. 把进行中的客户交接给同事" not in summary[0]
    # The series ends with the last day.
    assert await services(stack)["timers"].status(series_id(cid)) == "absent"
    before = counts(stack)
    await move_to(stack, 12, 7, 10, 0)
    await asyncio.sleep(1.2)  # two timer polls: nothing may be due
    assert counts(stack) == before


async def test_snooze_skips_the_member_until_the_given_day(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await move_to(stack, 11, 27, 10, 0)
    await settle(stack, cid)
    assert await stack.say("chenjing", "12月2日再提醒我") == ["好的，12月2日（周三）再提醒你。"]
    for day in (30, 1):
        await move_to(stack, 11 if day == 30 else 12, day, 10, 0)
        await settle(stack, cid)
    assert len(reminders_for(stack, "chenjing")) == 1
    assert len(reminders_for(stack, "caoyang")) == 3  # others are not snoozed
    await move_to(stack, 12, 2, 10, 0)
    await settle(stack, cid)
    assert len(reminders_for(stack, "chenjing")) == 2
    log = await services(stack)["checklists"].store.log(cid)
    assert [e.note for e in log if e.action == "snoozed"] == ["2026-12-02"]


async def test_snooze_without_a_checklist_says_so(cl_stack: Stack) -> None:
    assert await cl_stack.say("lina", "明天再提醒我") == ["你目前没有需要提醒的清单事项。"]


async def test_two_days_down_then_one_coalesced_reminder(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    service: TimerService = stack.runtime.timer_service
    await service.stop()  # the bot is down Friday, Monday and Tuesday morning
    await move_to(stack, 12, 1, 10, 30)
    service.start()
    await settle(stack, cid)
    assert len(reminders_for(stack, "chenjing")) == 1
    assert reminder_times(stack, "chenjing") == [datetime(2026, 12, 1, 10, 30, tzinfo=SHANGHAI)]
    timer = await services(stack)["timers"].get(series_id(cid))
    assert timer is not None and timer.due == datetime(2026, 12, 2, 10, 0, tzinfo=SHANGHAI).timestamp()
    await move_to(stack, 12, 2, 10, 0)
    await settle(stack, cid)
    assert len(reminders_for(stack, "chenjing")) == 2


async def test_back_up_on_a_weekend_sends_nothing_until_monday(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    service: TimerService = stack.runtime.timer_service
    await service.stop()
    await move_to(stack, 11, 28, 12, 0)  # Saturday: Friday's reminder is overdue
    service.start()
    await settle(stack, cid)
    assert counts(stack) == dict.fromkeys(EVERYONE, 0)
    await move_to(stack, 11, 30, 10, 0)
    await settle(stack, cid)
    assert len(reminders_for(stack, "chenjing")) == 1


async def test_two_instances_never_send_the_same_reminder_twice(cl_stack: Stack) -> None:
    stack = cl_stack
    cid = await start_chenjing(stack)
    await stack.runtime.timer_service.stop()
    rt = stack.runtime
    handlers = {k: v for f in rt.features for k, v in f.timer_handlers(rt.services).items()}
    timers = services(stack)["timers"]
    one = TimerService(timers, stack.clock, handlers, owner="instance-one")
    two = TimerService(timers, stack.clock, handlers, owner="instance-two")
    await move_to(stack, 11, 27, 10, 0)
    claimed = await asyncio.gather(one.run_once(), two.run_once())
    assert sum(claimed) >= 1
    await settle(stack, cid)
    assert counts(stack)["chenjing"] == 1 and counts(stack)["liuqiang"] == 1
    # A re-delivered timer (lease expired mid-run) on the other instance: still one message each.
    again = Timer(id=series_id(cid), kind="checklist_reminder", due=stack.clock.now(), payload={"checklist": cid},
                  attempt=2)
    await asyncio.gather(handlers["checklist_reminder"](again), handlers["checklist_reminder"](again))
    assert counts(stack) == {"chenjing": 1, "liuqiang": 1, "caoyang": 1, "wangfang": 0, "tangyue": 0, "lina": 0}
