"""Following handover jobs: status, list, cancel, records — and a bare job id ("H-1042").

Each reads "what is asked about" structurally: a job id, a person, or nothing (= mine / all).
A leftover word that is neither makes the rule decline, so chit-chat that happens to contain
"status" or "记录" does not become a command."""

from __future__ import annotations

import re

from ..intent import Slots
from ..jobs import find_job, job_from_number
from ..text import clean_mention, plausible_zh_name
from ..utterance import Utterance
from ..words import JOB_MARK, Token, join, merge_phrases, runs_between, tokenize

_SELF = frozenset({"我", "我自己", "自己", "me", "my", "myself", "i", "mine"})


def _about_zh(raw: str) -> tuple[str | None, str | None] | None:
    """(job, member) named by a Chinese phrase like "张伟", "H-12", "12", "我"; None if neither."""
    text = raw.strip(" ,").removeprefix("第")
    job = None
    found = find_job(text)
    if found is not None:
        job, text = found.value, text[: found.start] + text[found.end:]
    elif text.isdigit():
        return job_from_number(text), None
    text = re.sub(r"^(?:关于|有关)|(?:的|那个|这个)$", "", text.strip(" ,"))
    text = re.sub(r"(?:的)?(?:交接|任务|工单)$", "", text)
    if not text or text in _SELF or text in ("我的", "这个", "那个", "我们"):
        return job, None
    if not plausible_zh_name(text) or re.search(r"清单|是否", text):
        return None
    return job, clean_mention(text)


def _member_en(tokens: list[Token], glue: frozenset[str]) -> tuple[bool, str | None]:
    """(understood, member) from English tokens once `glue` words and the job are dropped; not
    understood when words remain that are not one short name."""
    runs, clean = runs_between(tokens, glue)
    if not clean or len(runs) > 1 or (runs and len(runs[0]) > 4):
        return False, None
    member = clean_mention(join(runs[0])) if runs else None
    if member is not None and member.lower() in _SELF:
        member = None
    return True, member


def _en_tokens(u: Utterance) -> tuple[list[Token], str | None]:
    """Tokens with the job id folded into one JOB token, plus the canonical job id."""
    found = find_job(u.tight)
    text = u.text
    job = None
    if found is not None:
        job = found.value
        match = find_job(text)
        if match is not None:
            text = f"{text[: match.start]} {JOB_MARK} {text[match.end:]}"
    return merge_phrases(tokenize(text)), job


