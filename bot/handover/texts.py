"""What the handover conversation says, in Chinese and English."""

from __future__ import annotations

from bot.texts import T

# --- who may ask -----------------------------------------------------------------------------
ONLY_ADMINS = T(
    zh="只有 HR 管理员可以发起交接（{admins}）。你可以查看自己参与的交接：回复“进度”。",
    en="Only HR admins can start a handover ({admins}). To see the handovers you are part of, reply “status”.",
)
NO_ADMINS = T(
    zh="还没有配置 HR 管理员，暂时不能发起交接。请联系系统管理员设置 HANDOVER_ADMINS。",
    en="No HR admins are configured yet, so handovers cannot be started. Ask your system admin to set HANDOVER_ADMINS.",
)

# --- finding people --------------------------------------------------------------------------
ASK_WHICH_HANDOVER = T(
    zh="找到{count}位“{mention}”，要交接哪一位的客户？请回复序号：\n{lines}",
    en="{count} people match “{mention}” — whose customers should move?\n{lines}\n{reply}",
)
ASK_WHICH_TAKEOVER = T(
    zh="找到{count}位“{mention}”，交接给哪一位？请回复序号：\n{lines}",
    en="{count} people match “{mention}” — who should take over?\n{lines}\n{reply}",
)
REPLY_HINT_EN = T(zh="", en="Reply {numbers}, or with the userid.")
MORE_MATCHES = T(
    zh="（还有 {n} 位同名未列出，可直接回复 userid）",
    en="({n} more not listed — reply with the userid)",
)
ASK_HANDOVER_NAME = T(
    zh="要交接哪位同事的客户？请回复姓名或 userid。",
    en="Whose customers should be handed over? Reply with a name or userid.",
)
ASK_TAKEOVER_NAME = T(
    zh="交接给哪位同事？请回复姓名或 userid。",
    en="Who should take them over? Reply with a name or userid.",
)
DID_YOU_MEAN = T(
    zh="你是想把{handover}的{what}交接给{takeover}吗？回复 1 确认；不对的话请换个说法再发一次。",
    en="Did you mean: hand over {handover}'s {what} to {takeover}? Reply 1 to confirm, or say it again another way.",
)
# The reader filled a role, but its role check prefers another person the message names (second_opinion.py):
# which of the two is meant is asked, never guessed.
DOUBT_WHICH_HANDOVER = T(
    zh="这句话里要交接的是谁的客户？我读不准，请回复序号：\n{lines}",
    en="I'm not sure whose customers should move — which of these?\n{lines}\n{reply}",
)
DOUBT_WHICH_TAKEOVER = T(
    zh="这句话里由谁来接手？我读不准，请回复序号：\n{lines}",
    en="I'm not sure who should take them over — which of these?\n{lines}\n{reply}",
)
# "张伟的VIP客户给李娜" with nobody named for the rest: moving the whole book would be wrong.
TAG_ONLY = T(
    zh="只交接带“{tag}”的那部分客户，还需要说明其余客户给谁，例如“{handover}的{tag}客户给{takeover}，其他的给王磊”。"
       "如果是{handover}的全部客户都交给{takeover}，请说“把{handover}的客户交接给{takeover}”。这次没有提交任何交接。",
    en="To hand over only {handover}'s “{tag}” customers, also say who gets the rest, e.g. “{handover}'s {tag} "
       "customers to {takeover}, the rest to Wang Lei”. If all of {handover}'s customers go to {takeover}, say "
       "“hand over {handover}'s customers to {takeover}”. Nothing was filed.",
)
# "不是给何静，改成给李娜" right after filing: the pending job is withdrawn and filed again
AMEND_TAKEOVER = T(
    zh="要把 {job}（{handover} → {was}）的接收人改成{takeover}吗？会先撤回 {job}，再重新提交审批。回复 1 确认。",
    en="Change the receiver of {job} ({handover} → {was}) to {takeover}? {job} is withdrawn and the handover filed "
    "again for approval. Reply 1 to confirm.",
)
AMEND_SAME = T(
    zh="{job} 的接收人已经是{takeover}，没有改动。",
    en="{job} already goes to {takeover}; nothing changed.",
)
NOT_CONFIRMED = T(
    zh="好的，没有提交。请换个说法再发一次，例如“把张伟的客户交接给李娜”。",
    en="OK, nothing was filed. Say it again another way, e.g. “hand over Zhang Wei's customers to Li Na”.",
)
NOT_A_CHOICE = T(
    zh="没对上，请回复序号（1–{n}）或 userid；回复“取消”可退出。",
    en="I couldn't match that. Reply with a number (1–{n}) or a userid, or “cancel” to stop.",
)
NOT_FOUND = T(zh="通讯录里没有找到“{mention}”。", en="I couldn't find “{mention}” in the directory.")
NOT_FOUND_SUGGEST = T(
    zh="通讯录里没有找到“{mention}”。你是不是要找：\n{lines}\n请用准确的名字或 userid 重新发一次。",
    en=(
        "I couldn't find “{mention}” in the directory. "
        "Did you mean:\n{lines}\nPlease send the request again with the exact name or userid."
    ),
)
NOT_FOUND_HINT = T(
    zh="请检查名字，或直接用 userid 重新发一次。",
    en="Please check the name, or send the request again with the userid.",
)
NONE_CAN_TAKE_OVER = T(
    zh="找到{count}位“{mention}”，但都不能接替客户：\n{lines}\n请换一位同事。",
    en=(
        "{count} people match “{mention}”, "
        "but none of them can take over customers:\n{lines}\nPlease pick someone else."
    ),
)

