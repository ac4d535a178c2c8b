"""Asking for the permission audit: "权限审计", "做一次权限审计", "permission audit",
"run the permission audit". The whole message must be the request (no other subject), so a
sentence that merely mentions an audit is not one."""

from __future__ import annotations

import re

from ..first_chars import skipping
from ..intent import Slots
from ..utterance import Utterance

_ZH = skipping(re.compile(r"^(?:请|帮我|麻烦|我要|我想)?(?:做|跑|运行|执行|进行|发起|开始|生成|来|看|查看|出|给我)?"
                          r"(?:一下|一次|一个|个|下|份|一份)?(?:本月|这个月|每月|月度)?的?"
                          r"(?:权限审计|权限核查|权限检查|权限审查|审计权限|核查权限)(?:报告|一下|吧|了)?$"))
_EN = skipping(re.compile(r"^(?:please\s+)?(?:(?:can|could)\s+you\s+)?(?:run|do|start|make|generate|perform|"
                          r"show(?:\s+me)?|"
                          r"give\s+me|send(?:\s+me)?)?\s*(?:a|an|the|this\s+month'?s|the\s+monthly|monthly)?\s*"
                          r"(?:monthly\s+)?(?:permissions?|access)\s+(?:audit|review)(?:\s+(?:now|please|report))?$",
                          re.IGNORECASE))


def permission_audit(u: Utterance) -> Slots | None:
    text = u.text.strip().rstrip(".!?。！？ ")
    if _ZH.match(u.tight.rstrip(".!?。！？ ")) or _EN.match(text):
        return {}
    return None
