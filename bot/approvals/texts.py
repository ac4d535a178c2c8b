"""What the approval flow and the job commands say, in Chinese and English."""

from __future__ import annotations

from bot.texts import T

# --- the card -------------------------------------------------------------------------------
CARD_SOURCE = T(zh="客户交接助手", en="Handover assistant")
CARD_TITLE = T(zh="客户交接审批 {job}", en="Handover approval {job}")
CARD_TITLE_L2 = T(zh="客户交接复核 {job}", en="Handover review {job}")
CARD_COUNTS = T(zh="{path}：{counts}", en="{path}: {counts}")
CARD_REQUESTER = T(zh="发起人：{name}", en="Requested by {name}")
CARD_REASON = T(zh="原因：{reason}", en="Reason: {reason}")
CARD_TWO_PERSON = T(
    zh="{why}，{first}同意后还需{second}复核",
    en="{why}: after {first} approves, {second} reviews it too",
)
# why the second approver (bot/approvals/reasons.py); joined by "、" / " and "
WHY_OVER = T(zh="超过 {limit} 位客户", en="over {limit} customers")
WHY_IMPORTANT = T(zh="含 {n} 位重要客户（{labels}）", en="{n} important customers ({labels})")
WHY_IMPORTANT_ONE = T(zh="含 {n} 位重要客户（{labels}）", en="{n} important customer ({labels})")
WHY_NO_BACKUP = T(
    zh="{name}离职前没有客户备份，无法确认是否含重要客户",
    en="{name}'s customers were not backed up before they left, so important ones can't be ruled out",
)
WHY_UNREADABLE = T(
    zh="暂时读不到{name}客户的标签，无法确认是否含重要客户",
    en="{name}'s customer tags can't be read right now, so important ones can't be ruled out",
)
WHY_UNCOVERED = T(
    zh="{n} 位客户不在备份中，无法确认是否重要",
    en="{n} customers are not in the backup, so they can't be checked",
)
IMPORTANT_NAMES = T(zh="重要客户（{labels}）：{names}", en="Important customers ({labels}): {names}")
IMPORTANT_NAMES_MORE = T(
    zh="重要客户（{labels}）：{names} 等，共 {n} 位", en="Important customers ({labels}): {names} and {more} more"
)
CARD_LEVEL2_NOTE = T(zh="{first}已于 {when} 同意，请复核", en="{first} approved at {when}; please review")
KEY_HANDOVER = T(zh="交出人", en="From")
KEY_TAKEOVER = T(zh="接替人", en="To")
KEY_CUSTOMERS = T(zh="客户", en="Customers")
KEY_GROUPS = T(zh="客户群", en="Groups")
KEY_PATH = T(zh="方式", en="Path")
KEY_REQUESTER = T(zh="发起人", en="Requester")
BUTTON_APPROVE = T(zh="同意", en="Approve")
BUTTON_REJECT = T(zh="拒绝", en="Reject")
N_CUSTOMERS = T(zh="{n} 位客户", en="{n} customers")
N_GROUPS = T(zh="{n} 个客户群", en="{n} customer groups")
PATH_RESIGNED = T(zh="离职继承", en="Resigned-member handover")
PATH_ONJOB = T(zh="在职继承", en="On-the-job handover")
PERSON_DEPT = T(zh="{name}（{dept}）", en="{name} ({dept})")
PERSON_DEPT_LEFT = T(zh="{name}（{dept}，已离职）", en="{name} ({dept}, left)")
PERSON_LEFT = T(zh="{name}（已离职）", en="{name} (left)")
LIST_SEP = T(zh="、", en=", ")
OR_SEP = T(zh="或", en=" or ")

# --- frozen card buttons (replace_text) -------------------------------------------------------
FROZEN_APPROVED = T(zh="已同意 · {name} · {when}", en="Approved · {name} · {when}")
FROZEN_REJECTED = T(zh="已拒绝 · {name} · {when}", en="Rejected · {name} · {when}")
FROZEN_CANCELLED = T(zh="已撤回 · {name} · {when}", en="Withdrawn · {name} · {when}")
FROZEN_EXPIRED = T(zh="已过期 · {when}", en="Expired · {when}")
# the card could not be updated (clicked in the app, or the bot's 5 s update window passed)
CARD_DECIDED = T(zh="审批卡片 {job} 已处理：{state}", en="Approval card {job} is settled: {state}")

