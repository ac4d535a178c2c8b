"""Stage 2b of the reader: the non-person entities and cue words, as spans of the normalized text.

Each finder returns `Span`s (start, end, value) over the lowercased normalized message. The
lexicons are the bot's vocabulary — verbs of moving customers (with the typos people make),
scope nouns, direction markers, the cue words of every intent and the objects that make a
look-alike "not ours" (a meeting to cancel, keys to hand over). Extend a list, not a sentence.
"""

from __future__ import annotations

import re
from typing import Generic, NamedTuple, TypeVar

from .first_chars import skipping
from .jobs import AMOUNT_AFTER
from .literal_gate import Cue
from .text import to_int


class Span(NamedTuple):
    start: int
    end: int
    value: str


_T = TypeVar("_T")


class PatternCache(Generic[_T]):
    """What a pure function of (pattern, text) gave, for the stages that ask the same cue of one message. Keyed by
    the pattern's identity: hashing a pattern hashes its compiled program (~4 µs for the biggest cues), which an
    lru_cache would do on every call. The pattern is kept with its entry, so its id cannot name another meanwhile."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: dict[tuple[int, str, str], tuple[Cue, _T]] = {}

    def get(self, pattern: Cue, text: str, extra: str = "") -> _T | None:
        hit = self._entries.get((id(pattern), text, extra))
        return hit[1] if hit is not None and hit[0] is pattern else None

    def put(self, pattern: Cue, text: str, value: _T, extra: str = "") -> None:
        if len(self._entries) >= self._size:
            self._entries.clear()  # (a message's stages ask within moments of each other: no order to keep)
        self._entries[(id(pattern), text, extra)] = (pattern, value)


_SPANS: PatternCache[tuple[Span, ...]] = PatternCache(512)


def spans(pattern: Cue, text: str, value: str = "") -> list[Span]:
    found = _SPANS.get(pattern, text, value)
    if found is None:
        found = tuple(Span(m.start(), m.end(), value or m.group()) for m in pattern.finditer(text))
        _SPANS.put(pattern, text, found, value)
    return list(found)


def _re(pattern: str) -> Cue:
    return skipping(re.compile(pattern, re.IGNORECASE | re.ASCII))


_CN_NUM = "[零〇一二两三四五六七八九十]{1,4}"
# a job id read out: four or more digits one by one (三零九一), or with 百/千/万 (两千零五)
_CN_ALL = "[零〇一二两三四五六七八九十百千万]"
_CN_ID = f"(?:[零〇一二三四五六七八九]{{3,9}}|{_CN_ALL}*[百千万]{_CN_ALL}*)"
_CN_BIG = f"{_CN_ALL}*[千万]{_CN_ALL}*"
_EN_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def number(word: str) -> int | None:
    """'12' → 12, '十二' → 12, '一零八八' → 1088 (digit by digit, as job ids are read out)."""
    word = word.strip().lower()
    if word in _EN_NUMBERS:
        return _EN_NUMBERS[word]
    if word.isdigit():
        return int(word)
    value = to_int(word)
    if value is not None:
        return value
    digits = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
              "七": "7", "八": "8", "九": "9"}
    if word and all(c in digits for c in word):
        return int("".join(digits[c] for c in word))
    return _positional(word, digits)


def _positional(word: str, digits: dict[str, str]) -> int | None:
    """'两千零五' → 2005, '六千零一十二' → 6012, '七千二百' → 7200 (units up to 万)."""
    units = {"十": 10, "百": 100, "千": 1000, "万": 10000}
    if not word or any(c not in digits and c not in units for c in word) or not any(c in units for c in word):
        return None
    total, pending = 0, None
    for c in word:
        if c in digits:
            pending = int(digits[c])
        elif c == "万":
            total = (total + (pending or 0)) * 10000
            pending = None
        else:
            total += (1 if pending is None else pending) * units[c]
            pending = None
    return total + (pending or 0)


# --- job ids ----------------------------------------------------------------------------------
_JOB = (
    _re(r"(?<![a-z0-9])(?:h|ho)\s?(?:-|杠|_)?\s?#?(\d{1,9}|[零〇一二三四五六七八九]{2,9})(?![\d])"),
    _re(r"(?:任务|交接单|交接|单子|单号|工单号|申请单|编号|job|task|ticket|request|handover|hand-?off|transfer)\s*(?:no\.?|number|id|"
        r"#|号)?"
        r"\s*[:]?\s*#?(\d{1,9})(?![\d月/\-])(?!\.\d)" + AMOUNT_AFTER),
    _re(r"(?<![\d月第])(\d{1,9})\s*号?\s*(?:任务|交接单?|单子|工单|那单|这单)"),
    # a Chinese numeral needs its 号: 十二号任务, but 统一交接 is no job 1
    _re(rf"(?<![\d月第])({_CN_NUM})\s*号\s*(?:任务|交接单?|单子|工单)"),
    _re(r"第\s*(\d{1,9})\s*号\s*(?:任务|交接单?|单子|工单|移交|申请)"),
    _re(r"第\s*(\d{1,9})\s*单(?![位元价据子生业买])"),  # "第9单不要了，取消掉" (单子 is above)
    # read out in Chinese numerals: 两千零五号单, 三零九一那个任务, 任务三零八八, 第七千二百号任务, 四千零六号
    _re(rf"(?:任务|交接单|单号|编号)\s*({_CN_ID})(?!\s*[项条])"),
    _re(rf"(?<![\d月])第?\s*({_CN_ID})\s*号?\s*(?:任务|交接单?|单子|工单|单|那个任务|那单|那个单)"),
    _re(rf"(?<![\d月第])({_CN_BIG})\s*号(?!项|事项|楼|线|床|位|码)"),
    _re(r"(?<![\d月第.\-/])(\d{1,9})\s*号(?!项|事项|楼|线|床|位|码|\d)"),
    _re(r"(?<![a-z0-9#])单\s?(\d{2,9})(?![\d])"),
    _re(r"\b(?:jobs?|tasks?|handovers?)/(\d{1,9})(?![\d])"),  # a path pasted from the API: GET /jobs/5733
    _re(r"(?<![\w&])#\s?(\d{1,9})(?![\d])"),
    # "What's the status of No. 88?": a number asked after by its progress
    _re(r"(?:(?<=status of )|(?<=status on )|(?<=status for )|(?<=progress of )|(?<=progress on ))"
        r"(?:no\.?|number)\s*(\d{1,9})(?![\d])"),
)


_OTHER_NUMBER = _re(r"(?:订单|快递|运单|物流|发票|报销单?|工号|电话|手机|房间|会议室|"
                    r"\b(?:order|parcel|package|tracking|invoice|expense|room|flight|phone|ext)s?)\s*(?:号码?|"
                    r"no\.?|number|id|#)?\s*[:：]?\s*#?\s*$")


_ANY_NUMERAL = skipping(re.compile(r"[0-9零〇一二两三四五六七八九十百千万]"))


def find_jobs(low: str, taken: list[Span]) -> list[Span]:
    """Job ids (digits as value), not inside spans already `taken` (checklist items, dates), nor
    an order's, parcel's or invoice's number ("订单12345的状态", "status of order #55231")."""
    found: list[Span] = []
    if not _ANY_NUMERAL.search(low):
        return found  # (every id above is digits or Chinese numerals)
    for pattern in _JOB:
        for m in pattern.finditer(low):
            if _inside(m.start(1), taken) or _inside(m.start(1), found):
                continue
            if _OTHER_NUMBER.search(low[max(0, m.start() - 16): m.start(1)]):
                continue
            value = number(m.group(1))
            if value is not None:
                found.append(Span(m.start(), m.end(), f"H-{value}"))
    # "六千零一十二号任务" holds "一十二号任务": the longer reading is the id
    found = [f for f in found if not any(o is not f and o.start <= f.start and f.end <= o.end and
                                         o.end - o.start > f.end - f.start for o in found)]
    found.sort()
    return found


_BARE_NUMBER = _re(r"(?<![\d\-/.:a-z])(\d{2,9})"
                   # "3140个单", "第8817号移交任务": the job's (a count or a date otherwise)
                   r"(?![\d\-/:]|\.\d|\s*(?:月|日|号(?!\s*(?:移交|交接|任务|申请|单))|天|年|元|块|人|"
                   r"个(?!\s*(?:单|交接))|位|点|rmb|%|days?|am|pm))")


