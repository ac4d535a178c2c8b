"""Re-assigning a job's leftovers, duplicates, the filer's refusal, and prepare_handover on its own."""

from __future__ import annotations

from bot.handover.contract import HandoverRequest
from bot.handover.prepare import Blocked, prepare_handover
from tests.handover.fakes import FakeTransfers
from tests.support.stack import Stack


async def _file_and_close(stack: Stack, text: str) -> str:
    await stack.say("wangfang", text)
    jobs = stack.runtime.services["jobs"]
    [job] = await jobs.recent(1)
    result = await jobs.transition(job.id, to="cancelled", actor="wangfang")
    assert result.applied
    return str(job.id)


async def test_leftovers_of_a_job_go_to_the_new_takeover(fake_stack: Stack) -> None:
    old = await _file_and_close(fake_stack, "把陈静的客户交接给李娜")
    leftovers = (await fake_stack.runtime.client.list_customers("chenjing"))[:3]
    transfers: FakeTransfers = fake_stack.runtime.services["transfers"]
    transfers.left[old] = leftovers
    [reply] = await fake_stack.say("wangfang", f"把 {old} 未接替的客户交接给周杰")
    new = (await fake_stack.runtime.services["jobs"].recent(1))[0]
    assert new.id != old
    assert reply.splitlines()[1:3] == [
        "陈静（销售一部）→ 周杰（销售二部）",
        f"在职继承：3 位客户（{old} 未接替的客户）",
    ]
    assert (new.handover, new.takeover, new.parent_job, new.subset) == ("chenjing", "zhoujie", old, leftovers)


async def test_leftovers_in_english(fake_stack: Stack) -> None:
    old = await _file_and_close(fake_stack, "把陈静的客户交接给李娜")
    transfers: FakeTransfers = fake_stack.runtime.services["transfers"]
    transfers.left[old] = (await fake_stack.runtime.client.list_customers("chenjing"))[:1]
    [reply] = await fake_stack.say("wangfang", f"reassign {old} leftovers to Zhou Jie")
    assert reply.splitlines()[2] == f"On-job handover: 1 customer (not taken over in {old})"


async def test_a_job_without_leftovers_or_unknown(fake_stack: Stack) -> None:
    old = await _file_and_close(fake_stack, "把陈静的客户交接给李娜")
    assert await fake_stack.say("wangfang", f"把 {old} 未接替的客户交接给周杰") == [
        f"{old} 没有未接替的客户，不需要重新分配。"
    ]
    assert await fake_stack.say("wangfang", "把 H-9999 未接替的客户交接给周杰") == ["没有找到交接 H-9999。"]


async def test_a_live_job_for_the_same_member_is_pointed_to(fake_stack: Stack) -> None:
    await fake_stack.say("wangfang", "把陈静的客户交接给李娜")
    [job] = await fake_stack.runtime.services["jobs"].recent(5)
    assert await fake_stack.say("tangyue", "把陈静的客户交接给周杰") == [
        f"陈静的客户已在交接中：{job.id}（待审批）。回复“{job.id} 进度”查看。"
    ]
    assert len(await fake_stack.runtime.services["jobs"].recent(5)) == 1


async def test_the_filers_refusal_is_passed_on(fake_stack: Stack) -> None:
    refusal = "没有可以审批这次交接的人，请联系 HR 配置审批人。"
    fake_stack.runtime.services["filer"].refuse = refusal
    assert await fake_stack.say("wangfang", "把陈静的客户交接给李娜") == [refusal]
    assert await fake_stack.runtime.services["jobs"].recent(5) == []


async def test_prepare_handover_for_reuse(fake_stack: Stack) -> None:
    directory = fake_stack.runtime.services["directory"]
    people = await directory.get_many(["chenjing", "lina", "guotao", "zhoujie"])
    client = fake_stack.runtime.client
    ready = await prepare_handover(requester="wangfang", handover=people["chenjing"], takeover=people["lina"],
                                   scope=("customers", "groups"), lang="zh", client=client)
    assert isinstance(ready, HandoverRequest)
    assert (ready.path, ready.scope) == ("onjob", ("customers", "groups"))
    assert (ready.customer_count, ready.group_count) == (80, 3)
    blocked = await prepare_handover(requester="wangfang", handover=people["chenjing"], takeover=people["guotao"],
                                     scope=("customers",), lang="en", client=client)
    assert isinstance(blocked, Blocked) and blocked.text.startswith("Guo Tao is not enabled for customer contact")
    nothing = await prepare_handover(requester="wangfang", handover=people["guotao"], takeover=people["zhoujie"],
                                     scope=("groups",), lang="zh", client=client)
    assert nothing == Blocked("郭涛名下没有客户群。")
