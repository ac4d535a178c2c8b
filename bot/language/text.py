"""Text clean-up shared by every rule: normalization, language detection, politeness, numbers.

Chat text arrives with full-width digits and punctuation (IME input), zero-width characters,
"@" mentions and courtesy words. Rules should see one canonical shape so each pattern is written
once: NFKC folds full-width forms, a small table folds the CJK punctuation NFKC leaves alone.
"""

from __future__ import annotations

import re

from .first_chars import skipping
from .intent import Lang
from .normalize import normalize as _normalize

# CJK Unified Ideographs (+ extension A, compatibility block and the supplementary planes).
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = re.compile(f"[{CJK_CHARS}]")

# NFKC keeps these as they are; rules want ASCII separators.
_PUNCT = str.maketrans({
    "。": ".", "｡": ".", "、": ",", "；": ";", "’": "'", "‘": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "《": '"', "》": '"',
    "【": "[", "】": "]", "〔": "[", "〕": "]", "～": "~", "—": "-", "–": "-", "−": "-",
    "⇒": "→", "➡": "→", "➔": "→", "⟶": "→", "⮕": "→", "…": ".",
})
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b-\x1f\x7f]")
_ARROW = re.compile(r"\s*(?:->|=>|-->|→)\s*")
_SPACES = re.compile(r"\s+")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def detect_language(text: str) -> Lang:
    """Any CJK ideograph means Chinese: mixed messages ("把 Zhang Wei 的客户给 Li Na") are zh."""
    return "zh" if has_cjk(text) else "en"


def normalize(text: str) -> str:
    """The reader's first stage (`normalize.normalize`): simplified, NFKC, no emoji, one arrow."""
    return _normalize(text)


# Remove spaces that touch a CJK character or the arrow, keep them between Latin words:
# "把 Zhang Wei 的客户给 Li Na" → "把Zhang Wei的客户给Li Na".
_SPACE_NEAR_CJK = re.compile(f"\\s+(?=[{CJK_CHARS}→,.;:!?])|(?<=[{CJK_CHARS}→,.;:!?])\\s+")


# where Chinese and Latin letters meet with no space ("客户keep", "接手takeover"): a word boundary to put back
CJK_LATIN_SEAM = re.compile(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])")


def tighten(text: str) -> str:
    return _SPACE_NEAR_CJK.sub("", text)


# Courtesy words carry no meaning for the grammar. Longest first so "请帮我" wins over "请".
_ZH_PREFIXES = (
    "麻烦你帮我", "麻烦帮我", "麻烦你", "麻烦", "请你帮我", "请帮我", "请帮忙", "请你", "帮我", "帮忙",
    "能不能帮我", "能不能", "可不可以", "能否帮我", "能否", "可以帮我", "劳驾", "你好,", "您好,",
    "你好", "您好", "我想要", "我想", "我要", "我需要", "请",
)
_ZH_SUFFIXES = ("谢谢你", "谢谢", "谢啦", "多谢", "感谢", "一下吧", "吧", "啊", "呀", "哦", "哈", "啦",
                "嘛", "呢")
_EN_PREFIX = skipping(re.compile(
    r"^(?:could you please|can you please|would you please|could you|can you|would you|will you|"
    r"please|pls|plz|kindly|hi|hey|hello|dear bot|bot|ok so|so|"
    r"i(?:'d| would) like to|i want to|i wanna|i need to|we need to|need to|let's|lets|"
    r"please help me|help me|go ahead and|just)\b[\s,]*",
    re.IGNORECASE,
))
_EN_SUFFIX = skipping(re.compile(
    r"[\s,]*\b(?:please|pls|plz|thanks|thank you|thx|asap|for me|right now|now|if you can)$",
    re.IGNORECASE,
))
_EDGE_PUNCT = re.compile(r"^[\s,.;:!~\-]+|[\s,.;:!?~\-]+$")


def strip_courtesy(text: str) -> str:
    """Drop courtesy words at either end, repeatedly; never strip a message down to nothing."""
    current = _EDGE_PUNCT.sub("", text)
    while True:
        before = current
        stripped = _EN_PREFIX.sub("", current, count=1)
        if stripped.strip():
            current = stripped
        stripped = _EN_SUFFIX.sub("", current, count=1)
        if stripped.strip():
            current = stripped
        current = _strip_zh(current)
        current = _EDGE_PUNCT.sub("", current)
        if current == before:
            return current