def _bare_number_job(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """"cancel 12", "status 12": a lone number after the verb is a job id."""
    numbers = [t for t in tokens if re.fullmatch(r"#?\d{1,9}", t.low)]
    if len(numbers) != 1:
        return tokens, None
    return [t for t in tokens if t is not numbers[0]], job_from_number(numbers[0].low.lstrip("#"))


# --- status --------------------------------------------------------------------------------
_STATUS_EN_WORDS = frozenset({"status", "progress", "update", "updates", "state"})
_STATUS_EN_GLUE = frozenset({
    "how", "how's", "hows", "is", "are", "was", "the", "a", "of", "for", "on", "with", "about",
    "going", "doing", "coming", "along", "look", "looking", "handover", "handovers", "transfer",
    "transfers", "job", "jobs", "status", "progress", "update", "updates", "state", "check",
    "show", "me", "my", "what", "what's", "whats", "where", "we", "any", "current", "latest",
    "overall", "get", "give", "tell", "see", "view", "it", "this", "that", "done", "finished",
    "complete", "completed", "so", "far", "now", "today", "request", "there", "at", "things",
    "stand", "standing", "yet", "mine", "has", "have", "did", "does", "do", "go", "went", "i",
    "report", "where's", "wheres", "thing", "and", "to", "in", "happening", "news", "up",
})
_STATUS_EN_SHAPES = re.compile(
    r"^(?:how(?:'s|\s+is|\s+are|\s+was)?\b.*\b(?:going|doing|coming\s+along|looking|progressing)|"
    r"is\s+.+\s+(?:done|finished|complete|completed)(?:\s+yet)?|where\s+(?:are\s+we|is|'s)\b.*|"
    r"where's\b.*|any\s+news\b.*|what(?:'s|\s+is)\s+(?:happening|up)\s+with\b.*)$",
    re.IGNORECASE,
)
_STATUS_ZH = (
    re.compile(r"^(?P<pre>.*?)(?:的)?(?:交接|任务|工单|离职继承|在职继承)?(?:的)?(?:进度|状态|进展|情况)"
               r"(?:如何|怎么样了?|怎样了?|咋样了?|到哪了|到哪一?步了?|是什么|呢|\?)?$"),
    re.compile(r"^(?P<pre>.*?)(?:的)?(?:交接|任务|工单)(?:现在|目前)?(?:怎么样了?|如何了?|咋样了?|到哪一?步了?|"
               r"进行得怎么样了?|完成了吗|好了吗|完成没有?|好了没有?|做完了吗|结束了吗|完成了没有?)$"),
    re.compile(r"^(?P<pre>H-?\d+)(?:现在|目前)?(?:怎么样了?|如何了?|咋样了?|到哪一?步了?|"
               r"完成了吗|好了吗|完成没有?|呢)$", re.IGNORECASE),
)
_LOOK_ZH = re.compile(r"^(?:查看|查询|查一下|查下|查|看看|看一下|看下|瞧瞧|告诉我|给我看看|显示|"
                      r"我想知道|想知道|问下|问一下)")


def status(u: Utterance) -> Slots | None:
    text = _LOOK_ZH.sub("", u.tight)
    for pattern in _STATUS_ZH:
        match = pattern.match(text)
        if match:
            about = _about_zh(match["pre"])
            if about is not None:
                return {"job": about[0], "member": about[1]}
    tokens, job = _en_tokens(u)
    if not (any(t.low in _STATUS_EN_WORDS for t in tokens) or _STATUS_EN_SHAPES.match(u.low)):
        return None
    if job is None:
        tokens, job = _bare_number_job(tokens)
    understood, member = _member_en(tokens, _STATUS_EN_GLUE)
    return {"job": job, "member": member} if understood else None


# --- list ----------------------------------------------------------------------------------
_LIST_ZH = (
    (re.compile(r"^(?:查看|看看|显示|列出|给我看)?(?:我(?:有|还有)?(?:哪些|什么)?)?(?:所有|全部)?(?:的)?(?:待我?审批|待我?审核|待批|需要我?审批|"
                r"等我?审批|等待我?审批|待我处理|我待审批|我的审批|审批列表|我要审批|要我审批|待审|审批)(?:的)?"
                r"(?:交接|任务|申请|单子|列表|事项)?(?:有哪些|有什么|列表)?$"), "pending_approvals"),
    (re.compile(r"^(?:查看|看看|显示|列出|给我看)?我(?:的|发起的|提交的|申请的|创建的|提的|发的)(?:所有|全部)?(?:的)?"
                r"(?:交接|申请|任务|请求|单子)(?:列表|有哪些)?$"), "my_requests"),
    (re.compile(r"^(?:查看|看看|显示|列出|给我看)?(?:所有|全部)(?:的)?(?:交接|任务|申请|单子)"
                r"(?:列表)?$"), "all"),
    (re.compile(r"^(?:查看|看看|显示|列出)?(?:交接|任务)?列表$"), "all"),
)
_LIST_EN_GLUE = frozenset({"show", "list", "me", "the", "what", "what's", "whats", "are", "is", "there",
                           "any", "see", "view", "get", "of", "all", "current", "open", "active",
                           "jobs", "job", "handovers", "handover", "transfers", "my", "i", "for", "to",
                           "that", "which", "waiting", "awaiting", "on", "need", "needs", "pending",
                           "approval", "approvals", "approve", "requests", "request", "made",
                           "submitted", "started", "created", "filed", "opened", "everything",
                           "have", "do", "mine", "outstanding", "everyone's", "everyones", "anything",
                           "something", "stuff", "items"})


def list_jobs(u: Utterance) -> Slots | None:
    for pattern, which in _LIST_ZH:
        if pattern.match(u.tight):
            return {"which": which}
    tokens = merge_phrases(tokenize(u.text))
    words = {t.low for t in tokens}
    if not tokens or any(t.low not in _LIST_EN_GLUE for t in tokens):
        return None
    if words & {"approval", "approvals", "approve", "pending", "awaiting", "waiting"}:
        return {"which": "pending_approvals"}
    mine = words & {"my", "mine", "i"} and words & {"jobs", "job", "handovers", "handover", "transfers"}
    if words & {"requests", "request"} or mine:
        return {"which": "my_requests"}
    if words & {"list", "all", "jobs", "handovers", "transfers", "everything"}:
        return {"which": "all"}
    return None


# --- cancel --------------------------------------------------------------------------------
_CANCEL_EN = re.compile(
    r"^(?:cancel|abort|withdraw|revoke|retract|call\s+off|stop|kill|drop|scrap|discard|nevermind|"
    r"never\s+mind|forget\s+(?:it|about\s+it)|quit|exit)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_CANCEL_EN_GLUE = frozenset({"the", "my", "this", "that", "it", "job", "handover", "transfer",
                             "request", "please", "a", "an", "one", "current", "pending", "operation",
                             "dialog", "all", "of", "for", "with", "about", "everything", "whole",
                             # "never mind, call it off": a second cancel word
                             "call", "off", "forget", "cancel", "actually"})