# --- filing -------------------------------------------------------------------------------------
SUCCESS_MSG = T(
    zh="您好，我是{name}，之后由我继续为您服务。",
    en="Hello, this is {name}. I will be looking after you from now on.",
)
REFUSE_NO_APPROVER = T(
    zh="找不到可以审批这次交接的人：{who}不能审批自己参与的交接，也没有配置其他审批人。"
    "请联系管理员设置 HANDOVER_APPROVERS。",
    en="Nobody can approve this handover: {who} may not approve a handover they take part in, and no "
    "other approver is configured. Ask an administrator to set HANDOVER_APPROVERS.",
)
REFUSE_NO_APPROVER_CONFIG = T(
    zh="{name}没有直属上级，也没有配置审批人，无法提交审批。请联系管理员设置 HANDOVER_APPROVERS。",
    en="{name} has no direct leader and no approver is configured, so nobody can approve this. "
    "Ask an administrator to set HANDOVER_APPROVERS.",
)
REFUSE_NO_SECOND = T(
    zh="{why}的交接需要两位不同的审批人，但只找到{who}。请联系管理员在 HANDOVER_APPROVERS 中再加一位复核人。",
    en="A handover {why} needs two different approvers, but only {who} can "
    "approve it. Ask an administrator to add a reviewer to HANDOVER_APPROVERS.",
)
REFUSE_WHY_OVER = T(zh="超过 {limit} 位客户", en="of more than {limit} customers")
REFUSE_WHY_IMPORTANT = T(
    zh="含重要客户（或无法确认是否含重要客户）", en="with important customers (or that can't be checked)"
)
REFUSE_INVALID = T(zh="这个交接请求不完整：{why}", en="This handover request is incomplete: {why}")
REFUSE_SAME_PERSON = T(zh="交出人和接替人不能是同一个人。", en="The two people must be different members.")
REFUSE_CARD_FAILED = T(
    zh="审批卡片没能发给{who}（企业微信返回错误 {errcode}），交接 {job} 已撤回。请确认审批人在应用可见范围内后重试。",
    en="The approval card could not reach {who} (WeCom error {errcode}), so {job} was withdrawn. "
    "Check that the approver can see the app, then try again.",
)
REFUSE_GONE = T(zh="刚才的交接请求已不存在，请重新发起。", en="That request no longer exists; please start again.")

# --- clicks ---------------------------------------------------------------------------------------
ALREADY_APPROVED = T(zh="{job} 已由{name}于 {when} 同意。", en="{job} was already approved by {name} at {when}.")
ALREADY_APPROVED_L1 = T(
    zh="{job} 已由{name}于 {when} 同意，正在等待{second}复核。",
    en="{job} was already approved by {name} at {when}; waiting for {second} to review it.",
)
ALREADY_REJECTED = T(zh="{job} 已由{name}于 {when} 拒绝。", en="{job} was already rejected by {name} at {when}.")
ALREADY_CANCELLED = T(zh="{job} 已由{name}于 {when} 撤回。", en="{job} was withdrawn by {name} at {when}.")
ALREADY_EXPIRED = T(zh="{job} 的审批已于 {when} 过期。", en="The approval of {job} expired at {when}.")
NOT_APPROVER = T(zh="你不是这个交接的审批人。", en="You are not an approver of this handover.")
INVOLVED = T(
    zh="你参与了 {job}（发起人、交出人或接替人），不能审批它。",
    en="You take part in {job} (as requester, from or to), so you cannot approve it.",
)
SAME_APPROVER = T(
    zh="你已在第一级同意了 {job}，复核需要另一位审批人。",
    en="You approved {job} at the first level; the review needs a different approver.",
)
STALE_CARD = T(zh="这张卡片已失效。", en="This card is no longer valid.")
YOU = T(zh="你", en="you")
SYSTEM = T(zh="系统", en="the system")

APPROVED_YOU = T(zh="已同意 {job}。", en="You approved {job}.")
APPROVED_L1_YOU = T(zh="已同意 {job}，已请{second}复核。", en="You approved {job}; {second} will review it now.")
REJECTED_ASK_REASON = T(
    zh="已拒绝 {job}。要告诉{requester}原因吗？直接回复原因，或回复“跳过”。",
    en="You rejected {job}. Want to tell {requester} why? Reply with the reason, or “skip”.",
)
REJECT_REASON_SENT = T(zh="已把原因转告{requester}。", en="I passed your reason on to {requester}.")
REJECT_NO_REASON_SENT = T(zh="好的，已通知{requester}。", en="OK, {requester} has been told.")