def bare_numbers(low: str, taken: list[Span]) -> list[Span]:
    return [Span(m.start(), m.end(), f"H-{int(m.group(1))}") for m in _BARE_NUMBER.finditer(low)
            if not _inside(m.start(), taken) and not _OTHER_NUMBER.search(low[max(0, m.start() - 16): m.start()])]


def _inside(position: int, taken: list[Span]) -> bool:
    return any(s.start <= position < s.end for s in taken)


# --- checklist items --------------------------------------------------------------------------
_ITEM = (
    _re(rf"第\s*(\d{{1,2}}|{_CN_NUM})\s*(?:项|条|个|象|像|向|步|点)"),
    _re(rf"(?:清单|checklist|check list|list)\s*(?:上的|里的|的)?\s*(?:第|#|no\.?\s*)?\s*(\d{{1,2}}|"
        rf"{_CN_NUM}(?=[项条个号]|[^\u4e00-\u9fff]|$))(?![\d月/])"),
    _re(r"(?:item|task|step|no\.|\bpoint)\s*#?\s*(\d{1,2})(?!\d)"),
    _re(r"(?:✅|tick|check|uncheck|untick|(?:cross|mark)(?=\s+off))(?:\s+off)?\s*(?:item\s*)?#?\s*(\d{1,2})(?!\d)"),
    _re(r"(?<![\d#])(\d{1,2})\s*(?:✅|项|那项|这项|号事项|号项|号(?=\s*(?:已)?(?:完成|搞定|弄完|做完|done|ok)))"),
    _re(r"\bitem\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b"),
    _re(r"(?<![\w])#\s?(\d{1,2})\s*(?=done|undo|完成|✅|ok|finished|搞定|弄完|撤回)"),
    _re(r"^\W*(\d{1,2})\s*(?=(?:已经?\s*)?(?:done|undo|ok\b|finished|完成|搞定|✅|取消\s*$|打错勾|勾错))"),
    _re(r"\[x\]\s*(\d{1,2})(?!\d)"),
    _re(r"\bnumber\s*(\d{1,2})(?!\d)"),
)


def find_items(low: str) -> list[Span]:
    found: list[Span] = []
    if not _ANY_NUMERAL.search(low) and "item" not in low.lower():
        return found  # (every item above is numbered in digits or Chinese numerals, or "item one" … "item ten")
    for pattern in _ITEM:
        for m in pattern.finditer(low):
            value = number(m.group(1))
            if value is not None and 0 < value < 100 and not _inside(m.start(1), found) and not (
                    low.startswith("#", m.start()) and ASKED_DONE.match(low, m.end())):
                found.append(Span(m.start(), m.end(), str(value)))  # ("#37 done 了没": job 37, asked about)
    found.sort()
    return found


# --- scope words ------------------------------------------------------------------------------
# (a trade's customers' groups are groups: 经销商客户群)
# what farm-supply and retail trades call their customers: 种植大户, 养殖户, 合作社, 二批商
FARM_AND_RETAIL = "(?:种植|养殖)大?户|农户|合作社|[一二]批商|批发商|零售商"
_TRADE_CUSTOMERS = f"经销商|代理商|加盟商|渠道商|会员|学员|车主|业主|保户|租户|患者|{FARM_AND_RETAIL}"
GROUPS = _re(rf"(?:{_TRADE_CUSTOMERS})?客户群聊?|客户裙|客服群|群聊|群组|社群|(?:企微|微信|大|小)群|"
             r"(?<=[的个些啲])客群|"  # "X开的客群": her customers' groups, said short
             # (把群转给Y, but not 把群里那条通知…)
             r"(?:(?<=[的和及与跟同搭+/、 ,&\u25a1些个几啊呀吧转只连])|^)群|(?<=[把将])群(?![里内中上])|"
             # 群 typed as 裙 beside what marks it as the groups (not 连衣裙, 裙子): 客户和裙, 那些裙, 车友裙 转…
             r"(?<=[的和跟连及与些个])裙(?![子摆装边裤])|"
             r"(?<![衣身褶臀带纱短长])裙(?=\s*(?:也|都|一起|一并|全|转|专|交|给|划|移|拨))|"
             r"(?<=[户部有员带队])群|(?<=客户加)群|"
             # a trade's group run into the words before it, named right before what happens to it
             # ("…先不动 订货群先转给Y")
             r"(?<=[\u4e00-\u9fff]{2})群(?=\s*(?:先|也|都|一起|一并|全|转|交给|给|归|没人管))|"
             # a group named after the customers it serves: 经销商订货群, 学员家长群, 车主车友群 (one kind, groups)
             rf"(?:{_TRADE_CUSTOMERS}|家长|粉丝)"
             r"(?:(?![客户服啊呀和及与跟同连带大家也都就先还再又哦呢吧了的一搭佮共加])[\u4e00-\u9fff]){1,4}?群(?![众体里内])|"
             # a trade's own groups: 车主群, 家长群, 班级群, 经销商群, VIP群 …
             r"(?:业主|车主|家长|家属|班级|经销商|渠道|会员|vip|粉丝|福利|售后|提车|交流|服务|学员|代理|项目|私域|保户|客源|"
             rf"{FARM_AND_RETAIL})群|"
             # any other trade's: 的门店群, 的减脂营群, 的团友群
             r"(?<=[的些个几])(?:(?![客户服啊呀和及与跟同连带])[\u4e00-\u9fff]){1,4}?群(?![众体])|"
             # a clause that opens with one: "…，选片群也一起", "，家属群也要"
             # (or after a Latin word, its space closed: "…to Y, the供水群too")
             r"(?:(?<=[,;.!?:\s])|(?<=[a-z])|^)(?:(?![客户服啊呀和及与跟同连带大家拉建把将])[\u4e00-\u9fff]){1,4}?"
             r"群(?![众体里内])|"
             # 群 mistyped before what adds it: "转运裙也一起转", "送货裙都给他"
             r"(?:(?![客户服啊呀和及与跟同连带大家拉建把将])[\u4e00-\u9fff]){1,4}?裙(?=也|都|一起|一并|一道|一块)|"
             # or as the whole word after 的, before the verb that moves it: "俞嘉树的裙专给Y"
             r"(?<=的)裙(?=[转专交给划移分拨挪]|也|都|一起|全)|"
             # and beside the customers: 车主和车友群, 学员、家长及打卡群
             # ("客户 and 配送群" is read "客户and配送群"; 和 route 群, 和 MICE 会议群: a word in Latin first)
             r"(?:(?<=[和及与跟、])|(?<=连同)|(?<=以及)|(?<=还有)|(?<=\band))\s?(?:[a-z][a-z0-9-]*\s?"
             r"(?:(?![客户服啊呀和及与跟同连带大家])[\u4e00-\u9fff]){0,4}?|"
             r"(?:(?![客户服啊呀和及与跟同连带大家])[\u4e00-\u9fff]){1,4}?)"
             r"群(?![众体里内])|"
             # "the groups of clients of Javier": customer groups
             r"\b(?:(?:customer|client)\s+(?:success|service|care|support|wechat)\s+|customer |client |wechat )?"
             r"(?:group chats?|groups?|grps?|groupchats?|gcs?|chats|chat(?:ting)? rooms?)"
             r"(?: of (?:the )?(?:clients|customers))?\b")
