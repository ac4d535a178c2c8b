"""User-facing text in both languages. Handlers pick by the language the user wrote in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["zh", "en"]


@dataclass(frozen=True, slots=True)
class T:
    zh: str
    en: str

    def __call__(self, lang: Lang, **kw: object) -> str:
        return (self.zh if lang == "zh" else self.en).format(**kw)


HELP = T(
    zh=(
        "我是客户交接助手，可以这样说：\n"
        "· 把张伟的客户交接给李娜\n"
        "· 把张伟的客户和客户群交接给李娜\n"
        "· 陈静12月5日离职，开始离职清单\n"
        "· 进度 / 待审批 / 我的申请\n"
        "· 取消 H-1042\n"
        "· 张伟的交接记录\n"
        "· 我的清单 / 完成第3项\n"
        "· 权限审计（HR 管理员）"
    ),
    en=(
        "I hand over customers when people leave. Try:\n"
        "· hand over Zhang Wei's customers to Li Na\n"
        "· move Zhang Wei's customers and groups to Li Na\n"
        "· start offboarding for Chen Jing, last day Dec 5\n"
        "· status / pending approvals / my requests\n"
        "· cancel H-1042\n"
        "· records for zhangwei\n"
        "· my checklist / done 3\n"
        "· permission audit (HR admins)"
    ),
)
NOT_UNDERSTOOD = T(
    zh="没看懂这句话。{help}",
    en="Sorry, I didn't get that. {help}",
)
WELCOME = T(
    zh="你好，我是客户交接助手。发送“帮助”查看我能做什么。",
    en="Hi, I'm the handover assistant. Send “help” to see what I can do.",
)
TEXT_ONLY = T(
    zh="我只能读文字消息，请直接打字告诉我。",
    en="I can only read text messages — please type your request.",
)
DIALOG_CANCELLED = T(zh="好的，已取消。", en="OK, cancelled.")
# group chats (over the intelligent bot): only admins' @-mentions are requests; details go privately
GROUP_ADMINS_ONLY = T(
    zh="在群里只有管理员可以 @我 发起请求。有需要请私聊我，或联系 HR 管理员。",
    en="In group chats only admins can @ me with a request. Message me directly, or ask an HR admin.",
)
GROUP_ANSWERED_PRIVATELY = T(
    zh="收到，详情涉及客户信息，已私聊发给你。",
    en="Got it — the details involve customer information, so I've sent them to you privately.",
)
NOTHING_TO_CANCEL = T(
    zh="当前没有进行中的对话。要撤回交接，请说“取消 H-编号”。",
    en="There is nothing in progress to cancel. To withdraw a handover, say “cancel H-<number>”.",
)
DIALOG_EXPIRED = T(
    zh="这个问题已经过期了，请重新发起请求。",
    en="That question has expired — please send your request again.",
)
INTERNAL_ERROR = T(
    zh="抱歉，处理时出了点问题，已记录，请稍后再试。",
    en="Sorry, something went wrong on my side. It has been logged; please try again shortly.",
)
