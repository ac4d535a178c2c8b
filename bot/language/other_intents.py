"""Stage 3 for the intents other than a handover: checklist ticks and views, cancel, list, records,
status, offboard and help — each a `Reading` with its strength, or None."""

from __future__ import annotations

import re

from . import cues
from .cues import Span, spans
from .first_chars import skipping
from .intent import Slots
from .people import PersonSpot
from .roles import answered_question, is_self
from .spotting import (
    OWNS_SCOPE,
    Reading,
    Spotted,
    bare_job_id,
    clause_of,
    first_span,
    is_possessive,
    job_near,
    mention,
    nearest_person,
    split_clauses,
    tail,
)

# Words a Latin "name" is never made of.

# --- checklist ----------------------------------------------------------------------------------
def read_checklist(s: Spotted) -> Reading | None:
    if not s.items or about_another_system(s.low):
        return None  # ("My packing checklist for the Shanghai trip: item 3 done": another list)
    item = s.items[0]
    clause = clause_of(item.start, split_clauses(s.low))
    window = s.low[clause[0]:clause[1]]
    done = [m.start() for m in cues.DONE.finditer(window)]
    undo = [m.start() for m in cues.UNDO.finditer(window)]
    # "没弄完" is not done; a done word inside an undo word does not count
    done = [d for d in done if not any(u <= d < u + 4 for u in undo)]
    if not done and not undo:
        window = s.low
        done = [m.start() for m in cues.DONE.finditer(window)]
        undo = [m.start() for m in cues.UNDO.finditer(window)]
        done = [d for d in done if not any(u <= d < u + 4 for u in undo)]
        if not done and not undo:
            return None
    action = "undo" if undo and (not done or min(undo) < min(done)) else "done"
    if action == "done" and _TICKED_WRONG.search(s.low) and \
            re.search(r"(?<![a-z])(?:untick|uncheck|undo)(?![a-z])|撤|取消", s.low):
        action = "undo"  # "第4项我 tick 错了，untick 回去", "ticked item 4 by mistake, untick it"
    # the one the tick is for ("…done for Daniel Foster") before a name that opens the list words ("Mark item 5":
    # the verb)
    owner = next((p for p in s.people if re.search(r"\bfor\s*$", tail(s.low, p.start)) and not is_self(p)), None) or \
        next((p for p in s.people if (_CHECKLIST_AFTER.match(s.low[p.end:]) or re.search(
            r"(?:(?<![交还送递])给|帮)\s*$", tail(s.low, p.start))) and not is_self(p)), None)
    if owner is None:
        # "韦佳琪电脑交了，第4项勾上", "#6 ✔️ (Delphine)": the one colleague a tick names is the leaver
        others = [p for p in s.people if not is_self(p)]
        owner = others[0] if len(others) == 1 and not _HANDED_TO.search(tail(s.low, others[0].start)) else None
    member = mention(owner) if owner is not None else None
    return Reading("checklist", {"action": action, "item": int(item.value), "member": member}, 4, item.start)


# a tick said to be a mistake, then taken back: "第4项我 tick 错了，untick 回去", "ticked item 4 by mistake, untick it"
_TICKED_WRONG = re.compile(r"错|\bby mistake\b|\bwrong\b|\bmistake\b", re.IGNORECASE)


# "第3项完成，电脑交给李娜了": she received something, the checklist is the sender's own
_HANDED_TO = re.compile(r"(?:给|交给|还给|\bto|\bwith)\s*$")


# "宋雨桥清单第8项", "陈静的离职清单", "Wang Fang's checklist": whose checklist
_CHECKLIST_AFTER = re.compile(r"\s*(?:同志|老师|经理)?\s*(?:的|个|哩|格|张|'s|'|:|：)?\s*"
                              r"(?:那单|那张|那个单子|那个)?\s*(?:离职)?(?:交接)?"
                              r"(?:清单|(?:offboarding |exit |leaving |leaver )?(?:checklist|check list|list\b)|"
                              r"第\s*[\d一二三四五六七八九十]|"
                              r"(?:item|task|step|no\.?)\s*#?\s*\d)", re.IGNORECASE)


# "show me the checklist of Andreea Stan", "Checklist Maarten de Vries. Show.": whose, said after it
_CHECKLIST_OF = re.compile(r"\b(?:check ?list|list|tasks)\s+(?:of|for)\s+(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?$|"
                           r"^\W*(?:offboarding\s+)?check ?list\s*[:：-]?\s*$|清单\s*[:：]?\s*$", re.IGNORECASE)


