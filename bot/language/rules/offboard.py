"""Starting an offboarding (在职 member leaving): who, last working day, successor.

The message is cut into clauses ("王芳12月5日离职，开始离职清单，接替人李娜"); every clause must be
one of: the subject (who, maybe with the date), the last day, the successor, or an explicit
"start offboarding". A clause we cannot place means this is not an offboarding request.

Two strengths, because "张伟离职了，客户给李娜" is a handover: an explicit start / a last day
makes the request STRONG and it is tried before handover; "X离职了" alone is WEAK and only
wins when nothing else matched."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import FoundDate, find_dates
from ..intent import Slots
from ..text import clean_mention, plausible_zh_name
from ..utterance import Utterance
from ..words import is_name_word, tokenize

D = "\ue001"  # where the date was

_START_ZH = r"(?:开始|创建|发起|启动|办理|开启|新建|建立|生成|走|启动一下)"
_WHAT_ZH = r"(?:离职清单|离职流程|离职手续|离职交接|离职事项|离职)"
_LEAVE_ZH = (r"(?:离职|走|离开|最后一天|最后工作日|是最后一天|是最后工作日|是最后一个工作日|办离职|离开公司|"
             r"最后上班)")
_LASTDAY_ZH = r"(?:最后工作日|最后一个工作日|最后一天|最后上班日|离职日期|离职日|离职时间)"
_ZH_START = (
    re.compile(rf"^{_START_ZH}(?:一下)?(?:为|给|帮)?(?P<x>.*?)(?:的)?{_WHAT_ZH}$"),
    re.compile(rf"^(?:为|给|帮)(?P<x>.+?){_START_ZH}(?:一下)?{_WHAT_ZH}?$"),
    re.compile(rf"^(?P<x>.+?)(?:的)?(?:离职清单|离职流程|离职手续){_START_ZH}$"),
)
_ZH_DATE = (
    re.compile(rf"^(?P<x>.*?)(?:的)?(?:将|会|要|于|在|是|预计|计划|准备)*{D}(?:将|会|要|就)?{_LEAVE_ZH}(?:了)?$"),
    re.compile(rf"^(?P<x>.*?)(?:的)?{_LASTDAY_ZH}(?:是|为|定在|在|:)?{D}$"),
    re.compile(rf"^(?:最后工作日|离职日期|离职日)(?:是|为|:)?{D}$"),
)
_ZH_WEAK = re.compile(r"^(?P<x>.+?)(?:下个月|月底|月初|年底|近期|最近|这几天|过几天)?"
                      r"(?:已经|已|要|将|准备|马上|快要?|即将)?(?:离职|辞职)(?:了)?$")
_ZH_SUCCESSOR = (
    re.compile(r"^(?:接替人|继任者|继任人|接手人|接任人|交接人|交接对象|接班人|继承人)(?:是|为|:)?(?P<y>.+)$"),
    re.compile(r"^由(?P<y>.+?)(?:来)?(?:接替|接手|接任|接班|继承)(?:她|他|其|ta)?(?:的工作|的客户)?$"),
    re.compile(r"^(?P<y>.+?)(?:来)?(?:接替|接手|接任)(?:她|他|其|ta)?(?:的工作)?$"),
    re.compile(r"^(?:客户|工作)?(?:都)?(?:交接给|移交给|交给|转给)(?P<y>.+)$"),
)

_START_EN = r"(?:start|begin|create|open|initiate|kick\s+off|launch|set\s+up|run|trigger|do)"
_OFF_EN = r"(?:offboarding|off-boarding|offboard|exit)"
_EN_START = (
    re.compile(rf"^{_START_EN}\s+(?:the\s+|an?\s+)?{_OFF_EN}(?:\s+(?:checklist|process|flow|list))?"
               rf"(?:\s+(?:for|of))?\s*(?P<x>.*)$", re.IGNORECASE),
    re.compile(rf"^{_START_EN}\s+(?P<x>.+?)(?:'s|')\s+{_OFF_EN}(?:\s+(?:checklist|process|flow))?$",
               re.IGNORECASE),
    re.compile(r"^offboard(?:ing)?(?:\s+(?:for|of))?\s+(?P<x>.+)$", re.IGNORECASE),
)
_EN_DATE = (
    re.compile(rf"^(?P<x>.*?)(?:'s|')?\s*(?:last\s+(?:working\s+|work\s+)?day|final\s+day|leaving\s+date|"
               rf"exit\s+date|end\s+date|departure\s+date)\s*(?:is|will\s+be|:|=|be)?\s*(?:on\s+)?{D}$",
               re.IGNORECASE),
    re.compile(rf"^(?P<x>.+?)\s+(?:is\s+leaving|leaves|will\s+leave|is\s+quitting|quits|resigns|"
               rf"is\s+resigning|is\s+departing|departs|is\s+finishing|finishes|is\s+out|will\s+be\s+gone|"
               rf"leaving|last\s+day)\s*(?:on|at|by|effective|from)?\s*{D}$", re.IGNORECASE),
    re.compile(rf"^(?:leaving|leaves|effective)\s*(?:on\s+)?{D}$", re.IGNORECASE),
    re.compile(rf"^(?:on\s+)?{D}\s+(?:is|will\s+be)\s+(?P<x>.+?)(?:'s|')\s+(?:last|final)\s+"
               rf"(?:working\s+)?day$", re.IGNORECASE),
)
_EN_WEAK = re.compile(
    r"^(?P<x>.+?)\s+(?:is\s+leaving|is\s+quitting|has\s+resigned|resigned|has\s+left|left|quit|"
    r"is\s+resigning|will\s+leave|is\s+leaving\s+us|is\s+leaving\s+the\s+company)$",
    re.IGNORECASE,
)
_EN_SUCCESSOR = (
    re.compile(r"^(?:and\s+|with\s+)?(?:(?:the\s+)?successor|replacement|backup|handover\s+to|hand\s+over\s+to|"
               r"handing\s+over\s+to|hand\s+off\s+to|transfer\s+to|successor\s+will\s+be)\s*(?:is|will\s+be|"
               r":|=|-)?\s*(?P<y>.+)$", re.IGNORECASE),
    re.compile(r"^(?:and\s+)?(?P<y>.+?)\s+(?:takes\s+over|will\s+take\s+over|is\s+taking\s+over|"
               r"is\s+the\s+successor|replaces\s+(?:her|him|them)|will\s+replace\s+(?:her|him|them)|"
               r"is\s+successor)$", re.IGNORECASE),
    re.compile(r"^(?:and\s+)?(?:hand|handing|give|giving|pass|passing|transfer|transferring)\s+(?:over\s+)?"
               r"(?:her|his|their)\s+(?:customers|clients|work|accounts)\s+to\s+(?P<y>.+)$", re.IGNORECASE),
)
# Clause boundaries people leave out: "… for Wang Fang last day Dec 5", "…离职开始离职清单".
_EN_SPLIT = re.compile(
    r"(?<!'s)(?<!')(?<!\bmy)(?<!\bher)(?<!\bhis)"  # "Wang Fang's last day" stays one clause
    r"\s+(?=(?:last\s+(?:working\s+)?day|final\s+day|successor|with\s+successor)\b)",
    re.IGNORECASE,
)
_ZH_SPLIT = re.compile(rf"(?<=离职)(?={_START_ZH})|(?<=[^,])(?=接替人|继任者|接手人)")


@dataclass
class _Reading:
    member: str | None = None
    successor: str | None = None
    last_day: str | None = None
    strong: bool = False


def _name(raw: str | None) -> str | None:
    """A plausible person: a few name words, no grammar words left over."""
    name = clean_mention(re.sub(r"^(?:for|of|为|给|帮)\s*", "", raw or "", flags=re.IGNORECASE))
    if name is None or not plausible_zh_name(name):
        return None
    tokens = tokenize(name)
    if not tokens or len(tokens) > 4 or not all(is_name_word(t) for t in tokens):
        return None
    return name


def _read(text: str, split: re.Pattern[str], starts: tuple[re.Pattern[str], ...],
          dated: tuple[re.Pattern[str], ...], weak: re.Pattern[str],
          successors: tuple[re.Pattern[str], ...], u: Utterance) -> _Reading | None:
    """The first reading that works, trying each date in the text as THE last day (or none)."""
    candidates: list[FoundDate | None] = [*find_dates(text, u.today), None]
    for found in candidates:
        reading = _read_with(text, found, split, starts, dated, weak, successors)
        if reading is not None:
            return reading
    return None


def _read_with(text: str, found: FoundDate | None, split: re.Pattern[str], starts: tuple[re.Pattern[str], ...],
               dated: tuple[re.Pattern[str], ...], weak: re.Pattern[str],
               successors: tuple[re.Pattern[str], ...]) -> _Reading | None:
    reading = _Reading()
    if found is not None:
        text = text[: found.start] + D + text[found.end:]
    clauses = [c.strip() for c in re.split(r"[,;.]", split.sub(",", text)) if c.strip()]
    date_placed = False
    for clause in clauses:
        if re.fullmatch(rf"(?:on\s+|于|在)?{D}", clause):
            date_placed = True  # a bare date: the last day, but alone it asks for nothing
        elif _fill(reading, clause, starts, "start"):
            reading.strong = True
        elif _fill(reading, clause, dated, "date"):
            reading.strong, date_placed = True, True
        elif _fill(reading, clause, (weak,), "weak"):
            pass
        elif any((m := p.match(clause)) and _name(m["y"]) for p in successors):
            reading.successor = reading.successor or _successor(clause, successors)
        else:
            return None
    if found is not None:
        if not date_placed:
            return None
        reading.last_day = found.value.isoformat()
    return reading if (reading.strong or reading.member) else None


def _fill(reading: _Reading, clause: str, patterns: tuple[re.Pattern[str], ...], kind: str) -> bool:
    for pattern in patterns:
        match = pattern.match(clause)
        if not match:
            continue
        raw = match.groupdict().get("x")
        if raw and D in raw:
            continue
        member = _name(raw)
        if raw and raw.strip() and member is None:
            continue  # the "name" slot holds words that are not a name
        if kind == "weak" and member is None:
            continue
        reading.member = reading.member or member
        return True
    return False


def _successor(clause: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    for pattern in patterns:
        match = pattern.match(clause)
        if match and _name(match["y"]):
            return _name(match["y"])
    return None


def _slots(reading: _Reading) -> Slots:
    return {"member": reading.member, "last_day": reading.last_day, "successor": reading.successor}


@lru_cache(maxsize=32)
def _readings(u: Utterance) -> tuple[_Reading, ...]:
    """Both readings, computed once per message: the strong and the weak rule share them."""
    readings = [
        _read(u.tight, _ZH_SPLIT, _ZH_START, _ZH_DATE, _ZH_WEAK, _ZH_SUCCESSOR, u),
        _read(u.text, _EN_SPLIT, _EN_START, _EN_DATE, _EN_WEAK, _EN_SUCCESSOR, u),
    ]
    return tuple(r for r in readings if r is not None)


def offboard_strong(u: Utterance) -> Slots | None:
    """Explicit offboarding requests and ones that give a last day — tried before handover."""
    strong = [r for r in _readings(u) if r.strong]
    return _slots(strong[0]) if strong else None


def offboard_weak(u: Utterance) -> Slots | None:
    """"王芳离职了" / "Wang Fang is leaving" alone — tried after handover."""
    readings = _readings(u)
    return _slots(readings[0]) if readings else None