# --- re-assigning a job's leftovers ----------------------------------------------------------
REASSIGN_UNAVAILABLE = T(
    zh="暂时还不能重新分配 {job} 未接替的客户（交接引擎尚未启用）。请稍后再试。",
    en=(
        "Re-assigning the leftovers of {job} is not available yet (the transfer engine is not running). "
        "Please try later."
    ),
)
JOB_NOT_FOUND = T(zh="没有找到交接 {job}。", en="I couldn't find handover {job}.")
NO_LEFTOVERS = T(
    zh="{job} 没有未接替的客户，不需要重新分配。",
    en="{job} has no customers left to re-assign.",
)

# --- blockers --------------------------------------------------------------------------------
SAME_PERSON = T(
    zh="交接人和接替人都是{name}，请换一位接替的同事。",
    en="{name} would be handing over to themselves — please pick someone else to take over.",
)
TAKEOVER_DEPARTED = T(
    zh="{name}已离职，不能接替客户。请换一位同事。",
    en="{name} has left the company and cannot take over customers. Please pick someone else.",
)
TAKEOVER_DISABLED = T(
    zh="{name}的账号已停用，不能接替客户。请换一位同事。",
    en="{name}'s account is disabled, so they cannot take over customers. Please pick someone else.",
)
TAKEOVER_INACTIVE = T(
    zh="{name}还没有激活企业微信，不能接替客户。请换一位同事，或等{name}激活后再试。",
    en="{name} has not activated WeCom yet and cannot take over customers. Pick someone else, or retry once they have.",
)
TAKEOVER_INVISIBLE = T(
    zh="{name}不在本应用的可见范围内，不能接替客户。请管理员把{name}加入应用可见范围，或换一位同事。",
    en=(
        "{name} is outside this app's visibility, so they cannot take over customers. "
        "Ask an admin to add them, or pick someone else."
    ),
)
TAKEOVER_NO_CONTACT = T(
    zh="{name}没有开通客户联系功能，不能接替客户。请管理员在“客户联系 → 权限配置”中添加{name}，或换一位同事。",
    en=(
        "{name} is not enabled for customer contact and cannot take over customers. "
        "Ask an admin to enable it, or pick someone else."
    ),
)
HANDOVER_INVISIBLE = T(
    zh="{name}不在本应用的可见范围内，读不到其客户。如果{name}刚离职，请等离职同步完成后再试。",
    en=(
        "{name} is outside this app's visibility, so I can't read their customers. "
        "If they just left, please retry once the departure has synced."
    ),
)
NOTHING_RESIGNED = T(zh="{name}名下没有待分配的{what}。", en="{name} has no {what} waiting for a new owner.")
NOTHING_ONJOB = T(zh="{name}名下没有{what}。", en="{name} has no {what} to hand over.")
WHAT_BOTH = T(zh="客户或客户群", en="customers or customer groups")
WHAT_CUSTOMERS = T(zh="客户", en="customers")
WHAT_BOTH_AND = T(zh="客户和客户群", en="customers and customer groups")
WHAT_GROUPS = T(zh="客户群", en="customer groups")
CANNOT_READ = T(
    zh="暂时读不到{name}的客户（企业微信：{why}）。请稍后再试；如果{name}刚离职，请等离职同步完成。",
    en=(
        "I can't read {name}'s customers right now (WeCom: {why}). "
        "Please retry later; if they just left, wait until the departure has synced."
    ),
)