def read_checklist_view(s: Spotted) -> Reading | None:
    cue = first_span(cues.CHECKLIST_SHOW, s.low)
    if cue is None or s.items or s.jobs:
        return None
    if not (cues.CHECKLIST.search(s.low) or re.search(r"\blist\b|清单|事项", s.low)):
        return None
    if re.search(r"列一个|列个|建个|建一个|做个|做一个", s.low) and not re.search(r"离职", s.low):
        return None  # "帮我列一个采购清单"
    if about_another_system(s.low):
        return None  # "checklist for the Shanghai trade show: banners, brochures …"
    owner = next((p for p in s.people if _CHECKLIST_AFTER.match(s.low[p.end:]) and not is_self(p)), None)
    owner = owner or next((p for p in s.people if _CHECKLIST_OF.search(tail(s.low, p.start)) and not is_self(p)), None)
    member = mention(owner) if owner is not None else None
    return Reading("checklist", {"action": "show", "item": None, "member": member}, 3, cue.start)


# --- cancel -------------------------------------------------------------------------------------
def read_cancel(s: Spotted) -> Reading | None:
    cue = first_span(cues.CANCEL, s.low)
    if cue is None:
        return None
    clause = clause_of(cue.start, split_clauses(s.low))
    job = next((j for j in s.jobs if clause[0] <= j.start < clause[1]), None) or job_near(s, cue.start)
    value = job.value if job else bare_job_id(s, cue)
    if value is None:
        if s.items:
            return None  # "取消第3项" is a checklist undo
        # around the cue words, not in them: the "call" of "call it off" is no phone call
        masked = cues.CANCEL.sub(lambda m: " " * len(m.group()), s.low)
        window = masked[max(0, cue.start - 16): cue.end + 20]
        topic = _CANCEL_TOPIC.search(s.low)
        if cues.NOT_OURS_CANCEL.search(window) and not re.search(r"交接|移交|转移|handover|transfer", window):
            return None  # "cancel my leave request": a request, but not ours
        if cues.HOWTO.search(s.low):
            return None
        rest = _CANCEL_FILLER.sub("", cues.CANCEL.sub("", s.low))
        if not topic and rest.strip(" ,.!?~"):
            return None  # "cancel my Spotify", "取消我的快递": something else is cancelled
    return Reading("cancel", {"job": value}, 4 if value else 2, cue.start)


_CANCEL_TOPIC = re.compile(r"交接|转移|移交|单子|那单|这单|嗰单|申请|任务|流程|别转|不转|转了|那个|"
                           r"刚才|刚刚|头先|上一个|"
                           r"\b(?:handover|hand over|transfer|transition|reassignment|"  # ("hand over" by now)
                           r"request|job|it|that|this|"
                           r"one)\b", re.IGNORECASE | re.ASCII)
_CANCEL_FILLER = re.compile(r"请|帮我|帮忙|麻烦|一下|吧|了|掉|啊|呀|哈|吗|能不能|可不可以|能|可以|\b(?:please|"
                            r"pls|can you|could you|"
                            r"now|"
                            r"i want to|i want|want to|let's|just|ok|forget it|actually|"
                            r"on second thought)\b", re.IGNORECASE | re.ASCII)


# --- list ---------------------------------------------------------------------------------------
def read_list(s: Spotted) -> Reading | None:
    cue = first_span(cues.LIST, s.low)
    if cue is None or not cues.LIST_TOPIC.search(s.low) or about_another_system(s.low):
        return None  # ("Any expense reports waiting for my approval?": another system's queue)
    if re.search(r"在\S{0,10}列表里", s.low):
        return None  # "罗振华已经在'离职成员'列表里了": where someone is, no list asked for
    cancel = first_span(cues.CANCEL, s.low)
    if cancel is not None and cancel.start < cue.start and not re.search(r"哪些|哪个|which|list", s.low):
        return None  # "cancel my handover" cancels it
    clause = clause_of(cue.start, split_clauses(s.low))
    if any(clause[0] <= j.start < clause[1] for j in s.jobs):
        return None
    if any(clause[0] <= p.start < clause[1] and OWNS_SCOPE.match(s.low[p.end:]) for p in s.people):
        return None  # "list Zhang's customers" is not a list of jobs
    if any(clause[0] <= p.start < clause[1] and p.known for p in s.people) and not re.search(
        r"待审批|待我审批|等我批|有哪些|哪些|列|pending|approv|\blist\b", s.low[clause[0]:clause[1]]
    ):
        return None
    return Reading("list", {"which": which_jobs(s)}, 4, cue.start)