CUSTOMERS = _re(r"(?:微信|企微|外部)?客户(?!群|裙|经理|投诉|那边|都认|关系|资料|组|部|中心)|顾客|"
                r"(?:微信|企微|外部|客户)好友|"
                r"(?<=的)好友|(?:微信|企微|"
                r"外部)?客户关系(?=\s*(?:转|移|交|迁|给|划))|客服(?!群|中心|部|主管|经理|专员|人员|同事)|外部联系人|联系人|"
                r"外联|(?<=[的有晒其])客(?![户服人])|老客(?![户服人])|加的人|加的好友|"  # Cantonese 啲客, 所有客
                r"(?:净水|注册|付费|会员|终端|老|新)?用户(?!名|组|权限|账号|密码|协议|体验)|"
                # what each trade calls its customers: agents' 业主/客源, insurers' 保户, schools' 学员家长 …
                r"业主|客源|保户|准客户|学员家长|学员|家长(?!会)|车主|租客|会员(?!卡|费|日)|渠道商|经销商|代理商|加盟商|"
                # farm-supply and retail trades' (种植大户, 养殖户, 二批商, 门店老板; not their groups: 养殖户群)
                # (a co-op gone to is a place: "他去合作社送货")
                rf"(?:(?<![去到在])(?:{FARM_AND_RETAIL})|分销商|门店老板|店老板)"
                r"(?![群裙])|"
                r"\b(?:student\s+)?parents\b|\bchannel\s+partners?\b|\b(?:dealers?|distributors?|resellers?|"
                r"policy\s*holders?|home\s*owners?|car\s+owners?|(?<!group\s)(?<!chat\s)owners|buyers|sellers|tenants|"
                r"landlords|hcps|kols|"
                # the people other trades serve, as their writers call them ("her PT members", "swim parents")
                r"students|members|patients|guests|subscribers|policyholders|"
                r"1:1 contacts)\b|"
                r"(?:(?<='s\s)|(?<='s\swhole\s)|(?<='s\sentire\s)|(?<='s\sfull\s)|(?<=\swhole\s))book\b|"
                r"\b(?:wechat |external )?(?:customers?|clients?|contacts?|"
                # ("everything under her account": in her name, not her accounts)
                r"(?<!under his )(?<!under her )(?<!under their )(?<!under my )"
                r"accounts?(?!\s+(?:renewal|review|manager|number|password|settings))|cs|custs?|"
                r"book of business|"
                r"portfolio)\b")
# "everything", as opposed to "all" of what was just named ("her clients, all to Y"): with no kind named beside it,
# it moves both ("move everything to Monica", "把他乜都转给Y", "the lot")
_EVERYTHING = r"一切|(?<=的)东西|everything|乜都|啥都|什么都|一样也别落下|一样不落|\b(?:the|whole|the whole) lot\b|" \
    r"\bthe (?:whole )?(?:shebang|works|kit and caboodle)\b"
EVERYTHING = _re(_EVERYTHING + r"|\b(?:tout|tudo)\b")
ALL = _re(r"全部|全量|所有|全都|统统|通通|一股脑|\ball\b|" + _EVERYTHING)


# --- verbs and direction markers --------------------------------------------------------------
# Verbs that alone mean "move a person's customers" (with the typos voice input makes).
STRONG_VERB = _re(
    r"交接(?!班)|交结|交节|交界|胶接|浇接|焦接|叫接|移交|转交|转移|专交|转走|转出|划转|划走|划给|分给|拨给|"
    r"挪给|过给|转给|"
    r"接手|接管|接替|继承|迁移|新(?:的)?(?:负责人|跟进人|对接人)|重试|再跑一遍|再跑一次|重跑|重新跑|"
    r"\btry\b.{0,24}\bagain\b|"
    r"\bre-?run\b|重新转|重转|再试|再来一次|重新来|\bhand(?:ing|"
    r"ed|s)?\s*(?:it\s+|"
    r"them\s+)?(?:over|"
    r"off)\b|\bhandover\b|\bho\b|"
    r"\btransfer(?:red|ring|s)?\b|\breassign(?:ed)?\b|\bmigrate\b|\b(?:take|takes|taking|took)\s+over\b|"
    r"\btake\b|\breallocate\b|"
    r"\bretry\b|\bhand\b|\bneeds? (?:a )?new owner\b|\bre-?hom\w*|\bre-?parent\w*|\bneeds? a (?:permanent )?home\b"
)
WEAK_VERB = _re(r"'s\s+(?:successor|replacement)\b|给到|交给|转到|移到|移动到|(?<=[户群人])\s*到(?=\s*\u25a1)|"
                r"分配|交到|交(?=\u25a1)|换成|改成|"
                r"改为|变更为|转|给|\b(?:move|moved|give|merge|"
                r"consolidate|offload|fold|"
                r"given|send|"
                r"pass|assign|shift|go(?:es)?|"
                r"should go|route|allocate)\b")
# Markers after which the receiving person stands.
# (给是 is Yunnan's "is it …?", no 给)
TO_MARKER = _re(r"(?:交接|交结|交节|胶接|浇接|移交|转交|转移|专交|转|交|划|分|拨|挪|过|分配|留|发|丢|送)?"
                r"给(?!是)(?:到)?|"
                r"(?:转|移|交|划|分|分配|交接|转移|挪|拨|过|放|转交|移交|迁|迁移|改|弄|挂|落|移动|并|合并)(?:到|至)|改挂|"
                r"(?:弄|搞|放|拨|转)去(?=\s*\u25a1)|"
                # "move X 的 customers 去 Y 那边": a Latin verb, then 去 the receiver's side
                r"(?<=[a-z\s])去(?=\s*\u25a1+\s*(?:那边|那里|那儿|名下|手上))|(?:(?<=[户群就转都侪])|(?<=全部))\s*(?:分|拨|挨)(?=\s*\u25a1)|"
                # Min and Hokkien "give": 乞 (转乞, 装乞), 予 (转予, 交予); Hunan 把 after what moves, before a
                # receiver that ends the clause ("车队客户把卞春霞，")
                r"(?:转|交|装|拿)?乞(?=\s*\u25a1)|(?<![给授赋参])(?:转|交)?予(?=\s*\u25a1)|"
                r"(?<=[户群])把(?=\s*\u25a1+\s*(?:[,.!;]|$))|(?<=负责人|跟进人|归属人)\s*改(?=\s*\u25a1)|\bgive\s+for\b|"
                r"(?<=[户群人])\s*到(?=\s*\u25a1)|"
                # Tagalog "kay" before a person: to ("ibigay kay Y"; after "ng" it is of: "lahat ng kay X")
                r"(?<!\bng\s)(?<!\bang\s)\bkay(?=\s+\u25a1)|"
                r"(?:(?<=move)|(?<=transfer)|(?<=assign)|(?<=re-home)|(?<=migrate))\s*到(?=\s*\u25a1)|"  # move 到 X
                r"接收人|接手人|接替人|继承人(?:选|选定|定为|是|为)?|(?<![\u4e00-\u9fff])(?:接手|接收|接替)\s*:|(?<![^\s,;])新\s*(?=:)|\bonto\b|"
                # ("registered/listed under X" says whose they are)
                r"(?<=\s)(?<!registered\s)(?<!listed\s)(?<!filed\s)(?<!booked\s)(?<!still\s)(?<!remain\s)(?<!stay\s)under(?=\s+\u25a1)|(?:转|交|移|"
                r"划)晒?去(?!哪)|(?<=\s)-(?=\s)|"
                r"(?:交|转|改|转交|移交|划)由|"
                r"(?<![回])归(?!属|档|还|纳|类)(?=\s*\S)|→|(?:(?<=be\sassigned\s)|(?<=be\sallocated\s)|(?<!\sassigned\s)(?<!\sallocated\s)(?<!belonging\s)(?<!belongs\s))\bto\b(?!\s+be\b)|\btae\b(?=\s+\u25a1)|换成|改成|改做|改为|改owner成|(?<=群主)\s*换(?![了过])|变更为|更换为|"
                r"\b(?:be|been|now)\s+owned\s+by\b|(?<!customers\s)(?<!clients\s)(?<!accounts\s)(?<!contacts\s)(?<!groups\s)(?<!formerly\s)(?<!previously\s)"
                r"(?<!originally\s)(?<!currently\s)\b(?:taken(?:\s+over)?|takeover|handled|managed|looked\s+after|picked\s+up|covered|inherited|"
                r"received|serviced|followed\s+up|handed(?:\s+over)?|transferred|reassigned|moved|given|replaced|succeeded|"
                r"backfilled)\s+by\b|"
                r"\binto\b|\b(?:sit|land)\s+with\b|(?<=[a-z]\s)2(?=\s+\u25a1)|"  # texting: "accounts 2 kaden moss"
                r"(?<=\bthem\s)with(?=\s+\u25a1)|(?<='em\s)with(?=\s+\u25a1)|"  # "she wants them with Sela Mafi"
                # "to" in the writers' own languages, right before a person: Kriol/Bajan tu, Shetland ta, Tok Pisin
                # long, Spanish a/pa'/para, French à
                r"\b(?:tu|ta|long|pa'?|para|à)\s+(?=\u25a1)|(?<=[a-z,]\s)a(?=\s+\u25a1)|"
                # Wuhan 把 for 给 before a receiver that ends the clause: "…把阳光就行了"
                r"(?<![\u4e00-\u9fff])把(?=\s*\u25a1+\s*(?:就行|就好|就可以|吧|好了|[,.!;]|$))|"
                r"\bare\s+(?:now\s+)?(?=\u25a1+'s?\b)|"  # "…'s clients are Y's now"
                r"(?<=\bmove\s)on(?=\s+\u25a1)|(?<=\bgo\s)on(?=\s+\u25a1)|"
                r"\bnew owner\s*(?:is|:|=|-)?|\bowner\s*:|"
                r"\b(?:correct|proper|right|new|actual)\s+(?:receiver|recipient|transferee|transfer|successor)\s+"
                r"(?:is|should be|will be|shall be|:)|新(?:的)?(?:负责人|跟进人|对接人)\s*(?:是|为|:)?")
