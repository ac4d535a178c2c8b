"""WeCom server API client (see bot.wecom.client.WeComClient)."""

from bot.wecom.cards import (
    ButtonInteractionCard,
    MultipleInteractionCard,
    TemplateCard,
    TextNoticeCard,
    VoteInteractionCard,
)
from bot.wecom.client import WeComClient
from bot.wecom.contacts import CustomerDetail, GroupChat, GroupChatRef, UnassignedCustomer
from bot.wecom.core import OnCall, api_session
from bot.wecom.directory import Department, Member, SimpleMember
from bot.wecom.errors import (
    ErrorKind,
    MessageBudgetExceeded,
    WeComAPIError,
    WeComTransportError,
    classify,
)
from bot.wecom.messages import SendResult, UpdateResult, truncate_utf8
from bot.wecom.policy import RateLimits, RetryPolicy
from bot.wecom.transfers import CustomerTransferOutcome, GroupTransferFailure, TransferResult
from storage.ratelimit import Window

__all__ = [
    "ButtonInteractionCard",
    "CustomerDetail",
    "CustomerTransferOutcome",
    "Department",
    "ErrorKind",
    "GroupChat",
    "GroupChatRef",
    "GroupTransferFailure",
    "Member",
    "MessageBudgetExceeded",
    "MultipleInteractionCard",
    "OnCall",
    "RateLimits",
    "RetryPolicy",
    "SendResult",
    "SimpleMember",
    "TemplateCard",
    "TextNoticeCard",
    "TransferResult",
    "UnassignedCustomer",
    "UpdateResult",
    "VoteInteractionCard",
    "WeComAPIError",
    "WeComClient",
    "WeComTransportError",
    "Window",
    "api_session",
    "classify",
    "truncate_utf8",
]