def which_jobs(s: Spotted) -> str:
    """Which jobs a list asks for: the ones waiting for my approval, the ones I asked for, or all."""
    low = s.text.lower()  # unmasked: "我申请的" says whose, even when a member is called 申请
    if re.search(r"批|审|核准|签核|approv|pending|appr|sign[- ]?off|"
                 r"waiting|未完成|没完成|没处理完|未处理|待处理|没弄完|未搞掂|未搞定|没搞定|还没好|outstanding|"
                 r"still open",
                 low) and not re.search(r"我.{0,4}(?:发起|提交|提|申请)|我发的|(?<![a-z])my (?:own )?requests(?![a-z])",
                                        low):
        return "pending_approvals"  # ("my requests 里哪些还没完成": mine, the open ones)
    if re.search(r"(?:我|阿拉|俺|涯|𠊎|额|侬|伲|阮|老子|本座)(?:自己|自家)?\s*(?:之前|以前|刚才|这周|上周|最近)?\s*"
                 r"(?:交|提|发|题交|提交|发起|申请|开|送出|送|submit|整|弄|搞|建)"
                 r"\s*(?:过|上去|出去|上来|咗|了)?\s*(?:的|个|嘅|格|哩|嘞|滴|几多|多少|几)|watashi no(?![a-z])|"
                 # "raised by me", "the requests wey I submit", Taglish "na sinubmit ko"
                 r"\b(?:raised|submitted|filed|made|created|opened) by me\b|\bsinubmit ko\b|"
                 r"\b(?:requests|handovers|transfers)\s+(?:that\s+|wey\s+|which\s+|dat\s+)?i\s+"
                 r"(?:submit|submitted|filed|made|raised|put in)\b|"
                 r"\bi(?:'ve| have)? (?:put in|put through|sent|made|filed|raised|submitted|asked for)\b|"
                 r"\b(?:which|that) i(?: have|'ve)? (?:submitted|filed|raised|requested)\b|"
                 r"(?<![a-z])my (?:all|every)\b|(?<![a-z])(?:my|mine) (?:own )?(?:handover |transfer )?"
                 r"(?:requests|submissions|handovers)\b|\bmeri submit\b", low):
        return "my_requests"  # "我交个交接申请全部列出来", "看看我发起的所有交接": all of mine
    if re.search(r"我.{0,4}(?:发起|提交|提|申请)|我的|我建|我发的|我开过?(?:嘅|的)|我 ?submit|"
                   r"\bmy\b|\bi'?ve\b|\bi\b|\bmine\b|"
                   r"\bme\b", low) and \
            not re.search(r"(?<![a-z])(?:all|every)(?![a-z])|所有|全部", low):
        return "my_requests"
    return "all"


# --- records ------------------------------------------------------------------------------------
def read_records(s: Spotted) -> Reading | None:
    cue = first_span(cues.RECORDS, s.low)
    if cue is None or answered_question(s) is not None or cues.RECEIVER_LEFT_OPEN.search(s.low):
        return None  # "她的客户谁接？阎明吧" answers its own question; "转给谁你先问下" leaves it open
    if first_span(cues.CANCEL, s.low) is not None and not re.search(r"[?？]|哪些|谁|\b(?:who|which)\b", s.low):
        return None  # "之前的交接撤掉吧": the earlier handover is cancelled, not asked about
    if cues.NOT_OURS_OBJECT.search(s.low) and (not re.search(r"交接(?!班)|转移|移交|客户|handover|transfer|customer|"
                                                              r"client", s.low) or _NOT_OURS_RECORDS.search(s.low)):
        return None  # "区志强的报销记录", "Raj Patel's expense records", "金鑫的客户拜访记录"
    if about_another_system(s.low):
        return None  # "X上个月的 OT records 导出来", "the purchase history for our client X"
    clause = clause_of(cue.start, split_clauses(s.low))
    if _ordered_later(s, cue, clause):
        return None  # "…客户在群里问人去哪了。…麻烦把X的客户都转到Y名下吧": the story, then the order
    person = nearest_person(s, cue.start, within=clause) or nearest_person(s, cue.start)
    job = job_near(s, cue.start)
    if person is None and job is None and (bare := bare_job_id(s, cue)) is not None:
        return Reading("records", {"member": None, "job": bare}, 4, cue.start)  # "which customers went over in 3922?"
    if person is None and job is None:
        only_cue = not _STATUS_FILLER.sub("", cues.RECORDS.sub("", s.low)).strip(" ,.!?~")
        if not re.search(r"交接(?!班)|转移|移交|handover|transfer", s.low) and not only_cue:
            return None
        return Reading("records", {"member": None, "job": None}, 4 if len(s.low) <= 12 else 2, cue.start)
    if job is not None and person is None:
        if re.search(r"谁批的|谁审的", s.low):
            return None  # "H-1315 谁批的" asks about the job: a status
        return Reading("records", {"member": None, "job": job.value}, 4, cue.start)
    return Reading("records", {"member": mention(person) if person else None, "job": None}, 4, cue.start)