# "由李娜接手" / "让李娜来接" / "李娜 take over": the receiver stands BEFORE these.
TAKES_VERB = _re(r"(?:来)?(?:接手|接管|接替|继承|顶上|顶替|代替|替换(?![成为])|顶一下|顶着|(?<![交转迎直连对])接)"
                 r"(?!\s*:|受|收|待|到|人|"
                 r"口|单|触|着|下来|了|得|个(?=\s*[,.;!?，。]))|"  # (Hakka "X接个，": X took it, long ago)
                 r"(?<=[\u4e00-\u9fff\u25a1])(?:来)?(?:负责|跟进|对接|承接|照看|照顾|打理|维护|服务)|"
                 r"(?:来)?(?:当|做|担任)(?:新的?)?群主(?!的)|接了(?=\s*(?:[,.;!?~吧]|$))|"  # ("X当群主的那些群": whose)
                 r"\bin\s+charge\s+of\b|\b(?:assumes?|assuming|takes?|taking)\s+responsibility\s+for\b|"
                 r"(?:接着|(?:帮忙)?跟(?:着)?)(?=\s*(?:[,.;!?~]|$))|(?:来|去)跟(?:进)?(?=\s*\u25a1)|接收(?!人)|"
                 r"\b(?:have|own|owns|absorb|absorbs|inherit)(?=\s+(?:all\s+(?:of\s+)?)?(?:\u25a1|"
                 r"the\s+customers|customers|"
                 r"clients))|\b(?:responsible|accountable)\s+for\b|\bbackfill(?:s|ing)?\b|(?:来)?(?:负责|跟进|"
                 r"管)(?=\s*(?:[,.;!?]|$))|"
                 r"\b(?:become|(?:be|been|is|was|get|gets)\s+made)\s+(?:the\s+)?(?:new\s+)?owner\b|\b(?:the\s+)?(?:new\s+)?owner\s+(?:of|for)\b|"
                 r"(?<=\bto\s)own\b|(?<=\bwill\s)own\b|(?<=should\s)own\b|"
                 # (not "took the job at the Shenzhen branch", "taking leave")
                 # (by letters, not \b: "X帮忙take over一下Y的客户" comes with its spaces closed)
                 r"(?<![a-z])(?:take|takes|taking|took)(?:\s+over)?(?![a-z])(?!\s+(?:(?:the|a|an|his|her|their|some|up)\s+)?(?:new\s+)?"
                 r"(?:job|position|role|offer|post|leave|time\s+off|break|day|days|week|weeks|vacation|holiday|"
                 r"sabbatical|course|class|exam|flight|train|call)\b)|\binherit(?:s|ing)?\b|\b(?:get|gets|got)\b(?!\s+(?:heaps|lots|loads|tons|plenty|a\s+lot|many|too|"
                 r"some|\d+)\b)(?!\s+(?:promoted|transferred|moved|relocated|"
                 r"reassigned|posted|seconded|fired|laid\s+off|let\s+go|hired|sick|married|sent|a\s+(?:new\s+)?"
                 r"(?:job|offer|role|position))\b)|"
                 r"\breceiv(?:e|es|ing)\b|\bsucceed(?:s|ing)?\b|\bstep(?:s|ping)?\s+in\b|\bgetting\b|被分配了?|"
                 r"\b(?:was|were|is|are|been|being)\s+(?:given|handed|assigned|allocated)\b(?!\s+(?:to|by|over)\b)|"
                 r"\breplac(?:e|es|"
                 r"ing)\b|\b(?:handle|handles|handling|manage|manages|managing|look(?:s|ing)?\s+after|"
                 r"pick(?:s|ing)?\s+up|cover(?:s|ing)?(?!\s+for\b)|service|services|servicing|"
                 r"run(?:s|ning)?(?=\s+\u25a1)|"  # "Y is going to run X's owner groups"
                 r"be(?:come)?\s+responsible\s+for|deal(?:s)?\s+with)\b(?!\s+(?:to|over\s+to|across\s+to)\b)")
TAKES_LEAD = _re(r"(?:由|让|请|叫|安排)\s*$")
FROM_MARKER = _re(r"\b(?:from|of)\b")

# Objects that make a handover look-alike not ours: keys, files, money, a meeting room.
# what moves, said in English as a plain noun ("the luau clients X get", "clients à Gilles", "project clients")
WHAT_MOVES_EN = r"(?:clients?|customers?|accounts?|chats?|groups?)"
# a question about the company's rules for handovers, not a request: "公司规定离职同仁的客户多久内一定要交接完？",
# "客户多久之内必须完成移交？行里有没有制度", "what's our policy on customers when someone leaves?", "is that a
# regulatory thing"
POLICY_QUESTION = skipping(re.compile(
    r"(?:规定|制度|政策|合规要求)[^。!.]{0,40}[?？吗]|[?？吗][^。!.]{0,20}(?:规定|制度|政策)|"
    r"(?:多久|多少天|几天)(?:之内|以内|内)?[^,.;!?，。]{0,12}(?:必须|一定|最晚|最迟)|"
    r"\b(?:our|the|company|any)\s+(?:policy|policies|rules?)\b[^?]{0,120}\?|\bregulatory\b[^?]{0,60}\?|"
    r"\?[^?]{0,60}\b(?:our|the|company)\s+(?:policy|policies|rules?)\b",
    re.IGNORECASE))
# who took over a sports team or a job title, talked about: "听说那个中超球队被新老板接手了", "Did you see who took
# over as Chelsea manager?", "who's taking over from X as head of CS?" — no customers of ours move
TEAM_OR_TITLE_TAKEN = skipping(re.compile(
    r"球队|足球|篮球|主帅|主教练|球迷|中超|英超|西甲|曼联|曼城|切尔西|利物浦|阿森纳|申花|国安|恒大|"
    r"\b(?:football|soccer|basketball|baseball|cricket|rugby)\b|\b(?:coach|gaffer|premier league|spurs|chelsea|"
    r"arsenal|liverpool|man (?:utd|united|city)|super eagles)\b|"
    r"\b(?:take[ns]?|taking|took)\s+over\s+(?:at\s+\S+\s+|from\s+\S+(?:\s+[A-Z]\S*)?\s+)?as\s+(?:the\s+)?(?:new\s+)?"
    r"(?:\S+\s+){0,2}(?:manager|head|lead|director|coach|captain|chair|ceo|cfo|cto|vp)\b(?:\s+of\s+[^\s?.,!]+)?",
    re.IGNORECASE))
