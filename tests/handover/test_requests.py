"""Scenario: an HR admin asks for a handover in chat; people are resolved (asked when ambiguous),
blockers are said up front, and the request is filed with a preview (STORIES.md 1, 3, 5)."""

from __future__ import annotations

from bot.models.jobs import Job
from bot.sandbox.demo import ZHANGWEI_DIMISSION_TIME
from bot.texts import DIALOG_EXPIRED
from tests.handover.conftest import depart
from tests.support.stack import Stack


async def _jobs(stack: Stack) -> list[Job]:
    jobs: list[Job] = await stack.runtime.services["jobs"].recent(50)
    return jobs


# --- filed without a question -----------------------------------------------------------------
async def test_an_unambiguous_request_is_filed_with_a_preview(hstack: Stack) -> None:
    [reply] = await hstack.say("wangfang", "把陈静的客户交接给李娜")
    [job] = await _jobs(hstack)
    assert reply == (
        f"交接预览 {job.id}\n"
        "陈静（销售一部）→ 李娜（销售一部）\n"
        "在职继承：80 位客户\n"
        "审批人：刘强（陈静的上级）\n"
        f"已提交审批，有结果会通知你。回复“取消 {job.id}”可撤回。"
    )
    assert (job.requester, job.handover, job.takeover, job.path) == ("wangfang", "chenjing", "lina", "onjob")
    assert job.scope == ["customers"] and job.customer_count == 80 and job.state == "pending_approval"
    assert job.lang == "zh" and job.approvers == ["liuqiang"]
    [card] = hstack.world.cards_for("liuqiang")
    assert card.card is not None and card.card["main_title"]["title"] == f"客户交接审批 {job.id}"
    assert hstack.world.cards_for("lina") == [] and hstack.world.cards_for("chenjing") == []


async def test_a_missing_takeover_is_asked_for_by_name(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "把陈静的客户交接一下")
    assert question == "交接给哪位同事？请回复姓名或 userid。"
    [reply] = await hstack.say("wangfang", "周杰")
    [job] = await _jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n陈静（销售一部）→ 周杰（销售二部）\n")
    assert job.takeover == "zhoujie"


# --- story 1: two 张伟 -------------------------------------------------------------------------
async def _zhangwei_departed(stack: Stack) -> None:
    await depart(stack, "zhangwei", ZHANGWEI_DIMISSION_TIME)


STORY1_QUESTION = (
    "找到两位“张伟”，要交接哪一位的客户？请回复序号：\n"
    "1. 张伟 zhangwei · 销售一部 · 已离职（11月20日）· 250 位客户 · 12 个客户群\n"
    "2. 张伟 zhangwei2 · 技术部 · 在职 · 0 位客户"
)