def _ordered_later(s: Spotted, cue: Span, clause: tuple[int, int]) -> bool:
    """A move to someone is ordered after `cue`, outside `clause` (not "A → B 那单…", not "转给谁了")."""
    clauses = split_clauses(s.low)
    return any(m.start > cue.start and m.value != "→" and clause_of(m.start, clauses) != clause
               and any(0 <= p.start - m.end <= 1 for p in s.people)
               for m in spans(cues.TO_MARKER, s.low))


# --- status -------------------------------------------------------------------------------------
_NAME_THEN_CUSTOMERS = re.compile(r"\s*(?:的)?\s*(?:客户|customers|clients)")


def handover_asked_about(s: Spotted) -> PersonSpot | None:
    """"Sipho Ndlovu 的 handover sorted yet or still busy?", "Handover bilong Paulus Yambi i pinis o nogat?",
    "倪虹那个交接撒情况": a person's handover named as a thing and asked about — whose, or None."""
    if not _ASKED.search(s.low) or _TO_SOMEONE.search(s.low) or cues.RECORDS.search(s.low) or \
            cues.LIST.search(s.low) or _TALKED_ABOUT.search(s.low):
        return None  # (a receiver named; "X's transfer history?", "哪些交接未搞掂": records, a list; "can we discuss
        # X's handover?": a talk)
    for p in s.people:
        if _THEIR_HANDOVER.match(s.low, p.end) or _HANDOVER_OF.search(tail(s.low, p.start)):
            return p
    return None


# the handover as a thing of the person's: "X's handover", "X的交接", "X 那个移交", "X 個 handover", "X ka handover",
# "X pe handover", "X punya transfer"; "the transfer of X", "transfer de X", "handover bilong X", "transfer ya X"
_THEIR_HANDOVER = re.compile(r"\s*(?:'s|的|个|個|ㄉ|嘅|\s+(?:ka|ke|pe|punya|ko|didi ko))?\s*(?:那个|那单|这个)?\s*"
                             r"(?:handover|transfer|交接|移交)(?!\s*(?:给|to\b|→))"
                             r"(?!\s+(?:the|his|her|their|my|our|all|every|them|it)\b)", re.IGNORECASE)
_TALKED_ABOUT = re.compile(cues.HANDOVER_TALK, re.IGNORECASE)
_HANDOVER_OF = re.compile(r"(?:handover|transfer)\s+(?:of|de|bilong|ya|di)\s*$", re.IGNORECASE)
_TO_SOMEONE = re.compile(r"(?:给|→|\bto\b)\s*\u25a1", re.IGNORECASE)
# asked: a question mark or a question word at the end of a clause
_ASKED = skipping(re.compile(r"[?]|(?:吗|么|没有?|没得|未|无|否|呢|了没|情况|状况|样了?)\s*(?:[,.!]|$)|"
                             r"\b(?:yet|or not|o nogat|ka bolom|ka|ta|not-ing)\s*(?:[,.!?]|$)", re.IGNORECASE))


