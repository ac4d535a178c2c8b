"""Exactly-once evidence read from the sandbox's own call log (``world.calls``)."""

from __future__ import annotations

from collections import Counter

from bot.sandbox import SandboxWorld

CUSTOMER_ENDPOINTS = ("externalcontact/resigned/transfer_customer", "externalcontact/transfer_customer")
GROUP_ENDPOINTS = ("externalcontact/groupchat/transfer", "externalcontact/groupchat/onjob_transfer")


def accepted_customers(world: SandboxWorld) -> Counter[str]:
    """How often the platform ANSWERED errcode 0 for each customer (answers lost in transit count:
    the sandbox logs what it did, not what the client received)."""
    seen: Counter[str] = Counter()
    for call in world.calls:
        if call.endpoint in CUSTOMER_ENDPOINTS and call.errcode == 0:  # injected errors are never 0
            for row in call.response.get("customer", []):
                if row.get("errcode") == 0:
                    seen[row["external_userid"]] += 1
    return seen


def moved_groups(world: SandboxWorld) -> Counter[str]:
    seen: Counter[str] = Counter()
    for call in world.calls:
        if call.endpoint in GROUP_ENDPOINTS and call.errcode == 0:
            failed = {f["chat_id"] for f in call.response.get("failed_chat_list", [])}
            for chat_id in call.body.get("chat_id_list", []):
                if chat_id not in failed:
                    seen[chat_id] += 1
    return seen