# who receives left to the reader or not decided yet ("给谁你看着办", "转给谁你先问下", "谁接回头再定",
# "up to you"): a handover without its receiver, not a question where the customers went
# (Cantonese "转俾边个迟啲再话你知" comes normalized as 给谁迟的再话)
RECEIVER_LEFT_OPEN = skipping(re.compile(r"(?:给谁|谁接|谁来接)\W*(?:你|您|你们|我|我们)?\s*"
                                         r"(?:住|先|回头|晚点|之后|稍后|[迟晚](?:的|点|些))?\s*(?:再)?"
                                         r"(?:看着办|定|决定|安排|问|待定|还没定|未定|没定|话|讲|说|告诉|还没想好|没想好|想想)|"
                                         # "给谁等我问下老板再说": who, after someone is asked
                                         r"(?:给谁|谁接|谁来接)[^,.;?!]{0,12}?再(?:说|定|讲|告诉)|\bup to you\b|"
                                         # "给谁还没拍板", "接手的人店长还没定", "谁接还要再问一下经理"
                                         r"(?:给谁|谁接|谁来接|接手的人?|接的人|接收人)[^,.;?!]{0,8}?(?:还没|未|没)(?:定|拍板|决定|确定)|"
                                         r"(?:给谁|谁接)[^,.;?!]{0,4}?(?:还要|要)?再?问|"
                                         # "to whom I will intimate shortly", "but to who I confirm with my boss first",
                                         # "who receive we decide later", "we never decide who go collect am"
                                         r"\bto whom?\s+(?:i|we)(?:'ll|\s+will|\s+shall)?\s+"
                                         r"(?:intimate|confirm|tell|decide|let)\b|"
                                         r"\bwho\s+(?:receive|receives|takes? (?:it|them)|gets? (?:it|them))\s+(?:we|"
                                         r"i)\s+"
                                         r"(?:decide|confirm|tell)|\b(?:never|not yet)\s+decide\s+who\b|"
                                         r"\bwho takes (?:it|them) once\b|"
                                         # "not sure to whom yet", "don't know who yet", "receiver TBD"
                                         r"\b(?:not sure|unsure|(?:don'?t|do not) know|undecided|"
                                         r"(?:haven'?t|have not|not yet) decided)\s+"
                                         r"(?:yet\s+)?(?:to\s+)?whom?\b|"
                                         r"\b(?:tbd|tbc|to be (?:decided|determined|confirmed))\b",
                                         re.IGNORECASE))
NOT_OURS_OBJECT = _re(
    r"钥匙|文件|文档|电脑|笔记本|报销|发票|合同|资料袋|工牌|门禁|会议室|会议(?![客群])|工作证|设备|快递|包裹|材料|物品|车|钱|款|"
    r"周报|日报|月报|报告|工单|工位|座位|办公桌|投影仪|电话|值班|邮件|节目单|微信号|项目|bug|任务书|"
    r"交接班|[早晚夜白中]班|班次|排班|前台|投诉|午饭|午餐|吃饭|电脑账号|密码|预算|指标|招聘|招人|招一个|"
    r"满意度|转化率|转介绍|岗位|职位|组长|当组长|转正|入职|晋升|调薪|加薪|权限|管理员|"
    r"交接完工作|交接(?:一下|下)?(?:工作|手头的工作|事情|业务)|工作交接|拜访|考勤|打卡|工资|薪资|"
    r"业绩|销售额|ppt|样品|退费单?|退款单?|大会|展会|课件|课表|商机|分机|来电|转驳|车票|机票|高铁票|火车票|门票|朋友圈|点赞|"
    r"回访表|报表|社保|公积金|人事档案|档案|离职证明|欠款|货款|尾款|桌上|桌子上|配送线路|线路|路线|群公告|公告|"
    # papers and things in hand: originals, certificates, seals, drives, a painting, a car's title
    r"看样|看房|带看|(?:原件|证书|执照|公章|印章|硬盘|u盘|护照|身份证|证件|户口本|那幅|这幅|(?<=[那这])台)(?!\S{0,2}(?:客户|客人|群))|"
    # an approval, a gift, a message ("for your approval": asked of the reader, not what moves)
    r"审批|礼盒|礼品|礼物|名片|(?<!客户)工作(?=\s*(?:都|也|就)?\s*(?:交给|转给|移交给|交接给))|消息|留言|复核|审核|过目|回复|答复|锦旗|(?<=[那这个一])件(?![事])|^看(?:一下|一眼|看)(?=\s*(?:[,.;!?]|$))|(?<=的)\s?approval|(?<=the\s)approval|报修|"
    r"链接|\b(?:links?|keys?|car|slides?|deck|samples?|laptop|files?|documents?|rmb|usd|money|dollars?|yuan|meeting|room|badge|reports?|expenses?|"
    r"invoices?|package|desk|call|calls|phone|project|ticket|tickets|bug|email|emails|seat|office|okrs?|kpis?|"
    r"announcements?|"
    r"parking|shifts?(?!\s+(?:the|all|his|her|their|them|'?em|it|these|those|everything|over|across|to|him)\b)|front\s+desk|reception|complain\w*|lunch|dinner|password|accounts?\s+password|budgets?|"
    r"quotas?|forecasts?|targets?|roadmap|hire|hiring|recruit\w*|a hand|airport|team lead|as lead|role|position|"
    r"promotion|probation|refunds?|permissions?|admin rights|access|visits?|attendance|salary|"
    r"opportunit(?:y|ies)|contracts?|quotations?|extension|bonus|deposits?|tickets?|orders?|appointments?|lessons?|"
    r"evening|pick-?up|parcels?|courier|gifts?|hampers?|hearings?|court|messages?|costumes?|props|routes?(?=\s+for\b)|"
    # (things of an office or a trade handed over: "the moulds were handed over", "the cheque … handed over to the
    # accounts team", "transfer the Figma licence", "hand over the 1password vault", "the client's cheque")
    r"(?:moulds?|molds?|cheques?|licen[cs]es?|domains?|vaults?|receipts?|keys?|samples?)\b"
    r"(?![\s-]*(?:group|chat|client|customer|account|contact|holder)s?\b)|"
    r"uniforms?|outfits?|class(?:es)?(?![- ](?:booking\s+)?(?:chats?|groups?|"
    r"students?|parents?|members?|clients?|customers?|kids|families))|(?:delivery|bus|sales|milk|paper|school|truck)\s+routes?|(?:month|year|quarter)-?end(?:\s+close)?|"
    r"bookings?(?!\s*(?:chats?|groups?|clients?|"
    r"customers?)))\b|"
    r"\$\s*\d|\d+\s*(?:元|块)"
)
# What a cancel is about when it is not ours.
NOT_OURS_CANCEL = _re(
    r"会议|开会|周会|例会|会$|约$|订阅|预约|预订|订单|快递|spotify|netflix|航班|机票|酒店|闹钟|约会|面试|会员|"
    r"自动续费|聚餐|团建|出差|请假|快递|外卖|年假|病假|事假|调休|假期|休假|"
    r"\b(?:vacation|pto|time off|leave request)\b|"
    r"\b(?:meeting|subscription|appointment|booking|reservation|order|flight|hotel|alarm|membership|call|"
    r"interview|lunch|dinner|trip|leave)\b"
)

