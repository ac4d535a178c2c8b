"""Short replies in words the whole-message rules (replies.py, snooze.py) have no entry for.

Those rules accept a reply only when every word is one they know, so one word of thanks or a particle in the
writer's own language ("Remind me on Monday, barka", "Number 2 der", "Ne ne, don't submit", "好个，就实梗弄")
leaves it unread. This reader looks for the reply's own cue — a remind-me with a date, a choice number, a yes
or a no about submitting — and lets a few unknown words stand beside it. It is asked last, only for a short
message nothing else read, that names no person, job or customers (parser.parse)."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import find_date
from ..intent import IntentName, Slots
from ..text import CN_NUMBER, to_int
from ..utterance import Utterance

MAX_UNKNOWN = 3  # words beside the cue that no rule knows: thanks, a particle, a name for the day
_LATIN_WORD = re.compile(r"[a-z][a-z'’]*")

# --- snooze ----------------------------------------------------------------------------------
_REMIND = re.compile(r"\b(?:remind|ping|nudge)\s+(?:me|us)\b|提醒\s*我|[叫喊]\s*我|remind\s*我|再\s*提醒|\bsnooze\b|"
                     r"别(?:老|再)?提醒|"  # "别老提醒了 下周一再说"
                     # the reminder put off: "提醒推迟到12.7", "这个提醒下周一再说", "bump this reminder to Monday"
                     r"提醒(?:先)?(?:推|延|往后|挪|改到)|(?:这个|这条|清单)提醒|"
                     r"\b(?:bump|push|move|postpone|defer|shift)\s+(?:this|the|that|my)\s+remind(?:er)?\b|"
                     r"\brappel(?:le|ez)[- ]moi\b|\brecu[eé]rd(?:a|e)me\b|\blembr(?:a|e)[- ]me\b|\berinnere?\s+mich\b")

# --- choose ----------------------------------------------------------------------------------
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "fifth": 5, "5th": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "number 2", "#2", "第二个", "the second one", a bare 2 not followed by a Chinese word ("3个客户", "第3季度" count)
_CHOICE = re.compile(rf"\b(?:number|no\.?|option|choice)\s*(?P<n>[1-9]|one|two|three|four|five)\b|"
                     rf"#(?P<h>[1-9])\b|"
                     rf"第\s*(?P<cn>[1-9]|{CN_NUMBER})\s*(?:个|位|项|条|号)?(?=$|[^\u3400-\u9fff]|[嘛吧啊呀啦哈哦喔咯嘞呗])|"
                     rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+one\b|"
                     rf"(?<![0-9.:/-])(?P<bare>[1-9])(?![0-9.:/-]|\s*[\u3400-\u9fff])")

# --- confirm / deny --------------------------------------------------------------------------
# a no about submitting: "don't submit", "先不要提交", "莫交", Zhumadian "包提交"; or a no said twice ("ne ne")
_DENY = re.compile(r"\b(?:don'?t|do not|no|not|never)\s+(?:submit|send|confirm|do it|file)\b|"
                   r"(?:[不别莫勿弗甭嫑覅包白伓毋]|不要|先不要|先别|唔好|伓使|毋使|唔使|不用|无通|莫要)\s*(?:要\s*)?"
                   r"(?:提交|交|确认|弄|搞|整|转)|"
                   r"^\W*(no|ne|nee|nein|non|nah|na|不[照中行要]?|莫|别)\W+\1(?:\W|$)", re.IGNORECASE)
# any word of no or of waiting keeps a message from being a yes: 伓/毋 (Minnan, Hakka), 无/没/未, 等一下, hold on
_NO = re.compile(r"\b(?:no|nope|nah|not|don'?t|do not|never|ne|nein|non|nee|wait|hold|stop|cancel)\b|"
                 r"[不别莫勿弗唔冇甭嫑覅伓毋未否]|无(?!误)|没(?!问题|错|事)|等")  # (没问题, 无误: yes)
# asked to check something for the writer ("帮我确认一下周六加班名单", 帮我 stripped as courtesy): a request, no yes
_CHECK_FOR_ME = re.compile(r"(?:帮我|帮忙|麻烦你?|请你)?\s*确认(?:一下|下)\s*(?!没问题|无误|提交)[\u4e00-\u9fff]{2}")
# a yes that says what to do, not a greeting's 好 ("早上好") or a 行 inside a word ("行政部")
_YES = re.compile(r"\b(?:yes|confirm(?:ed)?|submit(?:\s+it)?|proceed|go ahead)\b|确认|提交|确定|同意|没问题|"
                  r"就(?:这么|这样|恁样|恁个|恁|实梗|该能介|介|咁|噉|按这个)(?:弄|办|搞|整|做|来|提交|去)?",
                  re.IGNORECASE)
_OK_WORDS = re.compile(r"\b(?:ok|okay|sure|yeah|yep|iya|sim|claro|vale|oui|ja|haan|ndiyo|yebo|evet|tamam|da|"
                       r"t[aá]\s+bem|t[aá]\s+bom)\b", re.IGNORECASE)


def _unknown_words(text: str, *known: re.Pattern[str]) -> int:
    """Latin words left once the cues are taken out (Chinese particles are not counted: they are short)."""
    for pattern in known:
        text = pattern.sub(" ", text)
    return len(_LATIN_WORD.findall(text))


def loose_reply(u: Utterance) -> tuple[IntentName, Slots] | None:
    low = u.low
    if _REMIND.search(low):
        until = _put_off_to(u.text, u.today)
        return ("snooze", {"until": until.isoformat()}) if until is not None else None
    numbers = {_value(m) for m in _CHOICE.finditer(low)}
    numbers.discard(None)
    if numbers:
        if len(numbers) == 1 and not _NO.search(low) and _unknown_words(low, _CHOICE) <= MAX_UNKNOWN:
            return "choose", {"choice": numbers.pop()}
        return None
    if _DENY.search(low):
        return ("deny", {}) if _unknown_words(low, _DENY, _NO) <= MAX_UNKNOWN else None
    if _YES.search(low) and not _NO.search(low) and not _CHECK_FOR_ME.search(low) and \
            _unknown_words(low, _YES, _OK_WORDS) <= MAX_UNKNOWN:
        return "confirm", {}
    return None


def _put_off_to(text: str, today: dt.date) -> dt.date | None:
    """The day a reminder is put off to: the last date named after today ("今天太忙了 明天再提醒我": not today)."""
    dates: list[dt.date] = []
    at = 0
    while (found := find_date(text[at:], today)) is not None:
        dates.append(found.value)
        at += found.end
    # "推迟到12.7": December 7th, month first as Chinese writes it (a European "3.12." is day first: dates.py)
    if not dates and re.search(r"[\u4e00-\u9fff]", text) and (dotted := _MONTH_DOT_DAY.search(text)) is not None:
        try:
            day = dt.date(today.year, int(dotted["m"]), int(dotted["d"]))
        except ValueError:
            return None
        dates.append(day if day >= today else day.replace(year=today.year + 1))
    later = [d for d in dates if d > today]
    return later[-1] if later else (dates[-1] if dates else None)


_MONTH_DOT_DAY = re.compile(r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])(?![\d.])")


def _value(m: re.Match[str]) -> int | None:
    if m["ord"]:
        return _ORDINAL[m["ord"]]
    raw = m["n"] or m["h"] or m["cn"] or m["bare"]
    return _ORDINAL[raw] if raw in _ORDINAL else to_int(raw)
