"""Stage 1 of the reader — one canonical shape for every message before anything is spotted.

- traditional → simplified through OpenCC (`t2s`): 把陳靜的客戶轉給李娜 reads as 把陈静的客户转给李娜;
- NFKC: full-width letters, digits and punctuation become ASCII (Ｈ－１２ → H-12);
- emoji, zero-width characters, variation selectors and control characters are dropped
  (✅ is kept: a tick is a checklist word);
- arrows and separators are kept as tokens: → ➡️ -> => >> ⇒ all become "→", and ← ⬅️ <- <= ⇐ become "←"
  (the receiver stands before a left arrow);
- CJK punctuation folds to ASCII (，→ , 。→ . 【】→ []), runs of spaces become one;
- Latin letters lose their accents (Amélie → Amelie, Ramírez → Ramirez, ü → v as in pinyin), as the
  directory's name forms do (`bot.directory.names.latin_words`), so a name matches however it is typed.
Case is kept (names are shown as written); matchers fold it themselves.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

from .first_chars import skipping

_T2S = opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (characters only; phrases such as 軟體 stay words)."""
    if text.isascii():
        return text
    return str(_T2S.convert(text))


# NFKC keeps these as they are; rules want ASCII separators.
_PUNCT = str.maketrans({
    "。": ".", "｡": ".", "、": ",", "；": ";", "’": "'", "‘": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "《": '"', "》": '"',
    "【": "[", "】": "]", "〔": "[", "〕": "]", "～": "~", "—": "-", "–": "-", "−": "-", "－": "-",
    "⇒": "→", "➡": "→", "➔": "→", "⟶": "→", "⮕": "→", "⇨": "→", "➜": "→", "➝": "→", "➞": "→",
    "►": "→", "▶": "→", "»": "→", "⬅": "←", "⇐": "←", "⟵": "←", "👈": "←",
    "…": ".", "✓": "✅", "✔": "✅", "☑": "✅", "√": "✅",
    "俾": "给", "畀": "给", "嘅": "的", "佢": "他", "咗": "了", "唔": "不",  # Cantonese function words
    "👉": "→", "⏩": "→", "🔜": "→", "啲": "的", "➕": "+", "＋": "+", "🚫": " 取消 ", "❌": " 取消 ", "✖": " 取消 ",
})
# Zero-width, bidi and variation selectors, control characters.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef\u20e3"
                        "\x00-\x08\x0b-\x1f\x7f]")
# Emoji and pictographs (the tick ✅ is kept, as a word).
_EMOJI = re.compile("(?![\U0001f44d\U0001f44e])"
                    "[\U0001f000-\U0001faff\u2600-\u2704\u2706-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299"
                    "\U0001f1e6-\U0001f1ff\u200d]")
_ARROW = skipping(re.compile(r"\s*(?:-{1,2}>|={1,2}>|>{2,}|→+)\s*"))
# "<=" before a number compares ("金额<=500"), it points nowhere
_LEFT_ARROW = skipping(re.compile(r"\s*(?:<-{1,2}(?!-)|<={1,2}(?!\s*\d)|←+)\s*"))
_SPACES = re.compile(r"\s+")
# Cantonese phrases whose characters alone would mislead (唔好 is "don't", not "not good")
_CANTONESE_PHRASES = {"唔好": "不要", "唔使": "不用", "冇": "没", "喇": "了", "咩": "什么", "搞掂": "搞定",
                      "同埋": "和", "唔該": "谢谢", "唔该": "谢谢", "邊個": "谁", "边个": "谁",
                      "𠊎": "我", "摎": "和", "吂": "未",  # Hakka: I, and, not yet
                      "手里向": "手里", "俚手里": "他手里",  # Wu
                      "ㄉ": "的", "ㄅ": "吧", "ㄇ": "吗", "ㄌ": "了", "偶": "我"}  # Taiwan, typed with zhuyin
# (喇 only as the particle that ends a clause: 喇海英 is a name; 偶 is 我, not the 偶 of 偶尔/偶然)
_CANTONESE = skipping(re.compile("|".join(
    re.escape(k) + {"喇": "(?![\u4e00-\u9fff])", "偶": "(?![尔然像数遇发])"}.get(k, "") for k in _CANTONESE_PHRASES)))


def _cantonese(m: re.Match[str]) -> str:
    return _CANTONESE_PHRASES[m.group()]
# "Rosa Marin > Jason Ho": a lone > between words is an arrow (not "> 5", not ">=")
_GT = skipping(re.compile(r"(?<=[^\W\d])\s+>\s+(?=[^\W\d])"))


# Latin letters with accents (Latin-1, Extended-A/B, Vietnamese); plain ASCII and CJK are never touched
_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u00df]")


# letters that carry no combining mark to drop (Paweł, Søren, Đức)
_PLAIN_LETTER = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"}


@lru_cache(maxsize=1024)
def _unaccented(letter: str) -> str:
    if letter in _PLAIN_LETTER:
        return _PLAIN_LETTER[letter]
    decomposed = unicodedata.normalize("NFKD", letter)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_accents(text: str) -> str:
    """"Amélie Ramírez" → "Amelie Ramirez"; "Lǚ" → "Lv"; everything else as it is."""
    return _ACCENTED.sub(_fold_one, text)


def _fold_one(m: re.Match[str]) -> str:
    plain = _unaccented(m.group())
    umlaut = unicodedata.normalize("NFKD", m.group())[1:2] == "\u0308"
    if plain in "uU" and umlaut and _PINYIN_U.search(m.string, 0, m.start()):
        return "v" if plain == "u" else "V"  # pinyin's ü, typed v (Lǚ Xin, nǚ): Jürgen stays Jurgen
    return plain


_PINYIN_U = re.compile(r"(?<![A-Za-z])[LlNn]$")


_BULLET = skipping(re.compile(r"(?m)^[ \t]*👉\ufe0f?[ \t]*(?=\S.*(?:→|➡|->|=>|⇒|➔|给|\bto\b))"))
# punctuation said aloud to a voice keyboard and typed out as words
_SPOKEN = {"逗号": ",", "句号": ".", "问号": "?", "感叹号": "!", "冒号": ":", "分号": ";", "顿号": "、"}
_SPOKEN_PUNCT = skipping(re.compile("|".join(_SPOKEN)))


@lru_cache(maxsize=4096)  # pure, and each message passes through it from several stages


def normalize(text: str) -> str:
    """Simplified, NFKC, ASCII punctuation, no emoji, one arrow, single spaces, trimmed."""
    text = _BULLET.sub("", text)  # "👉 X 的群 ➡️ Y": a hand that opens a line points at the line, not at X
    folded = unicodedata.normalize("NFKC", to_simplified(_CANTONESE.sub(_cantonese, text))).translate(_PUNCT)
    folded = _SPOKEN_PUNCT.sub(lambda m: _SPOKEN[m.group()], folded)  # dictated: "转给方舟句号群也一起转"
    folded = fold_accents(_INVISIBLE.sub("", folded))
    folded = _EMOJI.sub(" ", folded)
    folded = _LEFT_ARROW.sub(" ← ", _ARROW.sub(" → ", _GT.sub(" → ", folded)))
    return _SPACES.sub(" ", folded).strip()