# --- to the requester -----------------------------------------------------------------------------
TO_REQUESTER_APPROVED = T(
    zh="{job} 已获批准（{names}），开始交接。", en="{job} is approved ({names}). Starting the handover."
)
TO_REQUESTER_L1 = T(
    zh="{job} 已由{first}同意，正在等待{second}复核。",
    en="{first} approved {job}; waiting for {second} to review it.",
)
TO_REQUESTER_REJECTED = T(zh="{job} 被{name}拒绝。", en="{job} was rejected by {name}.")
TO_REQUESTER_REJECTED_REASON = T(
    zh="{job} 被{name}拒绝，原因：{reason}", en="{job} was rejected by {name}. Reason: {reason}"
)
TO_REQUESTER_EXPIRED = T(
    zh="{job} 的审批在 {hours} 小时内无人处理，已自动关闭，客户没有转移。如仍需交接，请重新发起。",
    en="Nobody acted on {job} within {hours} hours, so it was closed; no customers moved. "
    "Send the request again if it is still needed.",
)
TO_REQUESTER_CANCELLED_BY = T(zh="{job} 已被{name}撤回。", en="{job} was withdrawn by {name}.")
TO_REQUESTER_STOPPED_BY = T(
    zh="{job} 已被{name}停止：当前这一批完成后不再继续，已转移的客户保持不变。",
    en="{name} stopped {job}: it ends after the current batch; what already moved stays moved.",
)

# --- to approvers ---------------------------------------------------------------------------------
REMINDER = T(
    zh="提醒：{job}（{handover} → {takeover}，{counts}）还在等你审批，{hours} 小时后过期。请在之前的审批卡片上处理。",
    en="Reminder: {job} ({handover} → {takeover}, {counts}) still needs your approval; it expires in "
    "{hours} hours. Please use the approval card sent earlier.",
)
APPROVERS_EXPIRED = T(
    zh="{job} 的审批已过期，卡片上的按钮不再有效，无需处理。",
    en="The approval of {job} has expired; the card's buttons no longer work. Nothing to do.",
)
APPROVERS_CANCELLED = T(
    zh="{job} 已被{name}撤回，卡片上的按钮不再有效，无需处理。",
    en="{job} was withdrawn by {name}; the card's buttons no longer work. Nothing to do.",
)

