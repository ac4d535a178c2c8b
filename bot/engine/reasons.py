"""Why a customer or group did not move, in words (zh/en): platform errcodes (API.md §8, §9) and
the engine's own reason codes. People never see an errcode alone."""

from __future__ import annotations

from typing import Final

from bot.texts import Lang, T

# Reason codes the engine sets itself (stored in the item's ``r``).
NOT_IN_SNAPSHOT: Final = "not_in_snapshot"
ONJOB_90_DAYS: Final = "onjob_90_days"
STOPPED: Final = "stopped"
UNKNOWN_OUTCOME: Final = "unknown_outcome"
REFUSED: Final = "customer_refused"
CAPPED: Final = "customer_limit_exceed"
NO_RECORD: Final = "no_record"
GROUP_ELSEWHERE: Final = "group_elsewhere"
NOT_IN_SPLIT: Final = "not_in_split"

_BY_CODE: Final[dict[str | int, T]] = {
    NOT_IN_SNAPSHOT: T("已不在交出人的待分配名单中", "no longer among the handover member's customers"),
    ONJOB_90_DAYS: T("90 天内已转接过 2 次（平台上限）", "already transferred twice in 90 days (platform limit)"),
    STOPPED: T("交接已停止，未发送", "not sent: the handover was stopped"),
    UNKNOWN_OUTCOME: T("停止时结果未知，以平台记录为准", "outcome unknown at stop; the platform's record decides"),
    REFUSED: T("客户拒绝了接替", "the customer declined the takeover"),
    CAPPED: T("接替成员客户数已达上限", "the takeover member has reached the customer limit"),
    NO_RECORD: T("平台没有这次接替的记录", "the platform has no record of this transfer"),
    GROUP_ELSEWHERE: T("群已由其他人接手", "the group already has another new owner"),
    NOT_IN_SPLIT: T("审批后才加入，不在已批准的分配中", "added after the approval: not in the approved split"),
    40096: T("客户 ID 无效或不在可见范围", "invalid customer id or customer not visible"),
    40097: T("交出人尚未离职，应使用在职继承", "the handover member has not left; use the on-job handover"),
    40098: T("接替成员未实名认证", "the takeover member is not real-name verified"),
    40099: T("接替成员客户数已达上限", "the takeover member has reached the customer limit"),
    40100: T("客户已在其他交接流程中", "the customer is already in another transfer"),
    40128: T("90 天内已转接过 2 次（平台上限）", "already transferred twice in 90 days (platform limit)"),
    40129: T("客户正在交接中", "the customer is being transferred"),
    40130: T("交出人与接替人相同", "handover and takeover are the same member"),
    40131: T("交出人已不是该客户的跟进人", "the handover member no longer follows this customer"),
    40143: T("接替成员已被封禁", "the takeover member is banned"),
    40003: T("成员账号无效", "invalid member account"),
    41054: T("接替成员未激活或已禁用", "the takeover member is not activated or is disabled"),
    60011: T("接替成员不在应用可见范围内", "the takeover member is outside the app's visibility"),
    60111: T("成员不存在或已离职", "the member does not exist or has left"),
    84061: T("已不是好友关系", "no longer a contact of the member"),
    84074: T("接替成员未开通客户联系", "the takeover member is not enabled for customer contact"),
    48002: T("应用没有客户联系接口权限", "the app may not call the customer-contact APIs"),
    90500: T("群主尚未离职", "the group owner has not left"),
    90501: T("不是客户群", "not a customer group"),
    90502: T("群主已离职，应使用离职继承", "the group owner has left; use the resigned handover"),
    90503: T("群成员已满，需在客户端确认", "the group is full and needs confirmation in the app"),
    90504: T("群主未变化", "the group owner did not change"),
    90507: T("群正在被继承", "the group is being inherited"),
    90508: T("群已被继承", "the group was already inherited"),
    90509: T("不是企业微信客户群", "not a WeCom customer group"),
    45009: T("平台频率限制", "platform rate limit"),
}


def reason_text(code: str | int | None, lang: Lang) -> str:
    if code is None:
        return ""
    known = _BY_CODE.get(code)
    if known is None and isinstance(code, str) and code.lstrip("-").isdigit():
        known = _BY_CODE.get(int(code))
    if known is not None:
        return known(lang)
    return f"平台拒绝（错误码 {code}）" if lang == "zh" else f"refused by the platform (errcode {code})"


STATUS_WORDS: Final[dict[str, T]] = {
    "pending": T("待发送", "not sent yet"),
    "inflight": T("发送中", "being sent"),
    "started": T("等待接替", "waiting for takeover"),
    "deferred": T("改日转移", "moved to another day"),
    "moved": T("已转移", "moved"),
    "taken_over": T("已接替", "taken over"),
    "refused": T("客户拒绝", "refused"),
    "capped": T("达到上限", "at customer limit"),
    "no_record": T("无接替记录", "no record"),
    "failed": T("未能发起", "failed"),
    "skipped": T("已跳过", "skipped"),
}


def status_text(status: str, lang: Lang) -> str:
    words = STATUS_WORDS.get(status)
    return words(lang) if words else status