# --- intent cues ------------------------------------------------------------------------------
CANCEL = _re(
    r"取消|撤销|撤回|撤了|撤掉|撤下|撤\b|撤(?=\s|$|h|\d)|作废|不要了|不需要了|不用了|不做了|不要做了|不用做了|不交接了|"
    r"先不交接|不弄了|不转了|别转了|不交了|不(?:用|需要|要|想|打算|准备)(?:再)?(?:交接|转|移交|做)了|"
    r"别做了|算了|去笑|勿要转|撤脱|拉倒|不整了|不搞了|唔要住|唔要喇|作罢|撤之|"
    r"去消|不要交接|别弄|别转|\bstop\b|\b(?:cancel(?:led|ling)?|cxl|abort|withdraw|revoke|retract|call\s+(?:it\s+|this\s+|that\s+)?off|scrap(?!\s+(?:metal|iron|yard|paper|copper|steel))|"
    r"nevermind|"
    r"never\s+mind|kill|scratch\s+(?:that|it|this)|undo(?=\s+(?:the|my|that|this)\s+(?:handover|transfer|"
    r"request)))\b|"
    r"\bno\s+need\b|\bdon'?t\s+need\b|\bstop\s+everything\b|\bbe\s+(?:stopped|cancell?ed|withdrawn|called\s+off)\b|\bdon'?t\s+(?:do|"
    r"proceed\s+with|run)\b|\bhold\s+off\s+on\b|"
    r"\bno\s+longer\s+(?:needed|required|necessary)\b|\bnot\s+needed\s+any\s*more\b|"
    r"\b(?:annul|void|rescind|nix)\b|\bbin\s+(?=(?:the\s+)?(?:job|it|that|this|handover|request|h-?\d|#?\d))|"
    # in the writers' own languages (accents folded): annuler annulez annule annulla anile cancela cancélame
    # cancelar hủy 취소 stopim, 停掉; and "pull / scratch" a job
    r"\b(?:annul\w*|anul\w*|anile|cancel[a-z]+|huy|stopim|storno\w*)(?=\s+(?:(?:le|la|el|the|job|handover|"
    r"transfer|giùm|giup|ce|this|that|it)\s+)*(?:h-?)?#?\d)|\d{3,}\s*(?:취소|annulla|cancel)|停掉|"
    r"\b(?:pull|scratch)\s+(?=(?:the\s+)?(?:job\s+)?(?:h-?)?#?\d)|\bpull\s+the\s+one\s+i\b|"
    r"\b(?:scratch|bin|pull|ditch|drop)\s+(?=(?:the|my|that|this)\s+(?:handover|transfer|request|job)\b"
    r"(?!\s+(?:history|records?|logs?|list|report|status|details)))"
)
# a handover talked about, not asked after or requested ("discuss X's handover", "跟X聊客户交接的事")
HANDOVER_TALK = (r"\b(?:discuss|talk\s+(?:about|through)|go\s+over|walk\s+(?:me\s+)?through)\s+(?:the\s+)?"
                 r"(?:\u25a1+'s?\s+)?(?:handover|transition)\b|(?:聊|谈|讨论|商量|沟通|对)\S{0,8}?交接(?:的事|事宜|细节|安排)")
# a done word asked about ("#37 done 了没", "done yet?", "完成了吗"): whether a job is done, not a tick
ASKED_DONE = re.compile(r"\s*(?:done|finished|complete[d]?|完成|好)\s*(?:了)?\s*(?:没|吗|么|嘛|未|\byet\b|\?)",
                        re.IGNORECASE)