# --- preview ---------------------------------------------------------------------------------
PREVIEW_HEAD = T(zh="交接预览 {job}", en="Preview {job}")
PATH_RESIGNED = T(zh="离职继承", en="Resigned-member handover")
PATH_ONJOB = T(zh="在职继承", en="On-job handover")
COUNT_CUSTOMERS = T(zh="{n} 位客户", en="{n} customers")
COUNT_CUSTOMER_ONE = T(zh="{n} 位客户", en="{n} customer")
COUNT_GROUPS = T(zh="{n} 个客户群", en="{n} customer groups")
COUNT_GROUP_ONE = T(zh="{n} 个客户群", en="{n} customer group")
LEFTOVERS_OF = T(zh="（{job} 未接替的客户）", en=" (not taken over in {job})")
APPROVER_LINE = T(zh="审批人：{names}", en="Approver: {names}")
APPROVERS_LINE = T(zh="审批人：{names}", en="Approvers: {names}")
MANAGER_OF = T(zh="{name}（{whose}的上级）", en="{name} ({whose}'s manager)")
SECOND_WHY = T(zh="；{why}，还需{names}复核", en="; {why}, so {names} reviews too")
SECOND_PLAIN = T(zh="；还需{names}复核", en="; {names} reviews too")
FILED_TAIL = T(
    zh="已提交审批，有结果会通知你。回复“取消 {job}”可撤回。",
    en="Sent for approval — I'll let you know the outcome. Reply “cancel {job}” to withdraw it.",
)
NAME_SEP = T(zh="、", en=", ")
PERSON_DEPT_LEFT = T(zh="{name}（{dept}，已离职）", en="{name} ({dept}, left on {date})")
PERSON_LEFT = T(zh="{name}（已离职）", en="{name} (left on {date})")
PERSON_DEPT_LEFT_NODATE = T(zh="{name}（{dept}，已离职）", en="{name} ({dept}, left)")
PERSON_LEFT_NODATE = T(zh="{name}（已离职）", en="{name} (left)")
PERSON_DEPT = T(zh="{name}（{dept}）", en="{name} ({dept})")
DUPLICATE = T(
    zh="{name}的{what}已在交接中：{job}（{state}）。回复“{job} 进度”查看。",
    en="{name}'s {what} are already being handed over: {job} ({state}). Reply “status {job}” for details.",
)

STATE_LABELS: dict[str, T] = {
    "pending_approval": T(zh="待审批", en="awaiting approval"),
    "approved": T(zh="已批准", en="approved"),
    "running": T(zh="进行中", en="running"),
    "paused": T(zh="已暂停，稍后继续", en="paused, resuming later"),
    "submitted": T(zh="已提交，等待客户接替", en="submitted, waiting for takeovers"),
    "completed": T(zh="已完成", en="completed"),
    "completed_with_failures": T(zh="已完成，部分未接替", en="completed with failures"),
    "failed": T(zh="失败", en="failed"),
    "rejected": T(zh="已拒绝", en="rejected"),
    "cancelled": T(zh="已撤回", en="cancelled"),
    "expired": T(zh="已过期", en="expired"),
    "stopped": T(zh="已停止", en="stopped"),
}

CN_COUNTS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}
EN_COUNTS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten"}