# --- job commands -----------------------------------------------------------------------------------
STATE_WORDS: dict[str, T] = {
    "pending_approval": T(zh="等待审批", en="waiting for approval"),
    "approved": T(zh="已批准，等待执行", en="approved, about to start"),
    "running": T(zh="正在转移", en="moving customers"),
    "paused": T(zh="暂停中（稍后自动继续）", en="paused (resumes by itself)"),
    "submitted": T(zh="已提交，等待客户接替结果", en="submitted, waiting for customers' takeover"),
    "completed": T(zh="已完成", en="completed"),
    "completed_with_failures": T(zh="已完成（部分未接替）", en="completed, some not taken over"),
    "failed": T(zh="失败", en="failed"),
    "rejected": T(zh="已拒绝", en="rejected"),
    "cancelled": T(zh="已撤回", en="withdrawn"),
    "expired": T(zh="审批已过期", en="approval expired"),
    "stopped": T(zh="已停止", en="stopped"),
}
STATUS_HEAD = T(zh="{job} · {state}", en="{job} · {state}")
STATUS_PEOPLE = T(zh="{handover} → {takeover}", en="{handover} → {takeover}")
STATUS_REQUESTED = T(zh="发起人：{name} · {when}", en="Requested by {name} · {when}")
STATUS_APPROVERS = T(zh="审批人：{names}", en="Approvers: {names}")
STATUS_APPROVERS_L2 = T(zh="审批人：{names}；复核：{second}", en="Approvers: {names}; review: {second}")
STATUS_APPROVAL = T(zh="{name} 已同意（{when}）", en="{name} approved ({when})")
STATUS_WAITING = T(zh="等待{names}{action}", en="waiting for {names} to {action}")
ACTION_APPROVE = T(zh="审批", en="approve")
ACTION_REVIEW = T(zh="复核", en="review")
STATUS_REJECTED = T(zh="{name} 于 {when} 拒绝", en="Rejected by {name} at {when}")
STATUS_REASON = T(zh="原因：{reason}", en="Reason: {reason}")
STATUS_CLOSED_BY = T(zh="{name} 于 {when} 撤回", en="Withdrawn by {name} at {when}")
STATUS_EXPIRED_AT = T(zh="于 {when} 过期", en="Expired at {when}")
STATUS_EXEC = T(
    zh="进度：已发起 {started}，已接替 {taken}，拒绝 {refused}，达上限 {capped}，失败 {failed}",
    en="Progress: {started} started, {taken} taken over, {refused} refused, {capped} at the cap, {failed} failed",
)
STATUS_LINE = T(
    zh="{job} {handover} → {takeover} · {counts} · {state}", en="{job} {handover} → {takeover} · {counts} · {state}"
)
STATUS_NONE = T(
    zh="你目前没有参与任何交接。要发起交接，请说“把张伟的客户交接给李娜”。",
    en="You are not part of any handover yet. To start one, say “hand over Zhang Wei's customers to Li Na”.",
)
STATUS_RECENT = T(zh="你参与的交接（最近 {n} 个）：", en="Your handovers (latest {n}):")
STATUS_ABOUT = T(zh="{name}的交接：", en="Handovers of {name}:")
STATUS_ABOUT_NONE = T(zh="没有找到{name}的交接。", en="I found no handover of {name}.")
NO_SUCH_JOB = T(zh="没有找到 {job}，或你没有参与这个交接。", en="I can't find {job}, or you are not part of it.")
WHO_UNKNOWN = T(zh="通讯录里没有找到“{name}”。", en="I can't find “{name}” in the directory.")
WHO_AMBIGUOUS = T(
    zh="“{name}”对应多位同事：{names}。请用交接编号查询，例如“H-1042 进度”。",
    en="“{name}” matches several people: {names}. Ask by job id instead, e.g. “status H-1042”.",
)
MORE = T(zh="…还有 {n} 个", en="…and {n} more")

LIST_PENDING = T(zh="等你审批的交接（{n} 个）：", en="Waiting for your approval ({n}):")
LIST_PENDING_NONE = T(zh="目前没有等你审批的交接。", en="Nothing is waiting for your approval.")
LIST_MINE = T(zh="你发起的交接（{n} 个）：", en="Your requests ({n}):")
LIST_MINE_NONE = T(zh="你还没有发起过交接。", en="You have not requested any handover.")
LIST_ALL = T(zh="进行中的交接（{n} 个）：", en="Handovers in progress ({n}):")
LIST_ALL_NONE = T(zh="目前没有进行中的交接。", en="No handover is in progress.")
LIST_ALL_NOT_ADMIN = T(
    zh="只有 HR 管理员可以查看全部交接；下面是你参与的：",
    en="Only HR admins can see every handover; here are yours:",
)

CANCEL_DONE = T(zh="已撤回 {job}，客户不会转移。", en="{job} is withdrawn; no customers will move.")
CANCEL_STOPPING = T(
    zh="{job} 会在当前这一批完成后停止，已经转移的客户保持不变。停止后我会告诉你结果。",
    en="{job} will stop after the current batch; what already moved stays moved. I'll report when it has stopped.",
)
CANCEL_NOT_ALLOWED = T(
    zh="只有发起人（{requester}）或 HR 管理员可以撤回 {job}。",
    en="Only the requester ({requester}) or an HR admin can withdraw {job}.",
)
CANCEL_TOO_LATE_SUBMITTED = T(
    zh="{job} 已全部提交给企业微信，无法撤回；客户会在 24 小时内完成接替或拒绝。",
    en="{job} has been fully submitted to WeCom and can't be withdrawn; customers accept or refuse within 24 hours.",
)
CANCEL_NOT_PENDING = T(
    zh="{job} 现在是“{state}”，不再等待审批，不能改了；没有提交新的交接。",
    en="{job} is now “{state}”, no longer waiting for approval, so it can't be changed; nothing new was filed.",
)
CANCEL_FINAL = T(zh="{job} 已经{state}，不需要撤回。", en="{job} is already {state}; nothing to withdraw.")