async def test_story1_two_zhangwei_are_asked_and_the_answer_files_the_right_one(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    assert await hstack.say("wangfang", "把张伟的客户和客户群交接给李娜") == [STORY1_QUESTION]
    assert await _jobs(hstack) == []  # never guessed
    [reply] = await hstack.say("wangfang", "1")
    [job] = await _jobs(hstack)
    assert reply == (
        f"交接预览 {job.id}\n"
        "张伟（销售一部，已离职）→ 李娜（销售一部）\n"
        "离职继承：250 位客户，12 个客户群\n"
        "重要客户（VIP）：周玉兰、张超、徐玉兰、罗勇、董刚\n"  # the demo's 5 VIPs, read from the backup
        "审批人：刘强（张伟的上级）；超过 200 位客户、含 5 位重要客户（VIP），还需孙红复核\n"
        f"已提交审批，有结果会通知你。回复“取消 {job.id}”可撤回。"
    )
    assert (job.handover, job.path, job.scope) == ("zhangwei", "resigned", ["customers", "groups"])
    assert (job.customer_count, job.group_count) == (250, 12)
    assert job.needs_second_approval and job.second_approvers == ["sunhong"]
    [card] = hstack.world.cards_for("liuqiang")
    assert card.card is not None and card.card["main_title"]["title"] == f"客户交接审批 {job.id}"
    assert hstack.world.cards_for("sunhong") == []  # the review comes after the first approval


async def test_answer_2_picks_the_second_zhangwei(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户和客户群交接给李娜")
    # zhangwei2 is on the job (在职: nothing "待分配") and has nothing: said about the right person
    assert await hstack.say("wangfang", "2") == ["张伟名下没有客户或客户群。"]
    assert await _jobs(hstack) == []


async def test_the_answer_can_be_the_userid(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    [reply] = await hstack.say("wangfang", "zhangwei")
    [job] = await _jobs(hstack)
    assert reply.startswith(f"交接预览 {job.id}\n张伟（销售一部，已离职）→ 李娜")
    assert job.handover == "zhangwei" and job.scope == ["customers"]


async def test_an_answer_that_matches_nobody_asks_again(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    assert await hstack.say("wangfang", "5") == ["没对上，请回复序号（1–2）或 userid；回复“取消”可退出。"]
    [reply] = await hstack.say("wangfang", "第一个")
    assert reply.startswith("交接预览 H-") and "张伟（销售一部，已离职）" in reply


async def test_latin_zhang_wei_covers_zhangwei_and_zhangwei3_in_mixed_text(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "把 Zhang Wei 的客户给 Li Na")
    assert question.splitlines() == [
        "找到三位“Zhang Wei”，要交接哪一位的客户？请回复序号：",
        "1. 张伟 zhangwei · 销售一部 · 在职 · 250 位客户 · 12 个客户群",
        "2. 张伟 zhangwei2 · 技术部 · 在职 · 0 位客户",
        "3. 章伟 zhangwei3 · 客服部 · 在职 · 12 位客户",
    ]
    [reply] = await hstack.say("wangfang", "3")
    [job] = await _jobs(hstack)
    assert reply.splitlines()[1:3] == ["章伟（客服部）→ 李娜（销售一部）", "在职继承：12 位客户"]
    assert (job.handover, job.takeover) == ("zhangwei3", "lina")


async def test_english_zhang_wei_is_asked_in_english(hstack: Stack) -> None:
    [question] = await hstack.say("wangfang", "hand over zhang wei's customers to li na")
    lines = question.splitlines()
    assert lines[0] == "Three people match “zhang wei” — whose customers should move?"
    assert lines[3] == "3. Zhang Wei (zhangwei3, Support) · 12 customers"
    assert lines[-1] == "Reply 1–3, or with the userid."


# --- story 3: English ---------------------------------------------------------------------------
async def test_story3_english_flow(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    [question] = await hstack.say("wangfang", "hand over Zhang's clients to Li")
    lines = question.splitlines()
    assert lines[0].endswith("people match “Li” — who should take over?")
    assert lines[1:3] == ["1. Lina Li (lina, Sales 1)", "2. Lei Li (lilei, Support)"]
    assert "Reply 1–" in lines[-1] or "Reply 1 or 2" in lines[-1]
    [reply] = await hstack.say("wangfang", "1")
    [job] = await _jobs(hstack)
    assert reply == (
        f"Preview {job.id}\n"
        "Zhang Wei (Sales 1, left on Nov 20) → Lina Li (Sales 1)\n"
        "Resigned-member handover: 250 customers\n"
        "Important customers (VIP): 周玉兰, 张超, 徐玉兰, 罗勇, 董刚\n"
        "Approver: Leo Liu (Zhang Wei's manager); over 200 customers and 5 important customers (VIP), "
        "so Helen Sun reviews too\n"
        f"Sent for approval — I'll let you know the outcome. Reply “cancel {job.id}” to withdraw it."
    )
    assert (job.handover, job.takeover, job.lang) == ("zhangwei", "lina", "en")


# --- not found ----------------------------------------------------------------------------------
async def test_an_unknown_name_gets_the_closest_names(hstack: Stack) -> None:
    [reply] = await hstack.say("wangfang", "把王小芳的客户交接给李娜")
    assert reply.startswith("通讯录里没有找到“王小芳”。你是不是要找：\n· 王芳 wangfang")
    assert await _jobs(hstack) == []


async def test_an_unknown_takeover_is_said_before_any_question(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    [reply] = await hstack.say("wangfang", "把张伟的客户交接给Qwxyz")
    assert reply.startswith("通讯录里没有找到“Qwxyz”。")
    assert "请回复序号" not in reply


# --- who may ask --------------------------------------------------------------------------------
async def test_a_non_admin_is_told_who_can(hstack: Stack) -> None:
    assert await hstack.say("lina", "把陈静的客户交接给李娜") == [
        "只有 HR 管理员可以发起交接（王芳、唐悦）。你可以查看自己参与的交接：回复“进度”。"
    ]
    assert await hstack.say("liuqiang", "hand over Chen Jing's customers to Li Na") == [
        "Only HR admins can start a handover (Fiona Wang, Tina Tang). "
        "To see the handovers you are part of, reply “status”."
    ]
    assert await _jobs(hstack) == []


# --- the dialog ---------------------------------------------------------------------------------
async def test_an_answer_after_the_dialog_ttl_is_told_it_expired(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    hstack.clock.advance(hstack.settings.dialog_ttl + 1)
    [reply] = await hstack.say("wangfang", "1")
    # answered in the language the question was asked in, though "1" alone reads as English
    assert reply == DIALOG_EXPIRED.zh
    assert await _jobs(hstack) == []


async def test_an_answer_just_before_the_ttl_still_counts(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    hstack.clock.advance(hstack.settings.dialog_ttl - 5)
    [reply] = await hstack.say("wangfang", "1")
    assert reply.startswith("交接预览 H-")


async def test_cancel_mid_dialog_leaves_it(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    assert await hstack.say("wangfang", "取消") == ["好的，已取消。"]
    [after] = await hstack.say("wangfang", "1")
    assert "交接预览" not in after and "过期" not in after  # no dialog any more: "1" means nothing
    assert await _jobs(hstack) == []


async def test_a_new_request_mid_dialog_is_a_new_request(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户交接给李娜")
    [reply] = await hstack.say("wangfang", "把陈静的客户交接给周杰")
    [job] = await _jobs(hstack)
    assert reply.splitlines()[1] == "陈静（销售一部）→ 周杰（销售二部）"
    assert job.handover == "chenjing"


# --- departed, known only by userid -------------------------------------------------------------
async def test_a_departed_member_known_only_by_userid(redis_url: str, redis: object) -> None:
    from tests.handover.conftest import open_stack

    # chenjing was deleted before the bot ever saw the directory: only get_unassigned_list knows her
    async with open_stack(redis_url, fake_filer=True,
                          prepare=lambda w: w.delete_member("chenjing", at=w.now() - 86400)) as s:
        member = await s.runtime.services["directory"].get("chenjing")
        assert member is not None and member.known_only_by_id and member.departed
        [reply] = await s.say("wangfang", "把chenjing的客户交接给李娜")
        jobs = await s.runtime.services["jobs"].recent(5)
        assert len(jobs) == 1 and (jobs[0].handover, jobs[0].path) == ("chenjing", "resigned")
        assert reply.splitlines()[1:3] == ["chenjing（已离职）→ 李娜（销售一部）", "离职继承：80 位客户"]
        assert jobs[0].customer_count == 80


# --- blockers -----------------------------------------------------------------------------------
async def test_takeover_is_the_same_person(hstack: Stack) -> None:
    assert await hstack.say("wangfang", "把陈静的客户交接给陈静") == ["交接人和接替人都是陈静，请换一位接替的同事。"]
    assert await _jobs(hstack) == []


async def test_takeover_has_left(hstack: Stack) -> None:
    await depart(hstack, "lina")
    assert await hstack.say("wangfang", "把陈静的客户交接给李娜") == ["李娜已离职，不能接替客户。请换一位同事。"]
    assert await _jobs(hstack) == []


async def test_takeover_blocker_is_said_before_asking_about_the_handover(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    [reply] = await hstack.say("wangfang", "把张伟的客户交接给郭涛")
    assert reply.startswith("郭涛没有开通客户联系功能，不能接替客户。")
    assert await _jobs(hstack) == []


async def test_takeover_outside_the_app_visibility(hstack: Stack) -> None:
    hstack.world.member("zhoujie").visible = False
    await hstack.runtime.services["directory_sync"].full_sync()
    [reply] = await hstack.say("wangfang", "把陈静的客户交接给周杰")
    assert reply.startswith("周杰不在本应用的可见范围内，不能接替客户。")
    assert await _jobs(hstack) == []


async def test_takeover_disabled_in_english(hstack: Stack) -> None:
    [reply] = await hstack.say("wangfang", "hand over Chen Jing's customers to Tian Tian")
    assert reply == "Tian Tian's account is disabled, so they cannot take over customers. Please pick someone else."


async def test_a_departed_member_with_nothing_waiting(hstack: Stack) -> None:
    await depart(hstack, "songjia")
    assert await hstack.say("wangfang", "把宋佳的客户和客户群交接给李娜") == ["宋佳名下没有待分配的客户或客户群。"]
    assert await _jobs(hstack) == []


async def test_groups_only_scope_counts_groups(hstack: Stack) -> None:
    await _zhangwei_departed(hstack)
    await hstack.say("wangfang", "把张伟的客户群交接给李娜")
    [reply] = await hstack.say("wangfang", "1")
    [job] = await _jobs(hstack)
    assert reply.splitlines()[2] == "离职继承：12 个客户群"
    assert job.scope == ["groups"] and job.group_count == 12