# whether it is done, asked in the dialects' words: a verb of doing (or none), a word for finished, an aspect
# particle, then a question word — 好哉伐 弄毕 搞掂未 弄妥了木有 好势未 转咖冇 弄好哩冇 做呢了 整明白没 好了毛;
# how far it got — 转到么子程度 整得咋个样 弄成甚样 搞得么子样 弄了按怎; and when it will be done — 嘛时候能弄完
DONE_QUESTION = (
    r"(?:撒|哪样|么子|么个|甚)情况|\b(?:done|ready|finished|through|complete)\s+or\s+not\b|"
    r"(?:(?:转|交接|移交|弄|搞|整|做|办|跑|走)(?:完|好|毕|妥|掂|成|中|归一|过去|过来|好势|明白|利索)"
    r"(?:了|咗|哒|哩|咖|嘞|啦|哉|爻|晒|未|冇)?|"  # (a bare 好 asks with an aspect particle: not "…可好?")
    r"(?:完|好|毕|妥|掂|成)(?:了|咗|哒|哩|咖|嘞|啦|哉|爻|晒)|好势)\s*"
    r"(?:吗|嘛|没有?|冇|未|无|否|伐|弗|木有?|毛|啵|莫|不|咯|呀|啊|[?])|"
    r"(?:转|交接|移交)(?:了|咖|咗|哒|哩|过)\s*(?:没有?|冇|未|无|否|伐|弗|木有?|毛)(?![\u4e00-\u9fff])|"  # 转咖冇 转了无
    r"阿(?:转|弄|搞|整|做|办)?(?:完|好|妥)|"  # (Wu: 阿 asks, 阿转好哉)
    r"(?:转|交接|弄|搞|整|做|办)(?:到|得|成|了)\s*(?:么子|什么|哪|甚|咋个|啷个|哪样|么样|么哩|怎|按怎|咋|啥)"
    r"\S{0,2}?(?:程度|样|地步|步|了)|"
    r"(?:几时|啥辰光|嘛时候|什么时候|么时候|多久|几点)\S{0,3}?(?:转|弄|搞|整|做)?(?:得)?(?:好|完)"
)
STATUS = _re(
    r"(?:完成|转完|做完|办完|弄完|整完|搞定|处理完|交接完|好|跑完|结束|成功|利索)了?(?:吗|没有?|嘛|么|未|莫得|伐)|"
    r"(?:转|交接|移交|弄|整|挪)过去(?:了)?(?:吗|没有?|未)|(?:怎么|咋)还(?:显示|在|挂)|\bgone\s+through\b|"
    r"\bwent\s+through\b|(?:搞|转|弄|整|做)成点|点样|"
    r"怎么还没|还没好|还没完|"
    r"还在跑|在跑吗|还在转|进行到哪|进行得怎么样|"
    r"走到哪|什么时候能好|"
    r"进度|近度|尽度|进展|状态|有结果|结果如何|有进展|哪一步|到哪|走到哪|啥情况|什么情况|嘛情况|(?<!怎)么样了|办理情况|进展情况|情况如何|进展如何|(?:转|弄|搞|办|做)好了?没|怎么样(?![把将转交])|咋样|"
    r"如何了|卡住|卡在|还在审|"
    r"批了没|通过了没|(?:审批|批准|审核)(?:过|完|好)?了?(?:吗|没有?|未)|(?:转|交接|移交)(?:咗|了|晒)(?:未|没有?)|"
    r"通过没|呢样|(?:弄|搞|整)起(?:了)?没(?:得|有)?|好了伐|"  # 呢样 (for 点样), 弄起没得 (Sichuan 'done yet?')
    r"批了吗|完成了吗|完成没|好了没|好了吗|办完了没|做完了吗|转完了没|完了没|多久|还没批|没批|审完了|结果怎么样|"
    r"转没转成功|"
    # 给是/阿是/得是 (Yunnan, Wu, Shaanxi 'is it …?'), 'moved or not yet?'
    r"(?:给是|阿是|得是|是不是)\s*(?:转|交接|弄|搞|办)?(?:完|好|没好)|(?:转|交接|移交|弄|搞|办)(?:完|好)(?:了|爻)?\s*(?:咯|哉|吗|嘛|没|未|弗|嘎)?\s*[?？]|(?:多晚|几时)能?(?:转|弄|搞)?好|"
    r"\bgo(?:ne)? through\s*\?|\b(?:yet|already)\s+or\s+(?:what|not)\b|"
    r"\bhas\b.{0,40}\b(?:finished|completed)\b|\bstill (?:haven'?t|have not|not)\b|"
    r"\bchk\b|\bprog\b|\bfully with\b|"
    r"弄得咋|弄得怎么样|\bor not yet\b|\bmoved or not\b|\bnot yet\s*\?|过去了没|过去没|阿(?:搞|弄|转)?好了|"
    r"\b(?:status|progress|st|hold-?up|eta|"
    r"(?:what'?s|what is) going on|going on with|any news|news on|pending|finished|"
    r"finish|done yet|update on|updates? on|how'?s|how is|"
    r"where are we|where'?s|where is|happening|still pending|is finish|how long|stuck|how far|"
    # 'already' asks only about something done ('resign already lor' in Singlish tells a departure)
    r"(?:done|moved|transferred|finished|complete|through|approved|over|gone)\s+already|"
    r"already\s+(?:done|moved|transferred|finished|complete|through|approved)|"
    r"(?:has|have|did|were|are)\b.{0,40}\bmoved over|been approved|approved yet|been (?:done|completed)|"
    r"is .{1,40} (?:done|finished|complete|completed))\b|\b(?:done|finished|complete)\s*(?:yet)?\s*\?|咋还没|"
    r"还没动|还没开始|还有多少没|还剩多少没|还剩几个没|还有几个没|还有\s*\d+\s*个?没|为什么还有|怎么回事|"
    r"还没(?:转|交接|弄|做|处理)完|有没有\s*(?:failed|失败|没成功|没转成)|\bwhat happened\b|\bany joy\b|"
    r"\b(?:current )?state of (?:the )?(?:transfer|handover|job|request)|" + DONE_QUESTION
)
RECORDS = _re(
    r"哪些客户|哪几个客户|在谁那|在谁手|谁手上|谁手里|谁批准|谁审批|\bwho approved\b|"
    r"(?<!聊天|群聊|会话|沟通|对话)(?:记录|继录|纪录)|历史|日志|"  # a pasted 聊天记录 is no transfer record
    r"(?<=的)流水|"
    r"流水(?:账|记录)|流向|明细|(?:的|\btransfer|\bhandover)\s?details?(?![a-z])|档案|留痕|转给谁|"
    r"\bdetails?\s+(?:of|for|on)\s+(?:the\s+)?(?:job|task|h-?\d|#\d|\d)|"  # "the details of H-3098"
    r"转给了谁|给谁了|给了谁|给过谁|交给过|转给过|以前的交接|之前的交接|"
    r"去哪了|去哪儿了|谁接|转到哪(?!一步|步)|转去哪|转了?去边|(?:去|到|给)了?谁(?:那|手)|了给谁|(?:之前|原来|以前)是谁的|"
    r"(?:交接|移交|转)过(?:客户|吗|没)|(?:转|交接|移交)了多少|(?:转|交接|移交|"
    r"给)过(?:哪些|谁|什么)|"
    r"转了哪些|(?:都)?转了谁|转(?:给|分)?(?:什么|啥|么)人|交接了哪些|转过边(?:啲|的)|转过(?:啲|的)?咩|接过谁|接过哪些|以前接过|移交了哪些|转走了哪些|谁在跟|谁跟|"
    r"\b(?:records?|history|logs?|audit|trail|who got|who receive[sd]?|who received|transfer to who|went to|who took|"
    r"who has|what happened to(?!\s+(?:job\s+|task\s+|#|h-?)?\d)|where did|who did|end(?:ed)? up|"
    r"(?:past|previous|earlier|old)\s+(?:transfers?|handovers?)|"
    r"what was transferred|where .{0,20} go(?:es)?|what moved|what (?:was|got|has been) (?:moved|transferred|"
    r"handed over)|"
    r"(?:which|what) (?:customers|clients|groups|accounts) did|"
    r"(?:which|what) (?:customers|clients|contacts|groups|accounts) (?:were |got |have been )?(?:moved|"
    r"transferred|handed over|went over|went across))\b"
)
LIST = _re(
    r"列出|列一下|列一哈|列个|列列|列示|\bevery (?:job|handover)s?\b|"
    r"(?:所有|全部)的?\s*(?:handover|transfer|交接)?\s*jobs?\b|\b(?:show|all)\s+(?:\w+\s+)?transfer jobs\b|"
    r"\boverview of (?:all|my)\b|等(?:俺|额|阿拉|侬)批|要(?:俺|额|我)审批|还有啥没批|仲未搞掂|"
    r"列表|全列|列下|列嚟|列来看|我\s*submit|有哪些|哪些|哪几(?:单|个|笔|件)|边啲|有冇(?=\s*(?:交接|单))|有几个|待我?批准|等我批准|几个交接|待我核准|待核准|要批的|要审的|要我批|签核|"
    r"需要批的|多少个?(?:交接|任务|单)|"
    r"一共(?:有)?(?:多少|几)|我(?:自己)?(?:发|建|提|交)(?:过)?的|我(?:自己)?提交过|待审批|待审|待批|待我审批|等我批|等我审批|等审批|"
    r"在等.{0,3}批|几(?:单|笔|个)\S{0,10}?(?:没批|未批|待批|等我|卡在我)|"  # 还有几单交接卡在我这里没批
    r"\b(?:all|show|list|my)\s+pending\b|\bwaiting (?:on|for) me\b|\bwaiting (?:for )?my approv\w*|"
    r"\bevery hand-?off\b|\bin flight\b|\bin progress\b|进行中|\bfor me to (?:sign[- ]?off|approve)\b|"
    r"\bpending\s*\??$|审批中|待办|代办|所有.{0,6}(?:交接|任务)(?!给)|全公司的?(?:交接|任务)|全部的?(?:交接|"
    r"任务)(?!给)|(?<!帮)我发起|我提交|我提的|我提过|我申请的|"
    r"我的申请|"
    r"我的交接(?!记录|进度|历史|状态)|我的ho|需要我审批|需要我批|要我审批|"
    r"任务清单|(?<!离职)交接清单|等着我批|等我深批|深批|"  # (离职交接清单 is the offboarding checklist)
    r"\b(?:pending approvals?|pending appr|pending handovers?|pending (?:ones|items|requests)|my requests?|"
    r"(?:what|which|any) handovers|handovers are there|"
    r"i'?ve requested|i requested|have i requested|i submitted|my submitted|what did i (?:ask for|request|submit)|"
    r"have i submitted|i have submitted|i've submitted|i asked for|(?:ones|those) i (?:submit\w*|sent|filed|made)|"
    r"sign-?off|list|all handovers?|every handover|all handover jobs|ho list|"
    r"approvals|my approval|to approve|my handovers?|requests i made|waiting (?:for )?approv\w*|what jobs|"
    r"all the jobs?|handovers i|i filed|approval queue|approvals? queue|for approval|my queue|reqs|lsit|"
    r"all (?:the )?(?:transfer|handover) (?:jobs|requests))\b|"
    # "all dem handover I put in", "show me all 交接单", "an overview of all the transfers", "the transfers I made",
    # "my own transfer requests", "提过个交接单统统拿出来"
    r"\b(?:all|every)\s+(?:(?:the|dem|di|da|of 'em|of the|like all the)\s+(?:handovers?|transfers?|hand-?offs?)|"
    r"handovers|transfers|hand-?offs)(?:\s+(?:jobs?|dem))?\b|\b(?:all|every)\s*(?:交接单|交接\s*jobs?\b)|\b(?:transfers|handovers)\s+(?:that\s+)?(?:i|yo|j'ai)\b|"
    r"\b(?:overview|rundown)\s+of\s+(?:all\s+)?(?:the\s+)?(?:transfers|handovers)\b|"
    r"\bmy (?:own )?(?:transfer|handover) (?:requests|jobs)\b|交接单\S{0,4}(?:统统|全部|都)拿出来|"
    # "show me the handover requests wey I submit", "handover requests 全部 show 一下", Taglish "makita … requests"
    r"\b(?:show|see|makita|view|pull up)\b.{0,30}\b(?:handover|transfer) requests\b|"
    r"\b(?:handover|transfer) requests\b.{0,12}\b(?:show|list)\b"
)
LIST_TOPIC = _re(r"^list(?:\s+(?:all|mine|my|pending|jobs?|handovers?|everything|requests?))?\s*$|待审|"
                 r"in flight|in progress|waiting (?:on|for) me|进行中|待办|代办|我发起|我提交|"
                 r"申请|交接|审批|"
                 r"批|交接单|移转单|转移单|移交单|单子|任务|ho\b|\b(?:handovers?|hand-?offs?|approv\w*|queue|reqs|"
                 r"jobs?|"
                 r"request\w*|"
                 r"transfers?|submit\w*|sign-?off|asked|ask\s+for)\b|pending")
