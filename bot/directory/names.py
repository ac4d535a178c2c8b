"""Name forms: Chinese surname/given-name split, pinyin spellings, normalized Latin keys.

Pure functions; pypinyin is only called while building an index (once per directory version),
never per message except for a Chinese mention that matched nothing exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from pypinyin import lazy_pinyin

from bot.language.normalize import fold_accents

# Two-character surnames; anything else takes the first character as the surname.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫 西门"
    " 百里 呼延 澹台 公冶 太史 申屠 钟离 闻人 赫连 万俟 单于 司空 东郭 仲孙 濮阳 第五".split()
)

# Surname readings that differ from the everyday reading pypinyin picks (曾 ceng → zeng,
# 单 dan → shan). The first reading is the one used for display; the everyday reading stays
# accepted too, because people type what the characters usually sound like.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "朴": ("piao",), "查": ("zha",),
    "区": ("ou",), "盖": ("ge",), "乐": ("yue", "le"), "覃": ("qin", "tan"), "翟": ("zhai",),
    "缪": ("miao",), "秘": ("bi",), "召": ("shao",), "尉": ("yu", "wei"), "宓": ("mi",),
    "繁": ("po",), "种": ("chong",), "祭": ("zhai",), "折": ("she",), "员": ("yun",), "句": ("gou",),
    "隗": ("wei",), "阚": ("kan",), "訾": ("zi",), "沈": ("shen",), "柏": ("bai",), "薄": ("bo",),
    "华": ("hua",), "任": ("ren",), "纪": ("ji",), "燕": ("yan",), "葛": ("ge",), "石": ("shi",),
    "长孙": ("zhangsun",), "尉迟": ("yuchi",), "万俟": ("moqi",), "单于": ("chanyu",),
    "令狐": ("linghu",), "澹台": ("tantai",),
}

# Cantonese / Wade-Giles spellings people use for Chinese surnames ("Lina Lee" for 李娜,
# "Cheung" for 张). Only tried as an extra spelling of a whole word of the mention.
ROMANIZED_SURNAMES: dict[str, tuple[str, ...]] = {
    "lee": ("li",), "wong": ("wang", "huang"), "chan": ("chen",), "cheung": ("zhang",),
    "chang": ("zhang",), "chow": ("zhou",), "chou": ("zhou",), "ng": ("wu",), "tsang": ("zeng",),
    "leung": ("liang",), "lau": ("liu",), "yeung": ("yang",), "lam": ("lin",), "kwok": ("guo",),
    "kuo": ("guo",), "hsu": ("xu",), "tsai": ("cai",), "hsieh": ("xie",), "tse": ("xie",),
    "tseng": ("zeng",), "yip": ("ye",), "fung": ("feng",), "choi": ("cai",), "tsui": ("xu", "cui"),
    "tam": ("tan",), "kwan": ("guan",), "mak": ("mai",), "poon": ("pan",), "szeto": ("situ",),
    "law": ("luo",), "chung": ("zhong",), "chiu": ("zhao", "qiu"), "cheng": ("zheng",),
    "chao": ("zhao",), "yeh": ("ye",), "kao": ("gao",), "tsao": ("cao",), "chien": ("qian",),
}

_SEPARATORS = re.compile(r"[\s\-_.·•'’,，、]+")
_LATIN_WORD = re.compile(r"^[a-z]+$")


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_ALL_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None  # (a regex scan: called for every spotted word of every message)


def all_han(text: str) -> bool:
    return _ALL_HAN.fullmatch(text) is not None


def normalize_han(text: str) -> str:
    """NFKC and no spaces/dots: '张 伟' and '张伟' are the same name."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).strip()


def latin_words(text: str) -> list[str] | None:
    """Lowercase ASCII words of a Latin-script name, tone marks removed and ü written v.

    'Zhāng Wěi' → ['zhang', 'wei']; 'Lǚ Bù' → ['lv', 'bu']. None when the text has anything
    else (Han characters, digits): such text is no pinyin and no English name.
    """
    # (ł, ø, đ carry no mark to drop: folded as the reader folds a message)
    decomposed = unicodedata.normalize("NFKD", fold_accents(unicodedata.normalize("NFC", text.strip().lower())))
    decomposed = decomposed.replace("u\u0308", "v").replace("u:", "v")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = [w for w in _SEPARATORS.split(plain) if w]
    if not words or not all(_LATIN_WORD.match(w) for w in words):
        return None
    return words