def read_status(s: Spotted) -> Reading | None:
    cue = first_span(cues.STATUS, s.low)
    job = s.jobs[0] if s.jobs else None
    if job is None and about_another_system(s.low):
        return None  # "What's the status of the shipment to Meridian Foods?", "我的 leave request 审批到哪一步了"
    if cue is None and not job:
        asked = handover_asked_about(s)
        if asked is not None:
            return Reading("status", {"job": None, "member": mention(asked)}, 4, asked.start)
    if cue is None:
        if job is not None and re.fullmatch(r"\W*(?:查一下|查下|看看|看下|"
                                            r"查)?\W*", s.low[: job.start] + s.low[job.end:]):
            return Reading("status", {"job": job.value, "member": None}, 4, job.start)
        if job is not None and (re.search(r"谁批|审吗|审批|批了|\bapproved\b|\bwhat'?s going on\b|[?？]$", s.low)
                                or cues.ASKED_DONE.search(s.low, job.end)  # "#37 done 了没"
                                # "could you check where H1520 is at? The customer says …": its own question
                                or re.match(r"[^.!?？。]{0,16}[?？]", s.low[job.end:])):
            return Reading("status", {"job": job.value, "member": None}, 2, job.start)
        return None
    if job is not None:
        return Reading("status", {"job": job.value, "member": None}, 4, min(cue.start, job.start))
    bare = bare_job_id(s, cue)
    if bare is not None:
        return Reading("status", {"job": bare, "member": None}, 4, cue.start)
    clauses = split_clauses(s.low)
    person = next((p for c in spans(cues.STATUS, s.low)  # "### 进度查询 / A → B 那单现在啥情况": a later cue's
                   if (p := nearest_person(s, c.start, within=clause_of(c.start, clauses))) is not None), None)
    giver = next((q for q in s.people if person is not None and q.end <= person.start
                  and re.fullmatch(r"\s*(?:→|->|=>|>|给|to)\s*", s.low[q.end: person.start])), None)
    person = giver or person  # "A → B 那单现在啥情况": the job is A's handover
    if person is None:  # "X的交接…", "X客户交接还有多少没…"
        person = next((p for p in s.people if is_possessive(s, p) or _NAME_THEN_CUSTOMERS.match(s.low[p.end:])), None)
    if person is not None and re.search(r"清单|checklist", s.low) and not re.search(r"交接(?!清单)|handover", s.low):
        return None  # "X的离职清单进度": the checklist, shown
    topic = re.search(r"交接(?!班)|转移|单子|那单|这单|交接单|客户|继承|(?:转|弄)(?:好|完)|handover|transfer|"
                      r"customers?|clients?|reassign\w*|transition", s.low) \
        or (re.search(r"[\u4e00-\u9fff]", s.low) and (cues.CUSTOMERS.search(s.low) or cues.GROUPS.search(s.low)))
    ours = re.search(r"交接(?!班)|转移|移交|handover|transfer", s.low)
    if not ours and cues.NOT_OURS_OBJECT.search(s.low) and not (topic and person is not None
                                                               and not _NOT_OURS_QUALITY.search(s.low)):
        return None  # "柏子轩那边报销批了没": somebody's expenses; "客户投诉处理进度": a complaint
    if person is not None and _ordered_later(s, cue, clause_of(person.start, clauses)):
        return None  # "X的客户咋还在他名下？赶紧转给Y": the question is a complaint, the order follows
    if person is not None and (topic or is_possessive(s, person)):
        return Reading("status", {"job": None, "member": mention(person)}, 4, cue.start)
    only_cue = not _STATUS_FILLER.sub("", cues.STATUS.sub("", s.low)).strip(" ,.!?~")
    if ((topic and (len(s.low) <= 14 or re.search(r"我的|\bmy\b", s.low))) or only_cue) and not re.search(
            r"一般|通常|usually", s.low):
        return Reading("status", {"job": None, "member": None}, 2, cue.start)
    return None


_NOT_OURS_QUALITY = re.compile(r"满意度|评分|评价|反馈|投诉|电话|\b(?:satisfaction|rating|feedback|complain\w*)\b",
                               re.IGNORECASE)
_STATUS_FILLER = re.compile(r"查看|查询|查一下|看看|看下|看一下|查|我的|交接|的|\b(?:how do i|how can i|how to|check|"
                            r"show|give|"
                            r"me|the|my|what'?s|whats|"
                            r"is|of|on|handover|job|any|current|please|pls)\b", re.IGNORECASE | re.ASCII)


# --- offboard -----------------------------------------------------------------------------------
_SOCIAL = skipping(re.compile(r"欢送|送别|聚餐|散伙饭|礼物|恭喜|吃饭|吃个饭|送送|送行|饯行|\b(?:farewell|party|gift|"
                              r"lunch|dinner|drinks|congrat\w*|leaving do|send-?off|pub)\b",
                              re.IGNORECASE))


_CHECKLIST_PROGRESS = re.compile(r"清单.{0,4}(?:还剩|剩下|还差|还有哪些|还有几项|几项没|没做完)")
_PROCEDURE = re.compile(r"(?:走|办|启动|发起)(?:一下|个|下)?(?:流程|手续)|流程\S{0,6}(?:弄|搞|走|开)起来")


_ON_THE_LAST_DAY = re.compile(r"\bon (?:her|his|their|my|the) last (?:work(?:ing)? )?day\b|最后一天(?:的时候|那天)")
# a colleague's presence said as a status: "X status 是外出", "her status is away"
_PRESENCE = skipping(re.compile(r"(?<![a-z])status\s*(?:是|为|:|is|=)\s*(?:外出|在线|离线|忙碌?|请假|休假|开会|出差|"
                                r"(?:out|away|busy|offline|online|on leave|in a meeting)(?![a-z]))"))