_CANCEL_ZH = (
    re.compile(r"^(?:取消|撤回|撤销|撤掉|终止|中止|停止|作废|删除|删掉|放弃)(?:掉)?(?:这个|该|我的|那个)?(?P<rest>.*?)(?:吧|了)?$"),
    re.compile(r"^(?:把|将)?(?P<rest>H-?\d+|\d+号|(?:交接|任务)\d+)(?:的交接|交接|任务)?"
               r"(?:取消|撤回|撤销|作废|不要了|不做了)(?:掉)?(?:吧|了)?$", re.IGNORECASE),
    re.compile(r"^(?P<rest>)(?:算了|不做了|先不交接了|不交接了|不要交接了|不用交接了|先不要了|退出|不弄了|先不弄了|停|"
               r"别做了)$"),
)


def cancel(u: Utterance) -> Slots | None:
    for pattern in _CANCEL_ZH:
        match = pattern.match(u.tight)
        if match:
            rest = re.sub(r"^(?:交接|任务|申请|请求|操作|流程)", "", match["rest"])
            found = find_job(rest)
            if found is not None:
                return {"job": found.value}
            number = re.fullmatch(r"\s*#?(\d{1,9})\s*(?:号)?", rest)
            return {"job": job_from_number(number[1]) if number else None}
    match = _CANCEL_EN.match(u.text)
    if match is None:
        return None
    found = find_job(match["rest"])
    if found is not None:
        return {"job": found.value}
    number = re.fullmatch(r"\s*(?:(?:job|no\.?|number)\s*)?#?(\d{1,9})\s*", match["rest"], re.IGNORECASE)
    return {"job": job_from_number(number[1]) if number else None}


# --- records -------------------------------------------------------------------------------
_RECORDS_EN_WORDS = frozenset({"records", "record", "history", "log", "logs", "audit", "trail"})
_RECORDS_EN_GLUE = frozenset({"show", "me", "the", "for", "of", "on", "about", "handover", "handovers",
                              "transfer", "transfers", "audit", "trail", "log", "logs", "all", "full",
                              "view", "see", "get", "records", "record", "history", "my", "what",
                              "what's", "whats", "is", "are", "in", "job", "jobs", "complete",
                              "entire", "list", "export", "pull", "up", "find", "look", "at", "i",
                              "want", "need", "who", "approved", "did", "customer", "customers"})
_RECORDS_ZH = (
    re.compile(r"^(?:查看|查询|查一下|查下|查|看看|看一下|看下|调出|导出|给我|我要看|想看)?(?P<pre>.*?)(?:的)?"
               r"(?:交接|转移|操作|审批|客户交接|离职)?(?:记录|历史|日志|档案|明细|流水)$"),
    re.compile(r"^谁(?:批准|审批|同意)(?:了)?(?P<pre>.+)$"),
    re.compile(r"^(?P<pre>.+?)(?:是)?谁(?:批准|审批|同意)的$"),
)


def records(u: Utterance) -> Slots | None:
    for pattern in _RECORDS_ZH:
        match = pattern.match(u.tight)
        if match:
            about = _about_zh(match["pre"])
            if about is not None:
                return {"member": about[1], "job": about[0]}
    tokens, job = _en_tokens(u)
    if not any(t.low in _RECORDS_EN_WORDS for t in tokens) and not re.match(r"^who\s+approved\b", u.low):
        return None
    understood, member = _member_en(tokens, _RECORDS_EN_GLUE)
    return {"member": member, "job": job} if understood else None


# --- a job id alone ------------------------------------------------------------------------
_JOB_ALONE = re.compile(r"^(?:H\s?-?\s?\d{1,9}|(?:job|交接|任务)\s*#?\d{1,9})(?:\?|呢)?$", re.IGNORECASE)


def bare_job(u: Utterance) -> Slots | None:
    """"H-1042" alone asks about that job: a status request."""
    if u.question and re.fullmatch(r"\d{3,9}", u.tight):
        return {"job": f"H-{int(u.tight)}", "member": None}  # "3158??": a job id asked about (a choice is short)
    found = find_job(u.tight)
    if found is None or not _JOB_ALONE.match(u.tight):
        return None
    return {"job": found.value, "member": None}