def u_variants(key: str) -> set[str]:
    """'lv' also as 'lu' and 'lyu': the three ways people type ü without a ü key."""
    if "v" not in key:
        return {key}
    return {key, key.replace("v", "u"), key.replace("v", "yu")}


def han_parts(name: str) -> list[str]:
    """Parts of a name written with separators ('迪丽热巴·迪力木拉提' → two parts)."""
    parts = [p for p in _SEPARATORS.split(unicodedata.normalize("NFKC", name)) if p]
    return parts if len(parts) > 1 and all(all_han(p) for p in parts) else []


def split_chinese_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) for a plain Han name of 2–4 characters, else None."""
    if not all_han(name) or not 2 <= len(name) <= 4:
        return None
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _syllables(text: str) -> list[str]:
    return [s.lower() for s in lazy_pinyin(text, errors="ignore")]


def han_pinyin_key(text: str) -> str:
    """Everyday pinyin of Han text, no separators: '张玮' → 'zhangwei'."""
    return "".join(_syllables(text))


@dataclass(frozen=True, slots=True)
class PinyinForms:
    """Every Latin key a Chinese name can be typed as."""

    full: frozenset[str]  # surname+given and given+surname, all readings, ü variants
    surnames: frozenset[str]
    given: frozenset[str]
    display: str  # 'Zhang Wei'


@lru_cache(maxsize=65536)  # pure; makes rebuilding the index after one contact event cheap
def pinyin_forms(name: str) -> PinyinForms | None:
    split = split_chinese_name(normalize_han(name))
    if split is None:
        if not has_han(name):
            return None
        # Names such as 迪丽热巴·迪力木拉提: no surname split; the whole and each part.
        parts = [p for p in _SEPARATORS.split(unicodedata.normalize("NFKC", name)) if p]
        keys = ["".join(_syllables(p)) for p in parts]
        keys = [k for k in keys if k]
        if not keys:
            return None
        full = {"".join(keys)}
        if len(keys) == 2:
            full.add(keys[1] + keys[0])
        display = " ".join(k.capitalize() for k in keys)
        return PinyinForms(
            full=frozenset(_expand(full)),
            surnames=frozenset(),
            given=frozenset(_expand(keys)) if len(keys) > 1 else frozenset(),
            display=display,
        )
    surname, given = split
    syllables = _syllables(surname + given)  # one call; one syllable per Han character
    if len(syllables) != len(surname) + len(given):
        syllables = _syllables(surname) + _syllables(given)
    everyday = "".join(syllables[: len(surname)])
    special = SURNAME_READINGS.get(surname, ())
    readings = tuple(dict.fromkeys([*special, everyday])) if special else (everyday,)
    given_key = "".join(syllables[len(surname) :])
    full = {r + given_key for r in readings} | {given_key + r for r in readings}
    display = f"{_display_syllable(readings[0])} {_display_syllable(given_key)}"
    return PinyinForms(
        full=frozenset(_expand(full)),
        surnames=frozenset(_expand(readings)),
        given=frozenset(_expand([given_key])),
        display=display,
    )


def _display_syllable(key: str) -> str:
    return key.replace("v", "ü").capitalize()


def _expand(keys: Iterable[str]) -> Iterator[str]:
    for k in keys:
        yield from u_variants(k)


def romanized_variants(words: list[str], limit: int = 8) -> list[list[str]]:
    """The mention's words with Cantonese/Wade-Giles surnames replaced by pinyin (not the
    original spelling itself); at most ``limit`` variants."""
    options = [(w, *ROMANIZED_SURNAMES.get(w, ())) for w in words]
    if all(len(o) == 1 for o in options):
        return []
    variants: list[list[str]] = []
    for combo in product(*options):
        if list(combo) != words:
            variants.append(list(combo))
        if len(variants) >= limit:
            break
    return variants


def english_display_name(name: str) -> str:
    """'张伟' → 'Zhang Wei'; non-Chinese names come back as they are."""
    forms = pinyin_forms(name)
    return forms.display if forms is not None else name


# English first names that are everyday words too: in a message typed all in lower case they name
# no one ("i will mark it", "any news, sunny day")
WORD_NAMES = frozenset("""will may mark grace hope joy faith bill rose summer april june sunny amber frank jack art sue
pat dawn eve ivy lily holly iris daisy ruby pearl crystal angel honey sky rain river storm brook sage ray gene guy
don rich chase hunter drew wade grant lane dean reed cole miles max chance happy king prince major young august
autumn penny candy sandy rusty buddy bob matt sally tom jean melody harmony destiny justice sterling hazel olive
jade coral ginger jewel star""".split())