def read_offboard(s: Spotted) -> Reading | None:
    if re.search(r"(?:离职|在职)继承", s.low) and cues.CUSTOMERS.search(s.low):
        return None  # 离职继承 of someone's customers is WeCom's name for the handover itself
    if _CHECKLIST_PROGRESS.search(s.low) and not s.dates:
        return None  # "绳红梅离职清单还剩哪几项没弄": what is left on it, shown
    if re.search(r"清单|check\s?list", s.low) and first_span(cues.CHECKLIST_SHOW, s.low) is not None and not s.dates:
        return None  # "offboarding 清单给我看一眼": the list shown, nobody's offboarding started
    if re.search(r"(?:离职|在职|收入)证明", s.low):
        return None  # "给甘雨开个离职证明": a certificate, no offboarding
    cue = first_span(cues.OFFBOARD, s.low)
    # "X要走了，帮我发起离职": asked to start (not as strong as cues.OFFBOARD: "X下周五离职，发起离职前先把她的
    # 客户转给Y" asks for the handover first)
    asked = first_span(cues.START_OFFBOARDING, s.low) if cue is None else None
    cue = cue or asked
    if cue is None and _SOCIAL.search(s.low):
        return None  # "… leaving at the end of the month, let's have a farewell lunch"
    if cue is None and cues.LEAVING.search(s.low) and cues.OFFBOARD_START.search(s.low):
        cue = first_span(cues.CHECKLIST, s.low) or first_span(_PROCEDURE, s.low)  # "孔德明离职 走流程"
    last = first_span(cues.LAST_DAY, s.low)
    leaving = first_span(cues.LEAVING, s.low)
    if cue is None and last is None and leaving is not None and (
        s.dates or re.search(r"接替人|继任|接班人|successor", s.low)
    ):
        last = leaving  # "陈静下周五离职，接替人李娜": a dated departure is an offboarding
    if cue is None and last is None:
        return None
    if cue is None and not s.dates and _ON_THE_LAST_DAY.search(s.low):
        return None  # "X will hand over her laptop and badge to IT on her last day": what happens then, no offboarding
    if cue is not None and not cues.OFFBOARD_START.search(s.low) and last is None and not s.dates:
        if not re.match(r"^\W*(?:offb|offboard)", s.low):
            return None
    anchor = cue or last
    assert anchor is not None
    if cue is None and not re.search(r"离职|辞职|退休|清单|最后一天|最后工作日|offboard|check ?list|leav|resign|quit|"
                                     r"last (?:work(?:ing)? )?day", s.low):
        return None
    successor = _successor(s, None)
    person = _offboard_person(s, anchor, successor)
    if person is None:
        me = re.match(r"\s*(我|i|me|my)(?![a-z])", s.low) or re.search(r"(?:\bfor\s+|给|为|帮)(我|me|myself)(?![a-z])",
                                                                          s.low)
        if me:  # "我12月4日离职": the sender's own
            person = PersonSpot(me.start(1), me.end(1), s.text[me.start(1): me.end(1)])
    if person is None and (cue is None or cues.HOWTO.search(s.low) or re.search(r"怎么|如何", s.low)):
        return None  # "离职手续怎么办理" asks how it works
    date = next((d for d in s.dates), None)
    slots: Slots = {"member": mention(person) if person else None, "last_day": date.value if date else None,
                    "successor": mention(successor) if successor else None}
    strength = (4 if cue is not None and asked is None else 3) if person else 2
    return Reading("offboard", slots, strength, anchor.start)


_SUCCESSOR_BEFORE = re.compile(r"(?:接替人|继任者?|接手人|接班人|"
                               r"接任人?(?=\s*:)|接任的?是|接替的?是|接手的?是|接替(?:他|她|ta)的(?:人)?是|交接给|移交给|交给|转给|"
                               r"接(?:他|她)?(?:的)?班的(?:人)?(?:是|为)|接(?:他|她)的(?:人)?(?:是|为)|"
                               r"successor|backfill|replacement|cover|交接人|"
                               r"(?:客户|东西|工作|活)(?:都|就|全)?(?:交?给|归))"
                               r"\s*(?:是|为|係|系|:|is|will be)?[\s@:]*$|"
                               r"接手的?(?:人)?是\s*(?:他|她)?的?(?:搭档|徒弟|同事|助理|副手)?\s*$|"
                               # the dialects' 的 and 是: 接手个是X 接手嘅系X 接他嘞是X 接俚个是X
                               r"接(?:手|他|她|俚|佢|渠|伊)(?:的|个|嘅|嘞|哩|兮)?(?:人)?(?:是|系|係)\s*$")