DONE = _re(
    r"完成|弄完|做完|整完|整好|搞定|搞完|好势|办完|办毕|办结|办妥|处理完|处理好|弄好|做好|勾上|打个?[勾钩]|勾一下|勾选|勾掉|点一下|点完成|标成完成|标记为完成|"
    r"已完成|齐活|\[x\]|整明白|搞归一|弄归一|弄妥|办好|毕(?:咧|了)|勾起来?|打上勾|"
    r"✅|\b(?:done|finish(?:ed)?|complete[d]?|tick(?:ed)?|ok|check(?:ed)?|settled|sorted|cleared|(?:cross|mark)(?:ed)?\s+off)\b"
)
UNDO = _re(
    r"撤回|撤销|恢复|取消勾|勾(?:去掉|删掉|拿掉|取消|撤掉)|撤掉|撤返|打错勾|剔错|勿算完成|不算完成|取消|勾错|没完成|未完成|没弄完|还没弄完|没做完|还没弄|还没做|没弄|没做|误点|点错|打错|退回|"
    r"\b(?:remove (?:the )?tick|undo|uncheck|untick|back|reopen|not finish(?:ed)?|not done|revert|isn'?t done|"
    r"not yet)\b"
)
CHECKLIST = _re(r"清单|checklist|check\s*list")
OFFBOARD = _re(
    r"离职清单|离职交接清单|离职流程|离职交接流程|离职交接手续|离职手续|离职事项|离职单|离职表|(?:办|办理|走)离职|"
    r"离职那套(?:流程|手续)?|离(?:所|司|店|院|校)手续|离职程序|"
    r"\b(?:exit formalities|departure checklist|initiate separation|separation (?:process|checklist))\b|"
    r"\b(?:offboarding|offboard|offb|"
    r"off-boarding|leaving check ?list|leaving procedure|exit procedure|offboarding procedure|(?<=start )exit|"
    r"(?<=kick off )exit|(?<='s )exit(?!\s+(?:interview|survey))|exit process|"
    r"exit checklist|leaver(?:'s)? checklist)\b"
)
# an offboarding asked to start (帮忙发起离职, 开始办理X的离职, "start her offboarding"): the reader's handover
# yields to it, and read_offboard takes it as a cue (weaker than OFFBOARD)
START_OFFBOARDING = skipping(re.compile(r"(?:启动|发起|开启|开始)(?:个|一个)?离职(?!证明)|"
                                        r"(?:开始)?办理\S{1,6}的离职(?!证明)|"
                                        r"\b(?:start|kick off|initiate|begin|open)\s+(?:(?:the|an?|her|his|their)\s+)?"
                                        r"(?:\w+'s\s+)?"
                                        r"(?:offboarding|off-boarding)\b"))
OFFBOARD_START = _re(r"开|建|创建|发起|启动|新建|生成|弄|搞(?!定|完|好)|起来|走|办(?!完|好|了|过|结)|"
                     r"\b(?:start|open|create|make|"
                     r"begin|kick off|set up|initiate|launch|trigger)\b")
LAST_DAY = _re(r"最后一天|最后一日|最后工作日|最后一个工作日|最后上班|离职日期|\blast (?:work(?:ing)? )?day\b|\blwd\b|"
               r"\bwill leave\b")
LEAVING = _re(r"离职|里职|离值|辞职|走了|走的|要走|退休|调走|调去|转岗|调岗|调职|换岗|轮岗|不在了|不干了|走人|离开公司|"
              r"\b(?:left|leaves|leaving|resign\w*|quit|gone|out of (?:the )?company)\b"
              r"(?!\s+(?:early|now|soon|for (?:lunch|the day|a bit|a meeting)|the (?:chat|group|meeting|"
              r"office)|smoking))")
# how to use it or what it does, asked in the dialects and the writers' own languages: 啷个用 阿门用 怎样用 咋操作,
# 能搞么子 能整哪样 会做啥 识做乜嘢 做呢用 么子用, 教一哈 教下我 说道说道, "what can dis thing do", "how's this …
# work", "comment ça marche", "¿qué hace?"
HOW_TO_USE = (
    r"(?:(?:咋|怎么|怎样|怎|啷个|阿门|么样|哪样|点|咋个)(?:个)?(?:用|使用|操作)|咋操作|使用方式|使用方法|"
    r"(?:能|会|识)(?:搞|整|做|干|闹)(?:些|点)?(?:么子|哪样|啥|什么|甚|乜嘢?|乜)|做(?:呢|乜|啥|什么)用|么子用|啥用处|"
    r"教(?:一)?(?:下|哈|我|一哈|蜀下)|说道说道|"
    r"\bwhat can (?:this|dis|the|that) (?:thing|bot|app|tool)\b(?:\s+\w+)?\s+d[oö]\b|"
    r"\bhow(?:'s| does| do| is)\s+(?:this|the|it)\b.{0,24}\bwork|\bcomment (?:ça|ca) marche\b|\bqu[eé] hace\b|"
    r"\bhelp(?:im|em)\b)"
)
HELP = _re(
    r"(?:怎么|如何|怎样|咋)(?:把|将|才能|可以|取消|查|看|开|交接)|是什么|什么是|什么意思|区别|用法|教教|"
    r"\b(?:what is an?|what'?s an?|what is the difference|difference between)\b|怎么弄|怎么搞|怎么操作|帮助|怎么用|"
    r"咋用|咋使|点用|点样用|能(?:帮|为|替)?我?(?:干|做)(?:些|点)?(?:啥|什么|嘛|吗)|是干(?:什么|啥|嘛)的|是做什么的|干嘛用的|可以(?:帮|为|"
    r"替)?我?(?:干|做)(?:啥|什么)|会什么|会干啥|"
    r"使用说明|说明|指令|命令|咋整|不会用|怎么使用|功能|什么格式|啥格式|"
    r"咋个用|怎么个用|(?:会|能)做哪些|能闹甚|能闹啥|能做甚|怎么写|找不到.{0,12}按钮|页面在哪|"
    r"\b(?:help|cmds?|commands?|how do i|how can i|how to|what can (?:you|ya|u) do|"
    r"what can (?:this|the) bot (?:\w+ )?do|"
    r"what (?:this|the) bot does|what does (?:this|the) bot do|"
    r"what can i (?:ask|say|type|do)|"
    r"what you can do|how do i use|how (?:does one|do you|do we) use|how to use|"
    r"usage|manual|(?:user\s+)?guide|instructions|documentation|tutorial)\b|" + HOW_TO_USE
)
BOT_TOPIC = _re(r"交接(?!班)|交界|客户|清单|审批|机器人|助手|帮手|离职清单|这玩意|这东西|这个东西|"
                r"\b(?:handover|bot|checklist|approval|customers?)\b")
CHECKLIST_SHOW = _re(r"(?<=清单)(?:的)?(?:进度|情况)|还剩|剩下哪些|还有哪些没|还差哪些|还差什么|还差啥|没做完的|"
                     r"还有几项|几项没|还差哪几项|还差几项|"
                     r"(?:发|给|让)我(?:瞄一眼|瞄一下|瞅一眼|瞅瞅|过目|看一眼|看看|看一下|瞧瞧)|"
                     r"看一哈|拿来看|拿出来|看看|看一下|看一眼|看下|查看|\b(?:what'?s left|what is left|"
                     r"remaining items|pull up|bring up|can i see|"
                     r"show (?:me )?(?:my )?checklist|my checklist|show me\b.{1,40}\bchecklist)\b|调阅|调取|调出|"
                     # looked at or fetched, in any order and dialect: 睇下 瞅瞅 瞧下 show一下 拿来 翻出来 整出来
                     # 提来我看; 清单嘛样了; "where is X's checklist", "what all's left"
                     r"睇|瞅|瞧|瞄|(?:拿|翻|整|提|调|弄|找)(?:出)?来|(?<=清单)(?:的)?(?:嘛|啥|咋|怎么|什么)样|"
                     r"\b(?:show|see|view)\b|\bwhere(?:'s| is)\b.{0,40}\bchecklist\b|\bwhat all'?s left\b|"
                     r"\bchecklist\b.{0,8}\bwhere are we\b|\bwhere are we\b.{0,30}\bchecklist\b|"
                     # "离职清单仲差边几项未做", "what's still outstanding on the checklist", Taglish "ano pa po kulang"
                     r"(?:仲|还)差(?:边|哪)几?项|\b(?:still\s+)?outstanding\b(?=.{0,30}\bchecklist\b)|"
                     r"\bano pa\b.{0,10}\bkulang\b|\bpa-?check\b(?=.{0,30}\bchecklist\b)")

# how the product works, asked ('怎么把离职员工的客户转给别人?')
HOWTO = skipping(re.compile(r"^(?:请问)?(?:怎么|如何|怎样)|怎么(?:把|将|弄|操作|办)|\bhow (?:do|can|should) (?:i|we)\b|"
                    r"\bhow to\b",
                    re.IGNORECASE | re.ASCII))
