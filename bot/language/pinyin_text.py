"""Messages typed in pinyin without tones, whole or in part ("ba zhang wei de kehu zhuan gei li na",
"Gu Changfeng de kh he qun dou gei Pan Yue", "把晁一鸣de kehu zhuan给邰晴天"): the bot's own words
written in pinyin are put back in characters; people's names stay as written.

The pinyin of each keyword is computed with pypinyin from the characters, so the table below
lists words, not spellings. One-syllable words (de, gei, he, dou …) are read only where the words
around them make them grammar, never inside a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import lazy_pinyin

from .people import PINYIN_FINAL, PINYIN_INITIAL, PersonSpot
from .text import occurrences

# Words of the bot's trade as people type them in characters; their pinyin is derived.
_WORDS = """客户群 客户 群聊 群组 群 建的 拉的 加的 负责的 跟的 我提交的 我的 给谁 那几个 这几个
那些 剩下的 还有 查一下 看一下 你定 你们定 交接 转给 交给 转交 移交 转移 转出去 离职
调岗 辞职 退休 进度 记录 明细 取消 撤销 撤回 任务 单子 清单 完成 全部 所有 接收人
接手人 最后一天 启动 流程 机器人 提交 审批 待审批 列一下 列出来 怎么用 能干啥 转完了没
好了没 走了 不用动 不要动 先别动 下下周 下周 明天 后天 月底 帮我 请 麻烦 谢谢
进度怎么样 什么情况 你看着办 看着办""".split()
_NUMERALS = "一二三四五六七八九十"
_DAYS = [f"{week}周{day}" for week in ("", "下", "下下") for day in "一二三四五六日"]
# initials people type for the commonest words (kh 客户, jj 交接, zg 转给, qx 取消, lz 离职, dcl 待处理)
_ABBREVIATIONS = {"kh": "客户", "jj": "交接", "zg": "转给", "zy": "转移", "qx": "取消", "lz": "离职", "dcl": "待处理",
                  "shei": "谁", "gei shei": "给谁"}  # (pypinyin reads 谁 shui)


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = dict(_ABBREVIATIONS)
    for word in (*_WORDS, *_DAYS):
        for spelling in _spellings(lazy_pinyin(word)):  # "ke hu qun", "kehu qun", "kehuqun" …
            table[spelling] = word
    for n in _NUMERALS:
        table[f"di {lazy_pinyin(n)[0]} xiang"] = f"第{n}项"
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![a-z])"), table


def _spellings(syllables: list[str]) -> set[str]:
    out = {syllables[0]}
    for syllable in syllables[1:]:
        out = {f"{s} {syllable}" for s in out} | {s + syllable for s in out}
    return out


# one-syllable grammar words, read only beside a keyword already put back: "X de 客户", "客户 he 群",
# "dou gei", "ba X"; zhuan and gei on their own are verbs of the trade
_BESIDE = (
    (re.compile(r"(?<![a-z])de(?=\s*(?:客户|群|所有|全部|交接|记录|进度|清单))"), "的"),
    (re.compile(r"(?<=客户)\s*he(?=\s*群)"), "和"),
    (re.compile(r"(?<![a-z])(?:dou|quan)(?=\s*(?:gei|zhuan|转|给))"), "都"),
    (re.compile(r"(?<![a-z])zhuan(?=\s*(?:gei|给))"), "转"),
    (re.compile(r"(?<![a-z])gei(?![a-z])"), "给"),
    (re.compile(r"(?:^|(?<=帮我))\s*ba(?=\s)"), "把"),
    (re.compile(r"(?<![a-z])ta(?=\s*(?:客户|群|的))"), "他"),
    (re.compile(r"(?<=走了|转完)\s*le?(?![a-z])"), ""),
    (re.compile(r"(?<![a-z])mei(?![a-z])\s*$"), "没"),
)
# three pinyin syllables in a row ("zou le ta"): the message is typed in pinyin, not English
_WORD = rf"(?:{PINYIN_INITIAL}?{PINYIN_FINAL}){{1,3}}"
_SYLLABLE_RUN = re.compile(rf"(?<![a-z])(?:{_WORD}\s+){{2,}}{_WORD}(?![a-z])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def han_keywords(text: str, names: list[PersonSpot]) -> str:
    """`text` (normalized) with its pinyin keywords in characters, the `names` spans untouched."""
    low = text.lower()
    pattern, table = _phrases()
    hits = [m for m in pattern.finditer(low) if not _inside(m.start(), m.end(), names)]
    if len(hits) < 2 and not (hits and (_SYLLABLE_RUN.search(low) or _HAN.search(low))):
        return text  # a word or two of English that happens to spell pinyin
    out: list[str] = []
    cursor = 0
    for m in hits:
        out.append(text[cursor: m.start()])
        out.append(f" {table[m.group()]} ")
        cursor = m.end()
    out.append(text[cursor:])
    converted = "".join(out)
    for pattern_, word in _BESIDE:
        converted = _outside_names(converted, pattern_, word, [p.text for p in names])
    return re.sub(r"\s+", " ", converted).strip()


def _inside(start: int, end: int, names: list[PersonSpot]) -> bool:
    return any(p.start < end and start < p.end for p in names)


def _outside_names(text: str, pattern: re.Pattern[str], word: str, names: list[str]) -> str:
    """`pattern` → `word` in `text`, except inside a name written in the message."""
    spans = [span for name in names for span in occurrences(text, name)]
    return pattern.sub(lambda m: m.group() if any(a < m.end() and m.start() < b for a, b in spans) else word, text)