_SUCCESSOR_AFTER = re.compile(r"^'s (?:his|her|their|the) (?:successor|replacement|backfill)\b|"
                              r"^\s*(?:同志|老师|经理)?\s*(?:来)?(?:接替|接手|接任|接班|承接|接续|"
                              r"接(?:他|她)(?:的班)?(?![\u4e00-\u9fff])|(?:接|顶)(?:他|她|ta)的(?:工作|活|班|岗|位置|事)|"
                              r"\b(?:takes over|will take over|will be taking over|is taking over|succeeds?|replaces?|"
                              r"is (?:his|her|their|the) (?:successor|replacement)|will succeed|"
                              r"replace her|"
                              r"replace him|is the successor|is successor|"
                              # "with Lorraine Castellano as successor", "Gosia will be successor"
                              r"as (?:(?:his|her|their|the) )?(?:successor|replacement|backfill)|"
                              r"will be (?:(?:his|her|their|the) )?(?:successor|replacement|backfill))\b|"
                              # "Euan's taking over", "Beatriz to take over", "Mereana's picking up her patch"
                              r"(?:'s|\s+is|\s+will|\s+to)\s+(?:be\s+)?(?:taking|take|picking|pick)\s+(?:over|up)\b|"
                              r"来接(?![待见])|接手|接(?=\s*(?:[.,;!?]|$))|"
                              # "Sara Rahimi will replace him", "Tareq Shboul takes his stuff", "Bethan Howells is
                              # taking his place", "Faith Louisy taking over she work"
                              r"\s*(?:will|shall|is going to|'ll)\s+replace\s+(?:him|her|them)\b|"
                              r"(?:'s|\s+is|\s+will)?\s*(?:takes|taking|take)\s+(?:over\s+)?(?:his|her|their|she|he)\s+"
                              r"(?:stuff|work|place|job|role|things|desk|duties|patch|spot)\b)")


def _successor(s: Spotted, member: PersonSpot | None) -> PersonSpot | None:
    for p in s.people:
        if p is member:
            continue
        if _SUCCESSOR_BEFORE.search(s.low[max(0, p.start - 24): p.start]) or _SUCCESSOR_AFTER.match(s.low[p.end:]):
            return p
    return None


_RECEIVER_BEFORE = re.compile(r"(?:[转交移划拨挪过]给|赋能给|由|\b(?:go|goes|going|went|move[ds]?|moving|hand(?:ed)?|"
                              r"transfer(?:red)?|pass(?:ed)?|send|sent|give|given|assign(?:ed)?)\s+(?:\w+\s+){0,3}?"
                              r"to)\s*$", re.IGNORECASE)


def _offboard_person(s: Spotted, anchor: Span, successor: PersonSpot | None) -> PersonSpot | None:
    clause = clause_of(anchor.start, split_clauses(s.low))
    people = [p for p in s.people if p is not successor]
    for p in people:
        before = s.low[max(0, p.start - 3): p.start]
        if re.search(r"(?:给|为|帮|替|for)\s*$", before) and p.start < anchor.start + 40 and (
                re.match(r"\s*(?:开|建|创建|办|启动|发起|新建|弄|start|open|"
                         r"create)", s.low[p.end:]) or "for" in before):
            return p
    # "Can my renewal clients go to Marija Borg?", "由他做owner": who receives is not who leaves
    people = [p for p in people if not _RECEIVER_BEFORE.search(tail(s.low, p.start))]
    mine = [p for p in people if clause[0] <= p.start < clause[1]]
    if mine:
        return mine[0]
    earlier = [p for p in people if p.start < anchor.start]
    return earlier[0] if earlier else (people[0] if people else None)


# another system's requests, orders and events: their queues, progress, history and checklists are not ours
_OTHER_SYSTEMS = skipping(re.compile(
    r"报销|请假|休假|年假|调休|加班|采购|发票|付款|快递|物流|发货|订单|购买|消费|考勤|展会|出差|年会|"
    # (the Latin words by letters, not \b: the reader closes the space between Chinese and Latin, "我的leave request")
    r"(?<![a-z])(?:expenses?|reimburse[a-z]*|leave requests?|vacation|pto|time off|timesheets?|overtime|ot|"
    r"purchases?|invoices?|shipments?|deliver(?:y|ies)|parcels?|orders?|payments?|payroll|trade shows?|trips?|"
    r"conferences?|packing|onboarding|new hires?|grocery|groceries|shopping)(?![a-z])|入职清单|新人清单|购物"))
