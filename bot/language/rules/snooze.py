"""Postponing reminders: "remind me tomorrow", "明天再提醒我", "snooze until Monday".

Without a date ("remind me later", "稍后提醒我") the reminder moves to tomorrow: reminders go out
once a day anyway. "remind me to …" or "提醒张伟" are not snoozes (someone else / a new task)."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date
from ..intent import Slots
from ..utterance import Utterance, prepare

_EN = re.compile(
    r"^(?:(?:please|pls|kindly|can you|could you|先|就)\s*)?"
    r"(?:(?:remind|ping|nudge|ask|tell)\s+(?:me|us)(?:\s+again)?(?:\s+about\s+(?:it|this|that))?|"
    r"snooze(?:\s+(?:it|this|that|reminders?|the reminder))?|"
    # "defer this reminder until …", "postpone the reminder to Monday"
    r"(?:postpone|defer|push)(?:\s+(?:it|this|that|the|my))?(?:\s+remind(?:er)?s?)?|"
    r"remind\s+again|(?:maybe\s+)?later|ask\s+again)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# a part of the day says nothing more: reminders go out once a day
_EN_GLUE = re.compile(r"\b(?:until|till|til|to|on|at|again|later|please|in|by|for|the|first\s+thing|morning|"
                      r"afternoon|arvo|evening|night|noon|am|pm|ta|thanks|thank you|thx|cheers|mate|pls|plz|"
                      r"lah|leh|ah|ya|po|love|per favore|por favor|bitte|lutfen|s'il vous plait)\b|[\s,.!]|"
                      # "snooze 到 Dec 1", "先 snooze，12月7号再 ping 我": Chinese words in an English command
                      r"[到至在等再]|(?:ping|remind|提醒|叫)\s*(?:me|我)",
                      re.IGNORECASE)
_ZH_REMIND = re.compile(r"^(?P<pre>.*?)(?:再来|重新|再)?(?:提醒(?:我|俺|额|阿拉|侬|本宫|老子)|提醒|叫我|通知我|"
                        r"催我|找我|问我|提我|remind\s*我|"  # 提我: Cantonese and casual "remind me"
                        r"ping\s*我)"
                        r"(?:一下|一次|一声)?(?:就好|就行|就可以|就得|就ok)?"  # ("12/10 再通知我就好")
                        r"(?:吧|撒|噻|哈|啊|呀|哦|嘛|咯|喔|呗|哟|哒|啦|喇)?$")  # 撒/噻: southwest 'please'
_ZH_LATER = re.compile(r"^(?P<pre>.+?)再(?:说|讲|看|处理|弄)$")
# ("清单提醒推迟至…": the checklist's reminder)
_ZH_DEFER = re.compile(r"^(?:(?:这个|那个|这条|那条|(?:离职)?清单的?|checklist的?)?提醒)?(?:往后|向后)?"
                       r"(?:推迟|延后|延迟|延期|推到|延到|顺延|改到|挪到|推)(?:到|至)?(?P<pre>.+?)"
                       r"(?:再)?(?:提醒我?)?$")
# Vague "later" words: they mean "not now", resolved to tomorrow.
_ZH_VAGUE = re.compile(r"^(?:稍后|晚点|晚些|晚一点|过会儿?|等会儿?|等一下|回头|改天|以后|之后|下次|过一阵|等歇|晏歇|"
                       r"晏啲|晚啲|等阵)$")  # 等歇/晏歇: Wu; 晏啲/晚啲/等阵: Cantonese
# why not now, said after it ("…，在开会", ", in a meeting"): says nothing about when
_REASON = re.compile(r"[,，]\s*(?:我)?(?:今天|现在|这会儿?)?(?:在|正在|辣海|喺度|还在)?\s*"
                     r"(?:开会|忙|开车|外面|出差|路上|上课|面试客户)\S{0,4}$|"
                     r",\s*(?:(?:right\s+)?now\s+|today\s+)?(?:i'?m\s+|i\s+am\s+)?"
                     r"(?:in a meeting|in meeting|busy|driving|"
                     r"out (?:for|on) (?:a )?(?:client|customer) (?:visit|meeting)s?|out of (?:the )?office|"
                     r"on the road|in transit|flat out|swamped|"
                     r"snowed under|tied up)(?:\s+(?:right now|atm|today|at the moment))?\W*$", re.IGNORECASE)
_ZH_GLUE = re.compile(r"那天|那时候?|到时候?|再说|一早|早上|上午|中午|下午|傍晚|晚上|[再到在等于的时候先,]")


def _when(rest: str, glue: re.Pattern[str], today: dt.date, zh: bool) -> dt.date | None:
    """The date `rest` names (tomorrow when it only says "later"); None if it says more."""
    if not glue.sub("", rest):
        return today + dt.timedelta(days=1)
    if zh and (_ZH_VAGUE.match(rest) or _ZH_VAGUE.match(glue.sub("", rest))):
        return today + dt.timedelta(days=1)
    found = find_date(rest, today)
    if found is None:
        return None
    leftover = rest[: found.start] + rest[found.end:]
    return found.value if not glue.sub("", leftover) else None


def snooze(u: Utterance) -> Slots | None:
    reason = _REASON.search(u.text)
    if reason is not None and reason.start() > 0:
        u = prepare(u.text[: reason.start()], u.today)
    until: dt.date | None = None
    match = _EN.match(u.text)
    if match and not re.match(r"\s*to\b(?!\s+(?:next|this|mon|tue|wed|thu|fri|sat|sun|tomorrow|"
                              r"\d))", match["rest"], re.IGNORECASE):
        until = _when(match["rest"], _EN_GLUE, u.today, zh=False)
    else:
        for pattern in (_ZH_REMIND, _ZH_LATER, _ZH_DEFER):
            match = pattern.match(u.tight)
            if match:
                # (a date in the last clause wins: "今天忙不过来，下礼拜一再提醒我"; else the whole message's,
                # "12月2号再说，到时提醒我")
                pre, last = match["pre"], re.split(r"[,，]", match["pre"])[-1]
                until = _when(last if find_date(last, u.today) is not None else pre, _ZH_GLUE, u.today, zh=True)
                if until is not None:
                    break
    return {"until": until.isoformat()} if until else None
