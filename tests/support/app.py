"""Start the bot app the way production does, on the test session's real Redis."""

from __future__ import annotations

from typing import Any

from bot.settings import Settings
from tests.support.wire import AES_KEY, AGENT_ID, CORP_ID, SECRET, TOKEN


def make_settings(api_base: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "WECOM_CORP_ID": CORP_ID,
        "WECOM_AGENT_ID": AGENT_ID,
        "WECOM_SECRET": SECRET,
        "WECOM_TOKEN": TOKEN,
        "WECOM_AES_KEY": AES_KEY,
        "WECOM_API_BASE": api_base,
        "HANDOVER_ADMINS": "wangfang,tangyue",
        "HANDOVER_LOG_FORMAT": "text",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]
