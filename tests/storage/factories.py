from __future__ import annotations

from typing import Any

from bot.models.jobs import JobDraft


def make_draft(**over: Any) -> JobDraft:
    base: dict[str, Any] = {
        "requester": "wangfang",
        "handover": "zhangwei",
        "takeover": "lina",
        "path": "resigned",
        "scope": ["customers", "groups"],
        "customer_count": 250,
        "group_count": 12,
        "transfer_success_msg": "您好，后续由李娜为您服务",
        "approvers": ["liuqiang"],
        "reason": "离职",
        "lang": "zh",
    }
    base.update(over)
    return JobDraft(**base)
