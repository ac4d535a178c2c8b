"""The offboarding checklist: show it, tick an item, untick an item.

Decision for a bare "done" / "完成了" (no item number): action "done" with item None. The words
still say "I finished something"; the handler knows the open items and can tick the only one
left or show the list and ask which. A bare "第3项" is a choice (see replies), not a tick."""

from __future__ import annotations

import re

from ..intent import Slots
from ..text import CN_NUMBER, CN_NUMERALS, clean_mention, plausible_zh_name, to_int
from ..utterance import Utterance
from ..words import join, merge_phrases, runs_between, tokenize

_N = rf"(?P<n>\d{{1,3}}|{CN_NUMBER})"
_ITEM_EN = rf"(?:(?:item|task|step|no\.?|number|point)\s*)?#?\s*{_N}"
_DONE_EN = r"(?:done|complete|completed|finish|finished|ok|checked|ticked)"
_EN_RULES = (
    (re.compile(rf"^(?:i\s+)?(?:have\s+|'ve\s+)?(?:done|did|complete|completed|finish|finished|"
                rf"check(?:ed)?(?:\s+off)?|tick(?:ed)?(?:\s+off)?|close|closed)\s+{_ITEM_EN}$"), "done"),
    (re.compile(rf"^(?:mark|set)\s+{_ITEM_EN}\s+(?:as\s+)?{_DONE_EN}$"), "done"),
    (re.compile(rf"^{_ITEM_EN}\s+(?:is\s+|was\s+)?(?:now\s+)?{_DONE_EN}$"), "done"),
    (re.compile(rf"^(?:undo|uncheck|untick|reopen|unmark|revert|unfinish)\s+{_ITEM_EN}$"), "undo"),
    (re.compile(rf"^(?:mark|set)\s+{_ITEM_EN}\s+(?:as\s+)?(?:not\s+done|undone|incomplete|open|"
                rf"todo|unfinished|not\s+finished)$"), "undo"),
    (re.compile(rf"^{_ITEM_EN}\s+(?:is\s+)?(?:not\s+(?:done|finished|complete)|undone|incomplete)"
                rf"(?:\s+yet)?$"), "undo"),
)
_ITEM_ZH = rf"第?\s*{_N}\s*(?:项|条|个|步|点)?"
# Cancel words double as "untick" only with an explicit item marker (第…项), so "取消3" stays
# a job cancellation.
_ITEM_ZH_MARKED = rf"(?=第|[\d{CN_NUMERALS}]+\s*[项条步]){_ITEM_ZH}"
_ZH_RULES = (
    (re.compile(rf"^(?:我)?(?:已经|已)?(?:完成|做完|搞定|弄好|处理完|办完|勾选|勾上|打勾|标记完成|"
                rf"勾掉)(?:了)?{_ITEM_ZH}(?:了)?$"), "done"),
    (re.compile(rf"^{_ITEM_ZH}(?:已经|已|都)?(?:完成|做完|搞定|好|弄好|处理完|办完|办毕|办结|办妥|ok|OK|完毕|结束)(?:了)?$"),
     "done"),
    (re.compile(rf"^(?:撤销|取消|撤回|取消勾选|取消完成|重新打开|恢复|反勾选|去掉勾)(?:了)?{_ITEM_ZH_MARKED}"
                rf"(?:的勾|的完成)?$"), "undo"),
    (re.compile(rf"^{_ITEM_ZH}(?:其实)?(?:没有|没|未|还没|还未|并没有|尚未)(?:完成|做完|做|搞定|弄好)(?:了)?$"),
     "undo"),
    (re.compile(rf"^{_ITEM_ZH_MARKED}(?:撤销|取消|重做|恢复|未完成|没完成)$"), "undo"),
)
_DONE_ALONE = re.compile(
    r"^(?:done|all done|finished|i'?m done|i am done|完成了?|做完了|搞定了?|都?弄好了|全部完成了?|"
    r"都完成了?|已完成|已经完成了?|都做完了)$",
    re.IGNORECASE,
)
_UNDO_ALONE = re.compile(r"^(?:undo|uncheck|untick|撤销勾选)$", re.IGNORECASE)
_ZH_SHOW = re.compile(
    r"^(?:查看|看看|看一下|看下|打开|显示|给我看|发我)?(?P<who>.*?)(?:的)?(?:离职)?(?:交接)?"
    r"(?:清单|待办|待办事项|检查清单|任务清单)(?:还剩什么|还有哪些|里还有什么)?$",
)
_EN_SHOW_WORDS = frozenset({"checklist", "todo", "to-do", "todos", "to-dos"})
_EN_SHOW_GLUE = frozenset({"show", "me", "my", "the", "of", "for", "see", "view", "open", "get",
                           "offboarding", "list", "what's", "whats", "what", "is", "left", "on",
                           "in", "remaining", "items", "display", "check", "current", "exit", "do",
                           "to", "checklist", "todo", "to-do", "todos", "to-dos", "send"})
# "开始离职清单" is a request to start offboarding (offboard rule), never a member "开始".
_NOT_A_NAME = re.compile(r"[.\d]|发起|启动|新建|建立|生成|办理")
_SELF = frozenset({"我", "我自己", "自己", "me", "my", "myself", "i"})


def _member(raw: str | None) -> str | None:
    member = clean_mention(raw)
    return None if member is None or member.lower() in _SELF else member


def checklist(u: Utterance) -> Slots | None:
    for pattern, action in _EN_RULES:
        match = pattern.match(u.low)
        if match:
            return {"action": action, "item": to_int(match["n"]), "member": None}
    for pattern, action in _ZH_RULES:
        match = pattern.match(u.tight)
        if match:
            return {"action": action, "item": to_int(match["n"]), "member": None}
    if _DONE_ALONE.match(u.tight):
        return {"action": "done", "item": None, "member": None}
    if _UNDO_ALONE.match(u.tight):
        return {"action": "undo", "item": None, "member": None}
    match = _ZH_SHOW.match(u.tight)
    if match and not _NOT_A_NAME.search(match["who"]) and plausible_zh_name(match["who"]):
        return {"action": "show", "item": None, "member": _member(match["who"])}
    return _show_en(u)


def _show_en(u: Utterance) -> Slots | None:
    tokens = merge_phrases(tokenize(u.text))
    if not any(t.low in _EN_SHOW_WORDS for t in tokens) and not re.search(r"\bto do list\b", u.low):
        return None
    runs, clean = runs_between(tokens, _EN_SHOW_GLUE)
    if not clean or len(runs) > 1 or (runs and len(runs[0]) > 4):
        return None  # words we cannot place: not a plain "show the checklist"
    return {"action": "show", "item": None, "member": _member(join(runs[0])) if runs else None}