_OUR_TOPIC = re.compile(r"交接(?!班)|移交|转移|转(?:完|好|过去|走|给)|离职|继承|"
                        r"(?<![a-z])(?:handovers?|hand-?offs?|transfers?|offboard[a-z]*)(?![a-z])")


def about_another_system(low: str) -> bool:
    """The message asks about another system's requests, orders or events, or a colleague's presence ("X status
    是外出"), and names no handover."""
    return bool(_OTHER_SYSTEMS.search(low) or _PRESENCE.search(low)) and not _OUR_TOPIC.search(low)


# --- help ---------------------------------------------------------------------------------------
_NOT_OURS_RECORDS = re.compile(r"拜访|报销|考勤|打卡|工资|薪资|\b(?:visits?|expenses?|attendance|"
                               r"salary)\b", re.IGNORECASE)
# how to do something in WeCom itself (create a group, add a customer): not what this bot does
WECOM_HOWTO = re.compile(r"\bhow (?:do|can) i (?:create|add|make|build|delete|remove|join|invite|message|contact)\b|"
                          r"怎么(?:建|创建|新建|加|添加|拉|删|删除|解散|联系)(?:个|一个)?(?:客户|群)|"
                          r"怎么给客户", re.IGNORECASE)


# "help", "help pls, …", "/help": a plea for help, not a courtesy ("help me move …")
_HELP_PLEA = re.compile(r"^\W*help\W*$|^\W*help\W+(?:pls|please|plz)\b|/help|need help|\bhelp\?")


def read_help(s: Spotted) -> Reading | None:
    cue = first_span(cues.HELP, s.low)
    if cue is None or WECOM_HOWTO.search(s.low):
        return None
    if re.search(r"怎么|咋|如何", s.low) and (not cues.BOT_TOPIC.search(s.low) or cues.NOT_OURS_OBJECT.search(s.low)) \
            and not re.search(
        r"不会用|不会弄|能干|能做|说明|指令|命令|功能|帮助|教教|用法", s.low
    ) and not (re.search(cues.HOW_TO_USE, s.low) and not s.people and not cues.NOT_OURS_OBJECT.search(s.low)):
        return None
    strong = re.search(r"能(?:帮|为|替)?我?(?:干|做)(?:些|点)?(?:啥|什么|嘛|吗)|是干(?:什么|啥|嘛)的|"
                       r"是做什么的|^\W*(?:怎么|"
                       r"如何)操作\W*$|说明|指令|命令|帮助|"
                       r"不会用|怎么用|咋用|咋使|点用|点样用|用法|教教|什么格式|啥格式|"
                       r"\b(?:help|what can (?:you|ya|u) do|what you can do|commands?|cmds?)\b|"
                       + cues.HOW_TO_USE, s.low)
    if re.search(r"\bhelp\b", cue.value) and not re.search(_HELP_PLEA, s.low):
        if cues.NOT_OURS_OBJECT.search(s.low) or not cues.BOT_TOPIC.search(s.low):
            return None
    if not strong and re.search(r"\bhow (?:do|can|should) (?:i|we)\b|\bhow to\b", s.low) and \
            (cues.NOT_OURS_OBJECT.search(s.low) or cues.NOT_OURS_CANCEL.search(s.low)) and \
            not cues.BOT_TOPIC.search(s.low):
        return None  # "how do I cancel the Zoom subscription Tom set up?": how to do something else
    if not strong and cues.STATUS.search(s.low) and not re.search(r"交接|handover|transfer|cancel|取消", s.low):
        return None  # "how do I check the status?": just show it
    if s.people and re.search(r"是什么|什么是|什么意思|原因|为什么|\bwhat is\b|\bwhy\b", s.low) and not strong:
        return None  # "岳云离职的原因是什么": about a colleague, not about this bot
    howto = re.search(r"是什么|什么是|什么意思|区别|怎么|如何|\b(?:what is|what'?s an?|difference|how do i|how to|"
                      r"how can i)\b",
                      s.low)
    courtesy = re.search(r"\bhelp\b", cue.value) and not re.search(_HELP_PLEA, s.low)
    if strong and strong.group() in ("说明", "指令", "命令") and (s.people or s.jobs) and not howto:
        strong = None  # "命令：X名下全部会员…移交Y", "特此说明": an order or a note about colleagues, no help asked
    return Reading("help", {}, 4 if (strong or howto) and not courtesy else 1, cue.start)