def _strip_zh(text: str) -> str:
    for prefix in _ZH_PREFIXES:
        if text.startswith(prefix) and text[len(prefix):].strip(" ,"):
            text = text[len(prefix):].lstrip(" ,")
            break
    for suffix in _ZH_SUFFIXES:
        if text.endswith(suffix) and text[: -len(suffix)].strip(" ,"):
            text = text[: -len(suffix)].rstrip(" ,")
            break
    return text


# Small Chinese numerals ("第三项", "十二月五日", "三天后"); 1–99 is all chat needs.
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
CN_NUMERALS = "零〇一二两三四五六七八九十"
CN_NUMBER = f"[{CN_NUMERALS}]{{1,3}}"
NUMBER = f"(?:\\d{{1,9}}|{CN_NUMBER})"


def to_int(word: str) -> int | None:
    """"12" → 12, "十二" → 12, "二十五" → 25, "两" → 2; anything else → None."""
    if word.isdigit():
        return int(word)
    if not word or any(ch not in _CN_DIGITS and ch != "十" for ch in word):
        return None
    if "十" not in word:
        return _CN_DIGITS[word] if len(word) == 1 else None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


# Chinese has no spaces between a name and the grammar around it. A "name" slot that still holds
# one of these was cut from a sentence we did not understand, so the rule must decline.
_ZH_GRAMMAR = re.compile(r"[的,;:!?把给]|客户|交接|离职|审批|取消|撤销|怎么|什么|吗$|为什么|开始|创建")


def plausible_zh_name(text: str) -> bool:
    return len(text) <= 20 and not _ZH_GRAMMAR.search(text)


_MENTION_EDGES = re.compile(r"^[\s@\"'#:：,]+|[\s\"',.;:!?]+$")
_MENTION_TAIL = re.compile(r"(?:'s|'|的|名下|这边|那边|那里)$", re.IGNORECASE)
_MENTION_HEAD = re.compile(r"^(?:the|@)\s*", re.IGNORECASE)


def clean_mention(raw: str | None) -> str | None:
    """A person as the user wrote them, minus "@", quotes, possessives and particles. Never
    corrected or re-cased: resolving "zhangwei" to a member is the directory's job."""
    if raw is None:
        return None
    text = raw
    while True:
        before = text
        text = _MENTION_EDGES.sub("", text)
        text = _MENTION_TAIL.sub("", text)
        text = _MENTION_HEAD.sub("", text) if text.lower().startswith(("the ", "@")) else text
        if text == before:
            break
    text = _SPACES.sub(" ", text).strip()
    return text or None


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where `needle` stands in `text`, left to right, not overlapping. (str.find, not a pattern made from the
    needle: a pattern per name and message crowds the re module's cache and has the rules' own patterns
    recompiled.)"""
    spans: list[tuple[int, int]] = []
    start = 0
    while needle and (at := text.find(needle, start)) >= 0:
        spans.append((at, at + len(needle)))
        start = at + len(needle)
    return spans


def word_spans(text: str, word: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Where `word` stands in `text[start:end]` between word boundaries: what `re.finditer(rf"\\b{re.escape(word)}\\b",
    text, start, end)` finds (Unicode word characters, the text's own characters before `start`, none after
    `end`), without a pattern per name (see `occurrences`)."""
    stop = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    at = text.find(word, start, stop) if word else -1
    while at >= 0:
        after = at + len(word)
        if _boundary(text, at, stop) and _boundary(text, after, stop):
            spans.append((at, after))
            at = text.find(word, after, stop)
        else:
            at = text.find(word, at + 1, stop)
    return spans


def _boundary(text: str, at: int, stop: int) -> bool:
    """`\\b` at `at` in `text[:stop]`: a word character on one side only."""
    before = at > 0 and _word_char(text[at - 1])
    return before != (at < stop and _word_char(text[at]))


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def whole_word(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]`, when Latin, stands as a word of its own: no Latin letter right before or after
    it ("Iain" is not in "Iainsdottir"; "给Peigi" names Peigi). Chinese always stands alone."""
    if not text[start:end].isascii():
        return True
    return not (_latin_letter(text[start - 1:start]) or _latin_letter(text[end:end + 1]))


def _latin_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span blanked by □, same length and places (a person's name read as nobody's word)."""
    for start, end in spans:
        text = text[:start] + "□" * (end - start) + text[end:]
    return text
